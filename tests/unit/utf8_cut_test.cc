// Cutting UTF-8 to a byte budget (core/utf8_cut.h): never inside a character.
#include <gtest/gtest.h>

#include "core/utf8_cut.h"

namespace thidua::core {
namespace {

TEST(Utf8Cut, NeverSplitsACharacter) {
  const std::string text = "Trường";  // T r ư(2) ờ(3) n g: 9 bytes
  EXPECT_EQ(utf8_prefix(text, 100), text);
  EXPECT_EQ(utf8_prefix(text, 9), text);
  EXPECT_EQ(utf8_prefix(text, 2), "Tr");
  EXPECT_EQ(utf8_prefix(text, 3), "Tr") << "ư takes two bytes: left out whole";
  EXPECT_EQ(utf8_prefix(text, 4), "Trư");
  EXPECT_EQ(utf8_prefix(text, 5), "Trư");
  EXPECT_EQ(utf8_prefix(text, 6), "Trư");
  EXPECT_EQ(utf8_prefix(text, 7), "Trườ");
  EXPECT_EQ(utf8_prefix(text, 0), "");
  EXPECT_EQ(utf8_prefix("", 3), "");
}

}  // namespace
}  // namespace thidua::core
