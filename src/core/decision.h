// Decisions (Quyết định) and proposals (Tờ trình) of a campaign (domain.md
// §3, step 6; legal.md §4): an award type of the agency's own authority is
// decided, one of a higher authority proposed. A draft is approved (numbered,
// issued); a proposal then waits for the higher authority's answer, granted
// or refused. Pure.
#pragma once

#include <optional>
#include <string_view>

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

}  // namespace thidua::core
