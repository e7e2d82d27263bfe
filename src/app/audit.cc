#include "app/audit.h"

#include <algorithm>

#include <boost/json/serialize.hpp>

#include "app/access.h"
#include "app/crypto.h"
#include "core/messages_vi/access.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

void put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += '\n';
}

// An optional JSON text as put() would write "1" + text, or "0" when absent,
// without building that string first.
void put_json(std::string& out, const std::optional<std::string>& json) {
  if (!json) return put(out, "0");
  out += std::to_string(json->size() + 1);
  out += ":1";
  out += *json;
  out += '\n';
}

}  // namespace

std::string audit_row_hash(const core::AuditRow& row) {
  std::string s;
  s.reserve(256 + (row.before_json ? row.before_json->size() : 0) + (row.after_json ? row.after_json->size() : 0));
  put(s, row.prev_hash);
  put(s, std::to_string(row.seq));
  put(s, row.at);
  put(s, row.actor_user_id ? std::to_string(*row.actor_user_id) : "");
  put(s, row.actor_name);
  put(s, row.action);
  put(s, row.entity);
  put(s, row.entity_id);
  put_json(s, row.before_json);
  put_json(s, row.after_json);
  put(s, row.ip);
  put(s, row.request_id);
  return sha256_hex(s);
}

namespace {

core::AuditRow audit_row_of(const Services& services, const core::Actor* actor, const RequestMeta& meta,
                            const AuditEvent& event) {
  core::AuditRow row;
  row.at = iso_instant(services.clock.now());
  if (actor) {
    if (!actor->system) row.actor_user_id = actor->user_id;
    row.actor_name = actor->username;
  }
  row.action = event.action;
  row.entity = event.entity;
  row.entity_id = event.entity_id;
  if (event.before) row.before_json = boost::json::serialize(*event.before);
  if (event.after) row.after_json = boost::json::serialize(*event.after);
  row.ip = meta.ip;
  row.request_id = meta.request_id;
  return row;
}

}  // namespace

core::Status record_audits(store::Connection& conn, const Services& services, const core::Actor* actor,
                           const RequestMeta& meta, std::vector<AuditEvent> events) {
  std::vector<core::AuditRow> rows;
  rows.reserve(events.size());
  for (const auto& e : events) rows.push_back(audit_row_of(services, actor, meta, e));
  return store::append_audit_rows(conn, std::move(rows), [](core::AuditRow& r) { r.hash = audit_row_hash(r); });
}

core::Status record_audit(store::Connection& conn, const Services& services, const core::Actor* actor,
                          const RequestMeta& meta, const AuditEvent& event) {
  return store::append_audit_row(conn, audit_row_of(services, actor, meta, event),
                                 [](core::AuditRow& r) { r.hash = audit_row_hash(r); });
}

core::Result<AuditVerification> verify_audit_chain(store::Database& db) {
  auto conn = db.acquire();
  AuditVerification v;
  std::string prev = std::string(64, '0');
  int64_t expected_seq = 1;
  int64_t after = 0;
  while (true) {
    auto batch = store::audit_rows_after(*conn, after, 2000);
    if (!batch.ok()) return batch.error();
    for (const auto& row : *batch) {
      if (row.seq != expected_seq) {
        v.ok = false;
        v.first_bad_seq = expected_seq;
        v.problem = msg::audit_entry_missing(expected_seq);
        return v;
      }
      if (row.prev_hash != prev) {
        v.ok = false;
        v.first_bad_seq = row.seq;
        v.problem = msg::audit_entry_unlinked(row.seq);
        return v;
      }
      if (audit_row_hash(row) != row.hash) {
        v.ok = false;
        v.first_bad_seq = row.seq;
        v.problem = msg::audit_entry_altered(row.seq);
        return v;
      }
      prev = row.hash;
      ++expected_seq;
      ++v.entries;
      after = row.seq;
    }
    if (batch->size() < 2000) break;
  }
  auto head = store::audit_head(*conn);
  if (!head.ok()) return head.error();
  if (head->first != v.entries || head->second != prev) {
    v.ok = false;
    v.first_bad_seq = v.entries + 1;
    v.problem = msg::audit_tail_removed(head->first);
  }
  return v;
}

bool may_browse_audit(const core::Actor& actor) {
  // The trail holds records of every unit of every agency, so reading it needs
  // the right on all of them, not on one agency or one of its parts.
  return core::can_everywhere(actor, core::Action::kViewAudit);
}

core::Result<std::vector<core::AuditRow>> browse_audit(const Services& services, const core::Actor& actor,
                                                        const core::AuditFilter& filter) {
  if (!may_browse_audit(actor)) {
    return core::make_error(core::errc::kForbidden, msg::kAuditForbidden);
  }
  auto conn = services.db.acquire();
  return store::list_audit_rows(*conn, filter);
}

}  // namespace thidua::app
