// The life of a council session (domain.md §3, step 5; the encrypted ballot of
// app/ballot.h): planned → keying (the counting committee draws its key
// shares) → voting → closed, with keying → planned when the committee is
// chosen again. Pure.
#pragma once

#include <optional>
#include <string_view>

namespace thidua::core {

enum class SessionState { kPlanned, kKeying, kVoting, kClosed };

std::string_view session_state_code(SessionState s);   // "planned", "keying", "voting", "closed"
std::string_view session_state_label(SessionState s);  // "Chuẩn bị", "Ban kiểm phiếu đang nhận mã", ...
std::optional<SessionState> parse_session_state(std::string_view code);

// True when a session may go from `from` to `to`: opening the ballot
// (planned → keying), the last share drawn (keying → voting), choosing the
// committee again (keying → planned), closing (voting → closed).
bool session_may_move(SessionState from, SessionState to);

// Attendance, recusals and the agenda may change only before the ballot opens.
inline bool session_before_voting(SessionState s) {
  return s == SessionState::kPlanned || s == SessionState::kKeying;
}

}  // namespace thidua::core
