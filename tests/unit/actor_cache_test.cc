#include "app/actor_cache.h"

#include <gtest/gtest.h>

namespace thidua::app {
namespace {

using Clock = std::chrono::steady_clock;

ActorCache::Entry entry(const std::string& username) {
  ActorCache::Entry e;
  e.actor.username = username;
  return e;
}

TEST(ActorCache, ServesEntriesForTheirTtlOnly) {
  ActorCache cache(std::chrono::seconds(5));
  const auto t0 = Clock::now();
  cache.put("s:a", entry("canbo"), t0);
  ASSERT_TRUE(cache.get("s:a", t0 + std::chrono::seconds(4)).has_value());
  EXPECT_EQ(cache.get("s:a", t0 + std::chrono::seconds(4))->actor.username, "canbo");
  EXPECT_FALSE(cache.get("s:a", t0 + std::chrono::seconds(5)).has_value()) << "expired at ttl";
  EXPECT_FALSE(cache.get("s:b", t0).has_value());
}

TEST(ActorCache, ClearForgetsEverythingAndSizeIsBounded) {
  ActorCache cache(std::chrono::seconds(5), 2);
  const auto t0 = Clock::now();
  cache.put("a", entry("a"), t0);
  cache.put("b", entry("b"), t0);
  cache.clear();
  EXPECT_FALSE(cache.get("a", t0).has_value());
  cache.put("a", entry("a"), t0);
  cache.put("b", entry("b"), t0);
  cache.put("c", entry("c"), t0);  // over the bound: starts afresh
  EXPECT_FALSE(cache.get("a", t0).has_value());
  EXPECT_TRUE(cache.get("c", t0).has_value());
}

}  // namespace
}  // namespace thidua::app
