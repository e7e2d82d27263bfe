// Servers sharing one database tell each other that something they cache has
// changed (issue 15: several `thidua serve` on one PostgreSQL).
//
// PostgreSQL: tell_peers sends NOTIFY on the channel kPeerChannel with the
// topic as payload; every server keeps one PeerListener, a connection of its
// own that LISTENs there and hands each topic to its callback as soon as it
// arrives (the servers' caches are cleared within milliseconds of a change,
// not at the end of their time to live). After (re)connecting, the listener
// calls back with "*": what was said while it was not listening is lost, so
// everything cached may be stale.
// SQLite: one server per database file; tell_peers does nothing and
// listen_to_peers answers nullptr (a CLI run beside the server is seen when
// the caches' entries expire).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

inline constexpr const char* kPeerChannel = "thidua_changes";

// Topics.
inline constexpr const char* kPeerTopicActors = "actors";  // accounts, roles, sessions, tokens
inline constexpr const char* kPeerTopicAll = "*";          // anything (said by listeners themselves)

// Tells the other servers of `db` about `topic`, on a connection of its own
// outside any transaction: call it after the change has committed.
core::Status tell_peers(Database& db, const std::string& topic);

class PeerListener {
 public:
  virtual ~PeerListener() = default;  // stops listening and joins its thread
};

// Listens to what other servers of `db` tell, on a connection of its own to
// `url` (the URL `db` was opened with; a thread of its own; `heard` is called
// on it, so it must be thread-safe and quick). Reconnects every second while
// the database is unreachable. nullptr for SQLite.
std::unique_ptr<PeerListener> listen_to_peers(const Database& db, const std::string& url,
                                              std::function<void(const std::string& topic)> heard);

}  // namespace thidua::store
