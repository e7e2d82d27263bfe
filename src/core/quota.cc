#include "core/quota.h"

#include <algorithm>

namespace thidua::core {

int64_t quota_allowed(int64_t base, int share) {
  base = std::max<int64_t>(base, 0);
  share = std::clamp(share, 0, 100);
  return base * share / 100;
}

QuotaCount count_quota(int64_t used, int64_t base, int share) {
  QuotaCount c;
  c.used = std::max<int64_t>(used, 0);
  c.base = std::max<int64_t>(base, 0);
  c.allowed = quota_allowed(c.base, share);
  return c;
}

}  // namespace thidua::core
