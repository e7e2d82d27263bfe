#include "core/registration.h"

#include <array>

#include "core/messages_vi/registrations.h"
#include "core/names.h"
#include "core/text_fields.h"
#include "core/utf8.h"

namespace thidua::core {
namespace {

namespace msg = messages_vi;

struct StateInfo {
  RegistrationState state;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<StateInfo, 4> kStates{{
    {RegistrationState::kDraft, "draft", msg::kRegistrationStateDraft},
    {RegistrationState::kSubmitted, "submitted", msg::kRegistrationStateSubmitted},
    {RegistrationState::kApproved, "approved", msg::kRegistrationStateApproved},
    {RegistrationState::kReturned, "returned", msg::kRegistrationStateReturned},
}};

Error invalid(const char* message, const char* field) { return make_error(errc::kValidation, message, field); }

// Tidies each line (NFC, trimmed, single spaces), drops empty lines, joins
// with "\n". nullopt when the text is not valid UTF-8 or holds control
// characters other than line breaks and tabs.
std::optional<std::string> tidy_lines(std::string_view text) {
  if (!is_valid_utf8(text)) return std::nullopt;
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (has_control_char(line)) return std::nullopt;
    std::string tidy = tidy_text(line);
    if (!tidy.empty()) {
      if (!out.empty()) out += '\n';
      out += tidy;
    }
    start = end + 1;
  }
  return out;
}

// Tidies one field in place; an Error naming `field` when it is unusable.
std::optional<Error> tidy_field(std::string& value, const char* field, bool multiline) {
  std::optional<std::string> t;
  if (multiline) {
    t = tidy_lines(value);
  } else if (is_valid_utf8(value) && !has_control_char(value)) {
    t = tidy_text(value);
  }
  if (!t) return invalid(msg::kRegistrationInvalidText, field);
  if (utf8::length(*t) > kMaxTextLength) return invalid(msg::kRegistrationTextTooLong, field);
  value = std::move(*t);
  return std::nullopt;
}

}  // namespace

std::string_view registration_subject_code(RegistrationSubject s) {
  return s == RegistrationSubject::kCollective ? "collective" : "individual";
}

std::string_view registration_subject_label(RegistrationSubject s) {
  return s == RegistrationSubject::kCollective ? msg::kRegistrationSubjectCollective
                                                : msg::kRegistrationSubjectIndividual;
}

std::optional<RegistrationSubject> parse_registration_subject(std::string_view code) {
  if (code == "collective") return RegistrationSubject::kCollective;
  if (code == "individual") return RegistrationSubject::kIndividual;
  return std::nullopt;
}

std::string_view registration_state_code(RegistrationState s) {
  for (const auto& i : kStates) {
    if (i.state == s) return i.code;
  }
  return {};
}

std::string_view registration_state_label(RegistrationState s) {
  for (const auto& i : kStates) {
    if (i.state == s) return i.label;
  }
  return {};
}

std::optional<RegistrationState> parse_registration_state(std::string_view code) {
  for (const auto& i : kStates) {
    if (i.code == code) return i.state;
  }
  return std::nullopt;
}

const std::vector<RegistrationState>& all_registration_states() {
  static const std::vector<RegistrationState> v = {RegistrationState::kDraft, RegistrationState::kSubmitted,
                                                   RegistrationState::kApproved, RegistrationState::kReturned};
  return v;
}

std::string Registration::subject_key() const {
  if (subject == RegistrationSubject::kCollective) return "u:" + std::to_string(unit_id);
  return "p:" + std::to_string(person_id.value_or(0));
}

Result<Registration> normalise_registration(Registration r) {
  if (r.subject == RegistrationSubject::kIndividual && (!r.person_id || *r.person_id <= 0)) {
    return invalid(msg::kRegistrationNoPerson, "person_id");
  }
  if (r.subject == RegistrationSubject::kCollective) r.person_id.reset();
  if (auto e = tidy_field(r.signature_task, "signature_task", true)) return *e;
  std::vector<Target> targets;
  for (auto& t : r.targets) {
    if (auto e = tidy_field(t.text, "targets", false)) return *e;
    if (auto e = tidy_field(t.content_label, "targets", false)) return *e;
    if (utf8::length(t.content_label) > 20) return invalid(msg::kRegistrationLabelTooLong, "targets");
    if (t.text.empty()) continue;  // a blank row of the form
    targets.push_back(std::move(t));
  }
  if (targets.empty()) return invalid(msg::kRegistrationNoTarget, "targets");
  if (targets.size() > kMaxTargets) return invalid(msg::kRegistrationTooManyTargets, "targets");
  r.targets = std::move(targets);
  std::vector<Initiative> initiatives;
  for (auto& i : r.initiatives) {
    if (auto e = tidy_field(i.title, "initiatives", false)) return *e;
    if (auto e = tidy_field(i.content, "initiatives", true)) return *e;
    if (auto e = tidy_field(i.expected_effect, "initiatives", true)) return *e;
    if (i.title.empty() && i.content.empty() && i.expected_effect.empty()) continue;
    if (i.title.empty()) return invalid(msg::kRegistrationInitiativeTitle, "initiatives");
    initiatives.push_back(std::move(i));
  }
  if (!initiatives.empty() && r.subject == RegistrationSubject::kCollective) {
    return invalid(msg::kRegistrationCollectiveInitiative, "initiatives");
  }
  if (initiatives.size() > kMaxInitiatives) return invalid(msg::kRegistrationTooManyInitiatives, "initiatives");
  r.initiatives = std::move(initiatives);
  return r;
}

Result<std::string> normalise_return_reason(std::string_view reason) {
  auto t = tidy_lines(reason);
  if (!t) return invalid(msg::kRegistrationInvalidText, "reason");
  if (t->empty()) return invalid(msg::kRegistrationReasonEmpty, "reason");
  if (utf8::length(*t) > kMaxReasonLength) return invalid(msg::kRegistrationReasonTooLong, "reason");
  return *t;
}

bool registration_editable(RegistrationState s) {
  return s == RegistrationState::kDraft || s == RegistrationState::kReturned;
}

bool registration_transition_allowed(RegistrationState from, RegistrationState to) {
  switch (to) {
    case RegistrationState::kSubmitted:
      return registration_editable(from);
    case RegistrationState::kApproved:
    case RegistrationState::kReturned:
      return from == RegistrationState::kSubmitted;
    case RegistrationState::kDraft:
      return false;
  }
  return false;
}

std::vector<Target> targets_from_lines(std::string_view cell) {
  std::vector<Target> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find('\n', start);
    if (end == std::string_view::npos) end = cell.size();
    std::string_view line = cell.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    Target t;
    if (!line.empty() && line.front() == '[') {
      if (size_t close = line.find(']'); close != std::string_view::npos) {
        t.content_label = std::string(line.substr(1, close - 1));
        line.remove_prefix(close + 1);
      }
    }
    t.text = std::string(line);
    bool blank = true;
    for (char c : t.text) blank = blank && (c == ' ' || c == '\t');
    if (blank) continue;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace thidua::core
