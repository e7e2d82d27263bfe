// Proposals sent upward inside one deployment (issue 14 #2): an approved
// proposal (Tờ trình) of one agency, addressed to a receiving agency (the
// province's TĐKT body), travels through the receiver's steps and its answer
// comes back. Pure: states, the steps each state allows, and the checks on
// what a step carries. The store keeps the rows (store/submissions.h); the use
// cases check rights and apply the steps (app/submissions.h).
//
// States and steps:
//   sent      --receive-->  received   (reception number and date)
//   received  --assign-->   received   (a specialist; again to change it)
//   received  --appraise--> received   (each nominee judged by the rules)
//   sent, received --return--> returned (a reason; the sender corrects)
//   returned  --resend-->   sent       (a new round with its own dossier)
//   received  --review-->   reviewed   (the council's conclusion per nominee)
//   reviewed  --return-->   returned
//   reviewed  --decide-->   decided    (the receiver's decision, its number)
// A decided submission is final: the sender's nominations agreed are granted,
// the others refused, and the sender's proposal carries the answer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::core {

enum class SubmissionState { kSent, kReceived, kReturned, kReviewed, kDecided };
std::string_view submission_state_code(SubmissionState s);  // "sent", ...
std::optional<SubmissionState> parse_submission_state(std::string_view code);
std::string_view submission_state_label(SubmissionState s);  // Vietnamese

enum class SubmissionStep { kSend, kReceive, kAssign, kAppraise, kReturn, kResend, kReview, kDecide };
std::string_view submission_step_code(SubmissionStep s);  // event kinds: "sent", "received", ...
std::string_view submission_step_label(SubmissionStep s);  // Vietnamese, for the history
std::optional<SubmissionStep> parse_submission_step(std::string_view code);

// True when `step` may be taken in state `s` (kSend: never, it creates).
bool submission_step_allowed(SubmissionState s, SubmissionStep step);

// The state after `step` (requires submission_step_allowed).
SubmissionState submission_state_after(SubmissionState s, SubmissionStep step);

// Checks: kConflict (field "state") when the step is not allowed in the state.
Status check_submission_step(SubmissionState s, SubmissionStep step);

// A note carried by a step: a return needs a reason (1..2000 characters of
// valid UTF-8 text); the others may be empty, at most 2000. Field "note".
Status check_submission_note(SubmissionStep step, const std::string& note);

inline constexpr size_t kMaxSubmissionNote = 2000;

// The name of who signs the receiver's decision, tidied in place (one line,
// NFC, single spaces): kValidation on "signer_name" when empty, not text, or
// over 120 characters.
Status check_signer_name(std::string& name);

}  // namespace thidua::core
