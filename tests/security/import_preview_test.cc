// What an import's preview shows (issue 9 #12): the outside tester's file
// name kept U+202E (which turns "hsnhan.exe.csv" around on screen) and NUL,
// and a row naming a unit outside the importer's scope showed that unit's
// name (and that it existed). Both are gone.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <string>

#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

class ImportPreviewProbe : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  std::unique_ptr<TestSite> site_;
};

TEST_F(ImportPreviewProbe, TheFileNameLosesControlsAndOutOfScopeUnitsStayUnnamed) {
  UserSession officer = site_->session("canbo");  // imports people into Phòng TNMT huyện Lục Nam only
  const std::string name = std::string("nhan-su\xE2\x80\xAEvsc.exe", 17) + std::string(1, '\0') + "x.csv";
  const std::string csv =
      "Họ và tên,Mã đơn vị\n"
      "Trần Văn Hải,PTNMT-LN\n"
      "Lê Thị Mận,PTNMT-HH\n"
      "Ngô Văn Tú,KHONG-CO\n";
  HttpResult r = officer.post_multipart("/api/v1/people/imports", {}, {{"file", name, "text/csv", csv}});
  ASSERT_EQ(r.status, 201u) << r.body;
  auto v = json::parse(r.body);
  const std::string shown(v.at("filename").as_string());
  EXPECT_EQ(shown.find("\xE2\x80\xAE"), std::string::npos) << shown;
  EXPECT_EQ(shown.find('\0'), std::string::npos);
  EXPECT_EQ(r.body.find("\\u202e"), std::string::npos);
  EXPECT_EQ(r.body.find("\\u0000"), std::string::npos);
  // The unit outside the scope: not named, and answered as a missing one is.
  EXPECT_EQ(r.body.find("Hiệp Hòa"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("Không có đơn vị mã \\\"PTNMT-HH\\\""), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("Không có đơn vị mã \\\"KHONG-CO\\\""), std::string::npos) << r.body;
  // The page shows the same.
  HttpResult page = officer.post_multipart("/nhap-nhan-su", {}, {{"file", name, "text/csv", csv}});
  EXPECT_EQ(page.body.find("Hiệp Hòa"), std::string::npos);
  EXPECT_EQ(page.body.find("\xE2\x80\xAE"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
