#include "store/work_list.h"

#include "store/scope_sql.h"

namespace thidua::store {

namespace {

constexpr const char* kActive = "c.state IN ('published', 'running', 'closed')";
constexpr const char* kCampaignColumns =
    "c.id, c.title, COALESCE(c.registration_deadline, ''), COALESCE(c.nomination_deadline, ''), "
    "COALESCE(c.review_deadline, '')";
constexpr const char* kGroup = " GROUP BY c.id, c.title, c.registration_deadline, c.nomination_deadline, c.review_deadline";

// Rows of (count, the campaign columns) of a grouped query by unit path.
std::string by_unit(const char* table, const char* state_condition, const std::string& scope) {
  return std::string("SELECT COUNT(*), ") + kCampaignColumns + " FROM " + table +
         " x JOIN campaigns c ON c.id = x.campaign_id JOIN units u ON u.id = x.unit_id WHERE " + kActive + " AND " +
         state_condition + " AND " + scope + kGroup;
}

// The same by the campaign's issuing unit.
std::string by_issuer(const char* table, const char* condition, const std::string& scope) {
  return std::string("SELECT COUNT(*), ") + kCampaignColumns + " FROM " + table +
         " x JOIN campaigns c ON c.id = x.campaign_id JOIN units u ON u.id = c.issuing_unit_id WHERE " + kActive +
         " AND " + condition + " AND " + scope + kGroup;
}

}  // namespace

core::Result<std::vector<WorkCount>> work_counts(Connection& conn, WorkKind kind, const std::vector<std::string>& paths,
                                                 int64_t user_id) {
  std::vector<WorkCount> out;
  Params params;
  std::string sql;
  if (kind == WorkKind::kBallotsToCast) {
    // Items of open sessions where the member is present and has not voted
    // (ballot_marks: who voted, never how) nor stands aside.
    sql = std::string("SELECT COUNT(*), ") + kCampaignColumns +
          ", MIN(s.id), MIN(s.held_on) FROM council_sessions s JOIN campaigns c ON c.id = s.campaign_id "
          "JOIN council_members m ON m.council_id = s.council_id AND m.user_id = ? AND m.active = 1 "
          "JOIN session_attendance a ON a.session_id = s.id AND a.member_id = m.id AND a.present = 1 "
          "JOIN session_items i ON i.session_id = s.id "
          "WHERE s.state = 'voting' "
          "AND NOT EXISTS (SELECT 1 FROM ballot_marks b WHERE b.item_id = i.id AND b.member_id = m.id) "
          "AND NOT EXISTS (SELECT 1 FROM session_recusals r WHERE r.item_id = i.id AND r.member_id = m.id)" +
          std::string(kGroup);
    params.emplace_back(user_id);
  } else {
    if (paths.empty()) return out;
    const std::string scope = scope_condition("u.path", paths, params);
    switch (kind) {
      case WorkKind::kRegistrationsToApprove:
        sql = by_unit("registrations", "x.state = 'submitted'", scope);
        break;
      case WorkKind::kRegistrationsReturned:
        sql = by_unit("registrations", "x.state = 'returned'", scope);
        break;
      case WorkKind::kNominationsToApprove:
        sql = by_unit("nominations", "x.state = 'pending'", scope);
        break;
      case WorkKind::kNominationsReturned:
        sql = by_unit("nominations", "x.state = 'returned'", scope);
        break;
      case WorkKind::kNominationsToReview:
        sql = by_issuer("nominations", "x.state = 'submitted'", scope);
        break;
      case WorkKind::kDifficultiesOpen:
        sql = by_issuer("difficulties", "x.answered_at IS NULL", scope);
        break;
      case WorkKind::kDecisionsToDraft:
        sql = by_issuer("nominations",
                        "x.state = 'passed' AND NOT EXISTS (SELECT 1 FROM decision_items di WHERE di.nomination_id = "
                        "x.id)",
                        scope);
        break;
      case WorkKind::kDecisionsToApprove:
        sql = by_issuer("decisions", "x.state = 'draft'", scope);
        break;
      case WorkKind::kPlansToApprove:
        sql = std::string("SELECT 1, ") + kCampaignColumns +
              " FROM campaigns c JOIN units u ON u.id = c.issuing_unit_id WHERE c.state = 'draft' AND " + scope +
              " ORDER BY c.id";
        break;
      case WorkKind::kBallotsToCast:
        break;
    }
  }
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  for (const auto& row : *rows) {
    WorkCount w;
    w.kind = kind;
    w.count = row.i64(0);
    w.campaign_id = row.i64(1);
    w.campaign_title = row.str(2);
    w.registration_deadline = row.str(3);
    w.nomination_deadline = row.str(4);
    w.review_deadline = row.str(5);
    if (kind == WorkKind::kBallotsToCast) {
      w.session_id = row.i64(6);
      w.held_on = row.str(7);
    }
    if (w.count > 0) out.push_back(std::move(w));
  }
  return out;
}

}  // namespace thidua::store
