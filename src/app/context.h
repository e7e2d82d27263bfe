// What every use case needs: the database, the clock, security settings, and
// who is asking from where. Built once by the CLI; shared by all requests.
#pragma once

#include <string>

#include "app/clock.h"
#include "app/crypto.h"
#include "store/db.h"

namespace thidua::app {

struct SecurityPolicy {
  int session_ttl_minutes = 480;       // sliding expiry of a login session
  int max_failed_logins = 5;           // then the account locks
  int lock_minutes = 15;               // how long a lock lasts
  int failure_delay_ms = 400;          // added latency per failed login (slows guessing)
  PasswordCost password_cost = PasswordCost::from_env();
};

struct Services {
  store::Database& db;
  const Clock& clock;
  SecurityPolicy policy;
  std::string data_dir = "data";
};

// Where a request came from, for the audit trail.
struct RequestMeta {
  std::string ip;
  std::string request_id;
  std::string user_agent;
};

}  // namespace thidua::app
