#include "core/unit_progress.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace thidua::core {
namespace {

std::optional<int> rate(int64_t part, int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<int>(std::min<int64_t>(100, part * 100 / whole));
}

std::optional<int> average(int64_t sum, int64_t count) {
  if (count <= 0) return std::nullopt;
  return static_cast<int>((sum + count / 2) / count);
}

void add(PathFigures& to, const PathFigures& g) {
  to.people += g.people;
  to.registered += g.registered;
  to.pending += g.pending;
  to.targets += g.targets;
  to.percent_sum += g.percent_sum;
  to.open_difficulties += g.open_difficulties;
}

}  // namespace

std::optional<int> UnitProgress::registration_rate() const { return rate(figures.registered, figures.people); }
std::optional<int> UnitProgress::average_progress() const { return average(figures.percent_sum, figures.targets); }
std::optional<int> ProgressTotals::registration_rate() const { return rate(figures.registered, figures.people); }
std::optional<int> ProgressTotals::average_progress() const { return average(figures.percent_sum, figures.targets); }

void roll_up(std::vector<UnitProgress>& units, const std::vector<PathFigures>& groups) {
  std::unordered_map<std::string_view, std::vector<size_t>> by_path;
  for (size_t i = 0; i < units.size(); ++i) {
    units[i].figures.path = units[i].path;
    by_path[units[i].path].push_back(i);
  }
  for (const auto& g : groups) {
    // Every prefix of "/1/4/23/" ending at a slash: "/1/", "/1/4/", "/1/4/23/".
    for (size_t pos = g.path.find('/', 1); pos != std::string::npos; pos = g.path.find('/', pos + 1)) {
      auto it = by_path.find(std::string_view(g.path).substr(0, pos + 1));
      if (it == by_path.end()) continue;
      for (size_t i : it->second) add(units[i].figures, g);
    }
  }
}

void mark_late(std::vector<UnitProgress>& units, const std::optional<std::string>& registration_deadline,
               std::string_view today) {
  const bool passed = registration_deadline && !registration_deadline->empty() && today > *registration_deadline;
  for (auto& u : units) {
    u.plan_late = passed && !u.plan_submitted_at;
    u.registration_late = passed && u.figures.people > 0 && u.figures.registered < u.figures.people;
  }
}

void sort_late_first(std::vector<UnitProgress>& units) {
  std::stable_partition(units.begin(), units.end(), [](const UnitProgress& u) { return u.late(); });
}

ProgressTotals totals_of(const std::vector<UnitProgress>& units) {
  // A nested participating unit's figures are already inside its outermost
  // participating ancestor's subtree: only outermost units add figures.
  std::unordered_set<std::string_view> paths;
  for (const auto& u : units) paths.insert(u.path);
  auto nested = [&](std::string_view path) {
    // Ancestors of "/1/5/9/" are "/1/" and "/1/5/".
    for (size_t slash = path.find('/', 1); slash != std::string_view::npos && slash + 1 < path.size();
         slash = path.find('/', slash + 1)) {
      if (paths.count(path.substr(0, slash + 1))) return true;
    }
    return false;
  };
  ProgressTotals t;
  for (const auto& u : units) {
    if (!nested(u.path)) add(t.figures, u.figures);
    ++t.units;
    if (u.plan_submitted_at) ++t.plans_submitted;
    if (u.late()) ++t.late_units;
    if (u.plan_late) ++t.plan_late_units;
    if (u.registration_late) ++t.registration_late_units;
    if (auto r = u.registration_rate()) ++t.rate_bands[static_cast<size_t>(percent_band(*r))];
    else ++t.rate_unknown;
    if (auto p = u.average_progress()) ++t.progress_bands[static_cast<size_t>(percent_band(*p))];
    else ++t.progress_unknown;
  }
  return t;
}

int percent_band(int percent) {
  if (percent >= 100) return kPercentBands - 1;
  return std::clamp(percent, 0, 99) / 25;
}

}  // namespace thidua::core
