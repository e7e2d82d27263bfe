#include "store/registrations.h"

#include <unordered_map>

#include "core/messages_vi/storage.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.campaign_id, r.unit_id, u.name, u.path, r.subject, r.person_id, COALESCE(p.full_name, ''), "
    "r.state, r.signature_task, r.return_reason, r.entered_by, COALESCE(eu.display_name, ''), r.submitted_at, "
    "r.decided_by, COALESCE(du.display_name, ''), r.decided_at, r.version, r.created_at, r.updated_at, "
    "r.submitted_by FROM registrations r JOIN units u ON u.id = r.unit_id LEFT JOIN people p ON p.id = r.person_id "
    "LEFT JOIN users eu ON eu.id = r.entered_by LEFT JOIN users du ON du.id = r.decided_by ";

core::Registration to_registration(const Row& row) {
  core::Registration r;
  r.id = row.i64(0);
  r.campaign_id = row.i64(1);
  r.unit_id = row.i64(2);
  r.unit_name = row.str(3);
  r.unit_path = row.str(4);
  r.subject = core::parse_registration_subject(row.str(5)).value_or(core::RegistrationSubject::kIndividual);
  r.person_id = row.opt_i64(6);
  r.person_name = row.str(7);
  r.state = core::parse_registration_state(row.str(8)).value_or(core::RegistrationState::kDraft);
  r.signature_task = row.str(9);
  r.return_reason = row.str(10);
  r.entered_by = row.opt_i64(11);
  r.entered_by_name = row.str(12);
  r.submitted_at = row.opt_str(13);
  r.decided_by = row.opt_i64(14);
  r.decided_by_name = row.str(15);
  r.decided_at = row.opt_str(16);
  r.version = row.i64(17);
  r.created_at = row.str(18);
  r.updated_at = row.str(19);
  r.submitted_by = row.opt_i64(20);
  return r;
}

core::Error conflict() {
  return core::make_error(core::errc::kConflict,
                          msg::kRegistrationStale);
}

// Targets and initiatives of `r.id`, each table in one multi-row INSERT.
core::Status insert_children(Connection& conn, const core::Registration& r) {
  if (!r.targets.empty()) {
    std::string sql = "INSERT INTO registration_targets (registration_id, ord, content_label, text) VALUES ";
    Params params;
    for (size_t i = 0; i < r.targets.size(); ++i) {
      sql += i ? ",(?,?,?,?)" : "(?,?,?,?)";
      params.insert(params.end(), {r.id, static_cast<int64_t>(i + 1), r.targets[i].content_label, r.targets[i].text});
    }
    THIDUA_TRY(conn.exec(sql, params));
  }
  if (!r.initiatives.empty()) {
    std::string sql = "INSERT INTO initiatives (registration_id, ord, title, content, expected_effect) VALUES ";
    Params params;
    for (size_t i = 0; i < r.initiatives.size(); ++i) {
      const auto& in = r.initiatives[i];
      sql += i ? ",(?,?,?,?,?)" : "(?,?,?,?,?)";
      params.insert(params.end(), {r.id, static_cast<int64_t>(i + 1), in.title, in.content, in.expected_effect});
    }
    THIDUA_TRY(conn.exec(sql, params));
  }
  return {};
}

// Fills targets and initiatives of `items` with one query per table.
core::Status load_children(Connection& conn, std::vector<core::Registration>& items) {
  if (items.empty()) return {};
  std::unordered_map<int64_t, core::Registration*> by_id;
  Params ids;
  for (auto& r : items) {
    by_id[r.id] = &r;
    ids.emplace_back(r.id);
  }
  const std::string in = sql_markers(items.size());
  auto targets = conn.query(
      "SELECT registration_id, id, content_label, text, progress_status, progress_percent, progress_at "
      "FROM registration_targets WHERE registration_id IN (" + in + ") ORDER BY registration_id, ord",
      ids);
  if (!targets.ok()) return targets.error();
  for (const auto& row : *targets) {
    core::Target t;
    t.id = row.i64(1);
    t.content_label = row.str(2);
    t.text = row.str(3);
    t.progress_status = core::parse_progress_status(row.str(4)).value_or(core::ProgressStatus::kNotStarted);
    t.progress_percent = static_cast<int>(row.i64(5));
    t.progress_at = row.opt_str(6);
    by_id[row.i64(0)]->targets.push_back(std::move(t));
  }
  auto inits = conn.query(
      "SELECT registration_id, id, title, content, expected_effect FROM initiatives WHERE registration_id IN (" + in +
          ") ORDER BY registration_id, ord",
      ids);
  if (!inits.ok()) return inits.error();
  for (const auto& row : *inits) {
    by_id[row.i64(0)]->initiatives.push_back({row.i64(1), row.str(2), row.str(3), row.str(4)});
  }
  return {};
}

// WHERE clause (after "WHERE ") of a list query without the state filter.
std::string list_where(const RegistrationQuery& q, Params& params) {
  std::string where = "r.campaign_id = ?";
  params.emplace_back(q.campaign_id);
  if (q.scopes) {
    std::string visible = scope_condition("u.path", *q.scopes, params);
    if (q.own_person) {
      visible = "(" + visible + " OR r.person_id = ?)";
      params.emplace_back(*q.own_person);
    }
    where += " AND " + visible;
  }
  if (q.unit_id) {
    where += " AND r.unit_id = ?";
    params.emplace_back(*q.unit_id);
  }
  return where;
}

constexpr const char* kPersonColumns =
    "SELECT p.id, p.full_name, p.birth_date, p.unit_id, COALESCE(u.name, ''), p.unit_path, p.version "
    "FROM people p LEFT JOIN units u ON u.id = p.unit_id ";

core::Person to_person(const Row& row) {
  core::Person p;
  p.id = row.i64(0);
  p.full_name = row.str(1);
  p.birth_date = row.str(2);
  p.unit_id = row.opt_i64(3);
  p.unit_name = row.str(4);
  p.unit_path = row.str(5);
  p.version = row.i64(6);
  return p;
}

}  // namespace

core::Result<int64_t> insert_registration(Connection& conn, const core::Registration& r, const std::string& now) {
  auto ins = conn.query(
      "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, signature_task, "
      "return_reason, entered_by, submitted_at, submitted_by, version, created_at, updated_at) "
      "VALUES (?,?,?,?,?,?,?,'',?,?,?,1,?,?) RETURNING id",
      {r.campaign_id, r.unit_id, std::string(core::registration_subject_code(r.subject)), opt(r.person_id),
       r.subject_key(), std::string(core::registration_state_code(r.state)), r.signature_task, opt(r.entered_by),
       opt(r.submitted_at), opt(r.submitted_by), now, now});
  if (!ins.ok()) {
    if (ins.error().code == core::errc::kConflict) {
      return core::make_error(core::errc::kConflict,
                              r.subject == core::RegistrationSubject::kCollective
                                  ? msg::kUnitAlreadyRegistered
                                  : msg::kPersonAlreadyRegistered,
                              r.subject == core::RegistrationSubject::kCollective ? "unit_id" : "person_id");
    }
    return ins.error();
  }
  core::Registration stored = r;
  stored.id = (*ins)[0].i64(0);
  THIDUA_TRY(insert_children(conn, stored));
  return stored.id;
}

core::Status update_registration_content(Connection& conn, const core::Registration& r, int64_t expected_version,
                                         const std::string& now) {
  auto upd = conn.exec(
      "UPDATE registrations SET signature_task = ?, version = version + 1, updated_at = ? "
      "WHERE id = ? AND version = ? AND state IN ('draft', 'returned')",
      {r.signature_task, now, r.id, expected_version});
  if (!upd.ok()) return upd.error();
  if (*upd == 0) return conflict();
  THIDUA_TRY(conn.exec("DELETE FROM registration_targets WHERE registration_id = ?", {r.id}));
  THIDUA_TRY(conn.exec("DELETE FROM initiatives WHERE registration_id = ?", {r.id}));
  return insert_children(conn, r);
}

core::Status move_registration(Connection& conn, int64_t id, const RegistrationMove& m, const std::string& now) {
  using S = core::RegistrationState;
  std::string set;
  Params params{std::string(core::registration_state_code(m.to)), now};
  if (m.to == S::kSubmitted) {
    set = "submitted_at = ?, submitted_by = ?, return_reason = '', decided_by = NULL, decided_at = NULL";
    params.emplace_back(now);
    params.emplace_back(opt(m.actor_user_id));
  } else {
    set = "decided_by = ?, decided_at = ?, return_reason = ?";
    params.emplace_back(opt(m.actor_user_id));
    params.emplace_back(now);
    params.emplace_back(m.to == S::kReturned ? m.reason : std::string());
  }
  params.emplace_back(id);
  params.emplace_back(m.expected_version);
  params.emplace_back(std::string(core::registration_state_code(m.from)));
  auto upd = conn.exec("UPDATE registrations SET state = ?, version = version + 1, updated_at = ?, " + set +
                           " WHERE id = ? AND version = ? AND state = ?",
                       params);
  if (!upd.ok()) return upd.error();
  if (*upd == 0) return conflict();
  return {};
}

core::Result<std::optional<core::Registration>> find_registration(Connection& conn, int64_t id) {
  auto rows = conn.query(std::string(kSelect) + "WHERE r.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::Registration>();
  std::vector<core::Registration> one{to_registration((*rows)[0])};
  THIDUA_TRY(load_children(conn, one));
  return std::optional<core::Registration>(std::move(one.front()));
}

core::Result<RegistrationPage> list_registrations(Connection& conn, const RegistrationQuery& q) {
  RegistrationPage page;
  Params count_params;
  const std::string base_where = list_where(q, count_params);
  auto counts = conn.query(
      "SELECT r.state, COUNT(*) FROM registrations r JOIN units u ON u.id = r.unit_id WHERE " + base_where +
          " GROUP BY r.state",
      count_params);
  if (!counts.ok()) return counts.error();
  for (const auto& row : *counts) {
    if (auto s = core::parse_registration_state(row.str(0))) {
      page.counts[*s] = row.i64(1);
      if (!q.state || *q.state == *s) page.total += row.i64(1);
    }
  }
  if (page.total == 0) return page;
  Params params;
  std::string where = list_where(q, params);
  if (q.state) {
    where += " AND r.state = ?";
    params.emplace_back(std::string(core::registration_state_code(*q.state)));
  }
  if (q.before_id) {
    where += " AND r.id < ?";
    params.emplace_back(*q.before_id);
  }
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto rows = conn.query(std::string(kSelect) + "WHERE " + where + " ORDER BY r.id DESC LIMIT ? OFFSET ?", params);
  if (!rows.ok()) return rows.error();
  for (const auto& row : *rows) page.items.push_back(to_registration(row));
  THIDUA_TRY(load_children(conn, page.items));
  return page;
}

core::Result<std::optional<std::string>> registration_deadline(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query("SELECT registration_deadline FROM campaigns WHERE id = ?", {campaign_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty() || (*rows)[0].is_null(0) || (*rows)[0].str(0).empty()) return std::optional<std::string>();
  return std::optional<std::string>((*rows)[0].str(0));
}

core::Result<RegistrationDue> registration_due(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query("SELECT registration_deadline, period_end FROM campaigns WHERE id = ?", {campaign_id});
  if (!rows.ok()) return rows.error();
  RegistrationDue due;
  if (rows->empty()) return due;
  const auto& row = (*rows)[0];
  if (!row.is_null(0) && !row.str(0).empty()) {
    due.date = row.str(0);
  } else if (!row.str(1).empty()) {
    due.date = row.str(1);
    due.from_period = true;
  }
  return due;
}

core::Result<std::vector<core::Person>> people_by_ids(Connection& conn, const std::vector<int64_t>& ids) {
  std::vector<core::Person> out;
  if (ids.empty()) return out;
  Params params(ids.begin(), ids.end());
  auto rows = conn.query(std::string(kPersonColumns) + "WHERE p.id IN (" + sql_markers(ids.size()) + ")", params);
  if (!rows.ok()) return rows.error();
  for (const auto& row : *rows) out.push_back(to_person(row));
  return out;
}

core::Result<std::vector<core::Person>> people_by_folded_names(Connection& conn,
                                                               const std::vector<std::string>& folded_names) {
  std::vector<core::Person> out;
  if (folded_names.empty()) return out;
  // The whole folded name is one of the name index's suffixes.
  Params params(folded_names.begin(), folded_names.end());
  params.insert(params.end(), folded_names.begin(), folded_names.end());
  const std::string in = sql_markers(folded_names.size());
  auto rows = conn.query(std::string(kPersonColumns) +
                             "WHERE p.id IN (SELECT person_id FROM person_name_index WHERE suffix IN (" + in +
                             ")) AND p.name_folded IN (" + in + ") ORDER BY p.id",
                         params);
  if (!rows.ok()) return rows.error();
  for (const auto& row : *rows) out.push_back(to_person(row));
  return out;
}

core::Result<std::vector<std::string>> registered_subjects(Connection& conn, int64_t campaign_id,
                                                           const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  if (keys.empty()) return out;
  Params params{campaign_id};
  params.insert(params.end(), keys.begin(), keys.end());
  auto rows = conn.query("SELECT subject_key FROM registrations WHERE campaign_id = ? AND subject_key IN (" +
                             sql_markers(keys.size()) + ")",
                         params);
  if (!rows.ok()) return rows.error();
  for (const auto& row : *rows) out.push_back(row.str(0));
  return out;
}

}  // namespace thidua::store
