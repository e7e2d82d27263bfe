#include "store/nominations.h"

#include <algorithm>
#include <functional>

#include "core/messages_vi/storage.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

std::string state_code(core::NominationState s) { return std::string(core::nomination_state_code(s)); }

// The markers and values of core::not_live_states(), appended to `params`.
std::string not_live_markers() { return sql_markers(core::not_live_states().size()); }
Params with_not_live(Params params) {
  for (auto s : core::not_live_states()) params.emplace_back(state_code(s));
  return params;
}

// `report_column` is "n.report" for one nomination, "''" for lists.
std::string select_columns(const std::string& report_column) {
  return "SELECT n.id, n.campaign_id, n.award_type_id, at.name, at.granted_by, n.unit_id, u.name, u.path, n.subject, "
         "n.person_id, n.nominee_unit_id, COALESCE(p.full_name, nu.name, ''), n.subject_key, n.registration_id, " +
         report_column +
         ", n.state, n.return_reason, n.submitted_by, n.submitted_at, n.reviewed_by, n.reviewed_at, n.version, "
         "n.report_sha256, n.report_file_name, COALESCE(f.size, 0), n.approved_by, n.approved_at "
         "FROM nominations n JOIN campaign_award_types at ON at.id = n.award_type_id "
         "JOIN units u ON u.id = n.unit_id LEFT JOIN people p ON p.id = n.person_id "
         "LEFT JOIN units nu ON nu.id = n.nominee_unit_id LEFT JOIN files f ON f.sha256 = n.report_sha256 ";
}

core::Nomination to_nomination(const Row& r) {
  core::Nomination n;
  n.id = r.i64(0);
  n.campaign_id = r.i64(1);
  n.award_type_id = r.i64(2);
  n.award_type_name = r.str(3) + " – " + r.str(4);
  n.unit_id = r.i64(5);
  n.unit_name = r.str(6);
  n.unit_path = r.str(7);
  n.subject = core::parse_criterion_subject(r.str(8)).value_or(core::CriterionSubject::kIndividual);
  n.person_id = r.opt_i64(9);
  n.nominee_unit_id = r.opt_i64(10);
  n.nominee_name = r.str(11);
  n.subject_key = r.str(12);
  n.registration_id = r.opt_i64(13);
  n.report = r.str(14);
  n.state = core::parse_nomination_state(r.str(15)).value_or(core::NominationState::kSubmitted);
  n.return_reason = r.str(16);
  n.submitted_by = r.opt_i64(17);
  n.submitted_at = r.str(18);
  n.reviewed_by = r.opt_i64(19);
  n.reviewed_at = r.opt_str(20);
  n.version = r.i64(21);
  n.report_sha256 = r.opt_str(22);
  n.report_file_name = r.str(23);
  n.report_file_size = r.i64(24);
  n.approved_by = r.opt_i64(25);
  n.approved_at = r.opt_str(26);
  return n;
}

core::Status write_attestations(Connection& conn, int64_t id, const std::map<int64_t, std::string>& attestations) {
  THIDUA_TRY(conn.exec("DELETE FROM nomination_attestations WHERE nomination_id = ?", {id}));
  for (const auto& [criterion, note] : attestations) {
    if (note.empty()) continue;
    THIDUA_TRY(conn.exec("INSERT INTO nomination_attestations (nomination_id, criterion_id, note) VALUES (?,?,?)",
                         {id, criterion, note}));
  }
  return core::Status{};
}

// WHERE (without the state filter when `with_state` is false); appends params in SQL order.
std::string where_of(const NominationQuery& q, bool with_state, Params& params) {
  std::string where = "n.campaign_id = ?";
  params.emplace_back(q.campaign_id);
  if (q.unit_scopes) where += " AND " + scope_condition("u.path", *q.unit_scopes, params);
  if (q.award_type_id) {
    where += " AND n.award_type_id = ?";
    params.emplace_back(*q.award_type_id);
  }
  if (q.unit_id) {
    where += " AND n.unit_id = ?";
    params.emplace_back(*q.unit_id);
  }
  if (with_state && q.state) {
    where += " AND n.state = ?";
    params.emplace_back(state_code(*q.state));
  }
  return where;
}

}  // namespace

core::Result<int64_t> insert_nomination(Connection& conn, const core::Nomination& n,
                                        const std::map<int64_t, std::string>& attestations, const std::string& now) {
  auto inserted = conn.query(
      "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, nominee_unit_id, subject_key, "
      "registration_id, report, report_sha256, report_file_name, state, return_reason, submitted_by, submitted_at, "
      "approved_by, approved_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'',?,?,?,?,1) RETURNING id",
      {n.campaign_id, n.award_type_id, n.unit_id, std::string(core::criterion_subject_code(n.subject)),
       opt(n.person_id), opt(n.nominee_unit_id), n.subject_key, opt(n.registration_id), n.report,
       opt(n.report_sha256), n.report_file_name, state_code(n.state), opt(n.submitted_by), now, opt(n.approved_by),
       opt(n.approved_at)});
  if (!inserted.ok()) return inserted.error();
  const int64_t id = (*inserted)[0].i64(0);
  THIDUA_TRY(write_attestations(conn, id, attestations));
  return id;
}

core::Result<std::optional<core::Nomination>> find_nomination(Connection& conn, int64_t campaign_id, int64_t id) {
  auto rows = conn.query(select_columns("n.report") + "WHERE n.id = ? AND n.campaign_id = ?", {id, campaign_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::Nomination>();
  return std::optional<core::Nomination>(to_nomination((*rows)[0]));
}

core::Result<std::map<int64_t, std::string>> attestations_of(Connection& conn, int64_t nomination_id) {
  auto rows = conn.query("SELECT criterion_id, note FROM nomination_attestations WHERE nomination_id = ?",
                         {nomination_id});
  if (!rows.ok()) return rows.error();
  std::map<int64_t, std::string> out;
  for (const Row& r : *rows) out[r.i64(0)] = r.str(1);
  return out;
}

core::Result<std::vector<core::Nomination>> list_nominations(Connection& conn, const NominationQuery& q) {
  Params params;
  const std::string where = where_of(q, true, params);
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto rows = conn.query(select_columns("''") + "WHERE " + where + (q.oldest_first ? " ORDER BY n.id LIMIT ? OFFSET ?" : " ORDER BY n.id DESC LIMIT ? OFFSET ?"),
      params);
  if (!rows.ok()) return rows.error();
  std::vector<core::Nomination> out;
  out.reserve(rows->size());
  for (const Row& r : *rows) out.push_back(to_nomination(r));
  return out;
}

core::Result<std::map<core::NominationState, int64_t>> count_nominations_by_state(Connection& conn,
                                                                                  const NominationQuery& q) {
  Params params;
  const std::string where = where_of(q, false, params);
  auto rows = conn.query("SELECT n.state, COUNT(*) FROM nominations n JOIN units u ON u.id = n.unit_id WHERE " + where +
                             " GROUP BY n.state",
                         params);
  if (!rows.ok()) return rows.error();
  std::map<core::NominationState, int64_t> out;
  for (const Row& r : *rows) {
    if (auto s = core::parse_nomination_state(r.str(0))) out[*s] = r.i64(1);
  }
  return out;
}

core::Result<std::map<int64_t, int64_t>> count_live_nominations(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(
      "SELECT award_type_id, COUNT(*) FROM nominations WHERE campaign_id = ? AND state NOT IN (" +
          not_live_markers() + ") GROUP BY award_type_id",
      with_not_live({campaign_id}));
  if (!rows.ok()) return rows.error();
  std::map<int64_t, int64_t> out;
  for (const Row& r : *rows) out[r.i64(0)] = r.i64(1);
  return out;
}

namespace {

constexpr size_t kKeysPerQuery = 1000;

// Runs `sql_head` + "(?,?,...)" + `sql_tail` over `keys` a thousand at a
// time, `campaign_id` bound first, each row to `row`.
core::Status over_keys(Connection& conn, int64_t campaign_id, const std::vector<std::string>& keys,
                       const std::string& sql_head, const std::string& sql_tail, const Params& tail_params,
                       const std::function<void(const Row&)>& row) {
  for (size_t from = 0; from < keys.size(); from += kKeysPerQuery) {
    const size_t to = std::min(keys.size(), from + kKeysPerQuery);
    Params params{campaign_id};
    for (size_t i = from; i < to; ++i) params.emplace_back(keys[i]);
    for (const auto& p : tail_params) params.push_back(p);
    auto rows = conn.query(sql_head + "(" + sql_markers(to - from) + ")" + sql_tail, params);
    if (!rows.ok()) return rows.error();
    for (const Row& r : *rows) row(r);
  }
  return {};
}

}  // namespace

core::Result<std::set<std::pair<int64_t, std::string>>> nominated_keys(Connection& conn, int64_t campaign_id,
                                                                      const std::vector<std::string>& subject_keys) {
  std::set<std::pair<int64_t, std::string>> out;
  THIDUA_TRY(over_keys(conn, campaign_id, subject_keys,
                       "SELECT award_type_id, subject_key FROM nominations WHERE campaign_id = ? AND subject_key IN ",
                       "", {}, [&](const Row& r) { out.emplace(r.i64(0), r.str(1)); }));
  return out;
}

core::Result<std::map<std::string, int64_t>> registration_ids(Connection& conn, int64_t campaign_id,
                                                             const std::vector<std::string>& subject_keys) {
  std::map<std::string, int64_t> out;
  THIDUA_TRY(over_keys(conn, campaign_id, subject_keys,
                       "SELECT subject_key, id FROM registrations WHERE campaign_id = ? AND subject_key IN ", "", {},
                       [&](const Row& r) { out.emplace(r.str(0), r.i64(1)); }));
  return out;
}

core::Result<std::map<std::string, std::set<int64_t>>> live_award_types(Connection& conn, int64_t campaign_id,
                                                                       const std::vector<std::string>& subject_keys) {
  std::map<std::string, std::set<int64_t>> out;
  const Params not_live = with_not_live({});
  THIDUA_TRY(over_keys(conn, campaign_id, subject_keys,
                       "SELECT subject_key, award_type_id FROM nominations WHERE campaign_id = ? AND subject_key IN ",
                       " AND state NOT IN (" + not_live_markers() + ")", not_live,
                       [&](const Row& r) { out[r.str(0)].insert(r.i64(1)); }));
  return out;
}

core::Result<std::map<int64_t, PassedCount>> count_passed_nominations(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(
      "SELECT n.award_type_id, COUNT(*), "
      "SUM(CASE WHEN n.state <> 'passed' OR i.nomination_id IS NOT NULL THEN 1 ELSE 0 END) "
      "FROM nominations n LEFT JOIN decision_items i ON i.nomination_id = n.id "
      "WHERE n.campaign_id = ? AND n.state IN ('passed', 'decided', 'proposed', 'granted') "
      "GROUP BY n.award_type_id",
      {campaign_id});
  if (!rows.ok()) return rows.error();
  std::map<int64_t, PassedCount> out;
  for (const Row& r : *rows) out[r.i64(0)] = {r.i64(1), r.i64(2)};
  return out;
}

namespace {

constexpr const char* kNomineeColumns = "n.award_type_id, n.subject_key, n.person_id, n.nominee_unit_id, n.state";

std::vector<Nominee> nominees_from(const Rows& rows) {
  std::vector<Nominee> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    Nominee n;
    n.award_type_id = r.i64(0);
    n.subject_key = r.str(1);
    if (!r.is_null(2)) n.person_id = r.i64(2);
    if (!r.is_null(3)) n.unit_id = r.i64(3);
    if (auto st = core::parse_nomination_state(r.str(4))) n.state = *st;
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace

core::Result<std::vector<Nominee>> nominees_of_person(Connection& conn, int64_t campaign_id, int64_t person_id) {
  auto rows = conn.query(std::string("SELECT ") + kNomineeColumns +
                             " FROM nominations n WHERE n.campaign_id = ? AND n.subject_key = ? ORDER BY n.id",
                         {campaign_id, core::nominee_key(core::CriterionSubject::kIndividual, person_id)});
  if (!rows.ok()) return rows.error();
  return nominees_from(*rows);
}

core::Result<std::vector<Nominee>> nominees_within(Connection& conn, int64_t campaign_id,
                                                   const std::string& unit_path) {
  // Each unit and each person of the subtree looked up by the (campaign,
  // subject key) index.
  Params params{campaign_id};
  std::string sql = std::string("SELECT ") + kNomineeColumns +
                    " FROM units u JOIN nominations n ON n.campaign_id = ? AND n.subject_key = 'u:' || u.id WHERE ";
  sql += scope_condition("u.path", {unit_path}, params);
  params.emplace_back(campaign_id);
  sql += std::string(" UNION ALL SELECT ") + kNomineeColumns +
         " FROM units u JOIN people p ON p.unit_id = u.id JOIN nominations n ON n.campaign_id = ? "
         "AND n.subject_key = 'p:' || p.id WHERE ";
  sql += scope_condition("u.path", {unit_path}, params);
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  return nominees_from(*rows);
}

core::Result<std::optional<int64_t>> other_live_award_type(Connection& conn, int64_t campaign_id,
                                                           const std::string& subject_key, int64_t award_type_id) {
  auto rows = conn.query(
      "SELECT award_type_id FROM nominations WHERE campaign_id = ? AND subject_key = ? AND award_type_id <> ? AND "
      "state NOT IN (" + not_live_markers() + ") ORDER BY id LIMIT 1",
      with_not_live({campaign_id, subject_key, award_type_id}));
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<int64_t>{};
  return std::optional<int64_t>((*rows)[0].i64(0));
}

core::Result<bool> lock_campaign_nominations(Connection& conn, int64_t campaign_id) {
  // Not the key: on SQLite an update of a parent key checks every child table.
  auto n = conn.exec("UPDATE campaigns SET version = version WHERE id = ?", {campaign_id});
  if (!n.ok()) return n.error();
  return *n == 1;
}

core::Status resubmit_nomination(Connection& conn, int64_t id, int64_t expected_version, const Resubmission& r,
                                 const std::string& now) {
  auto changed = conn.exec(
      "UPDATE nominations SET report = ?, report_sha256 = ?, report_file_name = ?, registration_id = ?, state = ?, "
      "return_reason = '', submitted_by = ?, submitted_at = ?, reviewed_by = NULL, reviewed_at = NULL, "
      "approved_by = ?, approved_at = ?, version = version + 1 WHERE id = ? AND version = ? AND state = ?",
      {r.report, opt(r.report_sha256), r.report_file_name, opt(r.registration_id), state_code(r.state),
       opt(r.submitted_by), now, opt(r.approved_by), r.approved_by ? Param(now) : Param(nullptr), id,
       expected_version, state_code(core::NominationState::kReturned)});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) {
    return core::make_error(core::errc::kConflict,
                            msg::kNominationNotReturned);
  }
  return write_attestations(conn, id, r.attestations);
}

core::Status review_nomination(Connection& conn, int64_t id, int64_t expected_version, core::NominationState to,
                               const std::string& reason, std::optional<int64_t> reviewer, const std::string& now) {
  auto changed = conn.exec(
      "UPDATE nominations SET state = ?, return_reason = ?, reviewed_by = ?, reviewed_at = ?, version = version + 1 "
      "WHERE id = ? AND version = ? AND state = ?",
      {state_code(to), reason, opt(reviewer), now, id, expected_version, state_code(core::NominationState::kSubmitted)});
  if (!changed.ok()) return changed.error();
  if (*changed == 0) {
    return core::make_error(core::errc::kConflict,
                            msg::kNominationAlreadyReviewed);
  }
  return core::Status{};
}

core::Status head_approve_all(Connection& conn, const std::vector<std::pair<int64_t, int64_t>>& chosen,
                              std::optional<int64_t> head, const std::string& now) {
  constexpr size_t kPerUpdate = 500;
  for (size_t from = 0; from < chosen.size(); from += kPerUpdate) {
    const size_t to = std::min(chosen.size(), from + kPerUpdate);
    Params params{state_code(core::NominationState::kSubmitted), opt(head), now,
                  state_code(core::NominationState::kPending)};
    std::string which;
    for (size_t i = from; i < to; ++i) {
      which += i == from ? "(id = ? AND version = ?)" : " OR (id = ? AND version = ?)";
      params.emplace_back(chosen[i].first);
      params.emplace_back(chosen[i].second);
    }
    auto changed = conn.exec("UPDATE nominations SET state = ?, approved_by = ?, approved_at = ?, version = version + 1 "
                             "WHERE state = ? AND (" + which + ")",
                             params);
    if (!changed.ok()) return changed.error();
    if (*changed != static_cast<int64_t>(to - from)) {
      return core::make_error(core::errc::kConflict, msg::kNominationNoLongerPending);
    }
  }
  return {};
}

core::Status head_review_nomination(Connection& conn, int64_t id, std::optional<int64_t> expected_version,
                                    core::NominationState to, const std::string& reason,
                                    std::optional<int64_t> head, const std::string& now) {
  const bool approve = to == core::NominationState::kSubmitted;
  Params params{state_code(to)};
  std::string sql = "UPDATE nominations SET state = ?, ";
  if (approve) {
    sql += "approved_by = ?, approved_at = ?, ";
    params.emplace_back(opt(head));
    params.emplace_back(now);
  } else {
    // The office's review fields stay empty: a returned nomination without
    // them was returned by the head (who and when: the audit trail).
    sql += "return_reason = ?, ";
    params.emplace_back(reason);
  }
  sql += "version = version + 1 WHERE id = ? AND state = ?";
  params.emplace_back(id);
  params.emplace_back(state_code(core::NominationState::kPending));
  if (expected_version) {
    sql += " AND version = ?";
    params.emplace_back(*expected_version);
  }
  auto changed = conn.exec(sql, params);
  if (!changed.ok()) return changed.error();
  if (*changed == 0) return core::make_error(core::errc::kConflict, msg::kNominationNoLongerPending);
  return core::Status{};
}

core::Result<NomineeData> nominee_data(Connection& conn, int64_t campaign_id, const std::string& subject_key,
                                       int64_t plan_unit_id) {
  NomineeData out;
  auto reg = conn.query(
      "SELECT r.id, r.state, r.signature_task, "
      "(SELECT COUNT(*) FROM initiatives i WHERE i.registration_id = r.id) "
      "FROM registrations r WHERE r.campaign_id = ? AND r.subject_key = ?",
      {campaign_id, subject_key});
  if (!reg.ok()) return reg.error();
  if (!reg->empty()) {
    const Row& r = (*reg)[0];
    out.registration_id = r.i64(0);
    out.facts.registered = true;
    out.facts.registration_approved = r.str(1) == "approved";
    out.facts.signature_task = r.str(2).find_first_not_of(" \t\r\n") != std::string::npos;
    out.facts.initiative_registered = r.i64(3) > 0;
  }
  auto plan = conn.query("SELECT 1 FROM unit_plans WHERE campaign_id = ? AND unit_id = ?", {campaign_id, plan_unit_id});
  if (!plan.ok()) return plan.error();
  out.facts.unit_plan_submitted = !plan->empty();
  return out;
}

}  // namespace thidua::store
