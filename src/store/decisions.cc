#include "store/decisions.h"

#include "core/messages_vi/storage.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

constexpr const char* kDecisionColumns =
    "d.id, d.campaign_id, d.award_type_id, d.kind, d.issuing_unit_id, u.path, d.state, d.doc_symbol, d.number, "
    "d.issue_date, d.title, d.body, d.signer_authority, d.signer_position, d.signer_name, d.drafted_by, "
    "d.drafted_at, d.approved_by, d.approved_at, d.answer, d.answer_number_symbol, d.answer_date, d.answer_note, "
    "d.version, t.code, t.name, t.granted_by, t.own_authority, "
    "(SELECT count(*) FROM decision_items i WHERE i.decision_id = d.id) "
    "FROM decisions d JOIN units u ON u.id = d.issuing_unit_id "
    "JOIN campaign_award_types t ON t.id = d.award_type_id ";

core::DecisionRecord decision_from(const Row& r) {
  core::DecisionRecord d;
  d.id = r.i64(0);
  d.campaign_id = r.i64(1);
  d.award_type_id = r.i64(2);
  // The columns hold the codes written from the enums; anything else reads
  // as the state in which least can happen.
  d.kind = core::parse_decision_kind(r.str(3)).value_or(core::DecisionKind::kProposal);
  d.issuing_unit_id = r.i64(4);
  d.issuing_unit_path = r.str(5);
  d.state = core::parse_decision_state(r.str(6)).value_or(core::DecisionState::kApproved);
  d.doc_symbol = r.str(7);
  d.number = r.opt_i64(8);
  d.issue_date = r.opt_str(9);
  d.title = r.str(10);
  d.body = r.str(11);
  d.signer_authority = r.str(12);
  d.signer_position = r.str(13);
  d.signer_name = r.str(14);
  d.drafted_by = r.opt_i64(15);
  d.drafted_at = r.str(16);
  d.approved_by = r.opt_i64(17);
  d.approved_at = r.opt_str(18);
  d.answer = core::parse_higher_answer(r.str(19)).value_or(core::HigherAnswer::kRefused);
  d.answer_number_symbol = r.str(20);
  d.answer_date = r.opt_str(21);
  d.answer_note = r.str(22);
  d.version = r.i64(23);
  d.award_code = r.str(24);
  d.award_name = r.str(25);
  d.award_granted_by = r.str(26);
  d.own_authority = r.i64(27) != 0;
  d.items = r.i64(28);
  return d;
}

// Nominations joined with the nominee (person or collective) and the
// nominating unit; the caller adds WHERE and ORDER BY.
constexpr const char* kNomineeSelect =
    "SELECT n.id, n.award_type_id, n.state, n.subject, n.person_id, n.nominee_unit_id, n.unit_id, nu.name, "
    "nu.path, COALESCE(p.full_name, cu.name, ''), COALESCE(p.position, ''), n.report, "
    "n.report_sha256, n.report_file_name "
    "FROM nominations n JOIN units nu ON nu.id = n.unit_id "
    "LEFT JOIN people p ON p.id = n.person_id "
    "LEFT JOIN units cu ON cu.id = n.nominee_unit_id ";

core::NomineeRow nominee_from(const Row& r) {
  core::NomineeRow n;
  n.nomination_id = r.i64(0);
  n.award_type_id = r.i64(1);
  n.state = core::parse_nomination_state(r.str(2)).value_or(core::NominationState::kSubmitted);
  n.subject = r.str(3);
  n.person_id = r.opt_i64(4);
  n.nominee_unit_id = r.opt_i64(5);
  n.unit_id = r.i64(6);
  n.unit_name = r.str(7);
  n.unit_path = r.str(8);
  n.name = r.str(9);
  n.position = r.str(10);
  n.report = r.str(11);
  n.report_sha256 = r.opt_str(12);
  n.report_file_name = r.str(13);
  return n;
}

core::Result<std::vector<core::NomineeRow>> nominees(Connection& conn, const std::string& sql, const Params& params) {
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<core::NomineeRow> out;
  out.reserve(rows->size());
  for (const auto& r : *rows) out.push_back(nominee_from(r));
  return out;
}

core::Error stale(const char* what) {
  return core::make_error(core::errc::kConflict, what, "version");
}

}  // namespace

core::Result<int64_t> insert_decision(Connection& conn, const core::DecisionRecord& d) {
  auto rows = conn.query(
      "INSERT INTO decisions (campaign_id, award_type_id, kind, issuing_unit_id, state, doc_symbol, title, body, "
      "signer_authority, signer_position, signer_name, drafted_by, drafted_at) "
      "VALUES (?,?,?,?,'draft',?,?,?,?,?,?,?,?) RETURNING id",
      {d.campaign_id, d.award_type_id, std::string(core::decision_kind_code(d.kind)), d.issuing_unit_id, d.doc_symbol, d.title, d.body, d.signer_authority,
       d.signer_position, d.signer_name, opt(d.drafted_by), d.drafted_at});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0);
}

core::Status insert_decision_items(Connection& conn, int64_t decision_id, const std::vector<int64_t>& nomination_ids) {
  int64_t ord = 0;
  for (int64_t id : nomination_ids) {
    auto r = conn.exec("INSERT INTO decision_items (decision_id, nomination_id, ord) VALUES (?,?,?)",
                       {decision_id, id, ++ord});
    if (!r.ok()) return r.error();
  }
  return {};
}

core::Result<std::optional<core::DecisionRecord>> find_decision(Connection& conn, int64_t campaign_id, int64_t id) {
  auto rows = conn.query(std::string("SELECT ") + kDecisionColumns + "WHERE d.id = ? AND d.campaign_id = ?",
                         {id, campaign_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::DecisionRecord>();
  return std::optional<core::DecisionRecord>(decision_from(rows->rows.front()));
}

core::Result<std::vector<core::DecisionRecord>> list_decisions(Connection& conn, int64_t campaign_id, bool approved_only) {
  std::string sql = std::string("SELECT ") + kDecisionColumns + "WHERE d.campaign_id = ?";
  if (approved_only) sql += " AND d.state = 'approved'";
  sql += " ORDER BY d.id";
  auto rows = conn.query(sql, {campaign_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::DecisionRecord> out;
  for (const auto& r : *rows) out.push_back(decision_from(r));
  return out;
}

core::Result<std::vector<core::NomineeRow>> undecided_passed(Connection& conn, int64_t campaign_id, int64_t award_type_id) {
  return nominees(conn,
                  std::string(kNomineeSelect) +
                      "WHERE n.campaign_id = ? AND n.award_type_id = ? AND n.state = 'passed' "
                      "AND NOT EXISTS (SELECT 1 FROM decision_items i WHERE i.nomination_id = n.id) "
                      "ORDER BY nu.path, nu.sort_order, COALESCE(p.sort_key, cu.name), n.id",
                  {campaign_id, award_type_id});
}

core::Result<std::vector<core::NomineeRow>> nominations_by_id(Connection& conn, int64_t campaign_id,
                                                        const std::vector<int64_t>& ids) {
  if (ids.empty()) return std::vector<core::NomineeRow>{};
  Params params{campaign_id};
  for (int64_t id : ids) params.emplace_back(id);
  return nominees(conn,
                  std::string(kNomineeSelect) + "WHERE n.campaign_id = ? AND n.id IN (" + sql_markers(ids.size()) + ")",
                  params);
}

core::Result<std::vector<core::NomineeRow>> decision_list(Connection& conn, int64_t decision_id) {
  return nominees(conn,
                  std::string(kNomineeSelect) +
                      "JOIN decision_items i ON i.nomination_id = n.id WHERE i.decision_id = ? ORDER BY i.ord",
                  {decision_id});
}

core::Status set_draft_issuer(Connection& conn, int64_t id, int64_t issuing_unit_id, const std::string& doc_symbol) {
  auto n = conn.exec("UPDATE decisions SET issuing_unit_id = ?, doc_symbol = ? WHERE id = ? AND state = 'draft'",
                     {issuing_unit_id, doc_symbol, id});
  if (!n.ok()) return n.error();
  if (*n != 1) return stale(msg::kDecisionStale);
  return {};
}

core::Status approve_decision(Connection& conn, int64_t id, int64_t expected_version, int64_t number,
                              const std::string& issue_date, std::optional<int64_t> by, const std::string& at) {
  auto n = conn.exec(
      "UPDATE decisions SET state = 'approved', number = ?, issue_date = ?, approved_by = ?, approved_at = ?, "
      "version = version + 1 WHERE id = ? AND state = 'draft' AND version = ?",
      {number, issue_date, opt(by), at, id, expected_version});
  if (!n.ok()) return n.error();
  if (*n != 1) return stale(msg::kDecisionStale);
  return {};
}

core::Status answer_decision(Connection& conn, int64_t id, int64_t expected_version, const core::AnswerRecord& a) {
  auto n = conn.exec(
      "UPDATE decisions SET answer = ?, answer_number_symbol = ?, answer_date = ?, answer_note = ?, "
      "answered_by = ?, answered_at = ?, version = version + 1 "
      "WHERE id = ? AND kind = 'proposal' AND state = 'approved' AND answer = '' AND version = ?",
      {std::string(core::higher_answer_code(a.answer)), a.number_symbol, opt(a.date), a.note, opt(a.by), a.at, id, expected_version});
  if (!n.ok()) return n.error();
  if (*n != 1) return stale(msg::kProposalStale);
  return {};
}

core::Status delete_draft(Connection& conn, int64_t id, int64_t expected_version) {
  auto items = conn.exec(
      "DELETE FROM decision_items WHERE decision_id IN "
      "(SELECT id FROM decisions WHERE id = ? AND state = 'draft' AND version = ?)",
      {id, expected_version});
  if (!items.ok()) return items.error();
  auto n = conn.exec("DELETE FROM decisions WHERE id = ? AND state = 'draft' AND version = ?", {id, expected_version});
  if (!n.ok()) return n.error();
  if (*n != 1) return stale(msg::kOnlyUnapprovedDraftCancels);
  return {};
}

core::Status lock_decision(Connection& conn, int64_t id) {
  if (conn.engine() != Engine::kPostgres) return {};
  auto rows = conn.query("SELECT id FROM decisions WHERE id = ? FOR UPDATE", {id});
  if (!rows.ok()) return rows.error();
  return {};
}

core::Result<int64_t> move_listed_nominations(Connection& conn, int64_t decision_id, core::NominationState from,
                                              core::NominationState to) {
  return conn.exec(
      "UPDATE nominations SET state = ?, version = version + 1 WHERE state = ? AND id IN "
      "(SELECT nomination_id FROM decision_items WHERE decision_id = ?)",
      {std::string(core::nomination_state_code(to)), std::string(core::nomination_state_code(from)), decision_id});
}

}  // namespace thidua::store
