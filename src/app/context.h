// What every use case needs: the database, the clock, security settings, and
// who is asking from where. Built once by the CLI; shared by all requests.
#pragma once

#include <cstddef>
#include <string>

#include "app/actor_cache.h"
#include "app/clock.h"
#include "app/progress_cache.h"
#include "app/crypto.h"
#include "store/db.h"

namespace thidua::app {

class UnitTreeCache;  // app/unit_tree_cache.h

struct SecurityPolicy {
  int session_ttl_minutes = 480;       // sliding expiry of a login session
  // Failed logins per (name, address) (core/login_throttle.h): this many are
  // free, then the pair is blocked first_block_seconds, doubling, at most
  // lock_minutes.
  int max_failed_logins = 5;
  int first_block_seconds = 30;
  int lock_minutes = 15;
  int failure_delay_ms = 400;          // added latency per failed login (slows guessing)
  PasswordCost password_cost = PasswordCost::from_env();
};

struct Services {
  store::Database& db;
  const Clock& clock;
  SecurityPolicy policy;
  std::string data_dir = "data";
  ActorCache* actor_cache = nullptr;  // optional; the server sets one (see actor_cache.h)
  size_t max_file_bytes = 20u << 20;  // one stored file (unit plans, evidence); see store/file_store.h
  bool mail_enabled = false;          // an SMTP relay is configured: reminders also queue e-mails
  std::string public_url;             // the site's address, no trailing slash: links in e-mails; "" = site paths
  ProgressCache* progress_cache = nullptr;  // optional; the server sets one (see progress_cache.h)
  UnitTreeCache* unit_tree_cache = nullptr;  // optional; the server sets one (see unit_tree_cache.h)

  // Forgets every cached session and token owner (after any change to them).
  void forget_actors() const {
    if (actor_cache) actor_cache->clear();
  }
};

// Clears the actor cache when it goes out of scope. A use case that changes
// accounts, roles, sessions or tokens declares one first, so the cache is
// cleared after its transaction has committed (not before, when a racing
// request could cache the old state again).
struct ForgetActorsOnExit {
  const Services& services;
  ~ForgetActorsOnExit() { services.forget_actors(); }
};

// Where a request came from, for the audit trail.
struct RequestMeta {
  std::string ip;
  std::string request_id;
  std::string user_agent;
};

}  // namespace thidua::app
