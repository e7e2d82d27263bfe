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

// Issue 9 #6: a preview of 50,000 rows came back as one 15 MB page built in
// memory. Now the rows are staged in the database as they are read and come
// back a page at a time, on the page and in the API alike, whatever the size
// of the file; only the rows with problems can be listed.
TEST_F(ImportPreviewProbe, ManyRowsComeBackAPageAtATime) {
  UserSession officer = site_->session("canbo");
  const int n = 20000;
  std::string csv = "Họ và tên,Mã đơn vị\n";
  for (int i = 1; i <= n; ++i) {
    csv += "Người Nhập " + std::to_string(i) + "," + (i % 1000 == 0 ? "KHONG-CO" : "PTNMT-LN") + "\n";
  }
  HttpResult page = officer.post_multipart("/nhap-nhan-su", {}, {{"file", "lon.csv", "text/csv", csv}});
  ASSERT_EQ(page.status, 422u) << "20 rows have problems";
  EXPECT_LT(page.body.size(), 150000u) << "one page of 100 rows, not 20,000";
  EXPECT_NE(page.body.find("20000 dòng dữ liệu, <strong>20 lỗi</strong> ở 20 dòng"), std::string::npos);
  EXPECT_NE(page.body.find("Người Nhập 100<"), std::string::npos);
  EXPECT_EQ(page.body.find("Người Nhập 101<"), std::string::npos) << "row 101 is on page 2";
  EXPECT_NE(page.body.find("Trang 1/200"), std::string::npos);
  {
    auto conn = site_->db().acquire();
    EXPECT_EQ((*conn->query("SELECT COUNT(*) FROM import_rows"))[0].i64(0), n) << "staged in the database";
  }
  // The token is not in a confirm form (nothing to confirm): take it from the filter link.
  const std::string link = "/nhap-nhan-su/xem-truoc?ma=";
  const size_t at = page.body.find(link);
  ASSERT_NE(at, std::string::npos);
  const std::string token = page.body.substr(at + link.size(), page.body.find('&', at) - at - link.size());
  ASSERT_GE(token.size(), 20u);

  HttpResult problems = officer->get(link + token + "&trang=1&loi=1");
  ASSERT_EQ(problems.status, 200u);
  EXPECT_NE(problems.body.find("Các dòng có lỗi"), std::string::npos);
  EXPECT_NE(problems.body.find("Người Nhập 1000<"), std::string::npos);
  EXPECT_NE(problems.body.find("Người Nhập 20000<"), std::string::npos);
  EXPECT_EQ(problems.body.find("Người Nhập 999<"), std::string::npos);
  HttpResult last = officer->get(link + token + "&trang=200");
  ASSERT_EQ(last.status, 200u);
  EXPECT_NE(last.body.find("Người Nhập 20000<"), std::string::npos);
  EXPECT_NE(last.body.find("rel=\"prev\""), std::string::npos);
  EXPECT_EQ(last.body.find("rel=\"next\""), std::string::npos);

  // The API: the upload answers the first 100 rows; any page can be read.
  HttpResult api = officer.post_multipart("/api/v1/people/imports", {}, {{"file", "lon.csv", "text/csv", csv}});
  ASSERT_EQ(api.status, 201u);
  EXPECT_LT(api.body.size(), 150000u);
  auto v = json::parse(api.body).as_object();
  EXPECT_EQ(v.at("counts").at("rows").as_int64(), n);
  EXPECT_EQ(v.at("counts").at("errors").as_int64(), 20);
  EXPECT_EQ(v.at("rows").as_array().size(), 100u);
  EXPECT_TRUE(v.at("has_more").as_bool());
  const std::string id(v.at("import_id").as_string());
  HttpResult bad = officer->get("/api/v1/people/imports/" + id + "?problems=true&page_size=500");
  ASSERT_EQ(bad.status, 200u) << bad.body;
  auto b = json::parse(bad.body).as_object();
  EXPECT_EQ(b.at("total").as_int64(), 20);
  ASSERT_EQ(b.at("rows").as_array().size(), 20u);
  EXPECT_EQ(b.at("rows").as_array()[0].at("row").as_int64(), 1001);
  EXPECT_EQ(b.at("rows").as_array()[0].at("errors").as_array()[0].at("field").as_string(), "unit_code");
  EXPECT_FALSE(b.at("has_more").as_bool());

  // Nobody else reads it.
  UserSession admin = site_->session("admin");
  HttpResult foreign = admin->get("/api/v1/people/imports/" + id, {{"Accept", "application/json"}});
  EXPECT_EQ(foreign.status, 404u);
  EXPECT_NE(foreign.body.find("import_not_found"), std::string::npos);
  HttpResult foreign_page = admin->get(link + token + "&trang=1");
  EXPECT_EQ(foreign_page.status, 404u);
  EXPECT_EQ(foreign_page.body.find("Người Nhập"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
