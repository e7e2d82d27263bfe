#include "web/shared/format.h"

#include <gtest/gtest.h>

namespace thidua::web {
namespace {

TEST(Format, VietnameseDate) {
  EXPECT_EQ(vietnamese_date("1985-03-05"), "05/03/1985");
  EXPECT_EQ(vietnamese_date(""), "");
  EXPECT_EQ(vietnamese_date("not a date"), "not a date");
}

TEST(Format, VietnamTimeIsUtcPlusSevenAcrossMidnightAndYearEnd) {
  EXPECT_EQ(vietnam_time("2026-11-24T02:05:09.123Z"), "24/11/2026 09:05:09");
  EXPECT_EQ(vietnam_time("2026-12-31T20:00:00.000Z"), "01/01/2027 03:00:00");
  EXPECT_EQ(vietnam_time("2024-02-28T17:30:00.000Z"), "29/02/2024 00:30:00");
  EXPECT_EQ(vietnam_time("garbage"), "garbage");
}

}  // namespace
}  // namespace thidua::web
