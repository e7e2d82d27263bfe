#include "core/blanks.h"

#include <gtest/gtest.h>

#include <string>

namespace thidua::core {
namespace {

TEST(Blanks, TrimRemovesSpacesTabsAndLineBreaksAtBothEndsOnly) {
  EXPECT_EQ(trim_view(" \t\r\nNguyễn  Văn\tA \r\n"), "Nguyễn  Văn\tA");
  EXPECT_EQ(trim_blanks("\n\tBẾN TRE \t"), "BẾN TRE");
  EXPECT_EQ(trim_view("abc"), "abc");
  EXPECT_EQ(trim_view(""), "");
  EXPECT_EQ(trim_view(" \t\r\n "), "");
}

TEST(Blanks, NoBreakSpaceAndOtherControlsAreText) {
  // A no-break space (U+00A0) and a vertical tab are not blanks: what tidies
  // them is core::tidy_text, not a trim.
  EXPECT_EQ(trim_view("\xC2\xA0x\xC2\xA0"), "\xC2\xA0x\xC2\xA0");
  EXPECT_EQ(trim_view("\vx\f"), "\vx\f");
  EXPECT_FALSE(is_blank("\xC2\xA0"));
}

TEST(Blanks, TheViewPointsIntoTheSameBytes) {
  const std::string text = "  mã 01  ";
  const std::string_view v = trim_view(text);
  EXPECT_EQ(v.data(), text.data() + 2);
  EXPECT_EQ(v.size(), text.size() - 4);
}

TEST(Blanks, IsBlank) {
  EXPECT_TRUE(is_blank(""));
  EXPECT_TRUE(is_blank(" \t\r\n"));
  EXPECT_FALSE(is_blank(" . "));
}

}  // namespace
}  // namespace thidua::core
