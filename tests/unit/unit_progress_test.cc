// Dashboard rules without a database: roll-up by subtree, rates, lateness.
#include <gtest/gtest.h>

#include "core/unit_progress.h"

namespace thidua {
namespace {

core::UnitProgress unit(int64_t id, const std::string& path) {
  core::UnitProgress u;
  u.unit_id = id;
  u.path = path;
  return u;
}

TEST(UnitProgress, GroupsRollUpToEveryParticipatingAncestorButNotToSiblings) {
  std::vector<core::UnitProgress> units{unit(4, "/1/4/"), unit(40, "/1/4/40/"), unit(5, "/1/5/")};
  std::vector<core::PathFigures> groups{
      {"/1/4/", 2, 1, 0, 0, 0, 0},       // the office itself
      {"/1/4/40/", 3, 3, 1, 2, 150, 1},  // a participating sub-unit: counts for both
      {"/1/4/41/", 1, 0, 0, 0, 0, 0},    // a non-participating sub-unit
      {"/1/44/", 7, 7, 0, 0, 0, 0},      // "/1/44/" is not inside "/1/4/"
      {"/1/", 9, 0, 0, 0, 0, 0}};        // above every participant
  core::roll_up(units, groups);
  EXPECT_EQ(units[0].figures.people, 6);
  EXPECT_EQ(units[0].figures.registered, 4);
  EXPECT_EQ(units[0].average_progress(), 75);
  EXPECT_EQ(units[1].figures.people, 3);
  EXPECT_EQ(units[1].registration_rate(), 100);
  EXPECT_EQ(units[1].figures.open_difficulties, 1);
  EXPECT_EQ(units[2].figures.people, 0);

  // The totals count the nested unit's people once (inside "/1/4/"), and
  // "/1/44/" is not nested in "/1/4/" for all its shared prefix.
  units.push_back(unit(44, "/1/44/"));
  core::roll_up(units, {{"/1/44/", 7, 7, 0, 0, 0, 0}});
  const auto totals = core::totals_of(units);
  EXPECT_EQ(totals.units, 4);
  EXPECT_EQ(totals.figures.people, 6 + 0 + 7);
  EXPECT_EQ(totals.figures.registered, 4 + 7);
  EXPECT_EQ(totals.figures.open_difficulties, 1);
}

TEST(UnitProgress, RateIsCappedAndLatenessNeedsAPassedDeadline) {
  std::vector<core::UnitProgress> units{unit(1, "/1/"), unit(2, "/2/")};
  units[0].figures.people = 2;
  units[0].figures.registered = 3;  // registered elsewhere, then moved in
  units[1].figures.people = 2;
  units[1].figures.registered = 1;
  units[1].plan_submitted_at = "2026-01-01T00:00:00.000Z";
  EXPECT_EQ(units[0].registration_rate(), 100);
  core::mark_late(units, std::nullopt, "2030-01-01");
  EXPECT_FALSE(units[0].late());
  EXPECT_FALSE(units[1].late());
  core::mark_late(units, std::string("2026-03-01"), "2026-03-02");
  EXPECT_TRUE(units[0].plan_late);
  EXPECT_FALSE(units[0].registration_late);
  EXPECT_FALSE(units[1].plan_late);
  EXPECT_TRUE(units[1].registration_late);
  core::sort_late_first(units);
  EXPECT_EQ(units[0].unit_id, 1);
}

TEST(UnitProgress, PercentBandsSplitAtQuartersAndKeepAHundredApart) {
  const std::vector<std::pair<int, int>> table{{0, 0},   {24, 0},  {25, 1},  {49, 1},  {50, 2}, {74, 2},
                                               {75, 3},  {99, 3},  {100, 4}, {-5, 0},  {130, 4}};
  for (const auto& [percent, band] : table) EXPECT_EQ(core::percent_band(percent), band) << percent;
}

TEST(UnitProgress, TotalsCountUnitsPerBandAndPerReasonOfLateness) {
  std::vector<core::UnitProgress> units{unit(1, "/1/"), unit(2, "/2/"), unit(3, "/3/"), unit(4, "/4/")};
  units[0].figures.people = 4;  // 100 %, targets at 80 %
  units[0].figures.registered = 4;
  units[0].figures.targets = 2;
  units[0].figures.percent_sum = 160;
  units[0].plan_submitted_at = "2026-01-01T00:00:00.000Z";
  units[1].figures.people = 4;  // 25 %, no target
  units[1].figures.registered = 1;
  units[2].figures.people = 10;  // 0 %, no plan either
  units[3].figures.people = 0;   // nobody: rate unknown
  units[3].plan_submitted_at = "2026-01-01T00:00:00.000Z";
  core::mark_late(units, std::string("2026-03-01"), "2026-03-02");
  const auto t = core::totals_of(units);
  EXPECT_EQ(t.rate_bands[4], 1);
  EXPECT_EQ(t.rate_bands[1], 1);
  EXPECT_EQ(t.rate_bands[0], 1);
  EXPECT_EQ(t.rate_unknown, 1);
  EXPECT_EQ(t.progress_bands[3], 1);
  EXPECT_EQ(t.progress_unknown, 3);
  EXPECT_EQ(t.late_units, 2);
  EXPECT_EQ(t.plan_late_units, 2);          // units 2 and 3
  EXPECT_EQ(t.registration_late_units, 2);  // units 2 and 3; unit 4 has nobody to register
}

}  // namespace
}  // namespace thidua
