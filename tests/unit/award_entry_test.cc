// The rules a register entry obeys (core/award.h): the checks an entry from
// the agency's past passes before it joins the register, when two entries
// record the same award, the levels as offices write them, and a unit's name
// in force on a date (core/org.h).
#include <gtest/gtest.h>

#include "core/award.h"
#include "core/org.h"

namespace thidua::core {
namespace {

AwardRecord entry() {
  AwardRecord a;
  a.subject = "individual";
  a.person_id = 7;
  a.unit_id = 3;
  a.recipient_name = "Nguyễn Văn An";
  a.award_name = "Lao động tiên tiến";
  a.year = 2022;
  a.decision_number_symbol = "45/QĐ-STNMT";
  a.decision_date = "2022-12-20";
  a.granted_by = "Giám đốc Sở Tài nguyên và Môi trường";
  a.occasion = AwardOccasion::kAnnual;
  return a;
}

std::string field_of(const Status& st) { return st.ok() ? "" : st.error().field; }

TEST(RegisterEntryTest, AGoodEntryPasses) { EXPECT_TRUE(validate_register_entry(entry(), 2026).ok()); }

TEST(RegisterEntryTest, TheYearOfAchievementIsBounded) {
  auto a = entry();
  a.year = kFirstAwardYear;
  a.decision_date = "1945-12-31";
  EXPECT_TRUE(validate_register_entry(a, 2026).ok()) << "the first year itself";
  a.year = kFirstAwardYear - 1;
  EXPECT_EQ(field_of(validate_register_entry(a, 2026)), "year");
  a = entry();
  a.year = 2026;
  a.decision_date = "2026-01-05";
  EXPECT_TRUE(validate_register_entry(a, 2026).ok()) << "this year itself";
  a.year = 2027;
  a.decision_date = "2027-01-05";
  EXPECT_EQ(field_of(validate_register_entry(a, 2026)), "year");
}

TEST(RegisterEntryTest, TheDecisionIsDatedNoEarlierThanTheYear) {
  auto a = entry();
  a.decision_date = "2022-01-01";
  EXPECT_TRUE(validate_register_entry(a, 2026).ok()) << "the first day of the year";
  a.decision_date = "2021-12-31";
  EXPECT_EQ(field_of(validate_register_entry(a, 2026)), "decision_date");
  a.decision_date = "2022-02-30";
  EXPECT_EQ(field_of(validate_register_entry(a, 2026)), "decision_date");
  a.decision_date = "20/12/2022";
  EXPECT_EQ(field_of(validate_register_entry(a, 2026)), "decision_date") << "ISO only, once read";
}

TEST(RegisterEntryTest, EachRequiredPartIsNamed) {
  struct Case {
    void (*spoil)(AwardRecord&);
    const char* field;
  };
  const Case cases[] = {
      {[](AwardRecord& a) { a.recipient_name.clear(); }, "recipient_name"},
      {[](AwardRecord& a) { a.award_name.clear(); }, "award_name"},
      {[](AwardRecord& a) { a.decision_number_symbol.clear(); }, "decision_number_symbol"},
      {[](AwardRecord& a) { a.granted_by.clear(); }, "granted_by"},
      {[](AwardRecord& a) { a.award_name = std::string(301, 'a'); }, "award_name"},
      {[](AwardRecord& a) { a.decision_number_symbol = std::string(101, '1'); }, "decision_number_symbol"},
      {[](AwardRecord& a) { a.granted_by = "\xff\xfe"; }, "granted_by"},
      {[](AwardRecord& a) { a.campaign_title = std::string(301, 'x'); }, "campaign_title"},
  };
  for (const auto& c : cases) {
    auto a = entry();
    c.spoil(a);
    EXPECT_EQ(field_of(validate_register_entry(a, 2026)), c.field);
  }
  auto a = entry();
  a.award_name = std::string(100, 'a') + "ạ";  // 101 characters, more bytes: counted in characters
  EXPECT_TRUE(validate_register_entry(a, 2026).ok());
}

TEST(SameAwardTest, OneRecipientOneAwardOneYearOneDecision) {
  const auto a = entry();
  auto b = entry();
  b.award_name = "LAO ĐỘNG TIÊN TIẾN";
  b.occasion = AwardOccasion::kCampaign;
  EXPECT_TRUE(same_award(a, b)) << "names compared regardless of case; same decision";
  b.decision_number_symbol = "46/QĐ-STNMT";
  EXPECT_FALSE(same_award(a, b)) << "two campaign awards of one year under two decisions";
  b.occasion = AwardOccasion::kAnnual;
  EXPECT_TRUE(same_award(a, b)) << "an annual title once a year, whatever the decision";
  b.year = 2023;
  EXPECT_FALSE(same_award(a, b));
  b = entry();
  b.person_id = 8;
  EXPECT_FALSE(same_award(a, b));
  b = entry();
  b.subject = "collective";
  EXPECT_FALSE(same_award(a, b));
}

TEST(SameAwardTest, CollectivesAreToldApartByUnit) {
  auto a = entry();
  a.subject = "collective";
  a.person_id.reset();
  auto b = a;
  EXPECT_TRUE(same_award(a, b));
  b.unit_id = 4;
  EXPECT_FALSE(same_award(a, b));
  a.unit_id.reset();
  b.unit_id.reset();
  EXPECT_FALSE(same_award(a, b)) << "an entry naming no unit matches nothing";
}

TEST(AwardLevelTest, LevelsAsOfficesWriteThem) {
  EXPECT_EQ(read_award_level("Cơ sở"), AwardLevel::kAgency);
  EXPECT_EQ(read_award_level("cấp cơ sở"), AwardLevel::kAgency);
  EXPECT_EQ(read_award_level("Cấp tỉnh"), AwardLevel::kProvince);
  EXPECT_EQ(read_award_level("tỉnh"), AwardLevel::kProvince);
  EXPECT_EQ(read_award_level("Bộ"), AwardLevel::kMinistry);
  EXPECT_EQ(read_award_level("ngành"), AwardLevel::kMinistry);
  EXPECT_EQ(read_award_level("NHÀ NƯỚC"), AwardLevel::kNational);
  EXPECT_EQ(read_award_level("toàn quốc"), AwardLevel::kNational);
  EXPECT_FALSE(read_award_level("Cấp xã").has_value());
  EXPECT_FALSE(read_award_level("Bộ, ngành, tỉnh").has_value()) << "two levels: the office must say which";
  EXPECT_FALSE(read_award_level("").has_value());
  for (auto l : {AwardLevel::kAgency, AwardLevel::kProvince, AwardLevel::kMinistry, AwardLevel::kNational}) {
    EXPECT_EQ(read_award_level(award_level_code(l)), l);
    EXPECT_EQ(read_award_level(award_level_label(l)), l);
  }
}

TEST(NameInForceTest, TheNameOfTheDay) {
  const std::vector<UnitName> history = {{"Phòng Tài nguyên và Môi trường", "", "2025-07-01"},
                                         {"Phòng Nông nghiệp và Môi trường", "2025-07-01", ""}};
  EXPECT_EQ(name_in_force(history, "2021-12-15", "x"), "Phòng Tài nguyên và Môi trường");
  EXPECT_EQ(name_in_force(history, "2025-06-30", "x"), "Phòng Tài nguyên và Môi trường");
  EXPECT_EQ(name_in_force(history, "2025-07-01", "x"), "Phòng Nông nghiệp và Môi trường") << "the rename's day";
  EXPECT_EQ(name_in_force({}, "2021-12-15", "Tên hiện nay"), "Tên hiện nay");
  const std::vector<UnitName> late = {{"Phòng mới", "2024-01-01", ""}};
  EXPECT_EQ(name_in_force(late, "2020-01-01", "Phòng mới"), "Phòng mới") << "before the history: the current name";
}

}  // namespace
}  // namespace thidua::core
