// One page of the unit tree (app/unit_browse.h): whole upper levels past the
// limit, one branch with its ancestors, pages in tree order.
#include "app/unit_browse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "unit/sample_unit_tree.h"

namespace thidua::app {
namespace {

std::vector<app::UnitNode> tree(int tops, int children, int leaves) {
  return testing_units::sample_unit_tree(tops, children, leaves);
}

std::vector<int64_t> ids(const UnitBrowsePage& p) {
  std::vector<int64_t> out;
  for (const auto& b : p.units) out.push_back(b.node.unit.id);
  return out;
}

TEST(UnitBrowse, EveryUnitWhileTheyFit) {
  const auto nodes = tree(2, 3, 4);  // 2 + 6 + 24 = 32
  auto p = lay_out_unit_page(nodes, {std::nullopt, 1, 100, true, 32});
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->shortened);
  EXPECT_EQ(p->total, 32);
  EXPECT_EQ(p->units.size(), 32u);
  EXPECT_FALSE(p->has_more);
  for (const auto& b : p->units) EXPECT_EQ(b.hidden, 0) << b.node.unit.id;
  EXPECT_EQ(p->units[2].level, 2);
}

TEST(UnitBrowse, PastTheLimitWholeUpperLevelsEachTellingWhatLiesBelow) {
  const auto nodes = tree(2, 3, 4);  // levels hold 2, 6 and 24 units
  auto p = lay_out_unit_page(nodes, {std::nullopt, 1, 100, true, 10});
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->shortened);
  EXPECT_EQ(p->levels, 2);
  EXPECT_EQ(p->total, 8);
  EXPECT_EQ(ids(*p), (std::vector<int64_t>{1, 2, 7, 12, 17, 18, 23, 28}));
  EXPECT_EQ(p->units[0].hidden, 0) << "a top's children are shown";
  EXPECT_EQ(p->units[1].hidden, 4) << "U2's four leaves are below it";

  // Not even the tops fit: the tops, a page at a time.
  auto tops = lay_out_unit_page(nodes, {std::nullopt, 2, 1, true, 1});
  ASSERT_TRUE(tops);
  EXPECT_EQ(ids(*tops), (std::vector<int64_t>{17}));
  EXPECT_EQ(tops->units[0].hidden, 15);
  EXPECT_EQ(tops->total, 2);
  EXPECT_FALSE(tops->has_more);
}

TEST(UnitBrowse, ABranchWithItsAncestorsAndAtLeastItsChildren) {
  const auto nodes = tree(2, 3, 4);
  auto p = lay_out_unit_page(nodes, {int64_t{23}, 1, 100, true, 100});
  ASSERT_TRUE(p);
  ASSERT_TRUE(p->root);
  EXPECT_EQ(p->root->id, 23);
  ASSERT_EQ(p->crumbs.size(), 1u);
  EXPECT_EQ(p->crumbs[0].id, 17);
  EXPECT_EQ(ids(*p), (std::vector<int64_t>{23, 24, 25, 26, 27}));
  EXPECT_EQ(p->units[0].level, 0);
  EXPECT_EQ(p->units[1].level, 1);

  // A limit below the branch's root and children still shows them, paged.
  auto top = lay_out_unit_page(nodes, {int64_t{17}, 1, 3, true, 2});
  ASSERT_TRUE(top);
  EXPECT_TRUE(top->shortened);
  EXPECT_TRUE(top->crumbs.empty());
  EXPECT_EQ(top->total, 4);
  EXPECT_TRUE(top->has_more);
  EXPECT_EQ(ids(*top), (std::vector<int64_t>{17, 18, 23}));
  EXPECT_EQ(top->units[1].hidden, 4);

  EXPECT_FALSE(lay_out_unit_page(nodes, {int64_t{99}, 1, 10, true, 10})) << "a unit not in the tree";
}

TEST(UnitBrowse, TheApiPagesEveryUnitInTreeOrder) {
  const auto nodes = tree(2, 3, 4);
  std::vector<int64_t> seen;
  for (int page = 1;; ++page) {
    auto p = lay_out_unit_page(nodes, {std::nullopt, page, 7, false, 0});
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->shortened);
    EXPECT_EQ(p->total, 32);
    for (int64_t id : ids(*p)) seen.push_back(id);
    if (!p->has_more) break;
  }
  ASSERT_EQ(seen.size(), 32u);
  for (size_t i = 0; i < seen.size(); ++i) EXPECT_EQ(seen[i], static_cast<int64_t>(i) + 1);
  auto past = lay_out_unit_page(nodes, {std::nullopt, 9, 7, false, 0});
  ASSERT_TRUE(past);
  EXPECT_TRUE(past->units.empty());
}

}  // namespace
}  // namespace thidua::app
