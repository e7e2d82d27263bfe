// core/login_throttle.h: the growing block after repeated failed logins.
#include "core/login_throttle.h"

#include <gtest/gtest.h>

namespace thidua::core {
namespace {

TEST(LoginThrottleTest, TheFirstFailuresAreFreeThenTheBlockDoublesUpToTheCap) {
  const LoginThrottlePolicy p;
  for (int n = 0; n < 5; ++n) EXPECT_EQ(block_seconds_after(n, p), 0) << n;
  EXPECT_EQ(block_seconds_after(5, p), 30);
  EXPECT_EQ(block_seconds_after(6, p), 60);
  EXPECT_EQ(block_seconds_after(7, p), 120);
  EXPECT_EQ(block_seconds_after(9, p), 480);
  EXPECT_EQ(block_seconds_after(10, p), 900);
  EXPECT_EQ(block_seconds_after(1000000, p), 900) << "no overflow, the cap holds";
}

TEST(LoginThrottleTest, KeysIgnoreCaseAndSurroundingSpaces) {
  EXPECT_EQ(login_key("  ThuongTruc "), "thuongtruc");
  EXPECT_EQ(login_key("nguyễn"), "nguyễn") << "non-ASCII is kept as typed";
  EXPECT_EQ(login_key(std::string(100, 'a')).size(), 64u);
}

}  // namespace
}  // namespace thidua::core
