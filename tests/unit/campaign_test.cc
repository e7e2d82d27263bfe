// The campaign lifecycle (core/campaign_rules.h), the council's vote counting
// (core/campaign_vote.h) and the plan renderers (core/campaign.h).
#include "core/campaign.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/campaign_rules.h"
#include "core/campaign_vote.h"
#include "core/names.h"

namespace thidua::core {
namespace {

constexpr std::string_view kAgencyPath = "/1/";

Actor actor_with(Role role, std::string path = "/1/") {
  Actor a;
  a.user_id = 7;
  a.username = std::string(role_code(role));
  a.grants.push_back(Grant{role, 1, std::move(path)});
  return a;
}

Campaign campaign_in(CampaignState state) {
  Campaign c;
  c.issuing_unit_id = 1;
  c.doc_symbol = "KH-STNMT";
  c.place = "Bắc Giang";
  c.date_text = "ngày   tháng 6 năm 2023";
  c.period.end_date = "2023-09-30";
  c.state = state;
  if (state != CampaignState::kDraft && state != CampaignState::kApproved) c.number = 31;
  return c;
}

TEST(CampaignState, CodesAndLabelsInLifecycleOrder) {
  const std::vector<std::pair<std::string, std::string>> expected{
      {"draft", "Dự thảo"},     {"approved", "Đã duyệt"},  {"published", "Đã ban hành"},
      {"running", "Đang diễn ra"}, {"closed", "Đã kết thúc"}, {"finalised", "Đã tổng kết"}};
  ASSERT_EQ(all_campaign_states().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const CampaignState s = all_campaign_states()[i];
    EXPECT_EQ(campaign_state_code(s), expected[i].first);
    EXPECT_EQ(campaign_state_label(s), expected[i].second);
    EXPECT_EQ(to_nfc(campaign_state_label(s)), campaign_state_label(s));
    EXPECT_EQ(parse_campaign_state(expected[i].first), s);
  }
  EXPECT_FALSE(parse_campaign_state("Dự thảo"));
  EXPECT_FALSE(parse_campaign_state(""));
}

TEST(CampaignState, KindAndLevelCodesRoundTrip) {
  for (const auto k : {CampaignKind::kAnnual, CampaignKind::kThematic, CampaignKind::kSpecial}) {
    EXPECT_EQ(parse_campaign_kind(campaign_kind_code(k)), k);
  }
  EXPECT_EQ(campaign_kind_label(CampaignKind::kSpecial), "Đặc biệt");
  for (const auto l : {AwardLevel::kAgency, AwardLevel::kProvince, AwardLevel::kMinistry, AwardLevel::kNational}) {
    EXPECT_EQ(parse_award_level(award_level_code(l)), l);
  }
  EXPECT_FALSE(parse_award_level("tỉnh"));
}

TEST(CampaignTransition, FollowsTheLifecycleOneStepAtATime) {
  const Actor leader = actor_with(Role::kLeader);
  Campaign c = campaign_in(CampaignState::kDraft);
  auto approved = transition(c, CampaignState::kApproved, leader, kAgencyPath, "2023-06-01");
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(*approved, CampaignState::kApproved);
  c.state = *approved;

  auto published = publish(c, 31, leader, kAgencyPath, "2023-06-05");
  ASSERT_TRUE(published.ok()) << published.error().message;
  c = *published;
  EXPECT_EQ(c.state, CampaignState::kPublished);

  for (const auto& [to, today] : {std::pair{CampaignState::kRunning, "2023-06-05"},
                                 std::pair{CampaignState::kClosed, "2023-10-01"},
                                 std::pair{CampaignState::kFinalised, "2023-11-10"}}) {
    auto r = transition(c, to, leader, kAgencyPath, today);
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(*r, to);
    c.state = *r;
  }
  EXPECT_FALSE(next_campaign_state(CampaignState::kFinalised));
}

TEST(CampaignTransition, RefusesSkipsBackStepsAndStayingPut) {
  const Actor leader = actor_with(Role::kLeader);
  auto skip = transition(campaign_in(CampaignState::kDraft), CampaignState::kPublished, leader, kAgencyPath,
                         "2023-06-05");
  ASSERT_FALSE(skip.ok());
  EXPECT_EQ(skip.error().code, errc::kConflict);
  EXPECT_EQ(skip.error().message, "Không thể chuyển từ “Dự thảo” sang “Đã ban hành”.");
  EXPECT_EQ(to_nfc(skip.error().message), skip.error().message);

  auto back = transition(campaign_in(CampaignState::kClosed), CampaignState::kRunning, leader, kAgencyPath,
                         "2023-10-05");
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().code, errc::kConflict);
  EXPECT_EQ(back.error().message, "Không thể chuyển từ “Đã kết thúc” sang “Đang diễn ra”.");

  auto same = transition(campaign_in(CampaignState::kRunning), CampaignState::kRunning, leader, kAgencyPath,
                         "2023-07-01");
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().code, errc::kConflict);

  auto after_end = transition(campaign_in(CampaignState::kFinalised), CampaignState::kDraft, leader,
                              kAgencyPath, "2023-12-01");
  ASSERT_FALSE(after_end.ok());
  EXPECT_EQ(after_end.error().code, errc::kConflict);
}

// Every role against every forward step: allowed exactly for the roles of
// roles_for_transition, granted over the issuing agency.
TEST(CampaignTransition, RoleMatrix) {
  const std::vector<std::pair<CampaignState, std::vector<Role>>> allowed{
      {CampaignState::kApproved, {Role::kLeader}},
      {CampaignState::kPublished, {Role::kLeader, Role::kSecretariat}},
      {CampaignState::kRunning, {Role::kLeader, Role::kSecretariat}},
      {CampaignState::kClosed, {Role::kLeader, Role::kSecretariat}},
      {CampaignState::kFinalised, {Role::kLeader, Role::kSecretariat}},
  };
  for (const auto& [to, roles] : allowed) {
    EXPECT_EQ(roles_for_transition(to), roles);
    CampaignState from = CampaignState::kDraft;
    while (next_campaign_state(from) != to) from = *next_campaign_state(from);
    Campaign c = campaign_in(from);
    c.number = 31;
    for (const Role role : all_roles()) {
      auto r = transition(c, to, actor_with(role), kAgencyPath, "2023-10-01");
      const bool expect_ok = std::find(roles.begin(), roles.end(), role) != roles.end();
      EXPECT_EQ(r.ok(), expect_ok) << role_code(role) << " → " << campaign_state_code(to);
      if (!r.ok()) {
        EXPECT_EQ(r.error().code, errc::kForbidden) << role_code(role);
        EXPECT_EQ(r.error().message, "Bạn không có quyền chuyển kế hoạch từ “" +
                                         std::string(campaign_state_label(from)) + "” sang “" +
                                         std::string(campaign_state_label(to)) + "” tại đơn vị này.");
      }
    }
  }
}

TEST(CampaignTransition, GrantMustCoverTheIssuingUnit) {
  const Campaign draft = campaign_in(CampaignState::kDraft);
  // A leader of a division (granted below the agency) cannot approve the agency's plan.
  auto below = transition(draft, CampaignState::kApproved, actor_with(Role::kLeader, "/1/4/"), kAgencyPath,
                          "2023-06-01");
  ASSERT_FALSE(below.ok());
  EXPECT_EQ(below.error().code, errc::kForbidden);
  // Nor can the leader of another agency; "/12/" is not inside "/1/".
  EXPECT_FALSE(transition(draft, CampaignState::kApproved, actor_with(Role::kLeader, "/12/"), kAgencyPath,
                          "2023-06-01")
                   .ok());
  // A leader granted above (the province) covers the Department.
  EXPECT_TRUE(transition(draft, CampaignState::kApproved, actor_with(Role::kLeader, "/"), "/1/", "2023-06-01")
                  .ok());
  // No grant at all: forbidden. The CLI operator (system) passes.
  EXPECT_FALSE(transition(draft, CampaignState::kApproved, Actor{}, kAgencyPath, "2023-06-01").ok());
  Actor system;
  system.system = true;
  EXPECT_TRUE(transition(draft, CampaignState::kApproved, system, kAgencyPath, "2023-06-01").ok());
  // A secretariat grant beside a leader grant elsewhere does not combine into approval.
  Actor mixed = actor_with(Role::kSecretariat);
  mixed.grants.push_back(Grant{Role::kLeader, 9, "/1/9/"});
  EXPECT_FALSE(transition(draft, CampaignState::kApproved, mixed, kAgencyPath, "2023-06-01").ok());
}

TEST(CampaignTransition, ClosingWaitsForTheEndOfThePeriod) {
  const Campaign running = campaign_in(CampaignState::kRunning);
  const Actor secretariat = actor_with(Role::kSecretariat);
  // "đến hết ngày 30/9/2023": the last day still belongs to the period.
  auto early = transition(running, CampaignState::kClosed, secretariat, kAgencyPath, "2023-09-30");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().code, errc::kConflict);
  EXPECT_EQ(early.error().message, "Chưa hết thời gian thi đua: chỉ kết thúc đợt thi đua sau ngày 30/09/2023.");
  EXPECT_TRUE(transition(running, CampaignState::kClosed, secretariat, kAgencyPath, "2023-10-01").ok());
  // Without an end date nothing holds the closing back.
  Campaign open_ended = running;
  open_ended.period.end_date.clear();
  EXPECT_TRUE(transition(open_ended, CampaignState::kClosed, secretariat, kAgencyPath, "2023-07-01").ok());
}

TEST(CampaignTransition, TodayMustBeADate) {
  auto r = transition(campaign_in(CampaignState::kDraft), CampaignState::kApproved, actor_with(Role::kLeader),
                      kAgencyPath, "30/9/2023");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, errc::kValidation);
  EXPECT_EQ(r.error().field, "today");
}

TEST(CampaignPublish, AssignsTheNumberAndTheDate) {
  const Campaign approved = campaign_in(CampaignState::kApproved);
  EXPECT_EQ(number_line(approved), "Số:      /KH-STNMT") << "a draft leaves the number blank for the register";
  EXPECT_EQ(place_date_line(approved), "Bắc Giang, ngày   tháng 6 năm 2023");

  // Without a number the plan cannot be published.
  auto unnumbered = transition(approved, CampaignState::kPublished, actor_with(Role::kSecretariat), kAgencyPath,
                               "2023-06-05");
  ASSERT_FALSE(unnumbered.ok());
  EXPECT_EQ(unnumbered.error().code, errc::kConflict);
  EXPECT_EQ(unnumbered.error().field, "number");

  auto published = publish(approved, 5, actor_with(Role::kSecretariat), kAgencyPath, "2023-06-05");
  ASSERT_TRUE(published.ok()) << published.error().message;
  EXPECT_EQ(published->number, 5);
  EXPECT_EQ(published->issue_date, "2023-06-05");
  EXPECT_EQ(published->state, CampaignState::kPublished);
  EXPECT_EQ(number_line(*published), "Số: 05/KH-STNMT");
  EXPECT_EQ(place_date_line(*published), "Bắc Giang, ngày 05 tháng 6 năm 2023");
  EXPECT_EQ(approved.number, std::nullopt);  // the input is untouched

  auto zero = publish(approved, 0, actor_with(Role::kSecretariat), kAgencyPath, "2023-06-05");
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.error().code, errc::kValidation);
  auto by_staff = publish(approved, 5, actor_with(Role::kStaff), kAgencyPath, "2023-06-05");
  ASSERT_FALSE(by_staff.ok());
  EXPECT_EQ(by_staff.error().code, errc::kForbidden);
  auto from_draft = publish(campaign_in(CampaignState::kDraft), 5, actor_with(Role::kLeader), kAgencyPath,
                            "2023-06-05");
  ASSERT_FALSE(from_draft.ok());
  EXPECT_EQ(from_draft.error().code, errc::kConflict);
}

TEST(CampaignDates, DecreeThirtyDateText) {
  EXPECT_EQ(vietnamese_date_text("2023-02-05"), "ngày 05 tháng 02 năm 2023");
  EXPECT_EQ(vietnamese_date_text("2023-01-31"), "ngày 31 tháng 01 năm 2023");
  EXPECT_EQ(vietnamese_date_text("2023-03-09"), "ngày 09 tháng 3 năm 2023");
  EXPECT_EQ(vietnamese_date_text("2023-11-10"), "ngày 10 tháng 11 năm 2023");
  EXPECT_EQ(vietnamese_date_text("2023-02-30"), "");
  EXPECT_EQ(vietnamese_date_text("10/11/2023"), "");
  Campaign c;
  c.doc_symbol = "KH-STNMT";
  c.number = 123;
  EXPECT_EQ(number_line(c), "Số: 123/KH-STNMT");
  c.number = 10;
  EXPECT_EQ(number_line(c), "Số: 10/KH-STNMT");
}

TEST(CampaignBody, KeepsLabelsAndOrderAsGiven) {
  Campaign c;
  c.basis = "Thực hiện Kế hoạch số 25/KH-STNMT.";
  c.headings.purposes = "I. MỤC ĐÍCH YÊU CẦU:";
  c.purposes = {{"1.", "Một."}};
  c.headings.contents = "2. Nội dung thi đua";
  c.contents = {{"1.", "A."}, {"3.", "C."}};
  c.headings.awards = "2. Hình thức khen thưởng";
  AwardType a;
  a.text = "Giám đốc Sở tặng giấy khen";
  c.award_types = {a};
  c.award_note = "Ghi chú";
  c.headings.collective_criteria = "1.1. Đối với tập thể";
  c.headings.individual_criteria = "2. Đối với cá nhân";
  // Individuals listed first in the data still render under their heading.
  c.criteria = {Criterion{CriterionSubject::kIndividual, "-", "Cá nhân một", Verification::kAttested, {}},
                Criterion{CriterionSubject::kCollective, "-", "Tập thể một", Verification::kAttested, {}}};
  const std::vector<std::string> expected{"Thực hiện Kế hoạch số 25/KH-STNMT.",
                                          "I. MỤC ĐÍCH YÊU CẦU:",
                                          "1. Một.",
                                          "2. Nội dung thi đua",
                                          "1. A.",
                                          "3. C.",
                                          "2. Hình thức khen thưởng",
                                          "- Giám đốc Sở tặng giấy khen",
                                          "(Ghi chú)",
                                          "1.1. Đối với tập thể",
                                          "- Tập thể một",
                                          "2. Đối với cá nhân",
                                          "- Cá nhân một"};
  EXPECT_EQ(campaign_body_lines(c), expected);
  ASSERT_EQ(criteria_for(c, CriterionSubject::kCollective).size(), 1u);
  EXPECT_EQ(criteria_for(c, CriterionSubject::kCollective)[0].text, "Tập thể một");
}

// ---- Vote counting (legal.md §3) ----

BallotRule more_than_half_present() { return default_campaign_award_rule(); }

BallotRule seventy_percent_of_total() { return default_grassroots_emulation_fighter_rule(); }

TEST(VoteCount, SevenMembersFivePresentMoreThanHalf) {
  // Quorum: 5 >= ceil(2/3 · 7) = 5, met. Threshold: > 50 % of 5 present → 3.
  const VoteOutcome pass = count_votes(more_than_half_present(), 7, 5, 3, 2, 0);
  EXPECT_TRUE(pass.tally_consistent);
  EXPECT_EQ(pass.required_present, 5);
  EXPECT_TRUE(pass.quorum_met);
  EXPECT_EQ(pass.base, 5);
  EXPECT_EQ(pass.required_agree, 3);
  EXPECT_TRUE(pass.passed);
  EXPECT_DOUBLE_EQ(pass.percent, 60.0);

  const VoteOutcome fail = count_votes(more_than_half_present(), 7, 5, 2, 3, 0);
  EXPECT_TRUE(fail.quorum_met);
  EXPECT_EQ(fail.required_agree, 3);
  EXPECT_FALSE(fail.passed);
  EXPECT_DOUBLE_EQ(fail.percent, 40.0);
}

TEST(VoteCount, ExactlyHalfIsNotMoreThanHalf) {
  // 6 present: half is 3, so 3 agree fails and 4 passes.
  EXPECT_EQ(count_votes(more_than_half_present(), 8, 6, 3, 3, 0).required_agree, 4);
  EXPECT_FALSE(count_votes(more_than_half_present(), 8, 6, 3, 3, 0).passed);
  EXPECT_TRUE(count_votes(more_than_half_present(), 8, 6, 4, 2, 0).passed);
}

TEST(VoteCount, QuorumAtAndJustBelowTwoThirds) {
  // 7 members: ceil(14/3) = 5 present needed; 4 present is not a session.
  const VoteOutcome below = count_votes(more_than_half_present(), 7, 4, 4, 0, 0);
  EXPECT_EQ(below.required_present, 5);
  EXPECT_FALSE(below.quorum_met);
  EXPECT_FALSE(below.passed);
  // 9 members: exactly two thirds is 6.
  EXPECT_TRUE(count_votes(more_than_half_present(), 9, 6, 6, 0, 0).quorum_met);
  EXPECT_FALSE(count_votes(more_than_half_present(), 9, 5, 5, 0, 0).quorum_met);
}

TEST(VoteCount, SeventyPercentOfTotalMembership) {
  // Chiến sĩ thi đua cơ sở: at least 70 % of all 10 members → 7, however many attend.
  const VoteOutcome at = count_votes(seventy_percent_of_total(), 10, 8, 7, 1, 0);
  EXPECT_EQ(at.base, 10);
  EXPECT_EQ(at.required_agree, 7);
  EXPECT_TRUE(at.passed);
  EXPECT_DOUBLE_EQ(at.percent, 70.0);
  const VoteOutcome below = count_votes(seventy_percent_of_total(), 10, 8, 6, 2, 0);
  EXPECT_FALSE(below.passed);
  // 7 members: 70 % of 7 is 4.9, so 5 are needed; 4 of 5 present (80 % of those present) fails.
  EXPECT_EQ(count_votes(seventy_percent_of_total(), 7, 5, 5, 0, 0).required_agree, 5);
  EXPECT_TRUE(count_votes(seventy_percent_of_total(), 7, 5, 5, 0, 0).passed);
  EXPECT_FALSE(count_votes(seventy_percent_of_total(), 7, 5, 4, 1, 0).passed);
}

TEST(VoteCount, ThresholdIsDataNotConstant) {
  BallotRule two_thirds_present = more_than_half_present();
  two_thirds_present.threshold = {2, 3};
  two_thirds_present.strictly_above = false;
  // 2/3 of 6 is exactly 4: at least 4 passes, 3 fails.
  EXPECT_EQ(count_votes(two_thirds_present, 6, 6, 4, 2, 0).required_agree, 4);
  EXPECT_TRUE(count_votes(two_thirds_present, 6, 6, 4, 2, 0).passed);
  EXPECT_FALSE(count_votes(two_thirds_present, 6, 6, 3, 3, 0).passed);
  BallotRule half_quorum = more_than_half_present();
  half_quorum.quorum = {1, 2};
  EXPECT_TRUE(count_votes(half_quorum, 8, 4, 3, 1, 0).quorum_met);
}

TEST(VoteCount, InvalidBallotsAndInconsistentTalliesNeverPass) {
  // Spoiled ballots are not agree votes: 2 agree of 5 present fails.
  EXPECT_FALSE(count_votes(more_than_half_present(), 7, 5, 2, 0, 3).passed);
  // More ballots than members present.
  const VoteOutcome over = count_votes(more_than_half_present(), 7, 5, 4, 2, 0);
  EXPECT_FALSE(over.tally_consistent);
  EXPECT_FALSE(over.passed);
  // More present than members, negative counts, an empty council.
  EXPECT_FALSE(count_votes(more_than_half_present(), 5, 6, 6, 0, 0).passed);
  EXPECT_FALSE(count_votes(more_than_half_present(), 7, 5, -1, 0, 0).passed);
  EXPECT_FALSE(count_votes(more_than_half_present(), 0, 0, 0, 0, 0).passed);
  // A broken rule (zero denominator, share above one) passes nothing.
  BallotRule broken = more_than_half_present();
  broken.threshold = {1, 0};
  EXPECT_FALSE(valid_ballot_rule(broken));
  EXPECT_FALSE(count_votes(broken, 7, 7, 7, 0, 0).passed);
  broken.threshold = {3, 2};
  EXPECT_FALSE(count_votes(broken, 7, 7, 7, 0, 0).passed);
}

TEST(VoteCount, DefaultsCarryTheirCitationAwaitingConfirmation) {
  for (const BallotRule& r : {default_campaign_award_rule(), default_grassroots_emulation_fighter_rule()}) {
    EXPECT_EQ(r.kind, BallotKind::kSecret);
    EXPECT_NE(r.legal_citation.find("06/2022/QH15"), std::string::npos);
    EXPECT_NE(r.legal_citation.find("98/2023/NĐ-CP"), std::string::npos);
    EXPECT_EQ(to_nfc(r.legal_citation), r.legal_citation);
    EXPECT_FALSE(r.citation_confirmed);
    EXPECT_TRUE(valid_ballot_rule(r));
  }
  EXPECT_EQ(default_campaign_award_rule().base, VoteBase::kPresent);
  EXPECT_EQ(default_grassroots_emulation_fighter_rule().base, VoteBase::kTotal);
  EXPECT_DOUBLE_EQ(default_grassroots_emulation_fighter_rule().threshold.percent(), 70.0);
  EXPECT_EQ(parse_ballot_kind(ballot_kind_code(BallotKind::kOpen)), BallotKind::kOpen);
  EXPECT_EQ(parse_vote_base(vote_base_code(VoteBase::kTotal)), VoteBase::kTotal);
}

}  // namespace
}  // namespace thidua::core
