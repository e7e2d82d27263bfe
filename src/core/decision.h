// Decisions (Quyết định) and proposals (Tờ trình) of a campaign (domain.md
// §3, step 6; legal.md §4): an award type of the agency's own authority is
// decided, one of a higher authority proposed. A draft is approved (numbered,
// issued); a proposal then waits for the higher authority's answer, granted
// or refused. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/nomination.h"

namespace thidua::core {

enum class DecisionKind { kDecision, kProposal };
std::string_view decision_kind_code(DecisionKind k);   // "decision", "proposal"
std::string_view decision_kind_label(DecisionKind k);  // "Quyết định", "Tờ trình"
std::optional<DecisionKind> parse_decision_kind(std::string_view code);

enum class DecisionState { kDraft, kApproved };
std::string_view decision_state_code(DecisionState s);  // "draft", "approved"
std::optional<DecisionState> parse_decision_state(std::string_view code);

// The higher authority's answer to a proposal; kNone until it comes (and for decisions).
enum class HigherAnswer { kNone, kGranted, kRefused };
std::string_view higher_answer_code(HigherAnswer a);  // "", "granted", "refused"
std::optional<HigherAnswer> parse_higher_answer(std::string_view code);

// Where a decision or proposal stands, for people: "Dự thảo", "Đã ban hành",
// "Đã trình, chờ kết quả", "Cấp trên đồng ý khen thưởng", "Cấp trên không đồng ý".
std::string_view decision_standing_label(DecisionKind k, DecisionState s, HigherAnswer a);

// True when the higher authority's answer may be recorded: an approved
// proposal not answered yet.
inline bool awaits_answer(DecisionKind k, DecisionState s, HigherAnswer a) {
  return k == DecisionKind::kProposal && s == DecisionState::kApproved && a == HigherAnswer::kNone;
}

// One decision or proposal with its award type's name and authority.
struct DecisionRecord {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t award_type_id = 0;
  DecisionKind kind = DecisionKind::kDecision;
  int64_t issuing_unit_id = 0;
  std::string issuing_unit_path;
  DecisionState state = DecisionState::kDraft;
  std::string doc_symbol;  // "QĐ-STNMT", "TTr-STNMT"
  std::optional<int64_t> number;
  std::optional<std::string> issue_date;  // ISO
  std::string title;
  std::string body;
  std::string signer_authority;
  std::string signer_position;
  std::string signer_name;
  std::optional<int64_t> drafted_by;
  std::string drafted_at;
  std::optional<int64_t> approved_by;
  std::optional<std::string> approved_at;
  HigherAnswer answer = HigherAnswer::kNone;
  std::string answer_number_symbol;
  std::optional<std::string> answer_date;
  std::string answer_note;
  int64_t version = 1;
  // Joined from campaign_award_types.
  std::string award_code;
  std::string award_name;
  std::string award_granted_by;
  bool own_authority = true;
  int64_t items = 0;  // number of nominations in its list
};

// A nomination as a decision's list shows it.
struct NomineeRow {
  int64_t nomination_id = 0;
  int64_t award_type_id = 0;
  NominationState state = NominationState::kSubmitted;
  std::string subject;  // "individual", "collective"
  std::optional<int64_t> person_id;
  std::optional<int64_t> nominee_unit_id;
  int64_t unit_id = 0;  // the nominating unit
  std::string unit_name;
  std::string unit_path;
  std::string name;      // the person's full name or the collective's name
  std::string position;  // the person's position ("" for collectives)
  std::string report;    // the achievement report (text)
  std::optional<std::string> report_sha256;  // the report file in the file store, if any
  std::string report_file_name;              // its safe name
};

// The higher authority's answer to a proposal (legal.md: proposals go up,
// the answer comes back with its own number and date).
struct AnswerRecord {
  HigherAnswer answer = HigherAnswer::kGranted;  // granted or refused
  std::string number_symbol;
  std::optional<std::string> date;
  std::string note;
  std::optional<int64_t> by;
  std::string at;
};

}  // namespace thidua::core
