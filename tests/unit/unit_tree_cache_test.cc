#include "app/unit_tree_cache.h"

#include <gtest/gtest.h>

namespace thidua::app {
namespace {

UnitTreeCache::Tree tree_of(size_t n) {
  std::vector<UnitNode> nodes(n);
  for (size_t i = 0; i < n; ++i) nodes[i].unit.id = static_cast<int64_t>(i) + 1;
  return std::make_shared<const std::vector<UnitNode>>(std::move(nodes));
}

TEST(UnitTreeCache, ServesATreeOnlyAtTheCounterItWasReadAt) {
  UnitTreeCache cache;
  auto t = tree_of(3);
  cache.put(7, "/1/", t);
  EXPECT_EQ(cache.get(7, "/1/"), t);
  EXPECT_EQ(cache.get(7, "/2/"), nullptr) << "another reader's scopes";
  EXPECT_EQ(cache.get(8, "/1/"), nullptr) << "a unit changed since";
  EXPECT_EQ(cache.get(6, "/1/"), nullptr);
}

TEST(UnitTreeCache, AnotherCounterDropsEveryEntryEvenALowerOne) {
  UnitTreeCache cache;
  cache.put(7, "/1/", tree_of(2));
  cache.put(7, "/2/", tree_of(2));
  auto newer = tree_of(1);
  cache.put(8, "/1/", newer);
  EXPECT_EQ(cache.get(8, "/1/"), newer);
  EXPECT_EQ(cache.get(8, "/2/"), nullptr);
  EXPECT_EQ(cache.get(7, "/2/"), nullptr);
  // A database restored under a running server may count from lower again.
  auto restored = tree_of(1);
  cache.put(2, "/1/", restored);
  EXPECT_EQ(cache.get(2, "/1/"), restored);
  EXPECT_EQ(cache.get(8, "/1/"), nullptr);
}

TEST(UnitTreeCache, HoldsAtMostMaxNodesOverAllEntries) {
  UnitTreeCache cache(10);
  cache.put(1, "a", tree_of(6));
  cache.put(1, "b", tree_of(4));
  EXPECT_NE(cache.get(1, "a"), nullptr);
  EXPECT_NE(cache.get(1, "b"), nullptr);
  cache.put(1, "c", tree_of(3));  // 13 > 10: starts afresh
  EXPECT_EQ(cache.get(1, "a"), nullptr);
  EXPECT_EQ(cache.get(1, "b"), nullptr);
  EXPECT_NE(cache.get(1, "c"), nullptr);
  cache.put(1, "big", tree_of(11));  // never stored
  EXPECT_EQ(cache.get(1, "big"), nullptr);
  EXPECT_NE(cache.get(1, "c"), nullptr);
  // Replacing an entry counts its new size only.
  cache.put(1, "c", tree_of(9));
  cache.put(1, "d", tree_of(1));
  EXPECT_NE(cache.get(1, "c"), nullptr);
  EXPECT_NE(cache.get(1, "d"), nullptr);
  cache.clear();
  EXPECT_EQ(cache.get(1, "c"), nullptr);
}

}  // namespace
}  // namespace thidua::app
