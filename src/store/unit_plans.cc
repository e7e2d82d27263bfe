#include "store/unit_plans.h"

#include "store/scope_sql.h"

namespace thidua::store {
namespace {

// A user id as bound: NULL for 0 (the CLI operator, who has no account).
Param user_param(int64_t id) { return id > 0 ? Param(id) : Param(nullptr); }

constexpr const char* kPlanColumns =
    "p.id, p.campaign_id, p.unit_id, u.name, u.path, p.body, p.file_sha256, p.file_name, "
    "COALESCE(f.media_type, ''), COALESCE(f.size, 0), COALESCE(us.display_name, ''), p.submitted_at, p.version";

core::UnitPlan plan_from(const Row& r, size_t at) {
  core::UnitPlan p;
  p.id = r.i64(at);
  p.campaign_id = r.i64(at + 1);
  p.unit_id = r.i64(at + 2);
  p.unit_name = r.str(at + 3);
  p.unit_path = r.str(at + 4);
  p.body = r.str(at + 5);
  p.file_sha256 = r.opt_str(at + 6);
  p.file_name = r.str(at + 7);
  p.media_type = r.str(at + 8);
  p.file_size = r.i64(at + 9);
  p.submitted_by_name = r.str(at + 10);
  p.submitted_at = r.str(at + 11);
  p.version = r.i64(at + 12);
  return p;
}

std::string status_where(const UnitPlanQuery& q, Params& params) {
  std::string where = " WHERE cu.campaign_id = ?";
  params.emplace_back(q.campaign_id);
  if (q.within) where += " AND " + scope_condition("u.path", *q.within, params);
  if (q.submitted) where += *q.submitted ? " AND p.id IS NOT NULL" : " AND p.id IS NULL";
  return where;
}

// Within paths (an officer's units), the units inside them in tree order,
// each looked up among the plan's: a few lookups however large the plan;
// else the plan's units.
std::string status_from(const Connection& conn, const UnitPlanQuery& q) {
  const std::string units =
      q.within ? std::string(" FROM units u ") + join_left_first(conn.engine()) + " campaign_units cu ON cu.unit_id = u.id"
               : std::string(" FROM campaign_units cu JOIN units u ON u.id = cu.unit_id");
  return units +
         " LEFT JOIN unit_plans p ON p.campaign_id = cu.campaign_id AND p.unit_id = cu.unit_id"
         " LEFT JOIN files f ON f.sha256 = p.file_sha256 LEFT JOIN users us ON us.id = p.submitted_by";
}

core::Result<std::optional<core::UnitPlan>> one_plan(Connection& conn, const std::string& where, const Params& params) {
  auto rows = conn.query(std::string("SELECT ") + kPlanColumns +
                             " FROM unit_plans p JOIN units u ON u.id = p.unit_id"
                             " LEFT JOIN files f ON f.sha256 = p.file_sha256"
                             " LEFT JOIN users us ON us.id = p.submitted_by WHERE " + where,
                         params);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::UnitPlan>();
  return std::optional<core::UnitPlan>(plan_from((*rows)[0], 0));
}

}  // namespace

core::Result<std::vector<core::UnitPlanStatus>> list_unit_plan_status(Connection& conn, const UnitPlanQuery& q) {
  Params params;
  std::string sql = std::string("SELECT u.id, u.code, u.name, u.path, ") + kPlanColumns + status_from(conn, q) +
                    status_where(q, params) + " ORDER BY u.path, u.id LIMIT ? OFFSET ?";
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<core::UnitPlanStatus> out;
  for (const auto& r : *rows) {
    core::UnitPlanStatus s;
    s.unit = core::ParticipatingUnit{r.i64(0), r.str(1), r.str(2), r.str(3)};
    if (!r.is_null(4)) s.plan = plan_from(r, 4);
    out.push_back(std::move(s));
  }
  return out;
}

core::Result<int64_t> count_unit_plan_status(Connection& conn, const UnitPlanQuery& q) {
  Params params;
  std::string sql = std::string("SELECT COUNT(*)") + status_from(conn, q) + status_where(q, params);
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::optional<core::UnitPlan>> find_unit_plan(Connection& conn, int64_t campaign_id, int64_t plan_id) {
  return one_plan(conn, "p.id = ? AND p.campaign_id = ?", {plan_id, campaign_id});
}

core::Result<std::optional<core::UnitPlan>> unit_plan_of(Connection& conn, int64_t campaign_id, int64_t unit_id) {
  return one_plan(conn, "p.campaign_id = ? AND p.unit_id = ?", {campaign_id, unit_id});
}

core::Result<int64_t> save_unit_plan(Connection& conn, const UnitPlanWrite& w, const std::string& now) {
  auto existing = conn.query("SELECT id FROM unit_plans WHERE campaign_id = ? AND unit_id = ?",
                             {w.campaign_id, w.unit_id});
  if (!existing.ok()) return existing.error();
  if (existing->empty()) {
    auto rows = conn.query(
        "INSERT INTO unit_plans (campaign_id, unit_id, body, file_sha256, file_name, submitted_by, submitted_at, "
        "version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
        {w.campaign_id, w.unit_id, w.body, opt(w.file_sha256), w.file_sha256 ? w.file_name : std::string(),
         user_param(w.submitted_by), now});
    if (!rows.ok()) return rows.error();
    return (*rows)[0].i64(0);
  }
  const int64_t id = (*existing)[0].i64(0);
  if (w.file_sha256) {
    THIDUA_TRY(conn.exec("UPDATE unit_plans SET body = ?, file_sha256 = ?, file_name = ?, submitted_by = ?, "
                         "submitted_at = ?, version = version + 1 WHERE id = ?",
                         {w.body, *w.file_sha256, w.file_name, user_param(w.submitted_by), now, id}));
  } else if (w.remove_file) {
    THIDUA_TRY(conn.exec("UPDATE unit_plans SET body = ?, file_sha256 = NULL, file_name = '', submitted_by = ?, "
                         "submitted_at = ?, version = version + 1 WHERE id = ?",
                         {w.body, user_param(w.submitted_by), now, id}));
  } else {
    THIDUA_TRY(conn.exec("UPDATE unit_plans SET body = ?, submitted_by = ?, submitted_at = ?, version = version + 1 "
                         "WHERE id = ?",
                         {w.body, user_param(w.submitted_by), now, id}));
  }
  return id;
}

}  // namespace thidua::store
