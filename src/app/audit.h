// The audit trail: every change records who, when, which record and the values
// before and after. Entries are append-only and chained by SHA-256 so that any
// edit or deletion is detectable by verify_audit_chain().
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/audit_log.h"
#include "store/db.h"

namespace thidua::app {

struct AuditEvent {
  std::string action;     // "person.update", "user.login", ...
  std::string entity;     // "person", "unit", "user", "session"
  std::string entity_id;
  std::optional<boost::json::value> before;
  std::optional<boost::json::value> after;
};

// Appends one entry inside the caller's transaction on `conn`. `actor` may be
// null for events without a logged-in user (a failed login).
core::Status record_audit(store::Connection& conn, const Services& services, const core::Actor* actor,
                          const RequestMeta& meta, const AuditEvent& event);

// Appends several entries at once (an import's, in order), chained as if
// recorded one by one: one update of the head, multi-row inserts.
core::Status record_audits(store::Connection& conn, const Services& services, const core::Actor* actor,
                           const RequestMeta& meta, std::vector<AuditEvent> events);

// The chain hash of a row: SHA-256 over prev_hash and every field, each
// length-prefixed so that no two different rows serialise alike.
std::string audit_row_hash(const core::AuditRow& row);

struct AuditVerification {
  bool ok = true;
  int64_t entries = 0;
  int64_t first_bad_seq = 0;  // 0 when ok
  std::string problem;        // Vietnamese, empty when ok
};

// Reads the whole trail in order (in batches) and recomputes the chain.
core::Result<AuditVerification> verify_audit_chain(store::Database& db);

// Administrators and leaders browse the trail (core::Action::kViewAudit granted
// on every agency, core::can_everywhere: the trail spans every unit of every
// agency, so a grant on one agency or a part of it is not enough).
// True when the actor may browse the trail (see browse_audit).
bool may_browse_audit(const core::Actor& actor);

core::Result<std::vector<core::AuditRow>> browse_audit(const Services& services, const core::Actor& actor,
                                                        const core::AuditFilter& filter);

}  // namespace thidua::app
