#include "store/reorganisations.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/messages_vi/org.h"
#include "core/messages_vi/reorganisation.h"
#include "store/fact_years.h"
#include "store/scope_sql.h"
#include "store/units.h"

namespace thidua::store {
namespace msg = core::messages_vi;
namespace {

// Runs `sql` (one `IN (...)` list of ids, marked {ids}) returning (id, value)
// pairs, and hands each to `take`.
template <class F>
core::Status per_unit(Connection& conn, const std::string& sql, const std::vector<int64_t>& ids, F take) {
  if (ids.empty()) return {};
  Params params;
  const std::string list = bind_ids(ids, params);
  std::string text = sql;
  text.replace(text.find("{ids}"), 5, list);
  auto rows = conn.query(text, params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) take(r);
  return {};
}

}  // namespace

core::Result<core::ReorgSnapshot> load_reorg_snapshot(Connection& conn, const core::ReorgRequest& request,
                                                      bool lock) {
  core::ReorgSnapshot snap;
  const std::vector<int64_t> ids = core::reorg_unit_ids(request);
  auto units = find_units(conn, ids, lock);
  if (!units.ok()) return units.error();
  for (auto& u : *units) snap.units[u.id].unit = u;
  std::vector<int64_t> sources;
  for (int64_t id : request.sources) {
    if (snap.units.count(id)) sources.push_back(id);
  }
  auto children = child_units(conn, sources, lock);
  if (!children.ok()) return children.error();
  for (auto& c : *children) snap.units[*c.parent_id].children.push_back(c);

  std::vector<int64_t> known;
  std::map<std::string, int64_t> by_path;
  for (const auto& [id, f] : snap.units) {
    known.push_back(id);
    by_path[f.unit.path] = id;
  }
  if (!known.empty()) {
    Params params;
    std::string list;
    for (const auto& [path, id] : by_path) {
      list += list.empty() ? "?" : ",?";
      params.emplace_back(path);
    }
    auto rows = conn.query("SELECT unit_path, people FROM unit_path_people WHERE unit_path IN (" + list + ")", params);
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) snap.units[by_path[r.str(0)]].people = r.i64(1);
  }
  THIDUA_TRY(per_unit(conn, "SELECT unit_id, COUNT(*) FROM role_grants WHERE unit_id IN ({ids}) GROUP BY unit_id",
                      known, [&](const Row& r) { snap.units[r.i64(0)].grants = r.i64(1); }));
  THIDUA_TRY(per_unit(conn,
                      "SELECT issuing_unit_id, COUNT(*) FROM campaigns WHERE issuing_unit_id IN ({ids}) "
                      "AND state <> 'finalised' GROUP BY issuing_unit_id",
                      known, [&](const Row& r) { snap.units[r.i64(0)].open_campaigns = r.i64(1); }));
  THIDUA_TRY(per_unit(conn,
                      "SELECT unit_id, MAX(COALESCE(valid_from, '')) FROM unit_names WHERE unit_id IN ({ids}) "
                      "GROUP BY unit_id",
                      known, [&](const Row& r) { snap.units[r.i64(0)].last_name_from = r.str(1); }));
  THIDUA_TRY(per_unit(conn,
                      "SELECT unit_id, MAX(valid_from) FROM agency_headers WHERE unit_id IN ({ids}) GROUP BY unit_id",
                      known, [&](const Row& r) { snap.units[r.i64(0)].last_header_from = r.str(1); }));
  THIDUA_TRY(per_unit(conn,
                      "SELECT ru.unit_id, MAX(r.effective_date) FROM reorganisation_units ru "
                      "JOIN reorganisations r ON r.id = ru.reorganisation_id WHERE ru.unit_id IN ({ids}) "
                      "GROUP BY ru.unit_id",
                      known, [&](const Row& r) { snap.units[r.i64(0)].last_move = r.str(1); }));
  if (!request.new_units.empty()) {
    Params params;
    std::string list;
    for (const auto& n : request.new_units) {
      list += list.empty() ? "?" : ",?";
      params.emplace_back(n.code);
    }
    auto rows = conn.query("SELECT code FROM units WHERE code IN (" + list + ")", params);
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) snap.taken_codes.insert(r.str(0));
  }
  return snap;
}

core::Status insert_agency_header(Connection& conn, int64_t unit_id, const core::AgencyHeader& h,
                                  const std::string& now) {
  auto r = conn.exec(
      "INSERT INTO agency_headers (unit_id, valid_from, governing_body, issuing_body, place, symbol, created_at) "
      "VALUES (?,?,?,?,?,?,?)",
      {unit_id, h.valid_from, h.governing_body, h.issuing_body, h.place, h.symbol, now});
  if (!r.ok()) {
    if (r.error().code == core::errc::kConflict) {
      return core::make_error(core::errc::kConflict, msg::kReorgHeaderSameDate, "effective_date");
    }
    return r.error();
  }
  return {};
}

namespace {

// Moves the people whose primary unit is `from` to `to` on `date`.
core::Status transfer_people(Connection& conn, int64_t from, int64_t to, const std::string& date,
                             const std::string& now) {
  auto src = find_unit(conn, from);
  if (!src.ok()) return src.error();
  auto dst = find_unit(conn, to);
  if (!dst.ok()) return dst.error();
  if (!src->has_value() || !dst->has_value()) return core::make_error(core::errc::kNotFound, msg::kUnitNotFound);
  const std::string& from_path = (*src)->path;
  // A membership that began after the date (entered late) ends where it began.
  auto close = conn.exec(
      "UPDATE memberships SET valid_to = CASE WHEN valid_from IS NOT NULL AND valid_from > ? THEN valid_from "
      "ELSE ? END WHERE is_primary = 1 AND valid_to IS NULL AND person_id IN "
      "(SELECT id FROM people WHERE unit_path = ? AND unit_id = ?)",
      {date, date, from_path, from});
  if (!close.ok()) return close.error();
  // The new membership begins on the date, or when the closed one began if later.
  auto open = conn.exec(
      "INSERT INTO memberships (person_id, unit_id, valid_from, valid_to, is_primary) "
      "SELECT p.id, ?, CASE WHEN MAX(m.valid_from) > ? THEN MAX(m.valid_from) ELSE ? END, NULL, 1 FROM people p "
      "LEFT JOIN memberships m ON m.person_id = p.id AND m.is_primary = 1 AND m.valid_to IS NOT NULL "
      "AND m.unit_id = ? WHERE p.unit_path = ? AND p.unit_id = ? GROUP BY p.id",
      {to, date, date, from, from_path, from});
  if (!open.ok()) return open.error();
  auto move = conn.exec(
      "UPDATE people SET unit_id = ?, unit_path = ?, version = version + 1, updated_at = ? "
      "WHERE unit_path = ? AND unit_id = ?",
      {to, (*dst)->path, now, from_path, from});
  if (!move.ok()) return move.error();
  return {};
}

}  // namespace

core::Result<AppliedReorg> apply_reorganisation(Connection& conn, const core::ReorgRequest& req,
                                                const core::ReorgPlan& plan, std::optional<int64_t> user_id,
                                                const std::string& summary, const std::string& now) {
  using Op = core::ReorgStep::Op;
  AppliedReorg applied;
  applied.created_ids.assign(req.new_units.size(), 0);
  auto id_of = [&](const core::UnitRef& r) { return r.is_new() ? applied.created_ids.at(r.created) : r.id; };
  const std::string& date = req.effective_date;
  std::set<std::pair<int64_t, std::string>> roles;
  // A new agency (a unit created at the top receiving closed units, their
  // sub-units or their people; or a unit moved to the top): the agencies its
  // units and people came from, whose common declarations of complete
  // records it inherits.
  std::map<int64_t, std::set<int64_t>> inherits;
  // Notes that `from` (before it moves) hands units or people to `to` when
  // `to` is an agency this reorganisation creates.
  auto note_inheritance = [&](const std::optional<core::UnitRef>& to, int64_t from) -> core::Status {
    if (!to || !to->is_new() || req.new_units.at(to->created).parent_id) return {};
    auto unit = find_unit(conn, from);
    if (!unit.ok()) return unit.error();
    if (unit->has_value()) inherits[id_of(*to)].insert(core::root_id_of_path((*unit)->path));
    return {};
  };

  for (const auto& s : plan.steps) {
    switch (s.op) {
      case Op::kCreate: {
        const core::NewUnit& n = req.new_units.at(s.unit.created);
        core::Unit u;
        u.parent_id = n.parent_id;
        u.code = n.code;
        u.name = n.name;
        u.short_name = n.short_name;
        u.kind = n.kind;
        u.valid_from = date;
        auto stored = insert_unit(conn, u, now);
        if (!stored.ok()) return stored.error();
        applied.created_ids[s.unit.created] = stored->id;
        if (n.header) {
          core::AgencyHeader h = *n.header;
          h.valid_from = date;
          THIDUA_TRY(insert_agency_header(conn, stored->id, h, now));
        }
        roles.insert({stored->id, "created"});
        break;
      }
      case Op::kMoveUnit: {
        std::optional<int64_t> parent;
        if (s.to) parent = id_of(*s.to);
        if (!parent) {  // it becomes an agency: its agency's declarations spoke for it
          auto moved = find_unit(conn, id_of(s.unit));
          if (!moved.ok()) return moved.error();
          if (moved->has_value() && (*moved)->parent_id) {
            inherits[(*moved)->id].insert(core::root_id_of_path((*moved)->path));
          }
        } else {
          THIDUA_TRY(note_inheritance(s.to, id_of(s.unit)));
        }
        THIDUA_TRY(move_unit(conn, id_of(s.unit), parent, now));
        // Every unit moved keeps the reorganisation in its history (and its
        // date as its latest change), the sub-units a merger hands on too.
        roles.insert({id_of(s.unit), "moved"});
        if (req.kind == core::ReorgKind::kMove && parent) roles.insert({*parent, "receiver"});
        break;
      }
      case Op::kTransferPeople:
        THIDUA_TRY(note_inheritance(s.to, id_of(s.unit)));
        THIDUA_TRY(transfer_people(conn, id_of(s.unit), id_of(*s.to), date, now));
        break;
      case Op::kClose: {
        const int64_t id = id_of(s.unit);
        std::optional<int64_t> successor;
        if (s.to && s.successor) successor = id_of(*s.to);
        if (s.successor) THIDUA_TRY(note_inheritance(s.to, id));
        auto upd = conn.exec(
            "UPDATE units SET valid_to = ?, successor_id = COALESCE(?, successor_id), version = version + 1, "
            "updated_at = ? WHERE id = ?",
            {date, opt(successor), now, id});
        if (!upd.ok()) return upd.error();
        auto names = conn.exec("UPDATE unit_names SET valid_to = ? WHERE unit_id = ? AND valid_to IS NULL",
                               {date, id});
        if (!names.ok()) return names.error();
        if (s.to) THIDUA_TRY(move_unit(conn, id, id_of(*s.to), now));
        roles.insert({id, "closed"});
        if (s.to) roles.insert({id_of(*s.to), s.successor ? "successor" : "receiver"});
        break;
      }
      case Op::kRename: {
        const int64_t id = id_of(s.unit);
        auto upd = conn.exec("UPDATE units SET name = ?, short_name = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ?",
                             {s.name, s.short_name, now, id});
        if (!upd.ok()) return upd.error();
        auto close = conn.exec("UPDATE unit_names SET valid_to = ? WHERE unit_id = ? AND valid_to IS NULL",
                               {date, id});
        if (!close.ok()) return close.error();
        auto open = conn.exec("INSERT INTO unit_names (unit_id, name, valid_from, valid_to) VALUES (?,?,?,NULL)",
                              {id, s.name, date});
        if (!open.ok()) return open.error();
        roles.insert({id, "renamed"});
        break;
      }
      case Op::kSetHeader:
        THIDUA_TRY(insert_agency_header(conn, id_of(s.unit), s.header, now));
        roles.insert({id_of(s.unit), "renamed"});
        break;
    }
  }
  for (const auto& [agency, sources] : inherits) {
    auto added = inherit_fact_years(conn, agency, std::vector<int64_t>(sources.begin(), sources.end()));
    if (!added.ok()) return added.error();
  }
  auto ins = conn.query(
      "INSERT INTO reorganisations (kind, effective_date, legal_basis, note, summary, created_by, created_at) "
      "VALUES (?,?,?,?,?,?,?) RETURNING id",
      {std::string(core::reorg_kind_code(req.kind)), date, req.legal_basis, req.note, summary, opt(user_id), now});
  if (!ins.ok()) return ins.error();
  applied.id = (*ins)[0].i64(0);
  for (const auto& [unit, role] : roles) {
    auto r = conn.exec("INSERT INTO reorganisation_units (reorganisation_id, unit_id, role) VALUES (?,?,?)",
                       {applied.id, unit, role});
    if (!r.ok()) return r.error();
  }
  return applied;
}

core::Result<std::vector<ReorgRecord>> list_reorganisations(Connection& conn, const std::vector<std::string>& scopes,
                                                            int64_t offset, int64_t limit, int64_t& total) {
  Params scope_params;
  const std::string in_scope = scope_condition("u.path", scopes, scope_params);
  const std::string visible =
      "EXISTS (SELECT 1 FROM reorganisation_units ru JOIN units u ON u.id = ru.unit_id "
      "WHERE ru.reorganisation_id = r.id AND " + in_scope + ")";
  auto count = conn.query("SELECT COUNT(*) FROM reorganisations r WHERE " + visible, scope_params);
  if (!count.ok()) return count.error();
  total = (*count)[0].i64(0);
  Params params = scope_params;
  params.emplace_back(limit);
  params.emplace_back(offset);
  auto rows = conn.query(
      "SELECT r.id, r.kind, r.effective_date, r.legal_basis, r.note, r.summary, COALESCE(a.display_name, ''), "
      "r.created_at FROM reorganisations r LEFT JOIN users a ON a.id = r.created_by WHERE " + visible +
          " ORDER BY r.effective_date DESC, r.id DESC LIMIT ? OFFSET ?",
      params);
  if (!rows.ok()) return rows.error();
  std::vector<ReorgRecord> out;
  for (const auto& r : *rows) {
    ReorgRecord rec;
    rec.id = r.i64(0);
    rec.kind = core::parse_reorg_kind(r.str(1)).value_or(core::ReorgKind::kMerge);
    rec.effective_date = r.str(2);
    rec.legal_basis = r.str(3);
    rec.note = r.str(4);
    rec.summary = r.str(5);
    rec.created_by = r.str(6);
    rec.created_at = r.str(7);
    out.push_back(std::move(rec));
  }
  return out;
}

core::Result<std::vector<core::Unit>> closed_units_within(Connection& conn, const std::string& path,
                                                          const std::string& since, int64_t limit) {
  Params params;
  const std::string in_scope = scope_condition("path", {path}, params);
  params.emplace_back(since);
  params.emplace_back(limit);
  auto rows = conn.query("SELECT id FROM units WHERE " + in_scope +
                             " AND valid_to IS NOT NULL AND valid_to > ? ORDER BY valid_to, name, id LIMIT ?",
                         params);
  if (!rows.ok()) return rows.error();
  std::vector<int64_t> ids;
  for (const auto& r : *rows) ids.push_back(r.i64(0));
  auto units = find_units(conn, ids, false);
  if (!units.ok()) return units.error();
  std::sort(units->begin(), units->end(), [](const core::Unit& a, const core::Unit& b) {
    return a.valid_to != b.valid_to ? a.valid_to < b.valid_to : a.name < b.name;
  });
  return units;
}

core::Result<std::map<int64_t, std::vector<core::AgencyHeader>>> agency_headers_of(
    Connection& conn, const std::vector<int64_t>& unit_ids) {
  std::map<int64_t, std::vector<core::AgencyHeader>> out;
  THIDUA_TRY(per_unit(conn,
                      "SELECT unit_id, valid_from, governing_body, issuing_body, place, symbol FROM agency_headers "
                      "WHERE unit_id IN ({ids}) ORDER BY unit_id, valid_from",
                      unit_ids, [&](const Row& r) {
                        out[r.i64(0)].push_back({r.str(1), r.str(2), r.str(3), r.str(4), r.str(5)});
                      }));
  return out;
}

namespace {
// The ids on a unit's path ("/1/5/9/"), deepest first.
std::vector<int64_t> chain_of(const std::string& path) {
  std::vector<int64_t> chain;
  size_t start = 1;
  while (start < path.size()) {
    const size_t slash = path.find('/', start);
    if (slash == std::string::npos) break;
    chain.insert(chain.begin(), std::stoll(path.substr(start, slash - start)));
    start = slash + 1;
  }
  return chain;
}
}  // namespace

core::Result<int64_t> issuer_at(Connection& conn, int64_t unit_id, const std::string& date) {
  auto unit = find_unit(conn, unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value()) return unit_id;
  if ((*unit)->valid_to.empty() || (*unit)->valid_to > date) return unit_id;
  const std::vector<int64_t> chain = chain_of((*unit)->path);
  auto units = find_units(conn, chain, false);
  if (!units.ok()) return units.error();
  std::map<int64_t, std::string> closed;
  for (const auto& u : *units) closed[u.id] = u.valid_to;
  for (int64_t id : chain) {
    if (closed[id].empty() || closed[id] > date) return id;
  }
  return unit_id;
}

core::Result<std::optional<core::AgencyHeader>> header_at(Connection& conn, int64_t unit_id,
                                                          const std::string& date) {
  auto unit = find_unit(conn, unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value()) return std::optional<core::AgencyHeader>();
  const std::vector<int64_t> chain = chain_of((*unit)->path);
  auto headers = agency_headers_of(conn, chain);
  if (!headers.ok()) return headers.error();
  if (headers->empty()) return std::optional<core::AgencyHeader>();
  auto units = find_units(conn, chain, false);
  if (!units.ok()) return units.error();
  std::map<int64_t, std::string> closed;
  for (const auto& u : *units) closed[u.id] = u.valid_to;
  std::vector<core::HeaderCandidate> candidates;
  for (int64_t id : chain) {
    auto it = headers->find(id);
    candidates.push_back({closed[id], it == headers->end() ? std::vector<core::AgencyHeader>() : it->second});
  }
  return core::header_on(candidates, date);
}

}  // namespace thidua::store
