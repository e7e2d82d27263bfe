#include "core/login_throttle.h"

#include <algorithm>

namespace thidua::core {

int64_t block_seconds_after(int64_t failures, const LoginThrottlePolicy& policy) {
  if (failures < policy.free_failures) return 0;
  int64_t seconds = std::max(1, policy.first_block_seconds);
  for (int64_t n = policy.free_failures; n < failures && seconds < policy.max_block_seconds; ++n) seconds *= 2;
  return std::min<int64_t>(seconds, policy.max_block_seconds);
}

std::string login_key(std::string_view typed) {
  while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
  while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
  std::string key(typed.substr(0, 64));
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace thidua::core
