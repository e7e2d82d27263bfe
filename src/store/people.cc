#include "store/people.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/hex.h"
#include "core/messages_vi/org.h"
#include "core/messages_vi/people.h"
#include "core/names.h"
#include "store/scope_sql.h"
#include "store/settings.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

constexpr const char* kColumns =
    "p.id, p.full_name, p.gender, p.birth_date, p.position, p.title, p.category, p.email, p.phone, p.unit_id, "
    "COALESCE(u.name, ''), p.unit_path, p.version";

core::Person to_person(const RowView& r) {
  core::Person p;
  p.id = r.i64(0);
  p.full_name = r.text(1);
  p.gender = core::parse_gender(r.text(2)).value_or(core::Gender::kUnspecified);
  p.birth_date = r.text(3);
  p.position = r.text(4);
  p.title = r.text(5);
  p.category = core::parse_category(r.text(6)).value_or(core::EmploymentCategory::kCivilServant);
  p.email = r.text(7);
  p.phone = r.text(8);
  p.unit_id = r.opt_i64(9);
  p.unit_name = r.text(10);
  p.unit_path = r.text(11);
  p.version = r.i64(12);
  return p;
}

// A search is driven either by the name index (every match read, then
// sorted) or by the name-order index, testing each folded name until the
// page is full. With `matches` of `scope` people matching, the walk reads
// about (offset + limit) × scope / matches rows; the index plan reads each
// match once, at about kIndexRowCost times the cost of a walked row (a lookup
// by id and a share of the sort). The walk wins when
//   matches² > (offset + limit) × scope / kIndexRowCost.
// kIndexRowCost keeps the threshold measured for a first page of 50 among
// 100,000 people (500 matches, docs/performance.md); among 2.5 million
// people it is about 2,500, so a name a few hundred people share is found by
// the index instead of a walk of half a million rows.
constexpr int64_t kIndexRowCost = 20;
constexpr int64_t kMinDenseSearch = 500;

// The fewest matches for which a search walks name order (see above).
int64_t dense_threshold(int64_t rows_read, int64_t scope_people) {
  const double t = std::sqrt(static_cast<double>(rows_read) * static_cast<double>(scope_people) /
                             static_cast<double>(kIndexRowCost));
  return std::max<int64_t>(kMinDenseSearch, static_cast<int64_t>(std::ceil(t)));
}

// How many people the search may find at most: those under the unit filter
// if any, else those of the scopes; from the counters of migration 070.
core::Result<int64_t> people_in_scope(Connection& conn, const PeopleQuery& q, bool everyone) {
  Params params;
  std::string where = !q.unit_path.empty() ? scope_condition("unit_path", {q.unit_path}, params)
                      : everyone           ? std::string("1 = 1")
                                           : scope_condition("unit_path", q.scopes, params);
  auto rows = conn.query("SELECT COALESCE(SUM(people), 0) FROM unit_path_people WHERE " + where, params);
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

// How the WHERE clause is shaped; chosen per query by plan_for().
struct Plan {
  bool broad_scope = false;   // scope covers a root: walk the name-order index
  bool everyone = false;      // scope covers every person: no test per row at all
  bool dense_search = false;  // many matches: test each name while walking name order
};

// True when the scopes take in every person stored: each root unit's path
// lies under one of them, and nobody is without a unit (unit_path ''). Two
// index probes; a reader of the whole deployment then walks name order with
// no test per row (a deep OFFSET page skips rows at the index's own speed).
core::Result<bool> scopes_cover_everyone(Connection& conn, const std::vector<std::string>& scopes) {
  auto roots = conn.query("SELECT path FROM units WHERE parent_id IS NULL");
  if (!roots.ok()) return roots.error();
  for (const auto& r : *roots) {
    const std::string root = r.str(0);
    const bool covered = std::any_of(scopes.begin(), scopes.end(), [&](const std::string& scope) {
      return !scope.empty() && root.compare(0, scope.size(), scope) == 0;
    });
    if (!covered) return false;
  }
  auto unplaced = conn.query("SELECT 1 FROM people WHERE unit_path = '' LIMIT 1");
  if (!unplaced.ok()) return unplaced.error();
  return unplaced->empty();
}

core::Result<Plan> plan_for(Connection& conn, const PeopleQuery& q) {
  Plan plan;
  plan.broad_scope = scope_is_broad(q.scopes);
  if (plan.broad_scope) {
    auto everyone = scopes_cover_everyone(conn, q.scopes);
    if (!everyone.ok()) return everyone.error();
    plan.everyone = *everyone;
  }
  if (!q.folded_query.empty()) {
    auto scope_people = people_in_scope(conn, q, plan.everyone);
    if (!scope_people.ok()) return scope_people.error();
    const int64_t rows_read = (q.after || q.before ? 0 : q.offset) + q.limit + 1;
    const int64_t threshold = dense_threshold(rows_read, *scope_people);
    auto n = conn.query(
        "SELECT COUNT(*) FROM (SELECT 1 FROM person_name_index WHERE suffix >= ? AND suffix < ? LIMIT ?) t",
        {q.folded_query, prefix_upper_bound(q.folded_query), threshold});
    if (!n.ok()) return n.error();
    plan.dense_search = (*n)[0].i64(0) >= threshold;
  }
  return plan;
}

// `text` for use inside a LIKE pattern with ESCAPE '!'.
std::string like_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '!' || c == '%' || c == '_') out += '!';
    out += c;
  }
  return out;
}

// WHERE clause for a query; appends params.
std::string where_clause(Engine engine, const PeopleQuery& q, const Plan& plan, Params& params) {
  std::string where = plan.everyone      ? std::string("1 = 1")
                      : plan.broad_scope ? scope_condition_unindexed(engine, "p.unit_path", q.scopes, params)
                                         : scope_condition("p.unit_path", q.scopes, params);
  if (q.only_person && !plan.everyone) {
    where = "(" + where + " OR p.id = ?)";
    params.emplace_back(*q.only_person);
  }
  if (!q.unit_path.empty()) {
    where += " AND " + scope_condition("p.unit_path", {q.unit_path}, params);
  }
  if (!q.folded_query.empty()) {
    if (plan.dense_search) {
      // Same rule as the suffix index (the query starts a word of the folded
      // name), tested on the folded name that people_sort carries (migration 003).
      const std::string pattern = like_escape(q.folded_query);
      where += " AND (p.name_folded LIKE ? ESCAPE '!' OR p.name_folded LIKE ? ESCAPE '!')";
      params.emplace_back(pattern + "%");
      params.emplace_back("% " + pattern + "%");
    } else {
      where += " AND p.id IN (SELECT person_id FROM person_name_index WHERE suffix >= ? AND suffix < ?)";
      params.emplace_back(q.folded_query);
      params.emplace_back(prefix_upper_bound(q.folded_query));
    }
  }
  return where;
}

core::Result<std::string> unit_path_of(Connection& conn, const std::optional<int64_t>& unit_id) {
  if (!unit_id) return std::string();
  auto rows = conn.query("SELECT path FROM units WHERE id = ?", {*unit_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return core::make_error(core::errc::kValidation, msg::kUnitMissing, "unit_id");
  return (*rows)[0].str(0);
}

core::Status write_name_index(Connection& conn, int64_t person_id, const std::string& full_name) {
  auto del = conn.exec("DELETE FROM person_name_index WHERE person_id = ?", {person_id});
  if (!del.ok()) return del.error();
  for (const auto& suffix : core::name_search_suffixes(full_name)) {
    auto ins = conn.exec("INSERT INTO person_name_index (suffix, person_id) VALUES (?, ?)", {suffix, person_id});
    if (!ins.ok()) return ins.error();
  }
  return {};
}

}  // namespace

std::string encode_person_cursor(const PersonKey& key) {
  return std::to_string(key.id) + "." + core::to_hex(std::string_view(key.sort_key));
}

std::optional<PersonKey> decode_person_cursor(std::string_view cursor) {
  constexpr size_t kMaxCursor = 2048;
  const size_t dot = cursor.find('.');
  if (cursor.size() > kMaxCursor || dot == std::string_view::npos || dot == 0 || dot > 18) return std::nullopt;
  PersonKey key;
  for (size_t i = 0; i < dot; ++i) {
    if (cursor[i] < '0' || cursor[i] > '9') return std::nullopt;
    key.id = key.id * 10 + (cursor[i] - '0');
  }
  const std::string_view hex = cursor.substr(dot + 1);
  if (hex.size() % 2 != 0) return std::nullopt;
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  key.sort_key.reserve(hex.size() / 2);
  for (size_t i = 0; i < hex.size(); i += 2) {
    const int hi = digit(hex[i]);
    const int lo = digit(hex[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    key.sort_key += static_cast<char>(hi * 16 + lo);
  }
  return key;
}

core::Result<PeoplePage> list_people(Connection& conn, const PeopleQuery& q) {
  auto plan = plan_for(conn, q);
  if (!plan.ok()) return plan.error();
  // Step 1: the page's ids (and keys) from the indexes alone (rows skipped by
  // OFFSET are never read from the table; a keyset page skips none); step 2:
  // those rows, with their unit names.
  Params params;
  std::string where = where_clause(conn.engine(), q, *plan, params);
  const bool backwards = !q.after && q.before.has_value();
  if (q.after || q.before) {
    const PersonKey& from = q.after ? *q.after : *q.before;
    where += backwards ? " AND (p.sort_key, p.id) < (?, ?)" : " AND (p.sort_key, p.id) > (?, ?)";
    params.emplace_back(from.sort_key);
    params.emplace_back(from.id);
  }
  params.emplace_back(static_cast<int64_t>(q.limit + 1));
  std::string sql = "SELECT p.id, p.sort_key FROM people p WHERE " + where +
                    (backwards ? " ORDER BY p.sort_key DESC, p.id DESC LIMIT ?" : " ORDER BY p.sort_key, p.id LIMIT ?");
  if (!q.after && !q.before) {
    sql += " OFFSET ?";
    params.emplace_back(q.offset);
  }
  auto ids = conn.query(sql, params);
  if (!ids.ok()) return ids.error();
  PeoplePage page;
  page.has_more = static_cast<int>(ids->size()) > q.limit;
  const size_t n = std::min(ids->size(), static_cast<size_t>(q.limit));
  if (n == 0) return page;
  // Name order, whichever way the rows were read.
  std::vector<PersonKey> keys;
  keys.reserve(n);
  for (size_t i = 0; i < n; ++i) keys.push_back(PersonKey{(*ids)[i].str(1), (*ids)[i].i64(0)});
  if (backwards) std::reverse(keys.begin(), keys.end());
  page.first = keys.front();
  page.last = keys.back();
  const std::string in = sql_markers(n);
  Params id_params;
  for (const auto& k : keys) id_params.emplace_back(k.id);
  // Each row straight from the statement into its place in the page.
  std::unordered_map<int64_t, size_t> place;
  place.reserve(n);
  for (size_t i = 0; i < n; ++i) place.emplace(keys[i].id, i);
  std::vector<std::optional<core::Person>> placed(n);
  auto read = conn.query_each(std::string("SELECT ") + kColumns +
                                  " FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id IN (" + in + ")",
                              id_params, [&](const RowView& r) {
                                auto it = place.find(r.i64(0));
                                if (it != place.end()) placed[it->second] = to_person(r);
                              });
  if (!read.ok()) return read.error();
  page.people.reserve(n);
  for (auto& p : placed) {
    if (p) page.people.push_back(std::move(*p));  // a person deleted meanwhile is left out
  }
  return page;
}

core::Status for_each_person_ids(Connection& conn, PeopleQuery q, PersonOrder order, size_t batch,
                                 const std::function<bool(const std::vector<int64_t>& ids)>& sink) {
  auto plan = plan_for(conn, q);
  if (!plan.ok()) return plan.error();
  const bool by_name = order == PersonOrder::kByName;
  // Within a scope or a unit, each batch is bounded by the first and last
  // person in it (by id, or by name). Without the bounds PostgreSQL read the
  // scope's whole path range and sorted it for every batch (5.2 ms a batch,
  // a hundred batches for a ministry of 100,000 among 2.5 million); with
  // them it walks the order between them (0.4 ms), nor does a first or last
  // batch walk through everyone outside. One statement over the scope's
  // index range; OFFSET 0 keeps PostgreSQL from answering MIN and MAX by a
  // walk of the whole order.
  const bool bounded = (!plan->everyone || !q.unit_path.empty()) && q.folded_query.empty();
  Params bounds;
  if (bounded) {
    Plan indexed = *plan;
    indexed.broad_scope = false;  // the path index, not the name order
    Params params;
    const std::string where = where_clause(conn.engine(), q, indexed, params);
    const char* column = by_name ? "sort_key" : "id";
    auto range = conn.query(std::string("SELECT MIN(t.") + column + "), MAX(t." + column + ") FROM (SELECT p." +
                                column + " FROM people p WHERE " + where +
                                (conn.engine() == Engine::kPostgres ? " OFFSET 0" : "") + ") t",
                            params);
    if (!range.ok()) return range.error();
    if ((*range)[0].is_null(0)) return {};  // nobody
    if (by_name) {
      bounds = {(*range)[0].str(0), (*range)[0].str(1)};
    } else {
      bounds = {(*range)[0].i64(0), (*range)[0].i64(1)};
    }
  }
  std::string after_key;
  int64_t after_id = 0;
  bool first = true;
  std::vector<int64_t> ids;
  while (true) {
    Params params;
    std::string where = where_clause(conn.engine(), q, *plan, params);
    if (bounded) {
      where += by_name ? " AND p.sort_key >= ? AND p.sort_key <= ?" : " AND p.id >= ? AND p.id <= ?";
      params.insert(params.end(), bounds.begin(), bounds.end());
    }
    if (!first) {
      if (by_name) {
        where += " AND (p.sort_key > ? OR (p.sort_key = ? AND p.id > ?))";
        params.emplace_back(after_key);
        params.emplace_back(after_key);
      } else {
        where += " AND p.id > ?";
      }
      params.emplace_back(after_id);
    }
    params.emplace_back(static_cast<int64_t>(batch));
    auto rows = conn.query("SELECT p.id, p.sort_key FROM people p WHERE " + where +
                               (by_name ? " ORDER BY p.sort_key, p.id" : " ORDER BY p.id") + " LIMIT ?",
                           params);
    if (!rows.ok()) return rows.error();
    if (rows->size() == 0) return {};
    ids.clear();
    for (const auto& r : *rows) ids.push_back(r.i64(0));
    if (!sink(ids)) return {};
    if (rows->size() < batch) return {};
    const Row& last = (*rows)[rows->size() - 1];
    after_key = last.str(1);
    after_id = last.i64(0);
    first = false;
  }
}

core::Status for_each_person(Connection& conn, PeopleQuery q, const std::function<void(const core::Person&)>& sink) {
  // Keyset pagination on (sort_key, id): constant cost per batch.
  std::string after_key;
  int64_t after_id = 0;
  bool first = true;
  constexpr int kBatch = 1000;
  auto plan = plan_for(conn, q);
  if (!plan.ok()) return plan.error();
  while (true) {
    Params params;
    std::string where = where_clause(conn.engine(), q, *plan, params);
    if (!first) {
      where += " AND (p.sort_key > ? OR (p.sort_key = ? AND p.id > ?))";
      params.emplace_back(after_key);
      params.emplace_back(after_key);
      params.emplace_back(after_id);
    }
    params.emplace_back(static_cast<int64_t>(kBatch));
    auto rows = conn.query(std::string("SELECT ") + kColumns +
                               ", p.sort_key FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE " + where +
                               " ORDER BY p.sort_key, p.id LIMIT ?",
                           params);
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) sink(to_person(r));
    if (rows->size() < static_cast<size_t>(kBatch)) return {};
    const Row& last = (*rows)[rows->size() - 1];
    after_key = last.str(13);
    after_id = last.i64(0);
    first = false;
  }
}

core::Result<std::optional<core::Person>> find_person(Connection& conn, int64_t id) {
  auto rows = conn.query(std::string("SELECT ") + kColumns +
                             " FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ?",
                         {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::Person>();
  return std::optional<core::Person>(to_person((*rows)[0]));
}

core::Result<core::Person> insert_person(Connection& conn, core::Person p, const std::string& now,
                                         const std::string& today) {
  auto path = unit_path_of(conn, p.unit_id);
  if (!path.ok()) return path.error();
  p.unit_path = *path;
  auto extra = extra_family_names(conn);
  if (!extra.ok()) return extra.error();
  auto ins = conn.query(
      "INSERT INTO people (full_name, name_folded, sort_key, gender, birth_date, position, title, category, email, "
      "phone, unit_id, unit_path, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?,?) "
      "RETURNING id",
      {p.full_name, core::fold(p.full_name), core::name_sort_key(p.full_name, *extra), std::string(core::gender_code(p.gender)),
       null_if_empty(p.birth_date), p.position, p.title, std::string(core::category_code(p.category)), p.email, p.phone,
       opt(p.unit_id), p.unit_path, now, now});
  if (!ins.ok()) return ins.error();
  p.id = (*ins)[0].i64(0);
  p.version = 1;
  THIDUA_TRY(write_name_index(conn, p.id, p.full_name));
  if (p.unit_id) {
    auto m = conn.exec("INSERT INTO memberships (person_id, unit_id, valid_from, valid_to, is_primary) "
                       "VALUES (?,?,?,NULL,1)",
                       {p.id, *p.unit_id, today});
    if (!m.ok()) return m.error();
  }
  return p;
}

core::Result<core::Person> update_person(Connection& conn, const core::Person& p, const std::string& now,
                                         const std::string& today) {
  auto current = find_person(conn, p.id);
  if (!current.ok()) return current.error();
  if (!current->has_value()) return core::make_error(core::errc::kNotFound, msg::kPersonNotFound);
  const core::Person& old = **current;
  if (old.version != p.version) {
    return core::make_error(core::errc::kConflict,
                            msg::kPersonEditedMeanwhile);
  }
  auto path = unit_path_of(conn, p.unit_id);
  if (!path.ok()) return path.error();
  auto extra = extra_family_names(conn);
  if (!extra.ok()) return extra.error();
  auto upd = conn.exec(
      "UPDATE people SET full_name = ?, name_folded = ?, sort_key = ?, gender = ?, birth_date = ?, position = ?, "
      "title = ?, category = ?, email = ?, phone = ?, unit_id = ?, unit_path = ?, version = version + 1, "
      "updated_at = ? WHERE id = ? AND version = ?",
      {p.full_name, core::fold(p.full_name), core::name_sort_key(p.full_name, *extra), std::string(core::gender_code(p.gender)),
       null_if_empty(p.birth_date), p.position, p.title, std::string(core::category_code(p.category)), p.email, p.phone,
       opt(p.unit_id), *path, now, p.id, p.version});
  if (!upd.ok()) return upd.error();
  if (*upd == 0) {
    return core::make_error(core::errc::kConflict,
                            msg::kPersonEditedMeanwhile);
  }
  if (old.full_name != p.full_name) THIDUA_TRY(write_name_index(conn, p.id, p.full_name));
  if (old.unit_id != p.unit_id) {
    auto close = conn.exec(
        "UPDATE memberships SET valid_to = ? WHERE person_id = ? AND is_primary = 1 AND valid_to IS NULL",
        {today, p.id});
    if (!close.ok()) return close.error();
    if (p.unit_id) {
      auto open = conn.exec("INSERT INTO memberships (person_id, unit_id, valid_from, valid_to, is_primary) "
                            "VALUES (?,?,?,NULL,1)",
                            {p.id, *p.unit_id, today});
      if (!open.ok()) return open.error();
    }
  }
  auto stored = find_person(conn, p.id);
  if (!stored.ok()) return stored.error();
  return **stored;
}

core::Result<std::vector<core::Membership>> memberships_of(Connection& conn, int64_t person_id) {
  auto rows = conn.query(
      // The unit's name in force when the membership began (a unit renamed or
      // merged since keeps, in a person's history, the name it had then).
      "SELECT m.id, m.person_id, m.unit_id, COALESCE((SELECT n.name FROM unit_names n WHERE n.unit_id = m.unit_id "
      "AND m.valid_from IS NOT NULL AND (n.valid_from IS NULL OR n.valid_from <= m.valid_from) "
      "AND (n.valid_to IS NULL OR n.valid_to > m.valid_from) ORDER BY n.id DESC LIMIT 1), u.name), "
      "m.valid_from, m.valid_to, m.is_primary FROM memberships m "
      "JOIN units u ON u.id = m.unit_id WHERE m.person_id = ? ORDER BY m.valid_from DESC, m.id DESC",
      {person_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::Membership> out;
  for (const auto& r : *rows) {
    out.push_back({r.i64(0), r.i64(1), r.i64(2), r.str(3), r.str(4), r.str(5), r.i64(6) != 0});
  }
  return out;
}

core::Status rekey_people_names(Connection& conn) {
  auto extra = extra_family_names(conn);
  if (!extra.ok()) return extra.error();
  int64_t after = 0;
  while (true) {
    auto rows = conn.query("SELECT id, full_name, sort_key FROM people WHERE id > ? ORDER BY id LIMIT 1000", {after});
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) {
      const std::string key = core::name_sort_key(r.str(1), *extra);
      if (key != r.str(2)) {
        auto st = conn.exec("UPDATE people SET sort_key = ? WHERE id = ?", {key, r.i64(0)});
        if (!st.ok()) return st.error();
      }
      after = r.i64(0);
    }
    if (rows->size() < 1000) return {};
  }
}

}  // namespace thidua::store
