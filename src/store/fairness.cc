#include "store/fairness.h"

#include <map>
#include <tuple>

#include "store/scope_sql.h"

namespace thidua::store {

namespace {

// A unit's depth from its materialised path: "/1/" is 1, "/1/4/" is 2.
std::string depth_of(const std::string& path_column) {
  return "(LENGTH(" + path_column + ") - LENGTH(REPLACE(" + path_column + ", '/', '')) - 1)";
}

// Unit `u` in force on q.today.
std::string in_force(const FairnessQuery& q, Params& params) {
  params.emplace_back(q.today);
  params.emplace_back(q.today);
  return "(u.valid_from IS NULL OR u.valid_from = '' OR u.valid_from <= ?) AND "
         "(u.valid_to IS NULL OR u.valid_to = '' OR u.valid_to > ?)";
}

// The awards condition on alias a: one campaign, or a range of years.
std::string awards_filter(const FairnessQuery& q, Params& params) {
  if (q.campaign_id) {
    params.emplace_back(*q.campaign_id);
    return "a.campaign_id = ?";
  }
  params.emplace_back(static_cast<int64_t>(q.from_year));
  params.emplace_back(static_cast<int64_t>(q.to_year));
  return "a.year >= ? AND a.year <= ?";
}

}  // namespace

core::Result<std::vector<core::FairnessPersonCount>> fairness_people(Connection& conn, const FairnessQuery& q) {
  using Key = std::tuple<std::string, std::string, std::string, std::string, int>;
  std::map<Key, core::FairnessPersonCount> merged;
  auto take = [&](const Rows& rows, bool awards) {
    for (const auto& r : rows) {
      const Key key{r.str(0), r.str(1), r.str(2), r.str(3), static_cast<int>(r.i64(4))};
      auto [it, fresh] = merged.try_emplace(key);
      auto& c = it->second;
      if (fresh) {
        c.gender = core::parse_gender(r.str(0)).value_or(core::Gender::kUnspecified);
        c.category = core::parse_category(r.str(1)).value_or(core::EmploymentCategory::kCivilServant);
        c.position = r.str(2);
        c.unit_kind = r.str(3);
        c.depth = static_cast<int>(r.i64(4));
      }
      (awards ? c.awards : c.people) += r.i64(5);
    }
  };
  {
    Params params;
    const std::string scope = scope_condition("p.unit_path", {q.agency_path}, params);
    const std::string current = in_force(q, params);
    auto rows = conn.query("SELECT p.gender, p.category, p.position, u.kind, " + depth_of("u.path") +
                               ", COUNT(*) FROM people p JOIN units u ON u.id = p.unit_id WHERE " + scope + " AND " +
                               current + " GROUP BY 1, 2, 3, 4, 5",
                           params);
    if (!rows.ok()) return rows.error();
    take(*rows, false);
  }
  // An award counts in the unit it names, or else in its person's unit. Two
  // statements rather than one join on COALESCE(a.unit_id, p.unit_id), which
  // no index serves: the first walks the agency's units and their awards
  // (awards_unit_order, migration 122); the second only the few awards naming no unit (migration
  // 120's partial index).
  {
    Params params;
    const std::string scope = scope_condition("u.path", {q.agency_path}, params);
    const std::string filter = awards_filter(q, params);
    auto rows = conn.query("SELECT p.gender, p.category, p.position, u.kind, " + depth_of("u.path") +
                               ", COUNT(*) FROM units u JOIN awards a ON a.unit_id = u.id "
                               "JOIN people p ON p.id = a.person_id "
                               "WHERE " + scope + " AND a.subject = 'individual' AND " + filter +
                               " GROUP BY 1, 2, 3, 4, 5",
                           params);
    if (!rows.ok()) return rows.error();
    take(*rows, true);
  }
  {
    Params params;
    const std::string filter = awards_filter(q, params);
    const std::string scope = scope_condition("u.path", {q.agency_path}, params);
    auto rows = conn.query("SELECT p.gender, p.category, p.position, u.kind, " + depth_of("u.path") +
                               ", COUNT(*) FROM awards a JOIN people p ON p.id = a.person_id "
                               "JOIN units u ON u.id = p.unit_id "
                               "WHERE a.unit_id IS NULL AND a.subject = 'individual' AND " + filter + " AND " + scope +
                               " GROUP BY 1, 2, 3, 4, 5",
                           params);
    if (!rows.ok()) return rows.error();
    take(*rows, true);
  }
  std::vector<core::FairnessPersonCount> out;
  out.reserve(merged.size());
  for (auto& [key, c] : merged) out.push_back(std::move(c));
  return out;
}

core::Result<std::vector<core::FairnessUnitCount>> fairness_units(Connection& conn, const FairnessQuery& q) {
  std::map<std::pair<std::string, int>, core::FairnessUnitCount> merged;
  auto take = [&](const Rows& rows, bool awards) {
    for (const auto& r : rows) {
      const std::pair<std::string, int> key{r.str(0), static_cast<int>(r.i64(1))};
      auto& c = merged[key];
      c.unit_kind = key.first;
      c.depth = key.second;
      (awards ? c.awards : c.units) += r.i64(2);
    }
  };
  {
    Params params;
    const std::string scope = scope_condition("u.path", {q.agency_path}, params);
    const std::string current = in_force(q, params);
    auto rows = conn.query("SELECT u.kind, " + depth_of("u.path") + ", COUNT(*) FROM units u WHERE " + scope +
                               " AND " + current + " GROUP BY 1, 2",
                           params);
    if (!rows.ok()) return rows.error();
    take(*rows, false);
  }
  {
    Params params;
    const std::string filter = awards_filter(q, params);
    const std::string scope = scope_condition("u.path", {q.agency_path}, params);
    auto rows = conn.query("SELECT u.kind, " + depth_of("u.path") +
                               ", COUNT(*) FROM awards a JOIN units u ON u.id = a.unit_id "
                               "WHERE a.subject = 'collective' AND " + filter + " AND " + scope + " GROUP BY 1, 2",
                           params);
    if (!rows.ok()) return rows.error();
    take(*rows, true);
  }
  std::vector<core::FairnessUnitCount> out;
  out.reserve(merged.size());
  for (auto& [key, c] : merged) out.push_back(std::move(c));
  return out;
}

}  // namespace thidua::store
