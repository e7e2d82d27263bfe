#include "store/recognised_initiatives.h"

#include <algorithm>
#include <map>

#include "core/messages_vi/person_facts.h"
#include "core/names.h"

namespace thidua::store {

namespace msg = core::messages_vi;

core::Result<std::optional<int64_t>> initiative_by_decision(Connection& conn, const std::string& decision_number,
                                                            const std::string& title) {
  auto rows = conn.query("SELECT id FROM recognised_initiatives WHERE decision_number = ? AND title_folded = ?",
                         {decision_number, core::fold(title)});
  if (!rows.ok()) return rows.error();
  if (rows->rows.empty()) return std::optional<int64_t>();
  return std::optional<int64_t>(rows->rows.at(0).i64(0));
}

core::Result<bool> add_initiative_author(Connection& conn, int64_t initiative_id, int64_t person_id) {
  auto added = conn.exec(
      "INSERT INTO recognised_initiative_authors (initiative_id, person_id) VALUES (?,?) ON CONFLICT DO NOTHING",
      {initiative_id, person_id});
  if (!added.ok()) return added.error();
  return *added > 0;
}

core::Result<std::vector<InitiativeKey>> initiative_keys(Connection& conn, const std::vector<std::string>& decisions) {
  std::vector<InitiativeKey> out;
  if (decisions.empty()) return out;
  std::string list;
  Params params;
  for (const auto& d : decisions) {
    list += list.empty() ? "?" : ",?";
    params.emplace_back(d);
  }
  auto rows = conn.query(
      "SELECT decision_number, title_folded FROM recognised_initiatives WHERE decision_number IN (" + list + ")",
      params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.push_back({r.str(0), r.str(1)});
  return out;
}

core::Result<int64_t> insert_recognised_initiative(Connection& conn, const core::RecognisedInitiative& i) {
  auto taken = initiative_by_decision(conn, i.decision_number, i.title);
  if (!taken.ok()) return taken.error();
  if (*taken) return core::make_error(core::errc::kConflict, msg::kInitiativeRecognisedTwice, "title");
  auto rows = conn.query(
      "INSERT INTO recognised_initiatives (kind, title, title_folded, scope, year, decision_number, decision_date, "
      "authority, "
      "created_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
      {std::string(core::initiative_kind_code(i.kind)), i.title, core::fold(i.title),
       std::string(core::initiative_scope_code(i.scope)), static_cast<int64_t>(i.year), i.decision_number,
       i.decision_date, i.authority, i.created_at});
  if (!rows.ok()) return rows.error();
  const int64_t id = rows->rows.at(0).i64(0);
  for (int64_t person : i.author_ids) THIDUA_TRY(add_initiative_author(conn, id, person));
  return id;
}

namespace {

// The initiatives `sql` selects (id, kind, title, scope, year,
// decision_number, decision_date, authority, created_at), each with all its
// authors (one more query).
core::Result<std::vector<core::RecognisedInitiative>> initiatives_with_authors(Connection& conn, const std::string& sql,
                                                                              const Params& params) {
  std::vector<core::RecognisedInitiative> out;
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::map<int64_t, size_t> index;
  std::vector<int64_t> ids;
  for (const auto& r : *rows) {
    core::RecognisedInitiative i;
    i.id = r.i64(0);
    // Only the code functions write these columns.
    i.kind = core::read_initiative_kind(r.str(1)).value_or(core::InitiativeKind::kInitiative);
    i.title = r.str(2);
    i.scope = core::read_initiative_scope(r.str(3)).value_or(core::InitiativeScope::kAgency);
    i.year = static_cast<int>(r.i64(4));
    i.decision_number = r.str(5);
    i.decision_date = r.str(6);
    i.authority = r.str(7);
    i.created_at = r.str(8);
    index[i.id] = out.size();
    ids.push_back(i.id);
    out.push_back(std::move(i));
  }
  // Their authors, a thousand initiatives per query (bound variables are limited).
  for (size_t from = 0; from < ids.size(); from += 1000) {
    const std::vector<int64_t> part(ids.begin() + static_cast<std::ptrdiff_t>(from),
                                    ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), from + 1000)));
    Params author_params;
    const std::string author_list = bind_ids(part, author_params);
    auto authors = conn.query("SELECT initiative_id, person_id FROM recognised_initiative_authors WHERE "
                              "initiative_id IN (" + author_list + ") ORDER BY initiative_id, person_id",
                              author_params);
    if (!authors.ok()) return authors.error();
    for (const auto& r : *authors) out[index.at(r.i64(0))].author_ids.push_back(r.i64(1));
  }
  return out;
}

constexpr const char* kInitiativeColumns =
    "SELECT id, kind, title, scope, year, decision_number, decision_date, authority, created_at "
    "FROM recognised_initiatives ";

}  // namespace

core::Result<std::vector<core::RecognisedInitiative>> recognised_initiatives_of(Connection& conn,
                                                                               const std::vector<int64_t>& person_ids) {
  if (person_ids.empty()) return std::vector<core::RecognisedInitiative>{};
  Params params;
  const std::string list = bind_ids(person_ids, params);
  return initiatives_with_authors(
      conn,
      std::string(kInitiativeColumns) +
          "WHERE id IN (SELECT initiative_id FROM recognised_initiative_authors WHERE person_id IN (" + list +
          ")) ORDER BY year, id",
      params);
}

core::Result<std::vector<core::RecognisedInitiative>> recognised_initiatives_in(Connection& conn,
                                                                               const PersonSpan& span) {
  return initiatives_with_authors(
      conn,
      std::string(kInitiativeColumns) +
          "WHERE year BETWEEN ? AND ? AND id IN (SELECT initiative_id FROM recognised_initiative_authors "
          "WHERE person_id BETWEEN ? AND ?) ORDER BY year, id",
      {static_cast<int64_t>(span.first_year), static_cast<int64_t>(span.last_year), span.first_id, span.last_id});
}

}  // namespace thidua::store
