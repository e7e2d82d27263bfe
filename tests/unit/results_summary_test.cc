// app::summarise_results: the closing summary's figures per unit, per award
// type and in total, from the store's counts (one row per unit and award type).
#include <gtest/gtest.h>

#include "app/results_summary.h"

namespace thidua::app {
namespace {

core::AwardCount count(const char* unit, const char* award, const char* by, int64_t ind, int64_t col) {
  return core::AwardCount{unit, award, by, ind, col};
}

TEST(ResultsSummary, NothingAwardedGivesNoUnitsAndZeroTotals) {
  const ResultsSummary s = summarise_results({});
  EXPECT_TRUE(s.units.empty());
  EXPECT_TRUE(s.award_types.empty());
  EXPECT_EQ(s.individuals, 0);
  EXPECT_EQ(s.collectives, 0);
}

TEST(ResultsSummary, GroupsByUnitAndByAwardTypeInTheOrderFirstMet) {
  const ResultsSummary s = summarise_results({
      count("Phòng TNMT huyện Lục Nam", "Giấy khen", "Giám đốc Sở", 3, 1),
      count("Phòng TNMT huyện Lục Nam", "Bằng khen", "Chủ tịch UBND tỉnh", 1, 0),
      count("Phòng TNMT huyện Hiệp Hòa", "Giấy khen", "Giám đốc Sở", 2, 0),
      // The same unit name again further on (a unit renamed back, say): one unit.
      count("Phòng TNMT huyện Lục Nam", "Bằng khen", "Bộ trưởng Bộ TNMT", 0, 1),
  });
  ASSERT_EQ(s.units.size(), 2u);
  EXPECT_EQ(s.units[0].unit_name, "Phòng TNMT huyện Lục Nam");
  ASSERT_EQ(s.units[0].awards.size(), 3u);
  EXPECT_EQ(s.units[0].awards[2].granted_by, "Bộ trưởng Bộ TNMT");
  EXPECT_EQ(s.units[0].individuals, 4);
  EXPECT_EQ(s.units[0].collectives, 2);
  EXPECT_EQ(s.units[1].unit_name, "Phòng TNMT huyện Hiệp Hòa");
  EXPECT_EQ(s.units[1].individuals, 2);

  // "Bằng khen" of two authorities are two award types.
  ASSERT_EQ(s.award_types.size(), 3u);
  EXPECT_EQ(s.award_types[0].award_name, "Giấy khen");
  EXPECT_EQ(s.award_types[0].individuals, 5);
  EXPECT_EQ(s.award_types[0].collectives, 1);
  EXPECT_EQ(s.award_types[1].granted_by, "Chủ tịch UBND tỉnh");
  EXPECT_EQ(s.award_types[2].granted_by, "Bộ trưởng Bộ TNMT");
  EXPECT_EQ(s.award_types[2].collectives, 1);

  EXPECT_EQ(s.individuals, 6);
  EXPECT_EQ(s.collectives, 2);
}

// Two units may share a name (a "Tổ Dữ liệu" under two offices): the store
// tells them apart by path, and so does the summary, as the XLSX does.
TEST(ResultsSummary, SameNamedUnitsOfDifferentPathsStayApart) {
  auto at = [](const char* unit, const char* path, int64_t ind) {
    core::AwardCount c = count(unit, "Giấy khen", "Giám đốc Sở", ind, 0);
    c.unit_path = path;
    return c;
  };
  const ResultsSummary s = summarise_results({
      at("Tổ Dữ liệu", "/1/5/9/", 2),
      at("Tổ Dữ liệu", "/1/6/12/", 3),
      at("Tổ Dữ liệu", "/1/5/9/", 1),
  });
  ASSERT_EQ(s.units.size(), 2u);
  EXPECT_EQ(s.units[0].unit_name, "Tổ Dữ liệu");
  EXPECT_EQ(s.units[0].unit_path, "/1/5/9/");
  EXPECT_EQ(s.units[0].individuals, 3);
  EXPECT_EQ(s.units[0].awards.size(), 2u);
  EXPECT_EQ(s.units[1].unit_name, "Tổ Dữ liệu");
  EXPECT_EQ(s.units[1].unit_path, "/1/6/12/");
  EXPECT_EQ(s.units[1].individuals, 3);
  ASSERT_EQ(s.award_types.size(), 1u);
  EXPECT_EQ(s.award_types[0].individuals, 6);
  EXPECT_EQ(s.individuals, 6);
}

}  // namespace
}  // namespace thidua::app
