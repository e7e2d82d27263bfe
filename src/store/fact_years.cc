#include "store/fact_years.h"

namespace thidua::store {

core::Result<bool> declare_fact_year(Connection& conn, core::FactKind kind, int year, int64_t user_id,
                                     const std::string& at) {
  auto n =
      conn.exec("INSERT INTO fact_years (kind, year, declared_by, declared_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                {std::string(core::fact_kind_code(kind)), static_cast<int64_t>(year),
                 user_id > 0 ? Param(user_id) : Param(nullptr), at});
  if (!n.ok()) return n.error();
  return *n > 0;
}

core::Result<bool> withdraw_fact_year(Connection& conn, core::FactKind kind, int year) {
  auto n = conn.exec("DELETE FROM fact_years WHERE kind = ? AND year = ?",
                     {std::string(core::fact_kind_code(kind)), static_cast<int64_t>(year)});
  if (!n.ok()) return n.error();
  return *n > 0;
}

core::Result<std::vector<core::FactYear>> fact_years(Connection& conn) {
  auto rows = conn.query(
      "SELECT f.kind, f.year, COALESCE(f.declared_by, 0), COALESCE(u.display_name, ''), f.declared_at "
      "FROM fact_years f LEFT JOIN users u ON u.id = f.declared_by ORDER BY f.kind, f.year");
  if (!rows.ok()) return rows.error();
  std::vector<core::FactYear> out;
  for (const auto& r : *rows) {
    auto kind = core::read_fact_kind(r.str(0));
    if (!kind) continue;  // only fact_kind_code() writes this column
    out.push_back({*kind, static_cast<int>(r.i64(1)), r.i64(2), r.str(3), r.str(4)});
  }
  return out;
}

}  // namespace thidua::store
