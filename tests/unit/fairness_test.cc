// The fairness figures' rules (core/fairness.h): who counts as a leader, how
// groups are summed and shared out, levels from the agency, the texts.
#include <gtest/gtest.h>

#include "core/fairness.h"

namespace thidua::core {
namespace {

TEST(Fairness, PositionGroupsFromThePostAndTheCategory) {
  const std::vector<std::pair<std::string, PositionGroup>> table{
      {"Giám đốc Sở", PositionGroup::kLeader},
      {"Phó Giám đốc", PositionGroup::kLeader},
      {"Trưởng phòng", PositionGroup::kLeader},
      {"PHÓ TRƯỞNG PHÒNG", PositionGroup::kLeader},
      {"Chi cục trưởng", PositionGroup::kLeader},
      {"Chánh Văn phòng Sở", PositionGroup::kLeader},
      {"Phó Chánh Thanh tra", PositionGroup::kLeader},
      {"Chủ tịch Công đoàn", PositionGroup::kLeader},
      {"Tổng biên tập", PositionGroup::kLeader},
      {"Chuyên viên", PositionGroup::kStaff},
      {"Chuyên viên chính", PositionGroup::kStaff},
      {"", PositionGroup::kStaff},
      {"Kế toán viên", PositionGroup::kStaff},
      {"Giáo viên Trường Chính trị", PositionGroup::kStaff},  // trường (school) is not trưởng (head)
      {"Chánh  văn   phòng", PositionGroup::kLeader},
      {"Giám đốc/Chủ tịch", PositionGroup::kLeader},
      {"(Trưởng phòng)", PositionGroup::kLeader},
      {"Phó Giám đốc.", PositionGroup::kLeader},
      {"Trưởng-phòng", PositionGroup::kLeader},
  };
  for (const auto& [position, group] : table) {
    EXPECT_EQ(position_group(position, EmploymentCategory::kCivilServant), group) << position;
    EXPECT_EQ(position_group(position, EmploymentCategory::kWorker), PositionGroup::kWorker) << position;
  }
  EXPECT_EQ(position_group("Chánh", EmploymentCategory::kPublicEmployee), PositionGroup::kLeader);
  EXPECT_EQ(position_group("Chanh tra", EmploymentCategory::kPublicEmployee), PositionGroup::kStaff)
      << "whole words only";
}

TEST(Fairness, SharesAreTenthsOfAPercentRoundedAndGapsCompareThem) {
  std::vector<FairnessPersonCount> people{
      {Gender::kFemale, EmploymentCategory::kCivilServant, "Chuyên viên", "division", 2, 5, 1},
      {Gender::kMale, EmploymentCategory::kCivilServant, "Trưởng phòng", "division", 2, 1, 2},
      {Gender::kFemale, EmploymentCategory::kWorker, "", "centre", 3, 3, 0},
      {Gender::kUnspecified, EmploymentCategory::kCivilServant, "", "agency", 1, 0, 0},
  };
  std::vector<FairnessUnitCount> units{{"agency", 1, 1, 0}, {"division", 2, 2, 1}, {"centre", 3, 4, 2}};
  const auto tables = fairness_tables(people, units, 1);
  ASSERT_EQ(tables.size(), 6u);

  const auto& position = tables[0];
  EXPECT_EQ(position.dimension, FairnessDimension::kPosition);
  EXPECT_EQ(position.awards, 3);
  EXPECT_EQ(position.base, 9);
  ASSERT_EQ(position.groups.size(), 3u);
  EXPECT_EQ(position.groups[0].code, "leader");
  EXPECT_EQ(position.groups[0].award_share, 667);  // 2/3
  EXPECT_EQ(position.groups[0].base_share, 111);   // 1/9
  EXPECT_EQ(position.groups[0].gap, 556);
  EXPECT_EQ(position.groups[2].code, "worker");
  EXPECT_EQ(position.groups[2].award_share, 0);
  EXPECT_EQ(position.groups[2].gap, -333);

  const auto& gender = tables[1];
  ASSERT_EQ(gender.groups.size(), 2u) << "nobody of unspecified gender, no award: left out";
  EXPECT_EQ(gender.groups[0].code, "female");
  EXPECT_EQ(gender.groups[0].base, 8);
  EXPECT_EQ(gender.groups[0].award_share, 333);

  const auto& levels = tables[3];
  ASSERT_EQ(levels.groups.size(), 2u);
  EXPECT_EQ(levels.groups[0].code, "2");
  EXPECT_EQ(levels.groups[1].code, "3");
  EXPECT_EQ(levels.groups[1].label, "Cấp 3");

  const auto& unit_kinds = tables[4];
  EXPECT_EQ(unit_kinds.basis, FairnessBasis::kCollectives);
  ASSERT_EQ(unit_kinds.groups.size(), 3u);
  EXPECT_EQ(unit_kinds.groups[0].code, "agency") << "kinds in their fixed order";
  EXPECT_EQ(unit_kinds.groups[2].award_share, 667);
  EXPECT_EQ(unit_kinds.groups[2].base_share, 571);  // 4/7

  // Levels count from the agency read: an agency at depth 2.
  const auto deeper = fairness_tables(people, units, 2);
  EXPECT_EQ(deeper[5].groups[0].code, "1");
  EXPECT_EQ(deeper[5].groups[0].label, "Cấp 1 (cơ quan)");
  EXPECT_EQ(deeper[5].groups[0].base, 3) << "depths 1 and 2 both the agency's level (nothing is above it)";

  // Nothing at all: no group, no division by zero.
  const auto none = fairness_tables({}, {}, 1);
  for (const auto& t : none) EXPECT_TRUE(t.groups.empty());
}

TEST(Fairness, ShareAndGapTexts) {
  EXPECT_EQ(share_text(625), "62,5 %");
  EXPECT_EQ(share_text(0), "0,0 %");
  EXPECT_EQ(share_text(1000), "100,0 %");
  EXPECT_EQ(gap_text(31), "+3,1");
  EXPECT_EQ(gap_text(-20), "\xE2\x88\x92" "2,0");
  EXPECT_EQ(gap_text(0), "0,0");
}

}  // namespace
}  // namespace thidua::core
