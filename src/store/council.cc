#include "store/council.h"

#include "core/messages_vi/council.h"
#include "core/messages_vi/storage.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

constexpr const char* kCouncilColumns =
    "c.id, c.unit_id, u.name, u.path, c.name, c.created_at, "
    "(SELECT count(*) FROM council_members m WHERE m.council_id = c.id AND m.active = 1)";

core::Council council_from(const Row& r) {
  core::Council c;
  c.id = r.i64(0);
  c.unit_id = r.i64(1);
  c.unit_name = r.str(2);
  c.unit_path = r.str(3);
  c.name = r.str(4);
  c.created_at = r.str(5);
  c.active_members = r.i64(6);
  return c;
}

constexpr const char* kMemberColumns =
    "m.id, m.council_id, m.user_id, us.username, m.full_name, m.position, m.role, m.active";

core::CouncilMember member_from(const Row& r, size_t at = 0) {
  core::CouncilMember m;
  m.id = r.i64(at);
  m.council_id = r.i64(at + 1);
  m.user_id = r.i64(at + 2);
  m.username = r.str(at + 3);
  m.full_name = r.str(at + 4);
  m.position = r.str(at + 5);
  // Only council_role_code() writes this column.
  m.role = core::parse_council_role(r.str(at + 6)).value_or(core::CouncilRole::kMember);
  m.active = r.i64(at + 7) != 0;
  return m;
}

constexpr const char* kRoleOrder =
    "CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END";

constexpr const char* kSessionColumns =
    "s.id, s.campaign_id, s.council_id, c.name, c.unit_id, u.path, s.held_on, s.place, s.state, s.members_total, "
    "s.opened_at, s.closed_at, s.election_key, s.notice, s.created_at, s.minutes_number";

core::CouncilSession session_from(const Row& r) {
  core::CouncilSession s;
  s.id = r.i64(0);
  s.campaign_id = r.i64(1);
  s.council_id = r.i64(2);
  s.council_name = r.str(3);
  s.council_unit_id = r.i64(4);
  s.council_unit_path = r.str(5);
  s.held_on = r.str(6);
  s.place = r.str(7);
  // The column holds one of the four codes (every write below names one);
  // anything else reads as closed, the state in which nothing can change.
  s.state = core::parse_session_state(r.str(8)).value_or(core::SessionState::kClosed);
  s.members_total = static_cast<int>(r.i64(9));
  s.opened_at = r.opt_str(10);
  s.closed_at = r.opt_str(11);
  s.election_key = r.str(12);
  s.notice = r.str(13);
  s.created_at = r.str(14);
  if (!r.is_null(15)) s.minutes_number = r.i64(15);
  return s;
}

std::optional<int> opt_int(const Row& r, size_t i) {
  auto v = r.opt_i64(i);
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

}  // namespace

core::Result<int64_t> insert_council(Connection& conn, int64_t unit_id, const std::string& name,
                                     const std::string& now) {
  auto rows = conn.query("INSERT INTO councils (unit_id, name, created_at) VALUES (?,?,?) RETURNING id",
                         {unit_id, name, now});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Result<std::optional<core::Council>> find_council(Connection& conn, int64_t id) {
  auto rows = conn.query(std::string("SELECT ") + kCouncilColumns +
                             " FROM councils c JOIN units u ON u.id = c.unit_id WHERE c.id = ?",
                         {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::Council>{};
  return std::optional<core::Council>{council_from(rows->rows.front())};
}

core::Result<std::vector<core::Council>> list_councils(Connection& conn, const std::vector<std::string>& scopes,
                                                 int64_t member_user_id, int64_t offset, int64_t limit) {
  Params params;
  std::string cond = scope_condition("u.path", scopes, params);
  params.insert(params.end(), {Param{member_user_id}, Param{limit}, Param{offset}});
  auto rows = conn.query(std::string("SELECT ") + kCouncilColumns +
                             " FROM councils c JOIN units u ON u.id = c.unit_id WHERE (" + cond +
                             ") OR c.id IN (SELECT m.council_id FROM council_members m WHERE m.user_id = ? AND "
                             "m.active = 1) ORDER BY u.path, c.id LIMIT ? OFFSET ?",
                         params);
  if (!rows.ok()) return rows.error();
  std::vector<core::Council> out;
  for (const Row& r : *rows) out.push_back(council_from(r));
  return out;
}

core::Result<std::vector<core::Council>> councils_of_unit(Connection& conn, int64_t unit_id) {
  auto rows = conn.query(std::string("SELECT ") + kCouncilColumns +
                             " FROM councils c JOIN units u ON u.id = c.unit_id WHERE c.unit_id = ? ORDER BY c.id",
                         {unit_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::Council> out;
  for (const Row& r : *rows) out.push_back(council_from(r));
  return out;
}

core::Result<std::vector<core::CouncilMember>> council_members(Connection& conn, int64_t council_id) {
  auto rows = conn.query(std::string("SELECT ") + kMemberColumns +
                             " FROM council_members m JOIN users us ON us.id = m.user_id WHERE m.council_id = ? "
                             "ORDER BY " + kRoleOrder + ", m.id",
                         {council_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::CouncilMember> out;
  for (const Row& r : *rows) out.push_back(member_from(r));
  return out;
}

core::Result<std::optional<core::CouncilMember>> find_member(Connection& conn, int64_t member_id) {
  auto rows = conn.query(std::string("SELECT ") + kMemberColumns +
                             " FROM council_members m JOIN users us ON us.id = m.user_id WHERE m.id = ?",
                         {member_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::CouncilMember>{};
  return std::optional<core::CouncilMember>{member_from(rows->rows.front())};
}

core::Result<std::optional<core::CouncilMember>> member_of_user(Connection& conn, int64_t council_id, int64_t user_id) {
  auto rows = conn.query(std::string("SELECT ") + kMemberColumns +
                             " FROM council_members m JOIN users us ON us.id = m.user_id "
                             "WHERE m.council_id = ? AND m.user_id = ?",
                         {council_id, user_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::CouncilMember>{};
  return std::optional<core::CouncilMember>{member_from(rows->rows.front())};
}

core::Result<bool> sits_on_unit_council(Connection& conn, int64_t unit_id, int64_t user_id) {
  auto rows = conn.query(
      "SELECT 1 FROM council_members m JOIN councils c ON c.id = m.council_id "
      "WHERE m.user_id = ? AND m.active = 1 AND c.unit_id = ? LIMIT 1",
      {user_id, unit_id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

core::Result<int64_t> insert_member(Connection& conn, const core::CouncilMember& m) {
  auto rows = conn.query(
      "INSERT INTO council_members (council_id, user_id, full_name, position, role, active) VALUES (?,?,?,?,?,?) "
      "RETURNING id",
      {m.council_id, m.user_id, m.full_name, m.position, std::string(core::council_role_code(m.role)), static_cast<int64_t>(m.active ? 1 : 0)});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Status set_member_active(Connection& conn, int64_t member_id, bool active) {
  auto n = conn.exec("UPDATE council_members SET active = ? WHERE id = ?",
                     {static_cast<int64_t>(active ? 1 : 0), member_id});
  if (!n.ok()) return n.error();
  return {};
}

core::Result<int64_t> insert_session(Connection& conn, int64_t campaign_id, int64_t council_id,
                                     const std::string& held_on, const std::string& place,
                                     std::optional<int64_t> created_by, const std::string& now) {
  auto rows = conn.query(
      "INSERT INTO council_sessions (campaign_id, council_id, held_on, place, state, members_total, created_by, "
      "created_at) VALUES (?,?,?,?,'planned',0,?,?) RETURNING id",
      {campaign_id, council_id, held_on, place, opt(created_by), now});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Result<std::optional<core::CouncilSession>> find_session(Connection& conn, int64_t id) {
  auto rows = conn.query(std::string("SELECT ") + kSessionColumns +
                             " FROM council_sessions s JOIN councils c ON c.id = s.council_id "
                             "JOIN units u ON u.id = c.unit_id WHERE s.id = ?",
                         {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::CouncilSession>{};
  return std::optional<core::CouncilSession>{session_from(rows->rows.front())};
}

core::Result<std::vector<core::CouncilSession>> list_sessions(Connection& conn, int64_t campaign_id) {
  auto rows = conn.query(std::string("SELECT ") + kSessionColumns +
                             " FROM council_sessions s JOIN councils c ON c.id = s.council_id "
                             "JOIN units u ON u.id = c.unit_id WHERE s.campaign_id = ? ORDER BY s.id DESC LIMIT 500",
                         {campaign_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::CouncilSession> out;
  for (const Row& r : *rows) out.push_back(session_from(r));
  return out;
}

core::Result<std::vector<core::Attendance>> session_attendance(Connection& conn, int64_t session_id,
                                                         int64_t council_id) {
  auto rows = conn.query(std::string("SELECT ") + kMemberColumns +
                             ", COALESCE(a.present, 0) FROM council_members m JOIN users us ON us.id = m.user_id "
                             "LEFT JOIN session_attendance a ON a.session_id = ? AND a.member_id = m.id "
                             "WHERE m.council_id = ? ORDER BY " + kRoleOrder + ", m.id",
                         {session_id, council_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::Attendance> out;
  for (const Row& r : *rows) out.push_back({member_from(r), r.i64(8) != 0});
  return out;
}

core::Status set_attendance(Connection& conn, int64_t session_id, int64_t member_id, bool present) {
  auto n = conn.exec(
      "INSERT INTO session_attendance (session_id, member_id, present) VALUES (?,?,?) "
      "ON CONFLICT (session_id, member_id) DO UPDATE SET present = excluded.present",
      {session_id, member_id, static_cast<int64_t>(present ? 1 : 0)});
  if (!n.ok()) return n.error();
  return {};
}

core::Result<int> count_present(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT count(*) FROM session_attendance a JOIN council_members m ON m.id = a.member_id "
      "WHERE a.session_id = ? AND a.present = 1",
      {session_id});
  if (!rows.ok()) return rows.error();
  return static_cast<int>(rows->rows.at(0).i64(0));
}

core::Result<int64_t> add_pending_items(Connection& conn, int64_t session_id, int64_t campaign_id) {
  auto last = conn.query("SELECT COALESCE(max(ord), 0) FROM session_items WHERE session_id = ?", {session_id});
  if (!last.ok()) return last.error();
  int64_t ord = last->rows.at(0).i64(0);
  auto pending = conn.query(
      "SELECT n.id FROM nominations n WHERE n.campaign_id = ? AND n.state = 'accepted' AND NOT EXISTS "
      "(SELECT 1 FROM session_items si WHERE si.nomination_id = n.id) ORDER BY n.id",
      {campaign_id});
  if (!pending.ok()) return pending.error();
  for (const Row& r : *pending) {
    THIDUA_TRY(conn.exec("INSERT INTO session_items (session_id, nomination_id, ord) VALUES (?,?,?)",
                         {session_id, r.i64(0), ++ord}));
  }
  return static_cast<int64_t>(pending->size());
}

core::Result<std::vector<core::SessionItem>> session_items(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT si.id, si.nomination_id, si.ord, n.subject, COALESCE(p.full_name, nu.name, ''), ou.name, "
      "t.id, t.name, t.granted_by, t.ballot_kind, t.vote_base, t.threshold_num, t.threshold_den, "
      "t.strictly_above, t.quorum_num, t.quorum_den, t.ballot_citation, t.ballot_citation_confirmed, "
      "si.agree, si.disagree, si.invalid, si.required_agree, si.passed, t.recused_leave_base, si.recused, "
      "si.agree_decryption, n.person_id "
      "FROM session_items si JOIN nominations n ON n.id = si.nomination_id "
      "JOIN campaign_award_types t ON t.id = n.award_type_id JOIN units ou ON ou.id = n.unit_id "
      "LEFT JOIN people p ON p.id = n.person_id LEFT JOIN units nu ON nu.id = n.nominee_unit_id "
      "WHERE si.session_id = ? ORDER BY si.ord",
      {session_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::SessionItem> out;
  for (const Row& r : *rows) {
    core::SessionItem it;
    it.id = r.i64(0);
    it.nomination_id = r.i64(1);
    it.ord = static_cast<int>(r.i64(2));
    it.subject = r.str(3);
    it.nominee_name = r.str(4);
    it.nominating_unit_name = r.str(5);
    it.award_type_id = r.i64(6);
    it.award_name = r.str(7);
    it.award_granted_by = r.str(8);
    it.rule.kind = core::parse_ballot_kind(r.str(9)).value_or(core::BallotKind::kSecret);
    it.rule.base = core::parse_vote_base(r.str(10)).value_or(core::VoteBase::kPresent);
    it.rule.threshold = {static_cast<int>(r.i64(11)), static_cast<int>(r.i64(12))};
    it.rule.strictly_above = r.i64(13) != 0;
    it.rule.quorum = {static_cast<int>(r.i64(14)), static_cast<int>(r.i64(15))};
    it.rule.legal_citation = r.str(16);
    it.rule.citation_confirmed = r.i64(17) != 0;
    it.agree = opt_int(r, 18);
    it.disagree = opt_int(r, 19);
    it.invalid = opt_int(r, 20);
    it.required_agree = opt_int(r, 21);
    if (auto p = r.opt_i64(22)) it.passed = *p != 0;
    it.rule.recused_leave_base = r.i64(23) != 0;
    it.recused = opt_int(r, 24);
    it.agree_decryption = r.str(25);
    it.nominee_person_id = r.opt_i64(26);
    out.push_back(std::move(it));
  }
  return out;
}

core::Result<bool> lock_session_in_state(Connection& conn, int64_t session_id, core::SessionState state) {
  auto n = conn.exec("UPDATE council_sessions SET state = state WHERE id = ? AND state = ?",
                     {session_id, std::string(core::session_state_code(state))});
  if (!n.ok()) return n.error();
  return *n == 1;
}

}  // namespace thidua::store
