// Registrations (đăng ký thi đua) of a campaign: a collective's (a
// participating unit) or an individual's targets (chỉ tiêu), initiatives
// (sáng kiến, individuals only) and signature task (nhiệm vụ tiêu biểu), with
// the states draft → submitted → approved | returned (domain.md §3 step 2).
// Pure: value types, validation and the state rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/unit_work.h"

namespace thidua::core {

enum class RegistrationSubject { kCollective, kIndividual };
std::string_view registration_subject_code(RegistrationSubject s);   // "collective", "individual"
std::string_view registration_subject_label(RegistrationSubject s);  // "Tập thể", "Cá nhân"
std::optional<RegistrationSubject> parse_registration_subject(std::string_view code);

enum class RegistrationState { kDraft, kSubmitted, kApproved, kReturned };
std::string_view registration_state_code(RegistrationState s);   // "draft", "submitted", ...
std::string_view registration_state_label(RegistrationState s);  // "Dự thảo", "Đã gửi", ...
std::optional<RegistrationState> parse_registration_state(std::string_view code);
const std::vector<RegistrationState>& all_registration_states();

// A target; the progress fields are written by progress reporting (read-only here).
struct Target {
  int64_t id = 0;
  std::string content_label;  // the plan's numbered content it serves ("1", "2"), may be empty
  std::string text;
  ProgressStatus progress_status = ProgressStatus::kNotStarted;
  int progress_percent = 0;
  std::optional<std::string> progress_at;
};

struct Initiative {
  int64_t id = 0;
  std::string title;
  std::string content;
  std::string expected_effect;
};

struct Registration {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t unit_id = 0;      // the participating unit (the collective, or the individual's unit)
  std::string unit_name;    // read only
  std::string unit_path;    // read only
  RegistrationSubject subject = RegistrationSubject::kIndividual;
  std::optional<int64_t> person_id;  // individuals only
  std::string person_name;           // read only
  RegistrationState state = RegistrationState::kDraft;
  std::string signature_task;
  std::string return_reason;
  std::optional<int64_t> entered_by;
  std::string entered_by_name;  // read only
  std::optional<std::string> submitted_at;
  std::optional<int64_t> submitted_by;  // the account that last submitted it
  std::optional<int64_t> decided_by;
  std::string decided_by_name;  // read only
  std::optional<std::string> decided_at;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
  std::vector<Target> targets;          // in order
  std::vector<Initiative> initiatives;  // in order

  // "u:<unit id>" or "p:<person id>": one registration per subject and campaign.
  std::string subject_key() const;
};

// Limits of what one registration may hold.
inline constexpr size_t kMaxTargets = 50;
inline constexpr size_t kMaxInitiatives = 20;
inline constexpr size_t kMaxTextLength = 2000;   // code points, per target / initiative field / task
inline constexpr size_t kMaxReasonLength = 1000;

// Tidies the editable content (NFC, trimmed; multi-line text keeps its line
// breaks), drops targets and initiatives left wholly empty, and checks it: at
// least one target, limits, valid UTF-8, a title for every initiative, no
// initiative in a collective registration, a person for an individual one.
// kValidation naming the field ("targets", "initiatives", "signature_task",
// "person_id") with a Vietnamese message.
Result<Registration> normalise_registration(Registration r);

// A tidied return reason; kValidation (field "reason") when empty or too long.
Result<std::string> normalise_return_reason(std::string_view reason);

// The content may be edited (and submitted) in draft and returned.
bool registration_editable(RegistrationState s);
// A registration in `from` may move to `to`: draft|returned → submitted,
// submitted → approved|returned.
bool registration_transition_allowed(RegistrationState from, RegistrationState to);

// One target per non-empty line of a spreadsheet cell. A line may name the
// plan content it serves in square brackets first: "[2] Số hóa 100% hồ sơ".
std::vector<Target> targets_from_lines(std::string_view cell);

}  // namespace thidua::core
