#include "core/campaign.h"

#include "core/document_lines.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/documents.h"

#include <array>
#include <cstddef>

namespace thidua::core {
namespace {

namespace msg = messages_vi;

template <class E, std::size_t N>
struct Names {
  std::array<E, N> values;
  std::array<std::string_view, N> codes;
  std::array<std::string_view, N> labels;

  std::string_view code(E e) const { return codes[static_cast<std::size_t>(e)]; }
  std::string_view label(E e) const { return labels[static_cast<std::size_t>(e)]; }
  std::optional<E> parse(std::string_view s) const {
    for (std::size_t i = 0; i < N; ++i) {
      if (codes[i] == s) return values[i];
    }
    return std::nullopt;
  }
};

constexpr Names<CampaignState, 6> kStates{
    {CampaignState::kDraft, CampaignState::kApproved, CampaignState::kPublished, CampaignState::kRunning,
     CampaignState::kClosed, CampaignState::kFinalised},
    {"draft", "approved", "published", "running", "closed", "finalised"},
    {msg::kCampaignStateDraft, msg::kCampaignStateApproved, msg::kCampaignStatePublished,
     msg::kCampaignStateRunning, msg::kCampaignStateClosed, msg::kCampaignStateFinalised}};

constexpr Names<CampaignKind, 3> kKinds{{CampaignKind::kAnnual, CampaignKind::kThematic, CampaignKind::kSpecial},
                                        {"annual", "thematic", "special"},
                                        {msg::kCampaignKindAnnual, msg::kCampaignKindThematic,
                                         msg::kCampaignKindSpecial}};

constexpr Names<AwardLevel, 4> kLevels{
    {AwardLevel::kAgency, AwardLevel::kProvince, AwardLevel::kMinistry, AwardLevel::kNational},
    {"agency", "province", "ministry", "national"},
    {msg::kAwardLevelAgency, msg::kAwardLevelProvince, msg::kAwardLevelMinistry, msg::kAwardLevelNational}};

constexpr Names<CriterionSubject, 2> kSubjects{{CriterionSubject::kCollective, CriterionSubject::kIndividual},
                                               {"collective", "individual"},
                                               {msg::kCriterionSubjectCollective, msg::kCriterionSubjectIndividual}};

constexpr Names<Verification, 2> kVerifications{{Verification::kData, Verification::kAttested},
                                                {"data", "attested"},
                                                {msg::kVerificationData, msg::kVerificationAttested}};

constexpr Names<DataCheck, 4> kChecks{
    {DataCheck::kUnitPlanSubmitted, DataCheck::kRegistrationApproved, DataCheck::kInitiativeRegistered,
     DataCheck::kSignatureTask},
    {"unit_plan_submitted", "registration_approved", "initiative_registered", "signature_task"},
    {msg::kDataCheckUnitPlanSubmitted, msg::kDataCheckRegistrationApproved, msg::kDataCheckInitiativeRegistered,
     msg::kDataCheckSignatureTask}};

constexpr Names<TaskKind, 5> kTasks{
    {TaskKind::kUnitPlan, TaskKind::kPublishOnWebsite, TaskKind::kReviewAndPropose, TaskKind::kMonitorAndReport,
     TaskKind::kOther},
    {"unit_plan", "publish_on_website", "review_and_propose", "monitor_and_report", "other"},
    {msg::kTaskKindUnitPlan, msg::kTaskKindPublishOnWebsite, msg::kTaskKindReviewAndPropose,
     msg::kTaskKindMonitorAndReport, msg::kTaskKindOther}};


int parse_int(std::string_view digits) {
  int v = 0;
  for (const char ch : digits) v = v * 10 + (ch - '0');
  return v;
}

void add_item(std::vector<std::string>& lines, const std::string& label, const std::string& text) {
  if (text.empty()) {
    if (!label.empty()) lines.push_back(label);
  } else if (label.empty()) {
    lines.push_back(text);
  } else {
    lines.push_back(label + " " + text);
  }
}

void add_heading(std::vector<std::string>& lines, const std::string& heading) {
  if (!heading.empty()) lines.push_back(heading);
}

}  // namespace

std::string_view campaign_state_code(CampaignState s) { return kStates.code(s); }
std::string_view campaign_state_label(CampaignState s) { return kStates.label(s); }
std::optional<CampaignState> parse_campaign_state(std::string_view code) { return kStates.parse(code); }

const std::vector<CampaignState>& all_campaign_states() {
  static const std::vector<CampaignState> kAll(kStates.values.begin(), kStates.values.end());
  return kAll;
}

std::string_view campaign_kind_code(CampaignKind k) { return kKinds.code(k); }
std::string_view campaign_kind_label(CampaignKind k) { return kKinds.label(k); }
std::optional<CampaignKind> parse_campaign_kind(std::string_view code) { return kKinds.parse(code); }

std::string_view award_level_code(AwardLevel l) { return kLevels.code(l); }
std::string_view award_level_label(AwardLevel l) { return kLevels.label(l); }
std::optional<AwardLevel> parse_award_level(std::string_view code) { return kLevels.parse(code); }

std::string_view criterion_subject_code(CriterionSubject s) { return kSubjects.code(s); }
std::string_view criterion_subject_label(CriterionSubject s) { return kSubjects.label(s); }
std::optional<CriterionSubject> parse_criterion_subject(std::string_view code) { return kSubjects.parse(code); }

std::string_view verification_code(Verification v) { return kVerifications.code(v); }
std::string_view verification_label(Verification v) { return kVerifications.label(v); }
std::optional<Verification> parse_verification(std::string_view code) { return kVerifications.parse(code); }

std::string_view data_check_code(DataCheck c) { return kChecks.code(c); }
std::string_view data_check_label(DataCheck c) { return kChecks.label(c); }
std::optional<DataCheck> parse_data_check(std::string_view code) { return kChecks.parse(code); }

std::string_view task_kind_code(TaskKind k) { return kTasks.code(k); }
std::string_view task_kind_label(TaskKind k) { return kTasks.label(k); }
std::optional<TaskKind> parse_task_kind(std::string_view code) { return kTasks.parse(code); }

Campaign blank_plan() {
  Campaign c;
  c.document_type = msg::kPlanDocumentType;
  c.kind = CampaignKind::kThematic;
  auto& h = c.headings;
  h.purposes = msg::kPlanHeadingPurposes;
  h.participants_and_contents = msg::kPlanHeadingParticipantsAndContents;
  h.participants = msg::kPlanHeadingParticipants;
  h.contents = msg::kPlanHeadingContents;
  h.period_and_awards = msg::kPlanHeadingPeriodAndAwards;
  h.period = msg::kPlanHeadingPeriod;
  h.awards = msg::kPlanHeadingAwards;
  h.criteria = msg::kPlanHeadingCriteria;
  h.collective_criteria = msg::kPlanHeadingCollectiveCriteria;
  h.individual_criteria = msg::kPlanHeadingIndividualCriteria;
  h.implementation = msg::kPlanHeadingImplementation;

  return c;
}

std::string number_line(const Campaign& c) { return format_document_number(c.number.value_or(0), c.doc_symbol); }

std::string place_date_line(const Campaign& c) {
  if (c.place.empty()) return c.date_text;
  if (c.date_text.empty()) return c.place;
  return c.place + ", " + c.date_text;
}

std::string vietnamese_date_text(std::string_view iso) {
  if (!is_iso_date(iso)) return {};
  return format_date_words(parse_int(iso.substr(0, 4)), parse_int(iso.substr(5, 2)), parse_int(iso.substr(8, 2)));
}

std::vector<std::string> campaign_body_lines(const Campaign& c) {
  std::vector<std::string> lines;
  const PlanHeadings& h = c.headings;
  if (!c.basis.empty()) lines.push_back(c.basis);

  add_heading(lines, h.purposes);
  for (const NumberedItem& item : c.purposes) add_item(lines, item.label, item.text);

  add_heading(lines, h.participants_and_contents);
  add_heading(lines, h.participants);
  add_item(lines, c.participants.collectives.label, c.participants.collectives.text);
  add_item(lines, c.participants.individuals.label, c.participants.individuals.text);
  add_heading(lines, h.contents);
  for (const NumberedItem& item : c.contents) add_item(lines, item.label, item.text);

  add_heading(lines, h.period_and_awards);
  add_item(lines, h.period, c.period.text);
  add_heading(lines, h.awards);
  if (!c.award_intro.empty()) lines.push_back("- " + c.award_intro);
  for (const AwardType& award : c.award_types) lines.push_back("- " + award.text);
  if (!c.award_note.empty()) lines.push_back("(" + c.award_note + ")");

  add_heading(lines, h.criteria);
  add_heading(lines, h.criteria_intro);
  const std::array<std::pair<CriterionSubject, const std::string*>, 2> groups{
      {{CriterionSubject::kCollective, &h.collective_criteria},
       {CriterionSubject::kIndividual, &h.individual_criteria}}};
  for (const auto& [subject, heading] : groups) {
    add_heading(lines, *heading);
    for (const Criterion& criterion : c.criteria) {
      if (criterion.subject == subject) add_item(lines, criterion.label, criterion.text);
    }
  }

  add_heading(lines, h.implementation);
  for (const Assignment& a : c.assignments) add_item(lines, a.label, a.text);
  return lines;
}

std::vector<Criterion> criteria_for(const Campaign& c, CriterionSubject subject) {
  std::vector<Criterion> out;
  for (const Criterion& criterion : c.criteria) {
    if (criterion.subject == subject) out.push_back(criterion);
  }
  return out;
}

}  // namespace thidua::core
