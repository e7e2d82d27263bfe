// Failed logins per (login key, client address) (migration 092,
// core/login_throttle.h): read before a login, counted after a failure,
// cleared after a success or an administrator's reset, purged when old.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct LoginFailures {
  int64_t failures = 0;
  std::string blocked_until;  // ISO instant, "" when not blocked
};

core::Result<std::optional<LoginFailures>> find_login_failures(Connection& conn, const std::string& key,
                                                               const std::string& address);

// Stores the pair's new count and block (insert or update).
core::Status save_login_failures(Connection& conn, const std::string& key, const std::string& address,
                                 const LoginFailures& f, const std::string& now);

// Forgets the pair (after a successful login), or every address of `key`
// when `address` is nullopt (an administrator's reset).
core::Status clear_login_failures(Connection& conn, const std::string& key, const std::optional<std::string>& address);

// Removes rows whose last failure is older than `before`; returns how many.
core::Result<int64_t> purge_login_failures(Connection& conn, const std::string& before);

}  // namespace thidua::store
