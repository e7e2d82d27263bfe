// Nominations (đề nghị khen thưởng, domain.md §3 step 4–5): their states, the
// rules of who may move them, and the per-criterion check of a nominee against
// the campaign's criteria from plain facts (what the data proves and what the
// nominating unit attests). Pure: no I/O.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/campaign.h"
#include "core/result.h"

namespace thidua::core {

// Stable API error codes of nominations (web maps them to 409).
namespace errc {
inline constexpr const char* kDuplicateNomination = "duplicate_nomination";
inline constexpr const char* kDeadlinePassed = "deadline_passed";
inline constexpr const char* kNominationsClosed = "nominations_closed";
// An annual title the register already holds for the nominee and the year
// reviewed (one title of a kind a year, legal.md §6).
inline constexpr const char* kAlreadyAwarded = "already_awarded";
// Proposals for an award beyond its quota (core/quota.h): the message gives
// the figures.
inline constexpr const char* kQuotaExceeded = "quota_exceeded";
// A second award form for one achievement: the nominee already has a live
// nomination for another award type of the same (non-annual) campaign.
inline constexpr const char* kSameAchievement = "same_achievement";
}  // namespace errc

// submitted → accepted | returned (here); returned → submitted (resubmission).
// Where the unit head approves what the unit proposes (needs_head_approval),
// a nomination starts pending: pending → submitted (the head approves) |
// returned (the head sends it back); a resubmission is pending again.
// The council and awards packages move accepted nominations further:
// passed/failed at the ballot's close, decided/proposed, granted/refused.
enum class NominationState {
  kSubmitted, kReturned, kAccepted, kPassed, kFailed, kDecided, kProposed, kGranted, kRefused, kPending
};

std::string_view nomination_state_code(NominationState s);   // "submitted", ...
std::string_view nomination_state_label(NominationState s);  // "Đã gửi", ...
std::optional<NominationState> parse_nomination_state(std::string_view code);
const std::vector<NominationState>& all_nomination_states();

// "u:<unit id>" for a collective, "p:<person id>" for an individual.
std::string nominee_key(CriterionSubject subject, int64_t id);

// A nomination as stored, with the names lists and pages show.
struct Nomination {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t award_type_id = 0;
  std::string award_type_name;  // "Giấy khen – Giám đốc Sở"
  int64_t unit_id = 0;          // the nominating unit
  std::string unit_name;
  std::string unit_path;
  CriterionSubject subject = CriterionSubject::kIndividual;
  std::optional<int64_t> person_id;        // individual nominee
  std::optional<int64_t> nominee_unit_id;  // collective nominee
  std::string nominee_name;                // the person's or the unit's name
  std::string subject_key;
  std::optional<int64_t> registration_id;  // the nominee's registration in the campaign, if any
  std::string report;                      // achievement report (báo cáo thành tích), text
  // The achievement report as an uploaded file (PDF, DOCX...): the content's
  // SHA-256 in the file store, the safe name offered for download, its size.
  std::optional<std::string> report_sha256;
  std::string report_file_name;
  int64_t report_file_size = 0;
  NominationState state = NominationState::kSubmitted;
  std::string return_reason;
  std::optional<int64_t> submitted_by;
  std::string submitted_at;
  std::optional<int64_t> reviewed_by;
  std::optional<std::string> reviewed_at;
  // The unit head's approval where one is needed (needs_head_approval).
  std::optional<int64_t> approved_by;
  std::optional<std::string> approved_at;
  int64_t version = 1;
};

// What the system's data proves about a nominee in one campaign.
struct NomineeFacts {
  bool unit_plan_submitted = false;     // the (nominee's or nominating) unit's implementation plan
  bool registered = false;              // a registration exists
  bool registration_approved = false;   // ... and the unit head approved it
  bool initiative_registered = false;   // at least one initiative
  bool signature_task = false;          // a non-empty signature task
};

// The states in which a nomination does not stand: failed at the ballot,
// refused by the higher authority, or returned to its unit (until it is
// resubmitted). The others are live: they count against quotas, take the
// nominee's one award form in a campaign and stand for the title proposed.
const std::vector<NominationState>& not_live_states();
bool nomination_live(NominationState s);

// True when `facts` prove `check`.
bool fact_holds(const NomineeFacts& facts, DataCheck check);

enum class CriterionStatus { kVerified, kAttested, kMissing };
std::string_view criterion_status_code(CriterionStatus s);   // "verified", "attested", "missing"
// "Đã xác minh từ dữ liệu", "Đơn vị xác nhận", "Còn thiếu".
std::string_view criterion_status_label(CriterionStatus s);

struct DataCheckResult {
  DataCheck check = DataCheck::kRegistrationApproved;
  bool holds = false;
};

struct CriterionCheck {
  Criterion criterion;
  CriterionStatus status = CriterionStatus::kMissing;
  std::vector<DataCheckResult> checks;  // for data criteria: each check and whether it holds
  std::string note;                     // the unit's attestation, for attested criteria
};

// The status of each criterion (in order) of `criteria` whose subject is
// `subject`: a data criterion is verified when every one of its checks holds
// (a data criterion without checks is missing); an attested criterion is
// attested when `attestations` has a non-blank note for its id. Criteria of
// the other subject are left out.
std::vector<CriterionCheck> check_criteria(const std::vector<Criterion>& criteria, CriterionSubject subject,
                                           const NomineeFacts& facts,
                                           const std::map<int64_t, std::string>& attestations);

// True when no criterion is missing.
bool criteria_complete(const std::vector<CriterionCheck>& checks);

// Whether a unit may nominate (create or resubmit) today: the campaign must
// be running or closed (kNominationsClosed otherwise) and today (ISO) not
// after the nomination deadline when the plan sets one (kDeadlinePassed).
Status nomination_window(CampaignState state, const std::optional<std::string>& deadline, std::string_view today);

// Checks and normalises what a unit writes: the report (at most 20 000
// characters; required unless `has_file`, i.e. a report file comes with it),
// attestation notes (at most 2 000 each, trimmed). kValidation with the field.
Status validate_report(std::string& report, bool has_file = false);
Status validate_attestations(std::map<int64_t, std::string>& attestations);

// The reason of a return (required, at most 2 000 characters), trimmed.
Status validate_return_reason(std::string& reason);

// The annual review's proposals go to the unit's head before the office
// (issue 11 #3: "the unit head approves; the office checks"); a campaign's
// nominations go straight to the office.
bool needs_head_approval(CampaignKind kind);
// The state a new or resubmitted nomination takes: pending when the head's
// approval is needed and the actor is not a head over the unit (a head's own
// submission is its approval), else submitted.
NominationState first_state(CampaignKind kind, bool actor_heads_unit);
// The head's moves: approve or return a pending nomination (kConflict otherwise).
Status may_head_review(NominationState from);

// Review moves: accept or return a submitted nomination (kConflict from any
// other state); resubmit (edit) only a returned one.
Status may_review(NominationState from);
Status may_resubmit(NominationState from);

}  // namespace thidua::core
