// Quotas of awards (issue 11 #5, legal.md §2): an award may be given to no
// more than a share of those proposed for another within one review ("Chiến
// sĩ thi đua cơ sở: no more than 15 % of those reaching Lao động tiên tiến").
// The share and the base are data (a rule set's "quota", app/award_rules.h);
// this holds the arithmetic only. Pure.
#pragma once

#include <cstdint>
#include <string>

namespace thidua::core {

struct Quota {
  std::string of;  // the rule-set code whose proposals are the base ("LDTT")
  int share = 0;   // percent of the base, 1..100
  std::string citation;
  bool to_confirm = true;
};

// The most proposals `share` percent of `base` allows: floor(base × share /
// 100), so 15 % of 20 is 3 and 15 % of 6 is 0. Negative inputs count as 0.
int64_t quota_allowed(int64_t base, int share);

// A quota counted over a campaign's live proposals.
struct QuotaCount {
  int64_t used = 0;     // proposals for the award itself
  int64_t base = 0;     // proposals for the base award
  int64_t allowed = 0;  // quota_allowed(base, share)
  bool over() const { return used > allowed; }
};
QuotaCount count_quota(int64_t used, int64_t base, int share);

}  // namespace thidua::core
