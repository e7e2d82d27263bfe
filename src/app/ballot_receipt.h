// Ballot receipts (biên nhận phiếu bầu): a short code a member gets for each
// ballot they cast, derived with HMAC-SHA256 from a server secret, the item,
// the member and the session's salt. It proves the ballot was counted (it is
// in the published list after the close) and says nothing of the choice.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"

namespace thidua::app {

// The server's ballot secret: 32 random bytes kept in `data_dir`/ballot.key
// (created with mode 0600 on first use, then read back). kInternal when the
// file can be neither read nor created.
core::Result<std::string> ballot_secret(const std::string& data_dir);

// Lower-case hex, 24 characters: HMAC-SHA256(secret, "item|member|salt").
std::string ballot_receipt(const std::string& secret, int64_t item_id, int64_t member_id, const std::string& salt);

// "ab12-cd34-..." groups of four for display.
std::string format_receipt(const std::string& receipt);

}  // namespace thidua::app
