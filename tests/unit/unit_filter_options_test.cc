// The unit filter of the list pages (web/ui/unit_options.h): every unit while
// they fit, else whole upper levels and the selected unit.
#include "web/ui/unit_options.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/sample_unit_tree.h"

namespace thidua::web {
namespace {

std::vector<app::UnitNode> tree(int tops, int children, int leaves) {
  return testing_units::sample_unit_tree(tops, children, leaves);
}

std::vector<int64_t> values(const UnitFilterOptions& o) {
  std::vector<int64_t> out;
  for (const auto& v : o.options) out.push_back(v.at("value").as_int64());
  return out;
}

TEST(UnitFilterOptions, EveryUnitWhileTheyFit) {
  const auto nodes = tree(2, 3, 4);  // 2 + 6 + 24 = 32
  const auto o = unit_filter_options(nodes, 5, 32);
  EXPECT_FALSE(o.shortened);
  EXPECT_EQ(o.options.size(), 32u);
  EXPECT_EQ(o.options[4].at("selected").as_bool(), true);
  EXPECT_EQ(o.options[2].at("label").as_string(), "— — U3");
}

TEST(UnitFilterOptions, PastTheLimitTheUpperLevelsAndTheSelectedUnit) {
  const auto nodes = tree(2, 3, 4);  // levels hold 2, 6 and 24 units
  const auto o = unit_filter_options(nodes, std::nullopt, 10);
  EXPECT_TRUE(o.shortened);
  EXPECT_EQ(o.levels, 2);
  EXPECT_EQ(values(o), (std::vector<int64_t>{1, 2, 7, 12, 17, 18, 23, 28}));

  const auto with_leaf = unit_filter_options(nodes, 9, 10);  // a leaf under U7
  EXPECT_EQ(values(with_leaf), (std::vector<int64_t>{1, 2, 7, 9, 12, 17, 18, 23, 28}));
  EXPECT_TRUE(with_leaf.options[3].at("selected").as_bool());
  EXPECT_EQ(with_leaf.options[3].at("label").as_string(), "— — U9") << "in its place, at its depth";
}

TEST(UnitFilterOptions, WhenEvenTheTopsDoNotFitTheFirstOfThem) {
  const auto nodes = tree(5, 1, 0);
  const auto o = unit_filter_options(nodes, 10, 3);
  EXPECT_TRUE(o.shortened);
  EXPECT_EQ(o.levels, 1);
  EXPECT_EQ(values(o), (std::vector<int64_t>{1, 3, 5, 10})) << "three tops and the selected unit";
}

}  // namespace
}  // namespace thidua::web
