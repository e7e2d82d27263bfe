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
//   sent, returned --withdraw--> withdrawn (by the sender: a proposal it
//                                cannot complete; final, and the proposal
//                                may then be answered by hand)
// A decided submission is final: the sender's nominations agreed are granted,
// the others refused, and the sender's proposal carries the answer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::core {

enum class SubmissionState { kSent, kReceived, kReturned, kReviewed, kDecided, kWithdrawn };
std::string_view submission_state_code(SubmissionState s);  // "sent", ...
std::optional<SubmissionState> parse_submission_state(std::string_view code);
std::string_view submission_state_label(SubmissionState s);  // Vietnamese

enum class SubmissionStep { kSend, kReceive, kAssign, kAppraise, kReturn, kResend, kReview, kDecide, kWithdraw };
std::string_view submission_step_code(SubmissionStep s);  // event kinds: "sent", "received", ...
std::string_view submission_step_label(SubmissionStep s);  // Vietnamese, for the history
std::optional<SubmissionStep> parse_submission_step(std::string_view code);

// True when `step` may be taken in state `s` (kSend: never, it creates).
bool submission_step_allowed(SubmissionState s, SubmissionStep step);

// The state after `step` (requires submission_step_allowed).
SubmissionState submission_state_after(SubmissionState s, SubmissionStep step);

// Checks: kConflict (field "state") when the step is not allowed in the state.
Status check_submission_step(SubmissionState s, SubmissionStep step);

// A note carried by a step: a return and a withdrawal need a reason (not only
// spaces; at most 2000 characters of valid UTF-8 text); the others may be
// empty, at most 2000. Field "note".
Status check_submission_note(SubmissionStep step, const std::string& note);

inline constexpr size_t kMaxSubmissionNote = 2000;

// The records (store/submissions.h reads and writes them).
// What an administrator sets on a receiving agency: its decisions' symbol
// ("QĐ-UBND") and deciding authority, and, when its decisions are issued in
// another body's name (the Provincial People's Committee's), their issuing
// body line ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", no governing body above it)
// and place ("Bắc Ninh"); both empty: the receiving unit's own header.
struct ReceivingSettings {
  std::string decision_symbol;
  std::string authority;
  std::string issuing_body;
  std::string place;
};

// An agency that receives proposals, with its ReceivingSettings ("QĐ-UBND",
// "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh", ...).
struct ReceivingAgency {
  int64_t unit_id = 0;
  std::string name;  // the unit's name today
  std::string path;
  std::string decision_symbol;
  std::string authority;
  std::string issuing_body;  // ReceivingSettings
  std::string place;
  bool open = true;  // the unit is not closed
};

struct SubmissionRecord {
  int64_t id = 0;
  // "local": sent inside this deployment (decision_id, campaign_id,
  // sender_unit_id and sender_path name the sender's records here);
  // "exchange": imported from another deployment's package (app/exchange.h):
  // those four are 0 and "", the sender is known by its code and name, the
  // proposal by its reference in the sender's system.
  std::string origin = "local";
  int64_t decision_id = 0;
  int64_t campaign_id = 0;  // of the proposal (joined)
  int64_t sender_unit_id = 0;
  std::string sender_path;  // joined
  std::string sender_code;   // exchange: the sending agency's code
  std::string external_ref;  // exchange: the proposal's reference at the sender
  int64_t receiver_unit_id = 0;
  std::string receiver_path;  // joined
  std::string receiver_name;  // joined, today's name
  SubmissionState state = SubmissionState::kSent;
  int round = 1;
  std::string title;                   // the proposal's title
  std::string sender_name;             // the sending agency's name when sent
  std::string proposal_number_symbol;  // "15/TTr-STNMT"
  std::string award_name;
  std::string eligibility_code;  // the award type's rule set, "" when none
  int year = 0;                  // the year of achievement
  std::optional<int64_t> received_number;
  std::optional<std::string> received_date;
  std::optional<int64_t> assignee_id;
  std::string assignee_name;  // joined
  std::string appraisal_note;
  std::optional<std::string> council_date;
  std::string council_note;
  std::optional<int64_t> decision_number;
  std::string decision_symbol;
  std::optional<std::string> decision_date;
  std::string signer_name;
  // Kept when the decision is issued (its document's words): the authority,
  // the award type's legal grounds, the sender's campaign, and the header
  // lines the receiving agency set (ReceivingSettings; empty when none).
  std::string decision_authority;
  std::string decision_issuing_body;
  std::string decision_place;
  std::string decision_grounds;
  std::string campaign_title;
  std::string sent_at;
  std::string updated_at;
  int64_t version = 1;
  int64_t items = 0;  // joined: the number of nominees

  bool imported() const { return origin == "exchange"; }
};

struct SubmissionItem {
  int64_t nomination_id = 0;  // exchange: the sender's number of the nominee
  int ord = 0;
  std::string subject;  // "individual", "collective"
  std::optional<int64_t> person_id;
  std::optional<int64_t> nominee_unit_id;
  std::string name;
  std::string position;
  std::string unit_name;
  std::string verdict;  // "", "met", "not_met", "missing", "none"
  std::string verdict_reason;
  std::optional<bool> agreed;
};

struct SubmissionRound {
  int round = 1;
  std::string note;
  std::string dossier_sha256;
  int64_t dossier_size = 0;
  std::string sent_by_name;  // joined
  std::string sent_at;
};

struct SubmissionEvent {
  int64_t id = 0;
  int round = 1;
  std::string kind;  // core::submission_step_code
  std::string note;
  std::string actor_name;
  std::string at;
};

// An account that may be assigned a submission (a specialist of the receiver).
struct Processor {
  int64_t user_id = 0;
  std::string name;
};

// What names a receiving agency, tidied in place (one NFC line each): the
// symbol of its decisions like "QĐ-UBND" (a dash inside, no spaces or
// slashes, at most 40 bytes), its authority (1..255 characters), and the
// header lines (each at most 255 characters, the place only with an issuing
// body). kValidation on "decision_symbol", "authority", "issuing_body" or "place".
Status check_receiving_agency(ReceivingSettings& settings);

// The name of who signs the receiver's decision, tidied in place (one line,
// NFC, single spaces): kValidation on "signer_name" when empty, not text, or
// over 120 characters.
Status check_signer_name(std::string& name);

}  // namespace thidua::core
