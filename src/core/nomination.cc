#include "core/nomination.h"

#include <array>
#include <cstddef>

#include "core/blanks.h"
#include "core/messages_vi/nominations.h"
#include "core/names.h"
#include "core/utf8.h"

namespace thidua::core {
namespace {

namespace msg = messages_vi;

// Indexed by the enum's value; all_nomination_states() lists them in the
// order of the workflow (the head's approval first).
constexpr std::array<NominationState, 10> kStateValues{
    NominationState::kSubmitted, NominationState::kReturned, NominationState::kAccepted,
    NominationState::kPassed,    NominationState::kFailed,   NominationState::kDecided,
    NominationState::kProposed,  NominationState::kGranted,  NominationState::kRefused,
    NominationState::kPending};
constexpr std::array<std::string_view, 10> kStateCodes{"submitted", "returned", "accepted", "passed",  "failed",
                                                       "decided",   "proposed", "granted",  "refused", "pending"};
constexpr std::array<std::string_view, 10> kStateLabels{
    msg::kNominationStateSubmitted, msg::kNominationStateReturned, msg::kNominationStateAccepted,
    msg::kNominationStatePassed,    msg::kNominationStateFailed,   msg::kNominationStateDecided,
    msg::kNominationStateProposed,  msg::kNominationStateGranted,  msg::kNominationStateRefused,
    msg::kNominationStatePending};

// NFC, surrounding whitespace removed; line breaks inside are kept (reports
// are paragraphs). False when the text is not UTF-8 or holds control
// characters other than tab and line breaks.
bool tidy_block(std::string& text) {
  if (!is_valid_utf8(text)) return false;
  for (unsigned char ch : text) {
    if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t') return false;
    if (ch == 0x7F) return false;
  }
  text = trim_blanks(to_nfc(text));
  return true;
}

Error invalid(const std::string& field, const std::string& message) {
  return make_error(errc::kValidation, message, field);
}

}  // namespace

std::string_view nomination_state_code(NominationState s) { return kStateCodes[static_cast<std::size_t>(s)]; }
std::string_view nomination_state_label(NominationState s) { return kStateLabels[static_cast<std::size_t>(s)]; }

std::optional<NominationState> parse_nomination_state(std::string_view code) {
  for (std::size_t i = 0; i < kStateCodes.size(); ++i) {
    if (kStateCodes[i] == code) return kStateValues[i];
  }
  return std::nullopt;
}

const std::vector<NominationState>& all_nomination_states() {
  static const std::vector<NominationState> kAll = [] {
    std::vector<NominationState> all{NominationState::kPending};
    all.insert(all.end(), kStateValues.begin(), kStateValues.end() - 1);
    return all;
  }();
  return kAll;
}

const std::vector<NominationState>& not_live_states() {
  static const std::vector<NominationState> kNotLive{NominationState::kFailed, NominationState::kRefused,
                                                     NominationState::kReturned};
  return kNotLive;
}

bool nomination_live(NominationState s) {
  for (auto n : not_live_states()) {
    if (n == s) return false;
  }
  return true;
}

std::string nominee_key(CriterionSubject subject, int64_t id) {
  return (subject == CriterionSubject::kCollective ? "u:" : "p:") + std::to_string(id);
}

bool fact_holds(const NomineeFacts& facts, DataCheck check) {
  switch (check) {
    case DataCheck::kUnitPlanSubmitted:
      return facts.unit_plan_submitted;
    case DataCheck::kRegistrationApproved:
      return facts.registration_approved;
    case DataCheck::kInitiativeRegistered:
      return facts.initiative_registered;
    case DataCheck::kSignatureTask:
      return facts.signature_task;
  }
  return false;
}

std::string_view criterion_status_code(CriterionStatus s) {
  switch (s) {
    case CriterionStatus::kVerified:
      return "verified";
    case CriterionStatus::kAttested:
      return "attested";
    case CriterionStatus::kMissing:
      break;
  }
  return "missing";
}

std::string_view criterion_status_label(CriterionStatus s) {
  switch (s) {
    case CriterionStatus::kVerified:
      return msg::kCriterionVerified;
    case CriterionStatus::kAttested:
      return msg::kCriterionAttested;
    case CriterionStatus::kMissing:
      break;
  }
  return msg::kCriterionMissing;
}

std::vector<CriterionCheck> check_criteria(const std::vector<Criterion>& criteria, CriterionSubject subject,
                                           const NomineeFacts& facts,
                                           const std::map<int64_t, std::string>& attestations) {
  std::vector<CriterionCheck> out;
  for (const auto& c : criteria) {
    if (c.subject != subject) continue;
    CriterionCheck check;
    check.criterion = c;
    if (c.verification == Verification::kData) {
      bool all = !c.checks.empty();
      for (DataCheck d : c.checks) {
        const bool holds = fact_holds(facts, d);
        check.checks.push_back({d, holds});
        all = all && holds;
      }
      check.status = all ? CriterionStatus::kVerified : CriterionStatus::kMissing;
    } else {
      auto it = attestations.find(c.id);
      if (it != attestations.end() && !is_blank(it->second)) {
        check.note = it->second;
        check.status = CriterionStatus::kAttested;
      }
    }
    out.push_back(std::move(check));
  }
  return out;
}

bool criteria_complete(const std::vector<CriterionCheck>& checks) {
  for (const auto& c : checks) {
    if (c.status == CriterionStatus::kMissing) return false;
  }
  return true;
}

Status nomination_window(CampaignState state, const std::optional<std::string>& deadline, std::string_view today) {
  if (state != CampaignState::kRunning && state != CampaignState::kClosed) {
    return make_error(errc::kNominationsClosed, msg::kNominationsClosed);
  }
  if (deadline && !deadline->empty() && today > std::string_view(*deadline)) {
    return make_error(errc::kDeadlinePassed, msg::nomination_deadline_passed(vietnamese_date_text(*deadline)));
  }
  return Status{};
}

Status validate_report(std::string& report, bool has_file) {
  if (!tidy_block(report)) return invalid("report", msg::kNominationReportInvalid);
  if (report.empty() && !has_file) {
    return invalid("report", msg::kNominationReportMissing);
  }
  if (utf8::length(report) > 20000) return invalid("report", msg::kNominationReportTooLong);
  return Status{};
}

Status validate_attestations(std::map<int64_t, std::string>& attestations) {
  for (auto& [id, note] : attestations) {
    if (!tidy_block(note)) return invalid("attestation_" + std::to_string(id), msg::kAttestationInvalid);
    if (utf8::length(note) > 2000) {
      return invalid("attestation_" + std::to_string(id), msg::kAttestationTooLong);
    }
  }
  return Status{};
}

Status validate_return_reason(std::string& reason) {
  if (!tidy_block(reason)) return invalid("reason", msg::kNominationReasonInvalid);
  if (reason.empty()) return invalid("reason", msg::kNominationReasonEmpty);
  if (utf8::length(reason) > 2000) return invalid("reason", msg::kNominationReasonTooLong);
  return Status{};
}

Status may_review(NominationState from) {
  if (from != NominationState::kSubmitted) {
    return make_error(errc::kConflict, msg::nomination_not_reviewable(nomination_state_label(from)));
  }
  return Status{};
}

bool needs_head_approval(CampaignKind kind) { return kind == CampaignKind::kAnnual; }

NominationState first_state(CampaignKind kind, bool actor_heads_unit) {
  return needs_head_approval(kind) && !actor_heads_unit ? NominationState::kPending : NominationState::kSubmitted;
}

Status may_head_review(NominationState from) {
  if (from != NominationState::kPending) {
    return make_error(errc::kConflict, msg::nomination_not_pending(nomination_state_label(from)));
  }
  return Status{};
}

Status may_resubmit(NominationState from) {
  if (from != NominationState::kReturned) {
    return make_error(errc::kConflict, msg::nomination_not_resubmittable(nomination_state_label(from)));

  }
  return Status{};
}

}  // namespace thidua::core
