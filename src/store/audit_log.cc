#include "store/audit_log.h"

namespace thidua::store {
namespace {

constexpr const char* kColumns =
    "seq, at, actor_user_id, actor_name, action, entity, entity_id, before_json, after_json, ip, request_id, "
    "prev_hash, hash";

core::AuditRow to_audit_row(const Row& r) {
  core::AuditRow a;
  a.seq = r.i64(0);
  a.at = r.str(1);
  a.actor_user_id = r.opt_i64(2);
  a.actor_name = r.str(3);
  a.action = r.str(4);
  a.entity = r.str(5);
  a.entity_id = r.str(6);
  a.before_json = r.opt_str(7);
  a.after_json = r.opt_str(8);
  a.ip = r.str(9);
  a.request_id = r.str(10);
  a.prev_hash = r.str(11);
  a.hash = r.str(12);
  return a;
}

}  // namespace

core::Status append_audit_row(Connection& conn, core::AuditRow row, const std::function<void(core::AuditRow&)>& complete) {
  // UPDATE first: it takes the row lock (PostgreSQL) / write lock (SQLite).
  auto head = conn.query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, last_hash");
  if (!head.ok()) return head.error();
  if (head->empty()) return driver_error(core::errc::kStorage, "audit_head row missing");
  row.seq = (*head)[0].i64(0);
  row.prev_hash = (*head)[0].str(1);
  complete(row);
  auto ins = conn.exec(
      "INSERT INTO audit_log (seq, at, actor_user_id, actor_name, action, entity, entity_id, before_json, "
      "after_json, ip, request_id, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
      {row.seq, row.at, opt(row.actor_user_id), row.actor_name, row.action, row.entity, row.entity_id,
       opt(row.before_json), opt(row.after_json), row.ip, row.request_id, row.prev_hash, row.hash});
  if (!ins.ok()) return ins.error();
  auto upd = conn.exec("UPDATE audit_head SET last_hash = ? WHERE id = 1", {row.hash});
  if (!upd.ok()) return upd.error();
  return {};
}

core::Status append_audit_rows(Connection& conn, std::vector<core::AuditRow> rows,
                               const std::function<void(core::AuditRow&)>& complete) {
  if (rows.empty()) return {};
  const auto n = static_cast<int64_t>(rows.size());
  auto head = conn.query("UPDATE audit_head SET seq = seq + ? WHERE id = 1 RETURNING seq, last_hash", {n});
  if (!head.ok()) return head.error();
  if (head->empty()) return driver_error(core::errc::kStorage, "audit_head row missing");
  int64_t seq = (*head)[0].i64(0) - n;
  std::string prev = (*head)[0].str(1);
  for (auto& row : rows) {
    row.seq = ++seq;
    row.prev_hash = prev;
    complete(row);
    prev = row.hash;
  }
  // 13 values a row; 50 rows a statement keeps well under every engine's limit.
  constexpr size_t kPerInsert = 50;
  for (size_t from = 0; from < rows.size(); from += kPerInsert) {
    const size_t to = std::min(rows.size(), from + kPerInsert);
    std::string sql =
        "INSERT INTO audit_log (seq, at, actor_user_id, actor_name, action, entity, entity_id, before_json, "
        "after_json, ip, request_id, prev_hash, hash) VALUES ";
    Params params;
    params.reserve((to - from) * 13);
    for (size_t i = from; i < to; ++i) {
      auto& r = rows[i];
      sql += i == from ? "(?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?)";
      params.emplace_back(r.seq);
      params.emplace_back(std::move(r.at));
      params.emplace_back(opt(r.actor_user_id));
      params.emplace_back(std::move(r.actor_name));
      params.emplace_back(std::move(r.action));
      params.emplace_back(std::move(r.entity));
      params.emplace_back(std::move(r.entity_id));
      params.emplace_back(opt(std::move(r.before_json)));
      params.emplace_back(opt(std::move(r.after_json)));
      params.emplace_back(std::move(r.ip));
      params.emplace_back(std::move(r.request_id));
      params.emplace_back(std::move(r.prev_hash));
      params.emplace_back(r.hash);
    }
    auto ins = conn.exec(sql, params);
    if (!ins.ok()) return ins.error();
  }
  auto upd = conn.exec("UPDATE audit_head SET last_hash = ? WHERE id = 1", {prev});
  if (!upd.ok()) return upd.error();
  return {};
}

core::Result<std::vector<core::AuditRow>> list_audit_rows(Connection& conn, const core::AuditFilter& f) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM audit_log WHERE 1=1";
  Params params;
  if (!f.entity.empty()) { sql += " AND entity = ?"; params.emplace_back(f.entity); }
  if (!f.entity_id.empty()) { sql += " AND entity_id = ?"; params.emplace_back(f.entity_id); }
  if (f.actor_user_id) { sql += " AND actor_user_id = ?"; params.emplace_back(*f.actor_user_id); }
  if (!f.action.empty()) { sql += " AND action = ?"; params.emplace_back(f.action); }
  if (!f.from.empty()) { sql += " AND at >= ?"; params.emplace_back(f.from); }
  if (!f.to.empty()) { sql += " AND at < ?"; params.emplace_back(f.to); }
  if (f.before_seq) { sql += " AND seq < ?"; params.emplace_back(*f.before_seq); }
  sql += " ORDER BY seq DESC LIMIT ?";
  params.emplace_back(static_cast<int64_t>(f.limit));
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<core::AuditRow> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(to_audit_row(r));
  return out;
}

core::Result<std::vector<core::AuditRow>> audit_rows_after(Connection& conn, int64_t after_seq, int limit) {
  auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
                         {after_seq, static_cast<int64_t>(limit)});
  if (!rows.ok()) return rows.error();
  std::vector<core::AuditRow> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(to_audit_row(r));
  return out;
}

core::Result<std::pair<int64_t, std::string>> audit_head(Connection& conn) {
  auto rows = conn.query("SELECT seq, last_hash FROM audit_head WHERE id = 1");
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return driver_error(core::errc::kStorage, "audit_head row missing");
  return std::make_pair((*rows)[0].i64(0), (*rows)[0].str(1));
}

}  // namespace thidua::store
