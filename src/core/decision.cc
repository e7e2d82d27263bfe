#include "core/decision.h"

#include "core/messages_vi/pages_awards.h"

namespace thidua::core {
namespace msg = messages_vi;

std::string_view decision_kind_code(DecisionKind k) { return k == DecisionKind::kDecision ? "decision" : "proposal"; }

std::string_view decision_kind_label(DecisionKind k) {
  return k == DecisionKind::kDecision ? msg::kPageDecisionKindDecision : msg::kPageDecisionKindProposal;
}

std::optional<DecisionKind> parse_decision_kind(std::string_view code) {
  if (code == "decision") return DecisionKind::kDecision;
  if (code == "proposal") return DecisionKind::kProposal;
  return std::nullopt;
}

std::string_view decision_state_code(DecisionState s) { return s == DecisionState::kDraft ? "draft" : "approved"; }

std::optional<DecisionState> parse_decision_state(std::string_view code) {
  if (code == "draft") return DecisionState::kDraft;
  if (code == "approved") return DecisionState::kApproved;
  return std::nullopt;
}

std::string_view higher_answer_code(HigherAnswer a) {
  switch (a) {
    case HigherAnswer::kNone: return "";
    case HigherAnswer::kGranted: return "granted";
    case HigherAnswer::kRefused: return "refused";
  }
  return "";
}

std::optional<HigherAnswer> parse_higher_answer(std::string_view code) {
  if (code.empty()) return HigherAnswer::kNone;
  if (code == "granted") return HigherAnswer::kGranted;
  if (code == "refused") return HigherAnswer::kRefused;
  return std::nullopt;
}

std::string_view decision_standing_label(DecisionKind k, DecisionState s, HigherAnswer a) {
  if (s == DecisionState::kDraft) return msg::kPageDecisionStateDraft;
  if (a == HigherAnswer::kGranted) return msg::kPageHigherLevelGranted;
  if (a == HigherAnswer::kRefused) return msg::kPageHigherLevelRefused;
  return k == DecisionKind::kDecision ? msg::kPageDecisionIssued : msg::kPageProposalAwaiting;
}

}  // namespace thidua::core
