// A short-lived cache of who a session or API token belongs to, so that a read
// does not query the session, the user and the grants on every request.
// Entries live `ttl` (default 5 s). Every change made through the use cases to
// accounts, roles, sessions or tokens clears the whole cache at once; a change
// made by another process (the CLI while the server runs) is seen within `ttl`.
// Servers sharing one database tell each other (store/peer_signal.h): the
// server sets tell_others, which clear() calls after clearing, and clears
// its own entries with clear_local() when another server tells it.
// Thread-safe; holds at most `max_entries` (then it starts afresh).
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/authz.h"

namespace thidua::app {

class ActorCache {
 public:
  struct Entry {
    core::Actor actor;
    std::string csrf_token;       // sessions only
    bool must_change_password = false;
    std::string expires_at;       // sessions: ISO instant after which the entry is void
  };

  explicit ActorCache(std::chrono::milliseconds ttl = std::chrono::seconds(5), size_t max_entries = 10000)
      : ttl_(ttl), max_entries_(max_entries) {}

  // The entry for `key` if cached less than ttl ago.
  std::optional<Entry> get(const std::string& key,
                           std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now());
  void put(const std::string& key, Entry entry,
           std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now());
  // Forgets every entry, then tells the other servers (tell_others).
  void clear();
  // Forgets every entry without telling anyone (another server told us).
  void clear_local();
  // What clear() calls to tell the other servers; set before serving.
  void tell_others(std::function<void()> tell) { tell_ = std::move(tell); }

 private:
  struct Slot {
    Entry entry;
    std::chrono::steady_clock::time_point stored;
  };
  std::chrono::milliseconds ttl_;
  size_t max_entries_;
  std::mutex mu_;
  std::unordered_map<std::string, Slot> slots_;
  std::function<void()> tell_;
};

}  // namespace thidua::app
