#include "core/submission.h"

#include "core/messages_vi/submissions.h"
#include "core/utf8.h"
#include "core/names.h"
#include "core/text_fields.h"

namespace thidua::core {
namespace msg = messages_vi;

std::string_view submission_state_code(SubmissionState s) {
  switch (s) {
    case SubmissionState::kSent: return "sent";
    case SubmissionState::kReceived: return "received";
    case SubmissionState::kReturned: return "returned";
    case SubmissionState::kReviewed: return "reviewed";
    case SubmissionState::kDecided: return "decided";
    case SubmissionState::kWithdrawn: return "withdrawn";
  }
  return "sent";
}

std::optional<SubmissionState> parse_submission_state(std::string_view code) {
  for (auto s : {SubmissionState::kSent, SubmissionState::kReceived, SubmissionState::kReturned,
                 SubmissionState::kReviewed, SubmissionState::kDecided, SubmissionState::kWithdrawn}) {
    if (submission_state_code(s) == code) return s;
  }
  return std::nullopt;
}

std::string_view submission_state_label(SubmissionState s) {
  switch (s) {
    case SubmissionState::kSent: return msg::kSubmissionSent;
    case SubmissionState::kReceived: return msg::kSubmissionReceived;
    case SubmissionState::kReturned: return msg::kSubmissionReturned;
    case SubmissionState::kReviewed: return msg::kSubmissionReviewed;
    case SubmissionState::kDecided: return msg::kSubmissionDecided;
    case SubmissionState::kWithdrawn: return msg::kSubmissionWithdrawn;
  }
  return msg::kSubmissionSent;
}

namespace {
constexpr SubmissionStep kSteps[] = {SubmissionStep::kSend,     SubmissionStep::kReceive, SubmissionStep::kAssign,
                                     SubmissionStep::kAppraise, SubmissionStep::kReturn,  SubmissionStep::kResend,
                                     SubmissionStep::kReview,   SubmissionStep::kDecide,  SubmissionStep::kWithdraw};
}  // namespace

std::string_view submission_step_code(SubmissionStep s) {
  switch (s) {
    case SubmissionStep::kSend: return "sent";
    case SubmissionStep::kReceive: return "received";
    case SubmissionStep::kAssign: return "assigned";
    case SubmissionStep::kAppraise: return "appraised";
    case SubmissionStep::kReturn: return "returned";
    case SubmissionStep::kResend: return "resent";
    case SubmissionStep::kReview: return "reviewed";
    case SubmissionStep::kDecide: return "decided";
    case SubmissionStep::kWithdraw: return "withdrawn";
  }
  return "sent";
}

std::string_view submission_step_label(SubmissionStep s) {
  switch (s) {
    case SubmissionStep::kSend: return msg::kStepSend;
    case SubmissionStep::kReceive: return msg::kStepReceive;
    case SubmissionStep::kAssign: return msg::kStepAssign;
    case SubmissionStep::kAppraise: return msg::kStepAppraise;
    case SubmissionStep::kReturn: return msg::kStepReturn;
    case SubmissionStep::kResend: return msg::kStepResend;
    case SubmissionStep::kReview: return msg::kStepReview;
    case SubmissionStep::kDecide: return msg::kStepDecide;
    case SubmissionStep::kWithdraw: return msg::kStepWithdraw;
  }
  return msg::kStepSend;
}

std::optional<SubmissionStep> parse_submission_step(std::string_view code) {
  for (auto s : kSteps) {
    if (submission_step_code(s) == code) return s;
  }
  return std::nullopt;
}

bool submission_step_allowed(SubmissionState s, SubmissionStep step) {
  switch (step) {
    case SubmissionStep::kSend: return false;
    case SubmissionStep::kReceive: return s == SubmissionState::kSent;
    case SubmissionStep::kAssign:
    case SubmissionStep::kAppraise:
    case SubmissionStep::kReview: return s == SubmissionState::kReceived;
    case SubmissionStep::kReturn:
      return s == SubmissionState::kSent || s == SubmissionState::kReceived || s == SubmissionState::kReviewed;
    case SubmissionStep::kResend: return s == SubmissionState::kReturned;
    case SubmissionStep::kDecide: return s == SubmissionState::kReviewed;
    case SubmissionStep::kWithdraw: return s == SubmissionState::kSent || s == SubmissionState::kReturned;
  }
  return false;
}

SubmissionState submission_state_after(SubmissionState s, SubmissionStep step) {
  switch (step) {
    case SubmissionStep::kSend:
    case SubmissionStep::kResend: return SubmissionState::kSent;
    case SubmissionStep::kReceive: return SubmissionState::kReceived;
    case SubmissionStep::kAssign:
    case SubmissionStep::kAppraise: return s;
    case SubmissionStep::kReturn: return SubmissionState::kReturned;
    case SubmissionStep::kReview: return SubmissionState::kReviewed;
    case SubmissionStep::kDecide: return SubmissionState::kDecided;
    case SubmissionStep::kWithdraw: return SubmissionState::kWithdrawn;
  }
  return s;
}

Status check_submission_step(SubmissionState s, SubmissionStep step) {
  if (!submission_step_allowed(s, step)) return make_error(errc::kConflict, msg::kSubmissionStepNotNow, "state");
  return {};
}

Status check_submission_note(SubmissionStep step, const std::string& note) {
  if (!is_valid_utf8(note)) return make_error(errc::kValidation, msg::kSubmissionNoteInvalid, "note");
  if (utf8::length(note) > kMaxSubmissionNote) {
    return make_error(errc::kValidation, msg::kSubmissionNoteTooLong, "note");
  }
  if (step == SubmissionStep::kReturn || step == SubmissionStep::kWithdraw) {
    bool blank = true;
    for (size_t pos = 0; pos < note.size() && blank;) {
      if (!utf8::is_space(utf8::decode(note, pos))) blank = false;
    }
    if (blank) {
      return make_error(errc::kValidation,
                        step == SubmissionStep::kReturn ? msg::kSubmissionReasonMissing : msg::kSubmissionWithdrawReason,
                        "note");
    }
  }
  return {};
}

Status check_receiving_agency(ReceivingSettings& settings) {
  std::string& authority = settings.authority;
  THIDUA_TRY(tidy_line(settings.decision_symbol, "decision_symbol", msg::kSubmissionReceivingSymbol));
  THIDUA_TRY(tidy_line(authority, "authority", msg::kSubmissionReceivingAuthority));
  THIDUA_TRY(tidy_line(settings.issuing_body, "issuing_body", msg::kSubmissionReceivingLineInvalid));
  THIDUA_TRY(tidy_line(settings.place, "place", msg::kSubmissionReceivingLineInvalid));
  const std::string& sym = settings.decision_symbol;
  const bool symbol_ok = !sym.empty() && sym.size() <= 40 && sym.find('-') != std::string::npos &&
                         sym.front() != '-' && sym.back() != '-' && sym.find(' ') == std::string::npos &&
                         sym.find('/') == std::string::npos;
  if (!symbol_ok) return make_error(errc::kValidation, msg::kSubmissionReceivingSymbol, "decision_symbol");
  if (authority.empty() || utf8::length(authority) > 255) {
    return make_error(errc::kValidation, msg::kSubmissionReceivingAuthority, "authority");
  }
  for (const auto& [line, field] : {std::pair{&settings.issuing_body, "issuing_body"}, std::pair{&settings.place, "place"}}) {
    if (utf8::length(*line) > 255) return make_error(errc::kValidation, msg::kSubmissionReceivingHeader, field);
  }
  if (settings.issuing_body.empty() && !settings.place.empty()) {
    return make_error(errc::kValidation, msg::kSubmissionReceivingPlaceAlone, "issuing_body");
  }
  return {};
}

Status check_signer_name(std::string& name) {
  THIDUA_TRY(tidy_line(name, "signer_name", msg::kSubmissionSignerMissing));
  if (name.empty()) return make_error(errc::kValidation, msg::kSubmissionSignerMissing, "signer_name");
  if (utf8::length(name) > 120) return make_error(errc::kValidation, msg::kSubmissionSignerTooLong, "signer_name");
  return {};
}

}  // namespace thidua::core
