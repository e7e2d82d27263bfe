#include "store/peer_signal.h"

#include "store/postgres/pg_listener.h"

namespace thidua::store {

core::Status tell_peers(Database& db, const std::string& topic) {
  if (db.engine() != Engine::kPostgres) return {};
  auto conn = db.acquire();
  auto told = conn->query(std::string("SELECT pg_notify('") + kPeerChannel + "', ?)", {topic});
  if (!told.ok()) return told.error();
  return {};
}

std::unique_ptr<PeerListener> listen_to_peers(const Database& db, const std::string& url,
                                              std::function<void(const std::string& topic)> heard) {
  if (db.engine() != Engine::kPostgres) return nullptr;
  return postgres::start_listener(url, kPeerChannel, std::move(heard));
}

}  // namespace thidua::store
