// Accounts: users, their role grants on units, browser sessions and API
// tokens, as every layer reads them. Value types only; never holds a plain
// password or token (hashes only).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/authz.h"

namespace thidua::core {

struct UserRecord {
  int64_t id = 0;
  std::string username;
  std::string display_name;
  std::optional<int64_t> person_id;
  std::string password_hash;
  bool disabled = false;
  bool must_change_password = false;
  int failed_logins = 0;
  std::string locked_until;  // ISO instant or ""
  std::string last_login_at;
  int64_t version = 0;
};

struct GrantRecord {
  int64_t id = 0;
  Role role;
  int64_t unit_id = 0;
  std::string unit_path;
  std::string unit_name;
};

struct SessionRecord {
  std::string token_hash;
  int64_t user_id = 0;
  std::string csrf_token;
  std::string created_at;
  std::string expires_at;
  std::string last_seen_at;
};

struct ApiTokenRecord {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string name;
  std::string created_at;
  std::string last_used_at;
  std::string revoked_at;
};

}  // namespace thidua::core
