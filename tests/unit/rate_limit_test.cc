#include "web/rate_limit.h"

#include <gtest/gtest.h>

namespace thidua::web {
namespace {

using Clock = std::chrono::steady_clock;

TEST(RateLimiter, AllowsUpToTheLimitPerWindowAndKey) {
  RateLimiter limiter(3, std::chrono::seconds(60));
  const auto t0 = Clock::now();
  EXPECT_TRUE(limiter.allow("10.0.0.1", t0));
  EXPECT_TRUE(limiter.allow("10.0.0.1", t0));
  EXPECT_TRUE(limiter.allow("10.0.0.1", t0));
  EXPECT_FALSE(limiter.allow("10.0.0.1", t0 + std::chrono::seconds(59)));
  EXPECT_TRUE(limiter.allow("10.0.0.2", t0)) << "another key has its own budget";
  EXPECT_TRUE(limiter.allow("10.0.0.1", t0 + std::chrono::seconds(60))) << "a new window starts afresh";
}

TEST(RateLimiter, EvictsTheOldestKeyWhenFull) {
  RateLimiter limiter(1, std::chrono::seconds(60), 2);
  const auto t0 = Clock::now();
  EXPECT_TRUE(limiter.allow("a", t0));
  EXPECT_TRUE(limiter.allow("b", t0 + std::chrono::seconds(1)));
  EXPECT_TRUE(limiter.allow("c", t0 + std::chrono::seconds(2)));  // evicts "a"
  EXPECT_TRUE(limiter.allow("a", t0 + std::chrono::seconds(3))) << "evicted key starts a new window";
  EXPECT_FALSE(limiter.allow("c", t0 + std::chrono::seconds(4)));
}

}  // namespace
}  // namespace thidua::web
