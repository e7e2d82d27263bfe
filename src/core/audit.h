// The audit trail: one hash-chained row per change, and the filter its
// readers page through it with. Value types only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace thidua::core {

struct AuditRow {
  int64_t seq = 0;
  std::string at;
  std::optional<int64_t> actor_user_id;
  std::string actor_name;
  std::string action;
  std::string entity;
  std::string entity_id;
  std::optional<std::string> before_json;
  std::optional<std::string> after_json;
  std::string ip;
  std::string request_id;
  std::string prev_hash;
  std::string hash;
};

struct AuditFilter {
  std::string entity;                 // "" = any
  std::string entity_id;              // "" = any
  std::optional<int64_t> actor_user_id;
  std::string action;                 // "" = any
  std::string from;                   // ISO instant, inclusive; "" = open
  std::string to;                     // ISO instant, exclusive; "" = open
  std::optional<int64_t> before_seq;  // keyset pagination: rows with seq < this
  int limit = 50;
};

}  // namespace thidua::core
