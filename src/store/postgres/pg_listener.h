// The PostgreSQL side of store/peer_signal.h: a thread holding one libpq
// connection that LISTENs on a channel and passes each notification's payload
// to a callback.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "store/peer_signal.h"

namespace thidua::store::postgres {

// Starts listening on `channel` (an SQL identifier of letters, digits and
// '_') of the database at `url`. `heard(kPeerTopicAll)` follows every
// successful (re)connection; a lost connection is retried every second. The
// destructor stops within about a quarter of a second.
std::unique_ptr<PeerListener> start_listener(const std::string& url, const std::string& channel,
                                             std::function<void(const std::string&)> heard);

}  // namespace thidua::store::postgres
