// Audit-trail rows: append under the chain-head lock, page through, and read
// in sequence for verification. The hash itself is computed by the caller
// (app/audit), which owns the chaining rule.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

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

// Locks the chain head (inside the caller's transaction), then calls
// `complete(row)` with seq and prev_hash filled in so the caller sets `hash`,
// inserts the row and advances the head. Appends are serialised on both engines.
core::Status append_audit_row(Connection& conn, AuditRow row, const std::function<void(AuditRow&)>& complete);

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

// Newest first. Returns up to limit rows.
core::Result<std::vector<AuditRow>> list_audit_rows(Connection& conn, const AuditFilter& filter);

// Rows with seq in (after_seq, ...] in ascending order, at most `limit`.
core::Result<std::vector<AuditRow>> audit_rows_after(Connection& conn, int64_t after_seq, int limit);

// The head: the highest seq and its hash.
core::Result<std::pair<int64_t, std::string>> audit_head(Connection& conn);

}  // namespace thidua::store
