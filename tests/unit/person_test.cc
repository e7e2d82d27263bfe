// People: codes, labels and the normalisation of editable fields (core/person.h).
#include "core/person.h"

#include <gtest/gtest.h>

#include <string>

namespace thidua::core {
namespace {

Person valid_person() {
  Person p;
  p.full_name = "Nguyễn Văn An";
  p.gender = Gender::kMale;
  p.birth_date = "1980-05-19";
  p.position = "Trưởng phòng";
  p.title = "Chuyên viên chính";
  p.category = EmploymentCategory::kCivilServant;
  p.email = "an.nv@tnmt.bacgiang.gov.vn";
  p.phone = "0204 3854 123";
  return p;
}

void expect_invalid(const Person& p, const std::string& field, const std::string& message) {
  const Result<Person> r = normalise_person(p);
  ASSERT_FALSE(r.ok()) << "expected a problem with " << field;
  EXPECT_EQ(r.error().code, errc::kValidation);
  EXPECT_EQ(r.error().field, field);
  EXPECT_EQ(r.error().message, message);
}

TEST(Gender, CodesLabelsAndParsing) {
  EXPECT_EQ(gender_code(Gender::kUnspecified), "");
  EXPECT_EQ(gender_code(Gender::kMale), "male");
  EXPECT_EQ(gender_code(Gender::kFemale), "female");
  EXPECT_EQ(gender_label(Gender::kUnspecified), "");
  EXPECT_EQ(gender_label(Gender::kMale), "Nam");
  EXPECT_EQ(gender_label(Gender::kFemale), "Nữ");
  EXPECT_EQ(parse_gender("male"), Gender::kMale);
  EXPECT_EQ(parse_gender("Nam"), Gender::kMale);
  EXPECT_EQ(parse_gender(" NAM "), Gender::kMale);
  EXPECT_EQ(parse_gender("female"), Gender::kFemale);
  EXPECT_EQ(parse_gender("Nữ"), Gender::kFemale);
  EXPECT_EQ(parse_gender("nu"), Gender::kFemale);
  EXPECT_EQ(parse_gender("NỮ"), Gender::kFemale);
  EXPECT_EQ(parse_gender("Nu\u0303"), Gender::kFemale);  // decomposed
  EXPECT_EQ(parse_gender(""), Gender::kUnspecified);
  EXPECT_FALSE(parse_gender("x").has_value());
  EXPECT_FALSE(parse_gender("Nam giới tính").has_value());
}

TEST(EmploymentCategory, CodesLabelsAndParsing) {
  EXPECT_EQ(category_code(EmploymentCategory::kCivilServant), "civil_servant");
  EXPECT_EQ(category_code(EmploymentCategory::kPublicEmployee), "public_employee");
  EXPECT_EQ(category_code(EmploymentCategory::kWorker), "worker");
  EXPECT_EQ(category_label(EmploymentCategory::kCivilServant), "Công chức");
  EXPECT_EQ(category_label(EmploymentCategory::kPublicEmployee), "Viên chức");
  EXPECT_EQ(category_label(EmploymentCategory::kWorker), "Người lao động");
  EXPECT_EQ(parse_category("civil_servant"), EmploymentCategory::kCivilServant);
  EXPECT_EQ(parse_category("CÔNG CHỨC"), EmploymentCategory::kCivilServant);
  EXPECT_EQ(parse_category("vien chuc"), EmploymentCategory::kPublicEmployee);
  EXPECT_EQ(parse_category("Người  lao động"), EmploymentCategory::kWorker);
  EXPECT_EQ(parse_category("worker"), EmploymentCategory::kWorker);
  EXPECT_FALSE(parse_category("").has_value());
  EXPECT_FALSE(parse_category("hợp đồng").has_value());
}

TEST(NormalisePerson, TidiesNameAndFields) {
  Person p = valid_person();
  p.full_name = "  Nguye\u0302\u0303n \t Va\u0306n\u00A0  An ";
  p.position = " Trưởng   phòng ";
  p.email = " an.nv@tnmt.bacgiang.gov.vn ";
  p.phone = " +84 (204) 3854-123 ";
  p.birth_date = " 1980-05-19 ";
  const Result<Person> r = normalise_person(p);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->full_name, "Nguyễn Văn An");
  EXPECT_EQ(r->position, "Trưởng phòng");
  EXPECT_EQ(r->email, "an.nv@tnmt.bacgiang.gov.vn");
  EXPECT_EQ(r->phone, "+84 (204) 3854-123");
  EXPECT_EQ(r->birth_date, "1980-05-19");
}

TEST(NormalisePerson, OptionalFieldsMayBeEmpty) {
  Person p;
  p.full_name = "Bùi Quang Huy";
  const Result<Person> r = normalise_person(p);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->full_name, "Bùi Quang Huy");
}

TEST(NormalisePerson, FullNameRules) {
  Person p = valid_person();
  p.full_name = "";
  expect_invalid(p, "full_name", "Họ và tên không được để trống.");
  p.full_name = " \t\u00A0 ";
  expect_invalid(p, "full_name", "Họ và tên không được để trống.");
  p.full_name = "Nguyễn\xC3";
  expect_invalid(p, "full_name", "Họ và tên chứa ký tự không hợp lệ.");
  p.full_name = "Nguyễn\nVăn An";
  expect_invalid(p, "full_name", "Họ và tên không được chứa ký tự điều khiển.");
  p.full_name = std::string("Nguyễn\0An", 9);
  expect_invalid(p, "full_name", "Họ và tên không được chứa ký tự điều khiển.");
  p.full_name = "123 - 456";
  expect_invalid(p, "full_name", "Họ và tên phải có ít nhất một chữ cái.");
  std::string name;
  for (int i = 0; i < 120; ++i) name += "ễ";
  p.full_name = name;
  EXPECT_TRUE(normalise_person(p).ok());
  p.full_name = name + "a";
  expect_invalid(p, "full_name", "Họ và tên dài tối đa 120 ký tự.");
  p.full_name = "H'Hen Niê";
  EXPECT_TRUE(normalise_person(p).ok());
}

TEST(NormalisePerson, BirthDateMustBeARealDateIn1900To2100) {
  Person p = valid_person();
  p.birth_date = "19/05/1980";
  expect_invalid(p, "birth_date", "Ngày sinh không hợp lệ (định dạng YYYY-MM-DD).");
  p.birth_date = "1981-02-29";
  expect_invalid(p, "birth_date", "Ngày sinh không hợp lệ (định dạng YYYY-MM-DD).");
  p.birth_date = "1899-12-31";
  expect_invalid(p, "birth_date", "Ngày sinh phải trong khoảng từ 01/01/1900 đến 31/12/2100.");
  p.birth_date = "2101-01-01";
  expect_invalid(p, "birth_date", "Ngày sinh phải trong khoảng từ 01/01/1900 đến 31/12/2100.");
  p.birth_date = "1900-01-01";
  EXPECT_TRUE(normalise_person(p).ok());
  p.birth_date = "1984-02-29";
  EXPECT_TRUE(normalise_person(p).ok());
}

TEST(NormalisePerson, EmailMustLookLikeAnAddress) {
  Person p = valid_person();
  for (const char* bad : {"an", "an@", "@tnmt.gov.vn", "an@@tnmt.gov.vn", "an@tnmt", "an@tnmt.", "an@.gov.vn",
                          "an@tnmt..vn", "an nv@tnmt.gov.vn", "an@x@tnmt.gov.vn", ".an@tnmt.gov.vn"}) {
    p.email = bad;
    expect_invalid(p, "email", "Địa chỉ email không hợp lệ.");
  }
  p.email = std::string(250, 'a') + "@b.vn";
  expect_invalid(p, "email", "Địa chỉ email dài tối đa 254 ký tự.");
  p.email = std::string(249, 'a') + "@b.vn";
  EXPECT_TRUE(normalise_person(p).ok());
  p.email = "Nguyen.Van-An+tdkt@so-tnmt.bacgiang.gov.vn";
  EXPECT_TRUE(normalise_person(p).ok());
}

TEST(NormalisePerson, PhoneHasEightToTwentyDigits) {
  Person p = valid_person();
  for (const char* good : {"0912345678", "+84 912 345 678", "(0204) 3.854.123", "0204-3854-123", "12345678"}) {
    p.phone = good;
    EXPECT_TRUE(normalise_person(p).ok()) << good;
  }
  p.phone = "0912 345 abc";
  expect_invalid(p, "phone", "Số điện thoại chỉ được gồm chữ số, dấu cách và các ký tự + - . ( ).");
  p.phone = "0912/345/678";
  expect_invalid(p, "phone", "Số điện thoại chỉ được gồm chữ số, dấu cách và các ký tự + - . ( ).");
  p.phone = "1234567";
  expect_invalid(p, "phone", "Số điện thoại phải có từ 8 đến 20 chữ số.");
  p.phone = "+" + std::string(21, '9');
  expect_invalid(p, "phone", "Số điện thoại phải có từ 8 đến 20 chữ số.");
  p.phone = std::string(20, '9');
  EXPECT_TRUE(normalise_person(p).ok());
}

TEST(NormalisePerson, PositionAndTitleAreTidiedAndBounded) {
  Person p = valid_person();
  p.title = std::string(256, 'x');
  expect_invalid(p, "title", "Chức danh dài tối đa 255 ký tự.");
  p.title = "Chuyên viên";
  p.position = "Phó \xFF";
  expect_invalid(p, "position", "Chức vụ chứa ký tự không hợp lệ.");
  p.position = "Pho\u0301  Tru\u031Bo\u031B\u0309ng phòng";
  const Result<Person> r = normalise_person(p);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->position, "Phó Trưởng phòng");
}

}  // namespace
}  // namespace thidua::core
