// The client's address when the server sits behind reverse proxies (nginx)
// (issue 9 #12): every client had the proxy's address, so the per-address
// login limits and the audit trail could not tell clients apart. Only proxies
// the operator names are believed; anyone else's X-Forwarded-For is ignored.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::web {

class TrustedProxies {
 public:
  // "10.0.0.5, 192.168.10.0/24 ::1" (addresses or CIDR ranges, IPv4 or IPv6,
  // separated by commas or spaces; "" = none). kValidation naming the bad entry.
  static core::Result<TrustedProxies> parse(std::string_view list);

  bool empty() const { return ranges_.empty(); }
  bool contains(std::string_view address) const;

  // The client's address: `peer` itself unless it is a trusted proxy; then,
  // walking X-Forwarded-For (`forwarded_for`, all its values joined with
  // commas) from the right, the first address that is not a trusted proxy, or
  // the left-most when all are. Entries that are not addresses stop the walk
  // at the last good one.
  std::string client_address(std::string_view peer, std::string_view forwarded_for) const;

 private:
  struct Range {
    std::array<std::uint8_t, 16> bytes{};  // IPv4 as IPv4-mapped IPv6
    int prefix = 128;                      // bits that must match
  };
  std::vector<Range> ranges_;
};

}  // namespace thidua::web
