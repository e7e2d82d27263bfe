#include "store/progress_reports.h"

#include <map>

#include "store/scope_sql.h"

namespace thidua::store {
namespace {

// A user id as bound: NULL for 0 (the CLI operator, who has no account).
Param user_param(int64_t id) { return id > 0 ? Param(id) : Param(nullptr); }

constexpr const char* kTargetColumns =
    "t.id, t.registration_id, r.campaign_id, r.unit_id, u.name, u.path, r.person_id, r.subject, r.state, t.ord, "
    "t.content_label, t.text, t.progress_status, t.progress_percent, t.progress_note, t.progress_at";
constexpr const char* kTargetFrom =
    " FROM registration_targets t JOIN registrations r ON r.id = t.registration_id JOIN units u ON u.id = r.unit_id";

// The codes the columns hold (each written from its enum); anything else
// reads as the first state.
core::RegistrationState registration_state_of(const std::string& code) {
  return core::parse_registration_state(code).value_or(core::RegistrationState::kDraft);
}
core::ProgressStatus progress_status_of(const std::string& code) {
  return core::parse_progress_status(code).value_or(core::ProgressStatus::kNotStarted);
}

core::TargetInfo target_from(const Row& r, size_t at) {
  core::TargetInfo t;
  t.id = r.i64(at);
  t.registration_id = r.i64(at + 1);
  t.campaign_id = r.i64(at + 2);
  t.unit_id = r.i64(at + 3);
  t.unit_name = r.str(at + 4);
  t.unit_path = r.str(at + 5);
  t.person_id = r.opt_i64(at + 6);
  t.subject = r.str(at + 7);
  t.registration_state = registration_state_of(r.str(at + 8));
  t.ord = static_cast<int>(r.i64(at + 9));
  t.content_label = r.str(at + 10);
  t.text = r.str(at + 11);
  t.progress_status = progress_status_of(r.str(at + 12));
  t.progress_percent = static_cast<int>(r.i64(at + 13));
  t.progress_note = r.str(at + 14);
  t.progress_at = r.opt_str(at + 15);
  return t;
}

constexpr const char* kEvidenceColumns =
    "e.id, e.progress_report_id, e.file_sha256, e.file_name, f.media_type, f.size, e.uploaded_at";

core::EvidenceFile evidence_from(const Row& r) {
  return core::EvidenceFile{r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.i64(5), r.str(6)};
}

std::string target_where(const TargetQuery& q, Params& params) {
  std::string where = " WHERE r.campaign_id = ? AND r.state = 'approved'";
  params.emplace_back(q.campaign_id);
  if (q.within || q.person_id) {
    where += " AND (" + scope_condition("u.path", q.within.value_or(std::vector<std::string>{}), params);
    if (q.person_id) {
      where += " OR r.person_id = ?";
      params.emplace_back(*q.person_id);
    }
    where += ")";
  }
  if (q.registration_id) {
    where += " AND r.id = ?";
    params.emplace_back(*q.registration_id);
  }
  return where;
}

}  // namespace

core::Result<std::vector<core::TargetInfo>> list_targets(Connection& conn, const TargetQuery& q) {
  Params params;
  std::string sql = std::string("SELECT ") + kTargetColumns + kTargetFrom + target_where(q, params) +
                    " ORDER BY u.path, r.id, t.ord, t.id LIMIT ? OFFSET ?";
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  std::vector<core::TargetInfo> out;
  for (const auto& r : *rows) out.push_back(target_from(r, 0));
  return out;
}

core::Result<int64_t> count_targets(Connection& conn, const TargetQuery& q) {
  Params params;
  auto rows = conn.query(std::string("SELECT COUNT(*)") + kTargetFrom + target_where(q, params), params);
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::optional<core::TargetInfo>> find_target(Connection& conn, int64_t campaign_id, int64_t target_id) {
  auto rows = conn.query(std::string("SELECT ") + kTargetColumns + kTargetFrom + " WHERE t.id = ? AND r.campaign_id = ?",
                         {target_id, campaign_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::TargetInfo>();
  return std::optional<core::TargetInfo>(target_from((*rows)[0], 0));
}

core::Result<std::vector<core::ProgressReport>> progress_history(Connection& conn, int64_t target_id, int64_t offset,
                                                           int64_t limit) {
  auto rows = conn.query(
      "SELECT p.id, p.target_id, p.status, p.percent, p.note, COALESCE(us.display_name, ''), p.reported_at "
      "FROM progress_reports p LEFT JOIN users us ON us.id = p.reported_by WHERE p.target_id = ? "
      "ORDER BY p.id DESC LIMIT ? OFFSET ?",
      {target_id, limit, offset});
  if (!rows.ok()) return rows.error();
  std::vector<core::ProgressReport> out;
  std::map<int64_t, size_t> index;
  Params ids;
  for (const auto& r : *rows) {
    core::ProgressReport p;
    p.id = r.i64(0);
    p.target_id = r.i64(1);
    p.status = progress_status_of(r.str(2));
    p.percent = static_cast<int>(r.i64(3));
    p.note = r.str(4);
    p.reported_by_name = r.str(5);
    p.reported_at = r.str(6);
    index[p.id] = out.size();
    ids.emplace_back(p.id);
    out.push_back(std::move(p));
  }
  if (out.empty()) return out;
  auto ev = conn.query(std::string("SELECT ") + kEvidenceColumns +
                           " FROM evidence e JOIN files f ON f.sha256 = e.file_sha256"
                           " WHERE e.progress_report_id IN (" + sql_markers(ids.size()) + ") ORDER BY e.id",
                       ids);
  if (!ev.ok()) return ev.error();
  for (const auto& r : *ev) {
    auto e = evidence_from(r);
    out[index.at(e.progress_report_id)].evidence.push_back(std::move(e));
  }
  return out;
}

core::Result<int64_t> count_progress_reports(Connection& conn, int64_t target_id) {
  auto rows = conn.query("SELECT COUNT(*) FROM progress_reports WHERE target_id = ?", {target_id});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<int64_t> insert_progress_report(Connection& conn, int64_t target_id, core::ProgressStatus status,
                                             int percent, const std::string& note, int64_t reported_by,
                                             const std::string& now) {
  const std::string code(core::progress_status_code(status));
  auto rows = conn.query(
      "INSERT INTO progress_reports (target_id, status, percent, note, reported_by, reported_at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {target_id, code, static_cast<int64_t>(percent), note, user_param(reported_by), now});
  if (!rows.ok()) return rows.error();
  THIDUA_TRY(conn.exec(
      "UPDATE registration_targets SET progress_status = ?, progress_percent = ?, progress_note = ?, "
      "progress_at = ? WHERE id = ?",
      {code, static_cast<int64_t>(percent), note, now, target_id}));
  return (*rows)[0].i64(0);
}

core::Result<int64_t> insert_evidence(Connection& conn, int64_t report_id, const std::string& sha256,
                                      const std::string& file_name, int64_t uploaded_by, const std::string& now) {
  auto rows = conn.query(
      "INSERT INTO evidence (progress_report_id, file_sha256, file_name, uploaded_by, uploaded_at) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {report_id, sha256, file_name, user_param(uploaded_by), now});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::optional<EvidenceOwner>> find_evidence(Connection& conn, int64_t campaign_id, int64_t evidence_id) {
  auto rows = conn.query(std::string("SELECT ") + kEvidenceColumns + ", " + kTargetColumns +
                             " FROM evidence e JOIN files f ON f.sha256 = e.file_sha256"
                             " JOIN progress_reports p ON p.id = e.progress_report_id"
                             " JOIN registration_targets t ON t.id = p.target_id"
                             " JOIN registrations r ON r.id = t.registration_id JOIN units u ON u.id = r.unit_id"
                             " WHERE e.id = ? AND r.campaign_id = ?",
                         {evidence_id, campaign_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<EvidenceOwner>();
  const auto& r = (*rows)[0];
  return std::optional<EvidenceOwner>(EvidenceOwner{evidence_from(r), target_from(r, 7)});
}

}  // namespace thidua::store
