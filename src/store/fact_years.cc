#include "store/fact_years.h"

#include "core/org.h"

namespace thidua::store {

namespace {

core::Result<std::vector<core::FactYear>> read_years(const core::Result<Rows>& rows) {
  if (!rows.ok()) return rows.error();
  std::vector<core::FactYear> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) {
    auto kind = core::read_fact_kind(r.str(1));
    if (!kind) continue;  // only fact_kind_code() writes this column
    out.push_back({r.i64(0), *kind, static_cast<int>(r.i64(2)), r.i64(3), r.str(4), r.str(5)});
  }
  return out;
}

core::Result<std::unordered_map<int64_t, int64_t>> agencies_from(const core::Result<Rows>& rows) {
  if (!rows.ok()) return rows.error();
  std::unordered_map<int64_t, int64_t> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) {
    if (const int64_t root = core::root_id_of_path(r.str(1)); root > 0) out.emplace(r.i64(0), root);
  }
  return out;
}

}  // namespace

core::Result<bool> declare_fact_year(Connection& conn, int64_t agency_id, core::FactKind kind, int year,
                                     int64_t user_id, const std::string& at) {
  auto n = conn.exec(
      "INSERT INTO agency_fact_years (agency_id, kind, year, declared_by, declared_at) VALUES (?,?,?,?,?) "
      "ON CONFLICT DO NOTHING",
      {agency_id, std::string(core::fact_kind_code(kind)), static_cast<int64_t>(year),
       user_id > 0 ? Param(user_id) : Param(nullptr), at});
  if (!n.ok()) return n.error();
  return *n > 0;
}

core::Result<bool> withdraw_fact_year(Connection& conn, int64_t agency_id, core::FactKind kind, int year) {
  auto n = conn.exec("DELETE FROM agency_fact_years WHERE agency_id = ? AND kind = ? AND year = ?",
                     {agency_id, std::string(core::fact_kind_code(kind)), static_cast<int64_t>(year)});
  if (!n.ok()) return n.error();
  return *n > 0;
}

core::Result<std::vector<core::FactYear>> fact_years(Connection& conn, int64_t agency_id) {
  return read_years(conn.query(
      "SELECT f.agency_id, f.kind, f.year, COALESCE(f.declared_by, 0), COALESCE(u.display_name, ''), f.declared_at "
      "FROM agency_fact_years f LEFT JOIN users u ON u.id = f.declared_by WHERE f.agency_id = ? "
      "ORDER BY f.kind, f.year",
      {agency_id}));
}

core::Result<std::vector<core::FactYear>> all_fact_years(Connection& conn) {
  return read_years(conn.query(
      "SELECT agency_id, kind, year, COALESCE(declared_by, 0), '', declared_at FROM agency_fact_years "
      "ORDER BY agency_id, kind, year"));
}

core::Result<int64_t> inherit_fact_years(Connection& conn, int64_t agency_id, const std::vector<int64_t>& sources) {
  if (sources.empty()) return int64_t{0};
  Params params{agency_id};
  const std::string list = bind_ids(sources, params);
  params.emplace_back(static_cast<int64_t>(sources.size()));
  return conn.exec(
      "INSERT INTO agency_fact_years (agency_id, kind, year, declared_by, declared_at) "
      "SELECT ?, kind, year, MIN(declared_by), MIN(declared_at) FROM agency_fact_years WHERE agency_id IN (" +
          list + ") GROUP BY kind, year HAVING COUNT(*) = ? ON CONFLICT DO NOTHING",
      params);
}

core::Result<std::unordered_map<int64_t, int64_t>> agencies_of_people(Connection& conn,
                                                                      const std::vector<int64_t>& person_ids) {
  if (person_ids.empty()) return std::unordered_map<int64_t, int64_t>{};
  Params params;
  const std::string list = bind_ids(person_ids, params);
  return agencies_from(conn.query("SELECT id, unit_path FROM people WHERE id IN (" + list + ")", params));
}

core::Result<std::unordered_map<int64_t, int64_t>> agencies_of_people_in(Connection& conn, const PersonSpan& span) {
  return agencies_from(
      conn.query("SELECT id, unit_path FROM people WHERE id BETWEEN ? AND ?", {span.first_id, span.last_id}));
}

core::Result<std::unordered_map<int64_t, int64_t>> agencies_of_units(Connection& conn,
                                                                     const std::vector<int64_t>& unit_ids) {
  if (unit_ids.empty()) return std::unordered_map<int64_t, int64_t>{};
  Params params;
  const std::string list = bind_ids(unit_ids, params);
  return agencies_from(conn.query("SELECT id, path FROM units WHERE id IN (" + list + ")", params));
}

}  // namespace thidua::store
