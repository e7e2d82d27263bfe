// The secretariat's dashboard figures for one participating unit of a
// campaign, how raw figures grouped by unit path roll up to the participating
// units, and the lateness rule. Pure: the store reads the groups, this file
// decides what they mean.
//
// The rules (shown on the dashboard page too):
// - a unit's people are the people whose unit lies in its subtree (the unit
//   itself and every unit below it);
// - registered people: individual registrations in the campaign, submitted or
//   approved, counted in the subtree of the unit the registration belongs to;
//   registration rate = registered / people, capped at 100 %;
// - approvals pending: registrations (collective or individual) in state
//   submitted in the subtree;
// - progress: the average progress_percent of the targets of the subtree's
//   submitted or approved registrations;
// - open difficulties: the subtree's difficulties not answered yet;
// - a unit is late when the registration deadline (which is also the deadline
//   for the unit's implementation plan, plan part V.1; for a plan that names
//   none, the last day of its period: the caller passes that) has passed
//   (today in Vietnam is after it) and the unit has no implementation plan,
//   or fewer than all of its people are registered.
// Nested participating units each count their whole subtree in their own
// row; the totals count each person, registration and difficulty once.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::core {

// Raw counts read for one unit path (a unit's own rows, not its subtree).
struct PathFigures {
  std::string path;
  int64_t people = 0;
  int64_t registered = 0;         // individual, submitted or approved
  int64_t pending = 0;            // registrations in state submitted
  int64_t targets = 0;            // targets of submitted/approved registrations
  int64_t percent_sum = 0;        // sum of those targets' progress_percent
  int64_t open_difficulties = 0;  // difficulties without an answer
};

struct UnitProgress {
  int64_t unit_id = 0;
  std::string code;
  std::string name;
  std::string path;
  std::optional<std::string> plan_submitted_at;  // the unit's implementation plan, when submitted
  PathFigures figures;                           // summed over the subtree (path = the unit's path)
  bool plan_late = false;
  bool registration_late = false;

  bool late() const { return plan_late || registration_late; }
  // Whole percent, rounded down, capped at 100; nullopt when the unit has no people.
  std::optional<int> registration_rate() const;
  // Whole percent, rounded to nearest; nullopt when there is no target.
  std::optional<int> average_progress() const;
};

// Adds each group to every unit in `units` whose subtree holds the group's
// path (ancestor-or-self by materialised path).
void roll_up(std::vector<UnitProgress>& units, const std::vector<PathFigures>& groups);

// Sets plan_late and registration_late by the rule above. `registration_deadline`
// and `today` are ISO dates; no deadline, nobody late.
void mark_late(std::vector<UnitProgress>& units, const std::optional<std::string>& registration_deadline,
               std::string_view today);

// Late units first, each group keeping its order (stable).
void sort_late_first(std::vector<UnitProgress>& units);

// The band of a whole percent (0..100) for the dashboard's chart: 0 for
// [0, 25), 1 for [25, 50), 2 for [50, 75), 3 for [75, 100), 4 for 100.
inline constexpr int kPercentBands = 5;
int percent_band(int percent);

// The totals row: figures summed over the outermost units of `units` (a unit
// inside another participating unit's subtree adds nothing more), units,
// plans and late units counted over all of them, and how many units fall in
// each percent band (registration rate, average progress; a unit without
// people, or without targets, counted apart as unknown).
struct ProgressTotals {
  PathFigures figures;
  int64_t units = 0;
  int64_t plans_submitted = 0;
  int64_t late_units = 0;
  int64_t plan_late_units = 0;          // late for want of an implementation plan
  int64_t registration_late_units = 0;  // late for want of registrations (a unit may be both)
  std::array<int64_t, kPercentBands> rate_bands{};
  int64_t rate_unknown = 0;
  std::array<int64_t, kPercentBands> progress_bands{};
  int64_t progress_unknown = 0;
  std::optional<int> registration_rate() const;
  std::optional<int> average_progress() const;
};
ProgressTotals totals_of(const std::vector<UnitProgress>& units);

}  // namespace thidua::core
