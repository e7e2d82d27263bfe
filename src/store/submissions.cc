#include "store/submissions.h"

#include <utility>

#include "core/messages_vi/submissions.h"
#include "store/scope_sql.h"

namespace thidua::store {
namespace {

constexpr const char* kColumns =
    "s.id, s.decision_id, d.campaign_id, s.sender_unit_id, su.path, s.receiver_unit_id, ru.path, ru.name, s.state, "
    "s.round, s.title, s.sender_name, s.proposal_number_symbol, s.award_name, s.eligibility_code, s.year, "
    "s.received_number, s.received_date, s.assignee_id, COALESCE(a.display_name, ''), s.appraisal_note, "
    "s.council_date, s.council_note, s.decision_number, s.decision_symbol, s.decision_date, s.signer_name, "
    "s.sent_at, s.updated_at, s.version, (SELECT COUNT(*) FROM submission_items i WHERE i.submission_id = s.id), "
    "s.decision_authority, s.decision_grounds, s.campaign_title, s.origin, s.sender_code, s.external_ref, "
    "s.decision_issuing_body, s.decision_place "
    "FROM submissions s LEFT JOIN decisions d ON d.id = s.decision_id LEFT JOIN units su ON su.id = s.sender_unit_id "
    "JOIN units ru ON ru.id = s.receiver_unit_id LEFT JOIN users a ON a.id = s.assignee_id";

SubmissionRecord record_of(const Row& r) {
  SubmissionRecord s;
  s.id = r.i64(0);
  s.decision_id = r.opt_i64(1).value_or(0);
  s.campaign_id = r.opt_i64(2).value_or(0);
  s.sender_unit_id = r.opt_i64(3).value_or(0);
  s.sender_path = r.is_null(4) ? std::string() : r.str(4);
  s.receiver_unit_id = r.i64(5);
  s.receiver_path = r.str(6);
  s.receiver_name = r.str(7);
  s.state = core::parse_submission_state(r.str(8)).value_or(core::SubmissionState::kSent);
  s.round = static_cast<int>(r.i64(9));
  s.title = r.str(10);
  s.sender_name = r.str(11);
  s.proposal_number_symbol = r.str(12);
  s.award_name = r.str(13);
  s.eligibility_code = r.str(14);
  s.year = static_cast<int>(r.i64(15));
  s.received_number = r.opt_i64(16);
  s.received_date = r.opt_str(17);
  s.assignee_id = r.opt_i64(18);
  s.assignee_name = r.str(19);
  s.appraisal_note = r.str(20);
  s.council_date = r.opt_str(21);
  s.council_note = r.str(22);
  s.decision_number = r.opt_i64(23);
  s.decision_symbol = r.str(24);
  s.decision_date = r.opt_str(25);
  s.signer_name = r.str(26);
  s.sent_at = r.str(27);
  s.updated_at = r.str(28);
  s.version = r.i64(29);
  s.items = r.i64(30);
  s.decision_authority = r.str(31);
  s.decision_grounds = r.str(32);
  s.campaign_title = r.str(33);
  s.origin = r.str(34);
  s.sender_code = r.str(35);
  s.external_ref = r.str(36);
  s.decision_issuing_body = r.str(37);
  s.decision_place = r.str(38);
  return s;
}

core::Result<std::optional<SubmissionRecord>> one_submission(Connection& conn, const std::string& where,
                                                             const Params& params, bool lock) {
  auto rows = conn.query(std::string("SELECT ") + kColumns + " WHERE " + where +
                             (lock && conn.engine() == Engine::kPostgres ? " FOR UPDATE OF s" : ""),
                         params);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<SubmissionRecord>{};
  return std::optional<SubmissionRecord>(record_of((*rows)[0]));
}

ReceivingAgency agency_of(const Row& r) {
  ReceivingAgency a;
  a.unit_id = r.i64(0);
  a.name = r.str(1);
  a.path = r.str(2);
  a.decision_symbol = r.str(3);
  a.authority = r.str(4);
  a.open = r.is_null(5);
  a.issuing_body = r.str(6);
  a.place = r.str(7);
  return a;
}

constexpr const char* kAgencyColumns =
    "SELECT r.unit_id, u.name, u.path, r.decision_symbol, r.authority, u.valid_to, r.decision_issuing_body, "
    "r.decision_place FROM receiving_agencies r "
    "JOIN units u ON u.id = r.unit_id";

}  // namespace

core::Result<std::vector<ReceivingAgency>> receiving_agencies(Connection& conn, bool open_only) {
  auto rows = conn.query(std::string(kAgencyColumns) + (open_only ? " WHERE u.valid_to IS NULL" : "") +
                         " ORDER BY u.name, u.id");
  if (!rows.ok()) return rows.error();
  std::vector<ReceivingAgency> out;
  for (const auto& r : *rows) out.push_back(agency_of(r));
  return out;
}

core::Result<std::optional<ReceivingAgency>> find_receiving_agency(Connection& conn, int64_t unit_id) {
  auto rows = conn.query(std::string(kAgencyColumns) + " WHERE r.unit_id = ?", {unit_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<ReceivingAgency>{};
  return std::optional<ReceivingAgency>(agency_of((*rows)[0]));
}

core::Status put_receiving_agency(Connection& conn, const ReceivingAgency& a, const std::string& now) {
  auto done = conn.exec(
      "INSERT INTO receiving_agencies (unit_id, decision_symbol, authority, decision_issuing_body, decision_place, "
      "created_at) VALUES (?,?,?,?,?,?) ON CONFLICT (unit_id) DO UPDATE SET decision_symbol = excluded.decision_symbol, "
      "authority = excluded.authority, decision_issuing_body = excluded.decision_issuing_body, "
      "decision_place = excluded.decision_place",
      {a.unit_id, a.decision_symbol, a.authority, a.issuing_body, a.place, now});
  if (!done.ok()) return done.error();
  return {};
}

namespace {
core::Status insert_items(Connection& conn, int64_t id, const std::vector<SubmissionItem>& items) {
  for (const auto& i : items) {
    auto done = conn.exec(
        "INSERT INTO submission_items (submission_id, nomination_id, ord, subject, person_id, nominee_unit_id, "
        "name, position, unit_name) VALUES (?,?,?,?,?,?,?,?,?)",
        {id, i.nomination_id, static_cast<int64_t>(i.ord), i.subject, opt(i.person_id), opt(i.nominee_unit_id),
         i.name, i.position, i.unit_name});
    if (!done.ok()) return done.error();
  }
  return {};
}
}  // namespace

core::Status replace_submission_items(Connection& conn, int64_t submission_id,
                                      const std::vector<SubmissionItem>& items) {
  auto done = conn.exec("DELETE FROM submission_items WHERE submission_id = ?", {submission_id});
  if (!done.ok()) return done.error();
  return insert_items(conn, submission_id, items);
}

core::Result<int64_t> insert_submission(Connection& conn, const SubmissionRecord& s,
                                        const std::vector<SubmissionItem>& items) {
  auto rows = conn.query(
      "INSERT INTO submissions (origin, decision_id, sender_unit_id, sender_code, external_ref, receiver_unit_id, "
      "state, round, title, sender_name, proposal_number_symbol, award_name, eligibility_code, year, sent_at, "
      "updated_at, campaign_title, decision_grounds) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
      {s.origin, s.imported() ? Param(nullptr) : Param(s.decision_id),
       s.imported() ? Param(nullptr) : Param(s.sender_unit_id), s.sender_code, s.external_ref, s.receiver_unit_id,
       std::string(core::submission_state_code(s.state)), static_cast<int64_t>(s.round), s.title, s.sender_name,
       s.proposal_number_symbol, s.award_name, s.eligibility_code, static_cast<int64_t>(s.year), s.sent_at,
       s.updated_at, s.campaign_title, s.decision_grounds});
  if (!rows.ok()) return rows.error();
  const int64_t id = (*rows)[0].i64(0);
  THIDUA_TRY(insert_items(conn, id, items));
  return id;
}

core::Result<std::optional<SubmissionRecord>> find_submission(Connection& conn, int64_t id, bool lock) {
  return one_submission(conn, "s.id = ?", {id}, lock);
}

core::Result<std::optional<SubmissionRecord>> submission_of_decision(Connection& conn, int64_t decision_id) {
  return one_submission(conn, "s.decision_id = ?", {decision_id}, false);
}

core::Result<std::optional<SubmissionRecord>> imported_submission(Connection& conn, const std::string& sender_code,
                                                                  const std::string& external_ref,
                                                                  int64_t receiver_unit_id, bool lock) {
  return one_submission(conn,
                        "s.origin = 'exchange' AND s.sender_code = ? AND s.external_ref = ? AND s.receiver_unit_id = ?",
                        {sender_code, external_ref, receiver_unit_id}, lock);
}

core::Status update_submission(Connection& conn, const SubmissionRecord& s, int64_t expected_version) {
  auto changed = conn.exec(
      "UPDATE submissions SET state = ?, round = ?, received_number = ?, received_date = ?, assignee_id = ?, "
      "appraisal_note = ?, council_date = ?, council_note = ?, decision_number = ?, decision_symbol = ?, "
      "decision_date = ?, signer_name = ?, decision_authority = ?, decision_grounds = ?, campaign_title = ?, "
      "decision_issuing_body = ?, decision_place = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
      {std::string(core::submission_state_code(s.state)), static_cast<int64_t>(s.round), opt(s.received_number),
       opt(s.received_date), opt(s.assignee_id), s.appraisal_note, opt(s.council_date), s.council_note,
       opt(s.decision_number), s.decision_symbol, opt(s.decision_date), s.signer_name, s.decision_authority,
       s.decision_grounds, s.campaign_title, s.decision_issuing_body, s.decision_place, s.updated_at, s.id,
       expected_version});
  if (!changed.ok()) return changed.error();
  if (*changed != 1) return core::make_error(core::errc::kConflict, core::messages_vi::kSubmissionChanged, "version");
  return {};
}

core::Result<std::vector<SubmissionRecord>> submission_queue(Connection& conn, const QueueQuery& q) {
  std::vector<SubmissionRecord> out;
  if (q.receiver_ids.empty()) return out;
  Params params;
  std::string where = "s.receiver_unit_id IN (" + bind_ids(q.receiver_ids, params) + ")";
  if (q.state) {
    where += " AND s.state = ?";
    params.emplace_back(std::string(core::submission_state_code(*q.state)));
  }
  if (q.assignee_id) {
    where += " AND s.assignee_id = ?";
    params.emplace_back(*q.assignee_id);
  }
  if (q.before_id) {
    where += " AND s.id < ?";
    params.emplace_back(*q.before_id);
  }
  params.emplace_back(q.limit);
  auto rows = conn.query(std::string("SELECT ") + kColumns + " WHERE " + where + " ORDER BY s.id DESC LIMIT ?", params);
  if (!rows.ok()) return rows.error();
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(record_of(r));
  return out;
}

core::Result<std::vector<std::pair<core::SubmissionState, int64_t>>> count_queue(
    Connection& conn, const std::vector<int64_t>& receiver_ids) {
  std::vector<std::pair<core::SubmissionState, int64_t>> out;
  if (receiver_ids.empty()) return out;
  Params params;
  const std::string list = bind_ids(receiver_ids, params);
  auto rows = conn.query("SELECT state, COUNT(*) FROM submissions WHERE receiver_unit_id IN (" + list +
                             ") GROUP BY state",
                         params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) {
    if (auto s = core::parse_submission_state(r.str(0))) out.emplace_back(*s, r.i64(1));
  }
  return out;
}

core::Result<std::vector<SubmissionItem>> submission_items(Connection& conn, int64_t submission_id) {
  auto rows = conn.query(
      "SELECT nomination_id, ord, subject, person_id, nominee_unit_id, name, position, unit_name, verdict, "
      "verdict_reason, agreed FROM submission_items WHERE submission_id = ? ORDER BY ord",
      {submission_id});
  if (!rows.ok()) return rows.error();
  std::vector<SubmissionItem> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) {
    SubmissionItem i;
    i.nomination_id = r.i64(0);
    i.ord = static_cast<int>(r.i64(1));
    i.subject = r.str(2);
    i.person_id = r.opt_i64(3);
    i.nominee_unit_id = r.opt_i64(4);
    i.name = r.str(5);
    i.position = r.str(6);
    i.unit_name = r.str(7);
    i.verdict = r.str(8);
    i.verdict_reason = r.str(9);
    if (!r.is_null(10)) i.agreed = r.i64(10) != 0;
    out.push_back(std::move(i));
  }
  return out;
}

core::Status set_item_verdicts(Connection& conn, int64_t submission_id, const std::vector<SubmissionItem>& items) {
  for (const auto& i : items) {
    auto done = conn.exec(
        "UPDATE submission_items SET verdict = ?, verdict_reason = ? WHERE submission_id = ? AND nomination_id = ?",
        {i.verdict, i.verdict_reason, submission_id, i.nomination_id});
    if (!done.ok()) return done.error();
  }
  return {};
}

core::Status set_item_agreed(Connection& conn, int64_t submission_id, const std::vector<SubmissionItem>& items) {
  for (const auto& i : items) {
    Param agreed = i.agreed ? Param(static_cast<int64_t>(*i.agreed ? 1 : 0)) : Param(nullptr);
    auto done = conn.exec("UPDATE submission_items SET agreed = ? WHERE submission_id = ? AND nomination_id = ?",
                          {agreed, submission_id, i.nomination_id});
    if (!done.ok()) return done.error();
  }
  return {};
}

core::Status insert_round(Connection& conn, int64_t submission_id, const SubmissionRound& r,
                          std::optional<int64_t> sent_by) {
  auto done = conn.exec(
      "INSERT INTO submission_rounds (submission_id, round, note, dossier_sha256, dossier_size, sent_by, sent_at) "
      "VALUES (?,?,?,?,?,?,?)",
      {submission_id, static_cast<int64_t>(r.round), r.note, r.dossier_sha256, r.dossier_size, opt(sent_by),
       r.sent_at});
  if (!done.ok()) return done.error();
  return {};
}

core::Result<std::vector<SubmissionRound>> submission_rounds(Connection& conn, int64_t submission_id) {
  auto rows = conn.query(
      "SELECT r.round, r.note, r.dossier_sha256, r.dossier_size, COALESCE(u.display_name, ''), r.sent_at "
      "FROM submission_rounds r LEFT JOIN users u ON u.id = r.sent_by WHERE r.submission_id = ? ORDER BY r.round",
      {submission_id});
  if (!rows.ok()) return rows.error();
  std::vector<SubmissionRound> out;
  for (const auto& r : *rows) {
    SubmissionRound x;
    x.round = static_cast<int>(r.i64(0));
    x.note = r.str(1);
    x.dossier_sha256 = r.str(2);
    x.dossier_size = r.i64(3);
    x.sent_by_name = r.str(4);
    x.sent_at = r.str(5);
    out.push_back(std::move(x));
  }
  return out;
}

core::Status append_event(Connection& conn, int64_t submission_id, const SubmissionEvent& e,
                          std::optional<int64_t> actor_id) {
  auto done = conn.exec(
      "INSERT INTO submission_events (submission_id, round, kind, note, actor_id, actor_name, at) "
      "VALUES (?,?,?,?,?,?,?)",
      {submission_id, static_cast<int64_t>(e.round), e.kind, e.note, opt(actor_id), e.actor_name, e.at});
  if (!done.ok()) return done.error();
  return {};
}

core::Result<std::vector<SubmissionEvent>> submission_events(Connection& conn, int64_t submission_id) {
  auto rows = conn.query(
      "SELECT id, round, kind, note, actor_name, at FROM submission_events WHERE submission_id = ? ORDER BY id",
      {submission_id});
  if (!rows.ok()) return rows.error();
  std::vector<SubmissionEvent> out;
  for (const auto& r : *rows) {
    SubmissionEvent e;
    e.id = r.i64(0);
    e.round = static_cast<int>(r.i64(1));
    e.kind = r.str(2);
    e.note = r.str(3);
    e.actor_name = r.str(4);
    e.at = r.str(5);
    out.push_back(std::move(e));
  }
  return out;
}

core::Result<std::vector<Processor>> accounts_with_roles_over(Connection& conn, const std::vector<core::Role>& roles,
                                                              const std::string& unit_path, int64_t limit) {
  std::vector<Processor> out;
  const std::vector<std::string> paths = path_and_ancestors(unit_path);
  if (roles.empty() || paths.empty()) return out;
  Params params;
  for (auto r : roles) params.emplace_back(std::string(core::role_code(r)));
  for (const auto& p : paths) params.emplace_back(p);
  params.emplace_back(limit);
  auto rows = conn.query(
      "SELECT DISTINCT us.id, us.display_name FROM role_grants g JOIN users us ON us.id = g.user_id "
      "JOIN units u ON u.id = g.unit_id WHERE g.role IN (" + sql_markers(roles.size()) + ") AND u.path IN (" +
          sql_markers(paths.size()) + ") AND us.disabled = 0 ORDER BY us.display_name, us.id LIMIT ?",
      params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.push_back({r.i64(0), r.str(1)});
  return out;
}

core::Status clear_item_conclusions(Connection& conn, int64_t submission_id) {
  auto done = conn.exec(
      "UPDATE submission_items SET verdict = '', verdict_reason = '', agreed = NULL WHERE submission_id = ?",
      {submission_id});
  if (!done.ok()) return done.error();
  return {};
}

core::Result<int64_t> move_nominations(Connection& conn, int64_t campaign_id, const std::vector<int64_t>& ids,
                                       const std::string& from, const std::string& to) {
  if (ids.empty()) return int64_t{0};
  Params params{to, campaign_id, from};
  const std::string list = bind_ids(ids, params);
  return conn.exec("UPDATE nominations SET state = ?, version = version + 1 WHERE campaign_id = ? AND state = ? "
                   "AND id IN (" + list + ")",
                   params);
}

}  // namespace thidua::store
