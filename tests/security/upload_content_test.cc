// Uploaded content (issue 9 #12): the outside tester's evidence PDFs with
// JavaScript were stored and offered to council members. A PDF that acts
// when opened is refused at upload (415, in Vietnamese); a PNG that is also
// an HTML page is kept as the image it is and only ever served as an
// attachment of its sniffed type, never rendered by the browser.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <string>

#include "app/access.h"
#include "app/users.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const std::string kScriptedPdf =
    "%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.launchURL('http://x')) >> >> "
    "endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const std::string kPlainPdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
const std::string kPngHtml = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0", 26) +
                             "<html><script>alert(document.cookie)</script></html>";

class UploadContentProbe : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    auto t = app::create_api_token(site_->services(), app::system_actor(), site_->user_id("canbo"), "probe",
                                   {"127.0.0.1", "probe", "tests"});
    ASSERT_TRUE(t.ok());
    bearer_ = {{"Authorization", "Bearer " + t->secret}};
  }

  HttpResult put_plan(const std::string& name, const std::string& type, const std::string& bytes) {
    auto client = site_->client();
    return client->send_multipart("PUT", "/api/v1/campaigns/1/unit-plans",
                                  {{"unit_id", std::to_string(site_->unit_id("PTNMT-LN"))}, {"body", "Kế hoạch."}},
                                  {{"file", name, type, bytes}}, bearer_);
  }

  std::unique_ptr<TestSite> site_;
  Headers bearer_;
};

TEST_F(UploadContentProbe, APdfWithAScriptIsRefused) {
  HttpResult r = put_plan("ke-hoach.pdf", "application/pdf", kScriptedPdf);
  EXPECT_EQ(r.status, 415u) << r.body;
  EXPECT_NE(r.body.find("nội dung tự chạy"), std::string::npos) << r.body;
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT COUNT(*) FROM unit_plans WHERE file_sha256 IS NOT NULL");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].i64(0), 0) << "nothing stored";
  EXPECT_EQ(put_plan("ke-hoach.pdf", "application/pdf", kPlainPdf).status, 200u);
}

TEST_F(UploadContentProbe, APngThatIsAlsoHtmlIsOnlyEverAnAttachedImage) {
  HttpResult r = put_plan("anh.html", "text/html", kPngHtml);
  ASSERT_EQ(r.status, 200u) << r.body;
  auto v = json::parse(r.body);
  const int64_t plan = v.at("id").to_number<int64_t>();
  auto client = site_->client();
  HttpResult file = client->get("/api/v1/campaigns/1/unit-plans/" + std::to_string(plan) + "/file", bearer_);
  ASSERT_EQ(file.status, 200u);
  EXPECT_EQ(file.header("content-type"), "image/png");
  EXPECT_EQ(file.header("content-disposition").rfind("attachment;", 0), 0u) << file.header("content-disposition");
  EXPECT_NE(file.header("content-disposition").find(".png"), std::string::npos) << "named for what it is";
  EXPECT_EQ(file.header("x-content-type-options"), "nosniff");
  EXPECT_NE(file.header("content-security-policy").find("sandbox"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
