#include "core/hex.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace thidua::core {
namespace {

TEST(Hex, TwoLowerCaseDigitsAByteHighHalfFirst) {
  const std::array<uint8_t, 5> bytes{0x00, 0x0f, 0xa0, 0x7e, 0xff};
  EXPECT_EQ(to_hex(bytes), "000fa07eff");
  EXPECT_EQ(to_hex(std::span<const uint8_t>()), "");
  // A string's bytes, UTF-8 included, the same way.
  EXPECT_EQ(to_hex(std::string_view("Ấ\x01")), "e1baa401");
  std::string out = "x";
  append_hex(out, 0xc3);
  EXPECT_EQ(out, "xc3");
}

}  // namespace
}  // namespace thidua::core
