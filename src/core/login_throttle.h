// How failed logins slow down guessing (issue 9 #4): failures are counted per
// (login name as typed, client address), whether or not the name is an
// account, so that the answers never tell a real account from an unknown one
// and nobody can lock a colleague out from elsewhere. The first failures are
// free; from the `free_failures`-th on, each failure blocks that pair for a
// time that doubles, up to a cap. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace thidua::core {

struct LoginThrottlePolicy {
  int free_failures = 5;          // failures before the first block
  int first_block_seconds = 30;   // the block after the free_failures-th failure
  int max_block_seconds = 900;    // the longest block (15 minutes)
};

// Seconds the pair is blocked after its `failures`-th consecutive failure: 0
// below free_failures, then first_block_seconds doubling per further failure,
// at most max_block_seconds.
int64_t block_seconds_after(int64_t failures, const LoginThrottlePolicy& policy);

// The key failures are counted under: the name as typed, trimmed of ASCII
// spaces and lower-cased (account names are [a-z0-9._-]), at most 64 bytes.
std::string login_key(std::string_view typed);

}  // namespace thidua::core
