// The nomination rules (core/nomination.h): the per-criterion check of a
// nominee from facts and attestations, the nomination window, the review
// moves and the validation of what units and the secretariat write.
#include "core/nomination.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace thidua::core {
namespace {

Criterion criterion(int64_t id, CriterionSubject subject, std::vector<DataCheck> checks) {
  Criterion c;
  c.id = id;
  c.subject = subject;
  c.label = "-";
  c.text = "Tiêu chí " + std::to_string(id);
  c.verification = checks.empty() ? Verification::kAttested : Verification::kData;
  c.checks = std::move(checks);
  return c;
}

// The seed plan's shape: collectives (data + two attested), individuals
// (registration, initiative and signature task from data, three attested).
std::vector<Criterion> seed_like() {
  using enum DataCheck;
  return {criterion(1, CriterionSubject::kCollective, {kUnitPlanSubmitted, kRegistrationApproved, kSignatureTask}),
          criterion(2, CriterionSubject::kCollective, {}),
          criterion(3, CriterionSubject::kCollective, {}),
          criterion(4, CriterionSubject::kIndividual, {kRegistrationApproved, kInitiativeRegistered, kSignatureTask}),
          criterion(5, CriterionSubject::kIndividual, {}),
          criterion(6, CriterionSubject::kIndividual, {})};
}

TEST(NominationCriteria, OnlyTheSubjectsCriteriaInOrder) {
  auto checks = check_criteria(seed_like(), CriterionSubject::kIndividual, {}, {});
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_EQ(checks[0].criterion.id, 4);
  EXPECT_EQ(checks[2].criterion.id, 6);
  EXPECT_EQ(check_criteria(seed_like(), CriterionSubject::kCollective, {}, {}).size(), 3u);
}

TEST(NominationCriteria, DataCriterionVerifiedOnlyWhenEveryCheckHolds) {
  NomineeFacts facts;
  facts.registered = true;
  facts.registration_approved = true;
  facts.signature_task = true;
  auto checks = check_criteria(seed_like(), CriterionSubject::kIndividual, facts, {});
  ASSERT_EQ(checks[0].checks.size(), 3u);
  EXPECT_EQ(checks[0].status, CriterionStatus::kMissing) << "no initiative";
  EXPECT_TRUE(checks[0].checks[0].holds);
  EXPECT_FALSE(checks[0].checks[1].holds);
  EXPECT_EQ(checks[0].checks[1].check, DataCheck::kInitiativeRegistered);

  facts.initiative_registered = true;
  checks = check_criteria(seed_like(), CriterionSubject::kIndividual, facts, {});
  EXPECT_EQ(checks[0].status, CriterionStatus::kVerified);

  facts.registration_approved = false;  // registered but not approved
  checks = check_criteria(seed_like(), CriterionSubject::kIndividual, facts, {});
  EXPECT_EQ(checks[0].status, CriterionStatus::kMissing);
}

TEST(NominationCriteria, AttestationsCountOnlyForAttestedCriteriaAndWhenNotBlank) {
  std::map<int64_t, std::string> notes{{1, "Đơn vị xác nhận có kế hoạch"}, {2, "Đạt thành tích xuất sắc"}, {3, "  \n "}};
  auto checks = check_criteria(seed_like(), CriterionSubject::kCollective, {}, notes);
  EXPECT_EQ(checks[0].status, CriterionStatus::kMissing) << "a data criterion cannot be attested";
  EXPECT_TRUE(checks[0].note.empty());
  EXPECT_EQ(checks[1].status, CriterionStatus::kAttested);
  EXPECT_EQ(checks[1].note, "Đạt thành tích xuất sắc");
  EXPECT_EQ(checks[2].status, CriterionStatus::kMissing) << "a blank note attests nothing";
  EXPECT_FALSE(criteria_complete(checks));
}

TEST(NominationCriteria, CompleteWhenNothingIsMissing) {
  NomineeFacts facts{true, true, true, false, true};
  std::map<int64_t, std::string> notes{{2, "Có"}, {3, "Có"}};
  auto checks = check_criteria(seed_like(), CriterionSubject::kCollective, facts, notes);
  EXPECT_TRUE(criteria_complete(checks));
  facts.unit_plan_submitted = false;
  EXPECT_FALSE(criteria_complete(check_criteria(seed_like(), CriterionSubject::kCollective, facts, notes)));
}

TEST(NominationCriteria, DataCriterionWithoutChecksIsMissing) {
  Criterion c = criterion(9, CriterionSubject::kIndividual, {});
  c.verification = Verification::kData;
  NomineeFacts all{true, true, true, true, true};
  EXPECT_EQ(check_criteria({c}, CriterionSubject::kIndividual, all, {{9, "x"}})[0].status, CriterionStatus::kMissing);
}

TEST(NominationCriteria, StatusLabelsInVietnamese) {
  EXPECT_EQ(criterion_status_label(CriterionStatus::kVerified), "Đã xác minh từ dữ liệu");
  EXPECT_EQ(criterion_status_label(CriterionStatus::kAttested), "Đơn vị xác nhận");
  EXPECT_EQ(criterion_status_label(CriterionStatus::kMissing), "Còn thiếu");
}

TEST(NominationWindow, RunningOrClosedAndNotAfterTheDeadline) {
  EXPECT_TRUE(nomination_window(CampaignState::kRunning, std::nullopt, "2023-10-01").ok());
  EXPECT_TRUE(nomination_window(CampaignState::kClosed, std::string("2023-10-15"), "2023-10-15").ok())
      << "the deadline day itself is allowed";
  auto late = nomination_window(CampaignState::kClosed, std::string("2023-10-15"), "2023-10-16");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, errc::kDeadlinePassed);
  EXPECT_NE(late.error().message.find("ngày 15 tháng 10 năm 2023"), std::string::npos) << late.error().message;
  for (auto s : {CampaignState::kDraft, CampaignState::kApproved, CampaignState::kPublished, CampaignState::kFinalised}) {
    auto r = nomination_window(s, std::nullopt, "2023-10-01");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, errc::kNominationsClosed);
  }
}

TEST(NominationMoves, ReviewOnlySubmittedResubmitOnlyReturned) {
  for (auto s : all_nomination_states()) {
    EXPECT_EQ(may_review(s).ok(), s == NominationState::kSubmitted) << nomination_state_code(s);
    EXPECT_EQ(may_resubmit(s).ok(), s == NominationState::kReturned) << nomination_state_code(s);
  }
  EXPECT_EQ(may_review(NominationState::kAccepted).error().code, errc::kConflict);
}

TEST(NominationStates, CodesRoundTripAndMatchTheSchemaContract) {
  const std::vector<std::string> schema{"pending", "submitted", "returned", "accepted", "passed",
                                        "failed",  "decided",   "proposed", "granted",  "refused"};
  ASSERT_EQ(all_nomination_states().size(), schema.size());
  for (size_t i = 0; i < schema.size(); ++i) {
    EXPECT_EQ(nomination_state_code(all_nomination_states()[i]), schema[i]);
    EXPECT_EQ(parse_nomination_state(schema[i]), all_nomination_states()[i]);
  }
  EXPECT_FALSE(parse_nomination_state("draft"));
  EXPECT_EQ(nominee_key(CriterionSubject::kCollective, 12), "u:12");
  EXPECT_EQ(nominee_key(CriterionSubject::kIndividual, 7), "p:7");
}

TEST(NominationStates, TheAnnualReviewsProposalsWaitForTheUnitHead) {
  EXPECT_TRUE(needs_head_approval(CampaignKind::kAnnual));
  EXPECT_FALSE(needs_head_approval(CampaignKind::kThematic));
  EXPECT_FALSE(needs_head_approval(CampaignKind::kSpecial));
  EXPECT_EQ(first_state(CampaignKind::kAnnual, false), NominationState::kPending);
  EXPECT_EQ(first_state(CampaignKind::kAnnual, true), NominationState::kSubmitted) << "a head's submission approves";
  EXPECT_EQ(first_state(CampaignKind::kThematic, false), NominationState::kSubmitted);
  EXPECT_TRUE(may_head_review(NominationState::kPending).ok());
  for (auto s : all_nomination_states()) {
    if (s == NominationState::kPending) continue;
    auto refused = may_head_review(s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, errc::kConflict);
  }
  EXPECT_FALSE(may_review(NominationState::kPending).ok()) << "the office reviews only what the head sent";
}

TEST(NominationValidation, ReportIsRequiredTidiedAndBounded) {
  std::string report = "  Báo cáo thành tích\nnăm 2023  \n";
  ASSERT_TRUE(validate_report(report).ok());
  EXPECT_EQ(report, "Báo cáo thành tích\nnăm 2023") << "line breaks inside are kept";
  std::string decomposed = "Tie\xCC\x82\xCC\x81n";  // "Tiến" decomposed
  ASSERT_TRUE(validate_report(decomposed).ok());
  EXPECT_EQ(decomposed, "Tiến");
  std::string blank = " \n ";
  EXPECT_EQ(validate_report(blank).error().field, "report");
  std::string bad = std::string("a\x01") + "b";
  EXPECT_FALSE(validate_report(bad).ok());
  std::string invalid_utf8 = "\xC3";
  EXPECT_FALSE(validate_report(invalid_utf8).ok());
  std::string longer(20001, 'a');
  EXPECT_FALSE(validate_report(longer).ok());
}

TEST(NominationValidation, ReportTextMayBeLeftOutOnlyWithAFile) {
  std::string blank = " \n ";
  EXPECT_FALSE(validate_report(blank).ok());
  EXPECT_TRUE(validate_report(blank, true).ok());
  EXPECT_EQ(blank, "");
  std::string longer(20001, 'a');
  EXPECT_FALSE(validate_report(longer, true).ok()) << "a file does not lift the length bound";
  std::string bad = std::string("a\x01") + "b";
  EXPECT_FALSE(validate_report(bad, true).ok());
}

TEST(NominationValidation, ReturnReasonRequired) {
  std::string empty = "   ";
  auto r = validate_return_reason(empty);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, errc::kValidation);
  EXPECT_EQ(r.error().field, "reason");
  std::string ok = " Thiếu minh chứng ";
  ASSERT_TRUE(validate_return_reason(ok).ok());
  EXPECT_EQ(ok, "Thiếu minh chứng");
  std::map<int64_t, std::string> notes{{4, std::string(2001, 'x')}};
  auto n = validate_attestations(notes);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.error().field, "attestation_4");
}

}  // namespace
}  // namespace thidua::core
