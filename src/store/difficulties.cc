#include "store/difficulties.h"

#include "core/messages_vi/storage.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

// A user id as bound: NULL for 0 (the CLI operator, who has no account).
Param user_param(int64_t id) { return id > 0 ? Param(id) : Param(nullptr); }

constexpr const char* kSelect =
    "SELECT d.id, d.campaign_id, d.unit_id, u.name, u.path, d.title, d.body, COALESCE(rb.display_name, ''), "
    "d.raised_at, d.answer, COALESCE(ab.display_name, ''), d.answered_at, d.raised_by";
constexpr const char* kFrom =
    " FROM difficulties d JOIN units u ON u.id = d.unit_id LEFT JOIN users rb ON rb.id = d.raised_by"
    " LEFT JOIN users ab ON ab.id = d.answered_by";

core::Difficulty from(const Row& r) {
  core::Difficulty d;
  d.id = r.i64(0);
  d.campaign_id = r.i64(1);
  d.unit_id = r.i64(2);
  d.unit_name = r.str(3);
  d.unit_path = r.str(4);
  d.title = r.str(5);
  d.body = r.str(6);
  d.raised_by_name = r.str(7);
  d.raised_at = r.str(8);
  d.answer = r.str(9);
  d.answered_by_name = r.str(10);
  d.answered_at = r.opt_str(11);
  d.raised_by = r.opt_i64(12);
  return d;
}

std::string where(const DifficultyQuery& q, Params& params) {
  std::string w = " WHERE d.campaign_id = ?";
  params.emplace_back(q.campaign_id);
  if (q.within) w += " AND " + scope_condition("u.path", *q.within, params);
  if (q.answered) w += *q.answered ? " AND d.answered_at IS NOT NULL" : " AND d.answered_at IS NULL";
  return w;
}

}  // namespace

core::Result<std::vector<core::Difficulty>> list_difficulties(Connection& conn, const DifficultyQuery& q) {
  Params params;
  std::string sql = std::string(kSelect) + kFrom + where(q, params) + " ORDER BY d.id DESC LIMIT ? OFFSET ?";
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<core::Difficulty> out;
  for (const auto& r : *rows) out.push_back(from(r));
  return out;
}

core::Result<int64_t> count_difficulties(Connection& conn, const DifficultyQuery& q) {
  Params params;
  auto rows = conn.query(std::string("SELECT COUNT(*)") + kFrom + where(q, params), params);
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::optional<core::Difficulty>> find_difficulty(Connection& conn, int64_t campaign_id, int64_t id) {
  auto rows = conn.query(std::string(kSelect) + kFrom + " WHERE d.id = ? AND d.campaign_id = ?", {id, campaign_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::Difficulty>();
  return std::optional<core::Difficulty>(from((*rows)[0]));
}

core::Result<int64_t> insert_difficulty(Connection& conn, int64_t campaign_id, int64_t unit_id,
                                        const std::string& title, const std::string& body, int64_t raised_by,
                                        const std::string& now) {
  auto rows = conn.query(
      "INSERT INTO difficulties (campaign_id, unit_id, title, body, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {campaign_id, unit_id, title, body, user_param(raised_by), now});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Status answer_difficulty(Connection& conn, int64_t id, const std::string& answer, int64_t answered_by,
                               const std::string& now) {
  auto n = conn.exec("UPDATE difficulties SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?",
                     {answer, user_param(answered_by), now, id});
  if (!n.ok()) return n.error();
  if (*n == 0) return core::make_error(core::errc::kNotFound, msg::kDifficultyNotFound);
  return {};
}

}  // namespace thidua::store
