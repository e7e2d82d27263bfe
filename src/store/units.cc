#include "store/units.h"

#include "core/messages_vi/org.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

constexpr const char* kColumns =
    "id, parent_id, code, name, short_name, kind, host_agency, valid_from, valid_to, successor_id, path, version";

core::Unit to_unit(const Row& r) {
  core::Unit u;
  u.id = r.i64(0);
  u.parent_id = r.opt_i64(1);
  u.code = r.str(2);
  u.name = r.str(3);
  u.short_name = r.str(4);
  u.kind = core::parse_unit_kind(r.str(5)).value_or(core::UnitKind::kOther);
  u.host_agency = r.str(6);
  u.valid_from = r.str(7);
  u.valid_to = r.str(8);
  u.successor_id = r.opt_i64(9);
  u.path = r.str(10);
  u.version = r.i64(11);
  return u;
}

core::Result<std::optional<core::Unit>> find_one(Connection& conn, const std::string& where, const Params& params) {
  auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM units WHERE " + where, params);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::Unit>();
  return std::optional<core::Unit>(to_unit((*rows)[0]));
}

core::Error code_conflict(const core::Error& e) {
  if (e.code != core::errc::kConflict) return e;
  return core::make_error(core::errc::kConflict, msg::kUnitCodeTaken, "code");
}

// Rewrites the paths of the subtree at `old_path` and of the people in it so
// that the subtree hangs at `new_path`.
core::Status rewrite_subtree_paths(Connection& conn, const std::string& old_path, const std::string& new_path) {
  const int64_t old_len = static_cast<int64_t>(old_path.size());
  for (const auto& [table, column] : {std::pair<const char*, const char*>{"units", "path"}, {"people", "unit_path"}}) {
    Params p{new_path, old_len + 1};
    const std::string in_subtree = scope_condition(column, {old_path}, p);
    auto r = conn.exec(std::string("UPDATE ") + table + " SET " + column + " = ? || substr(" + column + ", ?) WHERE " +
                           in_subtree,
                       p);
    if (!r.ok()) return r.error();
  }
  return {};
}


}  // namespace

core::Result<std::vector<core::Unit>> list_units(Connection& conn, const std::vector<std::string>& scopes) {
  Params params;
  std::string where = scope_condition("path", scopes, params);
  auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM units WHERE " + where +
                             " ORDER BY sort_order, name, id",
                         params);
  if (!rows.ok()) return rows.error();
  std::vector<core::Unit> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(to_unit(r));
  return out;
}

core::Result<std::vector<core::Unit>> open_top_units(Connection& conn) {
  auto rows = conn.query(std::string("SELECT ") + kColumns +
                         " FROM units WHERE parent_id IS NULL AND valid_to IS NULL ORDER BY sort_order, name, id");
  if (!rows.ok()) return rows.error();
  std::vector<core::Unit> out;
  for (const auto& r : *rows) out.push_back(to_unit(r));
  return out;
}

core::Result<std::optional<core::Unit>> find_unit(Connection& conn, int64_t id) {
  return find_one(conn, "id = ?", {id});
}

namespace {
// The units whose `column` is one of `ids`, in `order`, locked on PostgreSQL when asked.
core::Result<std::vector<core::Unit>> units_with(Connection& conn, const char* column, const std::vector<int64_t>& ids,
                                                 const char* order, bool lock) {
  if (ids.empty()) return std::vector<core::Unit>();
  Params params;
  const std::string list = bind_ids(ids, params);
  auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM units WHERE " + column + " IN (" + list +
                             ") ORDER BY " + order + (lock && conn.engine() == Engine::kPostgres ? " FOR UPDATE" : ""),
                         params);
  if (!rows.ok()) return rows.error();
  std::vector<core::Unit> out;
  for (const auto& r : *rows) out.push_back(to_unit(r));
  return out;
}
}  // namespace

core::Result<std::vector<core::Unit>> find_units(Connection& conn, const std::vector<int64_t>& ids, bool lock) {
  return units_with(conn, "id", ids, "id", lock);
}

core::Result<std::vector<core::Unit>> child_units(Connection& conn, const std::vector<int64_t>& parent_ids,
                                                  bool lock) {
  return units_with(conn, "parent_id", parent_ids, "sort_order, name, id", lock);
}

core::Status move_unit(Connection& conn, int64_t unit_id, std::optional<int64_t> new_parent_id,
                       const std::string& now) {
  auto found = find_unit(conn, unit_id);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return core::make_error(core::errc::kNotFound, msg::kUnitNotFound);
  const core::Unit& unit = **found;
  std::string parent_path = "/";
  if (new_parent_id) {
    auto parent = find_unit(conn, *new_parent_id);
    if (!parent.ok()) return parent.error();
    if (!parent->has_value()) return core::make_error(core::errc::kValidation, msg::kParentUnitMissing, "parent_id");
    if (core::path_within((*parent)->path, unit.path)) {
      return core::make_error(core::errc::kValidation, msg::kUnitIntoItself, "parent_id");
    }
    parent_path = (*parent)->path;
  }
  const std::string new_path = parent_path + std::to_string(unit.id) + "/";
  if (new_path != unit.path) THIDUA_TRY(rewrite_subtree_paths(conn, unit.path, new_path));
  auto upd = conn.exec("UPDATE units SET parent_id = ?, version = version + 1, updated_at = ? WHERE id = ?",
                       {opt(new_parent_id), now, unit.id});
  if (!upd.ok()) return upd.error();
  return {};
}

core::Result<std::optional<core::Unit>> find_unit_by_code(Connection& conn, const std::string& code) {
  return find_one(conn, "code = ?", {code});
}

core::Result<core::Unit> insert_unit(Connection& conn, core::Unit unit, const std::string& now) {
  std::string parent_path = "/";
  if (unit.parent_id) {
    auto parent = find_unit(conn, *unit.parent_id);
    if (!parent.ok()) return parent.error();
    if (!parent->has_value()) {
      return core::make_error(core::errc::kValidation, msg::kParentUnitMissing, "parent_id");
    }
    parent_path = (*parent)->path;
  }
  auto ins = conn.query(
      "INSERT INTO units (parent_id, code, name, short_name, kind, host_agency, valid_from, valid_to, "
      "successor_id, path, sort_order, version, created_at, updated_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,'',?,1,?,?) RETURNING id",
      {opt(unit.parent_id), unit.code, unit.name, unit.short_name, std::string(core::unit_kind_code(unit.kind)),
       unit.host_agency, null_if_empty(unit.valid_from), null_if_empty(unit.valid_to), opt(unit.successor_id),
       int64_t{0}, now, now});
  if (!ins.ok()) return code_conflict(ins.error());
  unit.id = (*ins)[0].i64(0);
  unit.path = parent_path + std::to_string(unit.id) + "/";
  unit.version = 1;
  auto upd = conn.exec("UPDATE units SET path = ?, sort_order = ? WHERE id = ?", {unit.path, unit.id, unit.id});
  if (!upd.ok()) return upd.error();
  auto hist = conn.exec("INSERT INTO unit_names (unit_id, name, valid_from, valid_to) VALUES (?,?,?,?)",
                        {unit.id, unit.name, null_if_empty(unit.valid_from), null_if_empty(unit.valid_to)});
  if (!hist.ok()) return hist.error();
  return unit;
}

core::Result<core::Unit> update_unit(Connection& conn, const core::Unit& unit, const std::string& now,
                                     const std::string& today) {
  auto current = find_unit(conn, unit.id);
  if (!current.ok()) return current.error();
  if (!current->has_value()) return core::make_error(core::errc::kNotFound, msg::kUnitNotFound);
  const core::Unit& old = **current;
  if (old.version != unit.version) {
    return core::make_error(core::errc::kConflict,
                            msg::kUnitEditedMeanwhile);
  }
  std::string new_path = old.path;
  if (unit.parent_id != old.parent_id) {
    std::string parent_path = "/";
    if (unit.parent_id) {
      auto parent = find_unit(conn, *unit.parent_id);
      if (!parent.ok()) return parent.error();
      if (!parent->has_value()) {
        return core::make_error(core::errc::kValidation, msg::kParentUnitMissing, "parent_id");
      }
      if (core::path_within((*parent)->path, old.path)) {
        return core::make_error(core::errc::kValidation,
                                msg::kUnitIntoItself, "parent_id");
      }
      parent_path = (*parent)->path;
    }
    new_path = parent_path + std::to_string(unit.id) + "/";
    THIDUA_TRY(rewrite_subtree_paths(conn, old.path, new_path));
  }
  auto upd = conn.exec(
      "UPDATE units SET parent_id = ?, code = ?, name = ?, short_name = ?, kind = ?, host_agency = ?, "
      "valid_from = ?, valid_to = ?, successor_id = ?, version = version + 1, updated_at = ? "
      "WHERE id = ? AND version = ?",
      {opt(unit.parent_id), unit.code, unit.name, unit.short_name, std::string(core::unit_kind_code(unit.kind)),
       unit.host_agency, null_if_empty(unit.valid_from), null_if_empty(unit.valid_to), opt(unit.successor_id), now,
       unit.id, unit.version});
  if (!upd.ok()) return code_conflict(upd.error());
  if (*upd == 0) {
    return core::make_error(core::errc::kConflict, msg::kUnitEditedMeanwhile);
  }
  if (unit.name != old.name) {
    auto close = conn.exec("UPDATE unit_names SET valid_to = ? WHERE unit_id = ? AND valid_to IS NULL",
                           {today, unit.id});
    if (!close.ok()) return close.error();
    auto open = conn.exec("INSERT INTO unit_names (unit_id, name, valid_from, valid_to) VALUES (?,?,?,NULL)",
                          {unit.id, unit.name, today});
    if (!open.ok()) return open.error();
  }
  core::Unit stored = unit;
  stored.path = new_path;
  stored.version = old.version + 1;
  return stored;
}

core::Result<std::vector<core::UnitName>> unit_name_history(Connection& conn, int64_t unit_id) {
  auto rows = conn.query("SELECT name, valid_from, valid_to FROM unit_names WHERE unit_id = ? ORDER BY id", {unit_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::UnitName> out;
  for (const auto& r : *rows) out.push_back({r.str(0), r.str(1), r.str(2)});
  return out;
}

core::Result<std::map<int64_t, std::vector<core::UnitName>>> all_unit_name_histories(Connection& conn) {
  auto rows = conn.query("SELECT unit_id, name, COALESCE(valid_from, ''), COALESCE(valid_to, '') FROM unit_names "
                         "ORDER BY unit_id, id");
  if (!rows.ok()) return rows.error();
  std::map<int64_t, std::vector<core::UnitName>> out;
  for (const auto& r : *rows) out[r.i64(0)].push_back({r.str(1), r.str(2), r.str(3)});
  return out;
}

core::Result<std::vector<std::pair<int64_t, int64_t>>> people_counts(Connection& conn) {
  // The people counters of migration 070 (a person's unit_path is their unit's path).
  auto rows = conn.query(
      "SELECT u.id, c.people FROM unit_path_people c JOIN units u ON u.path = c.unit_path WHERE c.people <> 0");
  if (!rows.ok()) return rows.error();
  std::vector<std::pair<int64_t, int64_t>> out;
  for (const auto& r : *rows) out.emplace_back(r.i64(0), r.i64(1));
  return out;
}

core::Result<std::vector<std::pair<std::string, int64_t>>> people_counts_at(Connection& conn,
                                                                          const std::vector<std::string>& paths) {
  std::vector<std::pair<std::string, int64_t>> out;
  if (paths.empty()) return out;
  Params params;
  std::string list;
  for (const auto& p : paths) {
    list += list.empty() ? "?" : ",?";
    params.emplace_back(p);
  }
  auto rows = conn.query(
      "SELECT unit_path, people FROM unit_path_people WHERE people <> 0 AND unit_path IN (" + list + ")", params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.emplace_back(r.str(0), r.i64(1));
  return out;
}

}  // namespace thidua::store
