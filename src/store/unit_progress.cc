#include "store/unit_progress.h"

#include <algorithm>
#include <unordered_map>

#include "core/org.h"
#include "store/campaigns.h"
#include "store/scope_sql.h"

namespace thidua::store {
namespace {

// The smallest set of paths covering every path (ancestors absorb descendants).
std::vector<std::string> minimal_roots(std::vector<std::string> paths) {
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (auto& p : paths) {
    if (out.empty() || !core::path_within(p, out.back())) out.push_back(std::move(p));
  }
  // Many subtrees (every district of a province): one range over their
  // nearest common ancestor instead of an OR per subtree (SQLite limits the
  // depth of an expression, and one index range reads better anyway); the
  // roll-up ignores the groups of units outside every participating subtree.
  constexpr size_t kMaxRanges = 16;
  if (out.size() > kMaxRanges) {
    std::string common = out.front();
    for (const auto& p : out) {
      size_t n = 0;
      while (n < common.size() && n < p.size() && common[n] == p[n]) ++n;
      common.resize(n);
    }
    common.resize(common.rfind('/') + 1);  // back to a whole path ("/1/"; "/" spans every tree)
    return {common};
  }
  return out;
}

// Adds the rows (path, n1, n2...) of a grouped query to `groups` through `set`.
template <class Set>
core::Status collect(Connection& conn, std::string_view sql, const Params& params,
                     std::unordered_map<std::string, core::PathFigures>& groups, Set set) {
  auto rows = conn.query(sql, params);
  if (!rows.ok()) return rows.error();
  for (const Row& r : *rows) {
    auto& g = groups[r.str(0)];
    g.path = r.str(0);
    set(g, r);
  }
  return {};
}

}  // namespace

core::Result<std::vector<core::UnitProgress>> campaign_progress(Connection& conn, int64_t campaign_id) {
  auto units = campaign_units(conn, campaign_id);
  if (!units.ok()) return units.error();
  std::vector<core::UnitProgress> out;
  out.reserve(units->size());
  std::unordered_map<int64_t, size_t> index;
  std::vector<std::string> paths;
  for (const auto& u : *units) {
    core::UnitProgress p;
    p.unit_id = u.id;
    p.code = u.code;
    p.name = u.name;
    p.path = u.path;
    index[u.id] = out.size();
    paths.push_back(u.path);
    out.push_back(std::move(p));
  }
  if (out.empty()) return out;

  // Implementation plans: the participating unit's own.
  auto plans = conn.query("SELECT unit_id, submitted_at FROM unit_plans WHERE campaign_id = ?", {campaign_id});
  if (!plans.ok()) return plans.error();
  for (const Row& r : *plans) {
    if (auto it = index.find(r.i64(0)); it != index.end()) out[it->second].plan_submitted_at = r.str(1);
  }

  std::unordered_map<std::string, core::PathFigures> groups;
  // People per unit path, inside the participating subtrees only: the
  // counters migration 070 keeps (a row per unit path, not per person).
  Params people_params;
  const std::string in_scope = scope_condition("unit_path", minimal_roots(paths), people_params);
  THIDUA_TRY(collect(conn, "SELECT unit_path, people FROM unit_path_people WHERE " + in_scope, people_params, groups,
                     [](core::PathFigures& g, const Row& r) { g.people += r.i64(1); }));
  // Per registering unit: registrations, pending approvals, targets and their
  // progress, open difficulties (counters kept by migration 070's triggers).
  THIDUA_TRY(collect(conn,
                     "SELECT u.path, f.registered, f.pending, f.targets, f.percent_sum, f.open_difficulties "
                     "FROM campaign_unit_figures f JOIN units u ON u.id = f.unit_id WHERE f.campaign_id = ?",
                     {campaign_id}, groups, [](core::PathFigures& g, const Row& r) {
                       g.registered += r.i64(1);
                       g.pending += r.i64(2);
                       g.targets += r.i64(3);
                       g.percent_sum += r.i64(4);
                       g.open_difficulties += r.i64(5);
                     }));

  std::vector<core::PathFigures> flat;
  flat.reserve(groups.size());
  for (auto& [path, g] : groups) flat.push_back(std::move(g));
  core::roll_up(out, flat);
  return out;
}

}  // namespace thidua::store
