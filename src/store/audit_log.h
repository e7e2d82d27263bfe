// Audit-trail rows: append under the chain-head lock, page through, and read
// in sequence for verification. The hash itself is computed by the caller
// (app/audit), which owns the chaining rule.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/audit.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Locks the chain head (inside the caller's transaction), then calls
// `complete(row)` with seq and prev_hash filled in so the caller sets `hash`,
// inserts the row and advances the head. Appends are serialised on both engines.
core::Status append_audit_row(Connection& conn, core::AuditRow row, const std::function<void(core::AuditRow&)>& complete);

// Appends `rows` in order as append_audit_row does each, with one update of
// the head for all of them and multi-row inserts (an import's entries):
// `complete` is called on each in turn, its seq and prev_hash set.
core::Status append_audit_rows(Connection& conn, std::vector<core::AuditRow> rows,
                               const std::function<void(core::AuditRow&)>& complete);

// Newest first. Returns up to limit rows.
core::Result<std::vector<core::AuditRow>> list_audit_rows(Connection& conn, const core::AuditFilter& filter);

// Rows with seq in (after_seq, ...] in ascending order, at most `limit`.
core::Result<std::vector<core::AuditRow>> audit_rows_after(Connection& conn, int64_t after_seq, int limit);

// The head: the highest seq and its hash.
core::Result<std::pair<int64_t, std::string>> audit_head(Connection& conn);

}  // namespace thidua::store
