#include "store/work_list.h"

#include "store/scope_sql.h"

namespace thidua::store {

namespace {

constexpr const char* kActive = "c.state IN ('published', 'running', 'closed')";
constexpr const char* kCampaignColumns =
    "c.id, c.title, COALESCE(c.registration_deadline, ''), COALESCE(c.nomination_deadline, ''), "
    "COALESCE(c.review_deadline, '')";
constexpr const char* kGroup = " GROUP BY c.id, c.title, c.registration_deadline, c.nomination_deadline, c.review_deadline";

// Returned nominations can be sent again only inside the nomination window.
constexpr const char* kNominationWindowOpen =
    "c.state IN ('running', 'closed') AND (c.nomination_deadline IS NULL OR c.nomination_deadline = '' OR "
    "c.nomination_deadline >= ?)";

// A grouped count of `table` (alias x) per campaign, over rows whose unit
// (`unit_column`: x.unit_id, or c.issuing_unit_id for the office's work) lies
// under the scope. `condition` binds its values first (already in params);
// the scope's are appended here.
std::string grouped(const char* table, const char* unit_column, const std::string& condition,
                    const std::vector<std::string>& paths, Params& params) {
  const std::string scope = scope_condition("u.path", paths, params);
  return std::string("SELECT COUNT(*), ") + kCampaignColumns + " FROM " + table +
         " x JOIN campaigns c ON c.id = x.campaign_id JOIN units u ON u.id = " + unit_column + " WHERE " + condition +
         " AND " + scope + kGroup;
}

}  // namespace

core::Result<std::vector<WorkCount>> work_counts(Connection& conn, WorkKind kind, const std::vector<std::string>& paths,
                                                 const WorkAsker& asker) {
  std::vector<WorkCount> out;
  Params params;
  std::string sql;
  const std::string active = kActive;
  // Not the asker's own: what they entered or submitted, or what names them.
  auto not_own = [&](const char* by_columns) {
    std::string s;
    for (const char* c = by_columns; *c;) {
      const char* end = c;
      while (*end && *end != ',') ++end;
      s += " AND COALESCE(x." + std::string(c, end) + ", 0) <> ?";
      params.emplace_back(asker.user_id);
      c = *end ? end + 1 : end;
    }
    s += " AND COALESCE(x.person_id, 0) <> ?";
    params.emplace_back(asker.person_id);
    return s;
  };
  if (kind == WorkKind::kBallotsToCast) {
    // Items of open sessions where the member is present and has not voted
    // (ballot_marks: who voted, never how) nor stands aside; one row per session.
    sql = std::string("SELECT COUNT(*), ") + kCampaignColumns +
          ", s.id, s.held_on FROM council_sessions s JOIN campaigns c ON c.id = s.campaign_id "
          "JOIN council_members m ON m.council_id = s.council_id AND m.user_id = ? AND m.active = 1 "
          "JOIN session_attendance a ON a.session_id = s.id AND a.member_id = m.id AND a.present = 1 "
          "JOIN session_items i ON i.session_id = s.id "
          "WHERE s.state = 'voting' "
          "AND NOT EXISTS (SELECT 1 FROM ballot_marks b WHERE b.item_id = i.id AND b.member_id = m.id) "
          "AND NOT EXISTS (SELECT 1 FROM session_recusals r WHERE r.item_id = i.id AND r.member_id = m.id)" +
          std::string(kGroup) + ", s.id, s.held_on";
    params.emplace_back(asker.user_id);
  } else if (kind == WorkKind::kOwnRegistrationReturned) {
    if (asker.person_id == 0) return out;
    sql = std::string("SELECT COUNT(*), ") + kCampaignColumns +
          " FROM registrations x JOIN campaigns c ON c.id = x.campaign_id WHERE c.state IN ('published', 'running') "
          "AND x.state = 'returned' AND x.person_id = ?" + kGroup;
    params.emplace_back(asker.person_id);
  } else {
    if (paths.empty()) return out;
    switch (kind) {
      case WorkKind::kRegistrationsToApprove: {
        std::string cond = active + " AND x.state = 'submitted'" + not_own("entered_by,submitted_by");
        sql = grouped("registrations", "x.unit_id", cond, paths, params);
        break;
      }
      case WorkKind::kRegistrationsReturned:
        sql = grouped("registrations", "x.unit_id", "c.state IN ('published', 'running') AND x.state = 'returned'",
                      paths, params);
        break;
      case WorkKind::kNominationsToApprove: {
        std::string cond = active + " AND x.state = 'pending'" + not_own("submitted_by");
        sql = grouped("nominations", "x.unit_id", cond, paths, params);
        break;
      }
      case WorkKind::kNominationsReturned: {
        params.emplace_back(asker.today);
        sql = grouped("nominations", "x.unit_id", std::string(kNominationWindowOpen) + " AND x.state = 'returned'",
                      paths, params);
        break;
      }
      case WorkKind::kNominationsToReview: {
        std::string cond = active + " AND x.state = 'submitted'" + not_own("submitted_by");
        sql = grouped("nominations", "c.issuing_unit_id", cond, paths, params);
        break;
      }
      case WorkKind::kDifficultiesOpen: {
        std::string cond = active + " AND x.answered_at IS NULL AND COALESCE(x.raised_by, 0) <> ?";
        params.emplace_back(asker.user_id);
        sql = grouped("difficulties", "c.issuing_unit_id", cond, paths, params);
        break;
      }
      case WorkKind::kDecisionsToDraft:
        sql = grouped("nominations", "c.issuing_unit_id",
                      active + " AND x.state = 'passed' AND NOT EXISTS (SELECT 1 FROM decision_items di WHERE "
                               "di.nomination_id = x.id)",
                      paths, params);
        break;
      case WorkKind::kDecisionsToApprove: {
        // Not a draft the asker made, nor one whose list names them.
        std::string cond = active + " AND x.state = 'draft' AND COALESCE(x.drafted_by, 0) <> ? AND NOT EXISTS "
                                    "(SELECT 1 FROM decision_items di JOIN nominations n ON n.id = di.nomination_id "
                                    "WHERE di.decision_id = x.id AND n.person_id = ?)";
        params.emplace_back(asker.user_id);
        params.emplace_back(asker.person_id);
        sql = grouped("decisions", "c.issuing_unit_id", cond, paths, params);
        break;
      }
      case WorkKind::kPlansToApprove: {
        const std::string scope = scope_condition("u.path", paths, params);
        sql = std::string("SELECT 1, ") + kCampaignColumns +
              " FROM campaigns c JOIN units u ON u.id = c.issuing_unit_id WHERE c.state = 'draft' AND " + scope +
              " ORDER BY c.id";
        break;
      }
      case WorkKind::kBallotsToCast:
      case WorkKind::kOwnRegistrationReturned:
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
