#include "core/council_session.h"

#include "core/messages_vi/ballot.h"
#include "core/messages_vi/council.h"

namespace thidua::core {

std::string_view session_state_code(SessionState s) {
  switch (s) {
    case SessionState::kPlanned: return "planned";
    case SessionState::kKeying: return "keying";
    case SessionState::kVoting: return "voting";
    case SessionState::kClosed: return "closed";
  }
  return "planned";
}

std::string_view session_state_label(SessionState s) {
  switch (s) {
    case SessionState::kPlanned: return messages_vi::kSessionPlanned;
    case SessionState::kKeying: return messages_vi::kSessionKeying;
    case SessionState::kVoting: return messages_vi::kSessionVoting;
    case SessionState::kClosed: return messages_vi::kSessionClosed;
  }
  return messages_vi::kSessionPlanned;
}

std::optional<SessionState> parse_session_state(std::string_view code) {
  for (auto s : {SessionState::kPlanned, SessionState::kKeying, SessionState::kVoting, SessionState::kClosed}) {
    if (session_state_code(s) == code) return s;
  }
  return std::nullopt;
}

bool session_may_move(SessionState from, SessionState to) {
  using S = SessionState;
  return (from == S::kPlanned && to == S::kKeying) || (from == S::kKeying && to == S::kVoting) ||
         (from == S::kKeying && to == S::kPlanned) || (from == S::kVoting && to == S::kClosed);
}

}  // namespace thidua::core
