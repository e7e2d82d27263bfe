#include "store/notifications.h"

namespace thidua::store {
namespace {

constexpr const char* kColumns = "id, user_id, campaign_id, kind, message, link, created_at, read_at";

core::Notification from_row(const Row& r) {
  return core::Notification{r.i64(0), r.i64(1), r.opt_i64(2), r.str(3), r.str(4), r.str(5), r.str(6), r.opt_str(7)};
}

}  // namespace

core::Result<int64_t> insert_notification(Connection& conn, const core::Notification& n) {
  auto rows = conn.query(
      "INSERT INTO notifications (user_id, campaign_id, kind, message, link, created_at) VALUES (?,?,?,?,?,?) "
      "RETURNING id",
      {n.user_id, opt(n.campaign_id), n.kind, n.message, n.link, n.created_at});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<NotificationPage> list_notifications(Connection& conn, int64_t user_id, int64_t offset, int limit) {
  auto rows = conn.query(std::string("SELECT ") + kColumns +
                             " FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                         {user_id, int64_t{limit} + 1, offset});
  if (!rows.ok()) return rows.error();
  NotificationPage page;
  for (const Row& r : *rows) {
    if (static_cast<int>(page.items.size()) == limit) {
      page.has_more = true;
      break;
    }
    page.items.push_back(from_row(r));
  }
  return page;
}

core::Result<int64_t> count_unread(Connection& conn, int64_t user_id) {
  auto rows = conn.query("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL", {user_id});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<bool> mark_read(Connection& conn, int64_t user_id, int64_t id, const std::string& now) {
  auto rows = conn.query("SELECT read_at FROM notifications WHERE id = ? AND user_id = ?", {id, user_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return false;
  THIDUA_TRY(conn.exec("UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL",
                       {now, id, user_id}));
  return true;
}

core::Result<int64_t> mark_all_read(Connection& conn, int64_t user_id, const std::string& now) {
  return conn.exec("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL", {now, user_id});
}

core::Result<std::vector<UnitContact>> unit_contacts(Connection& conn, const std::vector<int64_t>& unit_ids) {
  std::vector<UnitContact> out;
  if (unit_ids.empty()) return out;
  std::string sql =
      "SELECT DISTINCT g.unit_id, u.id, COALESCE(p.email, '') FROM role_grants g "
      "JOIN users u ON u.id = g.user_id LEFT JOIN people p ON p.id = u.person_id "
      "WHERE g.role IN ('unit_head', 'unit_officer') AND u.disabled = 0 AND g.unit_id IN (";
  sql += sql_markers(unit_ids.size());
  Params params(unit_ids.begin(), unit_ids.end());
  sql += ") ORDER BY g.unit_id, u.id";
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  out.reserve(rows->size());
  for (const Row& r : *rows) out.push_back({r.i64(0), r.i64(1), r.str(2)});
  return out;
}

}  // namespace thidua::store
