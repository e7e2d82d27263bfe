// Units of the organisation tree: kinds, validation, paths, dates (core/org.h).
#include "core/org.h"

#include <gtest/gtest.h>

#include <string>

namespace thidua::core {
namespace {

Unit valid_unit() {
  Unit u;
  u.code = "STNMT-VP";
  u.name = "Văn phòng Sở Tài nguyên và Môi trường";
  u.short_name = "Văn phòng Sở";
  u.kind = UnitKind::kOffice;
  u.valid_from = "2003-11-10";
  return u;
}

void expect_invalid(const Unit& u, const std::string& field, const std::string& message) {
  const Status s = validate_unit(u);
  ASSERT_FALSE(s.ok()) << "expected a problem with " << field;
  EXPECT_EQ(s.error().code, errc::kValidation);
  EXPECT_EQ(s.error().field, field);
  EXPECT_EQ(s.error().message, message);
}

TEST(UnitKind, CodesAndLabelsRoundTrip) {
  const std::pair<UnitKind, std::pair<const char*, const char*>> expected[] = {
      {UnitKind::kAgency, {"agency", "Cơ quan"}},
      {UnitKind::kOffice, {"office", "Văn phòng"}},
      {UnitKind::kDivision, {"division", "Phòng"}},
      {UnitKind::kSubDepartment, {"sub_department", "Chi cục"}},
      {UnitKind::kCentre, {"centre", "Trung tâm"}},
      {UnitKind::kBranch, {"branch", "Chi nhánh"}},
      {UnitKind::kDistrictOffice, {"district_office", "Phòng TNMT cấp huyện"}},
      {UnitKind::kOther, {"other", "Khác"}},
  };
  ASSERT_EQ(all_unit_kinds().size(), std::size(expected));
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const auto& [kind, names] = expected[i];
    EXPECT_EQ(all_unit_kinds()[i], kind);
    EXPECT_EQ(unit_kind_code(kind), names.first);
    EXPECT_EQ(unit_kind_label(kind), names.second);
    EXPECT_EQ(parse_unit_kind(names.first), kind);
    EXPECT_EQ(parse_unit_kind(names.second), kind);
  }
}

TEST(UnitKind, ParseIgnoresCaseAndDiacritics) {
  EXPECT_EQ(parse_unit_kind("CHI CỤC"), UnitKind::kSubDepartment);
  EXPECT_EQ(parse_unit_kind("chi cuc"), UnitKind::kSubDepartment);
  EXPECT_EQ(parse_unit_kind("  phong  "), UnitKind::kDivision);
  EXPECT_EQ(parse_unit_kind("Phong TNMT cap huyen"), UnitKind::kDistrictOffice);
  EXPECT_EQ(parse_unit_kind("Trung ta\u0302m"), UnitKind::kCentre);  // decomposed
  EXPECT_EQ(parse_unit_kind("AGENCY"), UnitKind::kAgency);
  EXPECT_FALSE(parse_unit_kind("").has_value());
  EXPECT_FALSE(parse_unit_kind("Sở").has_value());
  EXPECT_FALSE(parse_unit_kind("sub-department").has_value());
}

TEST(ValidateUnit, AcceptsAWellFormedUnit) {
  EXPECT_TRUE(validate_unit(valid_unit()).ok());
  Unit u = valid_unit();
  u.valid_from.clear();
  EXPECT_TRUE(validate_unit(u).ok());
  u.code = std::string(32, 'A');
  EXPECT_TRUE(validate_unit(u).ok());
  u.code = "a.b_c-9";
  EXPECT_TRUE(validate_unit(u).ok());
  u.valid_from = "2003-11-10";
  u.valid_to = "2003-11-10";  // a one-day unit
  EXPECT_TRUE(validate_unit(u).ok());
}

TEST(ValidateUnit, CodeIsRequiredShortAndPlain) {
  Unit u = valid_unit();
  u.code = "";
  expect_invalid(u, "code", "Mã đơn vị không được để trống.");
  u.code = std::string(33, 'A');
  expect_invalid(u, "code", "Mã đơn vị dài tối đa 32 ký tự.");
  for (const char* bad : {"STNMT VP", "STNMT/VP", "VĂNPHÒNG", "VP#1", " VP"}) {
    u.code = bad;
    expect_invalid(u, "code", "Mã đơn vị chỉ được gồm chữ cái không dấu, chữ số và các ký tự . _ -");
  }
}

TEST(ValidateUnit, NameIsRequiredValidAndAtMost255Characters) {
  Unit u = valid_unit();
  u.name = "";
  expect_invalid(u, "name", "Tên đơn vị không được để trống.");
  u.name = "   \t ";
  expect_invalid(u, "name", "Tên đơn vị không được để trống.");
  u.name = "Phòng \xFF";
  expect_invalid(u, "name", "Tên đơn vị chứa ký tự không hợp lệ.");
  // 255 two-byte characters are fine: the limit counts characters, not bytes.
  std::string name;
  for (int i = 0; i < 255; ++i) name += "ư";
  u.name = name;
  EXPECT_TRUE(validate_unit(u).ok());
  u.name += "a";
  expect_invalid(u, "name", "Tên đơn vị dài tối đa 255 ký tự.");
}

TEST(ValidateUnit, DatesMustBeRealAndOrdered) {
  Unit u = valid_unit();
  u.valid_from = "10/11/2003";
  expect_invalid(u, "valid_from", "Ngày bắt đầu hiệu lực không hợp lệ (định dạng YYYY-MM-DD).");
  u.valid_from = "2023-02-29";
  expect_invalid(u, "valid_from", "Ngày bắt đầu hiệu lực không hợp lệ (định dạng YYYY-MM-DD).");
  u.valid_from = "2024-02-29";
  EXPECT_TRUE(validate_unit(u).ok());
  u.valid_to = "2024-13-01";
  expect_invalid(u, "valid_to", "Ngày hết hiệu lực không hợp lệ (định dạng YYYY-MM-DD).");
  u.valid_to = "2024-02-28";
  expect_invalid(u, "valid_to", "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực.");
  u.valid_from.clear();
  EXPECT_TRUE(validate_unit(u).ok());  // an end without a known start
}

TEST(IsIsoDate, ChecksTheCalendar) {
  EXPECT_TRUE(is_iso_date("2003-11-10"));
  EXPECT_TRUE(is_iso_date("2000-02-29"));  // divisible by 400
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_TRUE(is_iso_date("2023-12-31"));
  EXPECT_FALSE(is_iso_date("1900-02-29"));  // divisible by 100
  EXPECT_FALSE(is_iso_date("2023-02-29"));
  EXPECT_FALSE(is_iso_date("2023-04-31"));
  EXPECT_FALSE(is_iso_date("2023-00-10"));
  EXPECT_FALSE(is_iso_date("2023-10-00"));
  EXPECT_FALSE(is_iso_date("0000-01-01"));
  EXPECT_FALSE(is_iso_date("2023-1-10"));
  EXPECT_FALSE(is_iso_date("2023/10/10"));
  EXPECT_FALSE(is_iso_date("2023-10-10T00:00"));
  EXPECT_FALSE(is_iso_date("２023-10-10"));
  EXPECT_FALSE(is_iso_date(""));
}

TEST(PathWithin, CoversTheSubtreeOnly) {
  EXPECT_TRUE(path_within("/1/4/7/", "/1/4/"));
  EXPECT_TRUE(path_within("/1/4/", "/1/4/"));
  EXPECT_TRUE(path_within("/1/4/", "/1/"));
  EXPECT_FALSE(path_within("/1/45/", "/1/4/"));
  EXPECT_FALSE(path_within("/1/", "/1/4/"));
  EXPECT_FALSE(path_within("/2/4/", "/1/"));
  EXPECT_FALSE(path_within("/1/4/", ""));
  EXPECT_FALSE(path_within("", "/1/"));
  EXPECT_FALSE(path_within("/1/45/", "/1/4"));
  EXPECT_TRUE(path_within("/1/4/7/", "/1/4"));
}

TEST(RootIdOfPath, NamesTheTopUnit) {
  EXPECT_EQ(root_id_of_path("/1/4/7/"), 1);
  EXPECT_EQ(root_id_of_path("/123/"), 123);
  EXPECT_EQ(root_id_of_path("/"), 0);
  EXPECT_EQ(root_id_of_path(""), 0);
  EXPECT_EQ(root_id_of_path("/12"), 0) << "no closing slash";
  EXPECT_EQ(root_id_of_path("/1a/"), 0);
  EXPECT_EQ(root_id_of_path("//4/"), 0);
  EXPECT_EQ(root_id_of_path("/99999999999999999999999/"), 0) << "overflow";
}

}  // namespace
}  // namespace thidua::core
