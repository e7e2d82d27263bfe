// During a database outage the server answers honestly (issue 9 #8, #9): an
// API call with a valid token is 503 storage_unavailable with Retry-After,
// never 401 (the outside tester counted 16,000 401s while PostgreSQL was
// down); pages are 503 and keep the session cookie; no answer carries the
// driver's text; every 5xx is written to the error log with the request id
// and the cause; the server recovers by itself when the database returns.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <string>

#include "app/access.h"
#include "app/auth.h"
#include "app/users.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

class OutageProbe : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }

  std::string token(const std::string& username) {
    auto t = app::create_api_token(site_->services(), app::system_actor(), site_->user_id(username), "outage",
                                   {"127.0.0.1", "outage", "tests"});
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->secret : "";
  }

  // No answer may carry the driver's words.
  static void expect_no_driver_text(const HttpResult& r) {
    for (const char* leak : {"postgres", "sqlite", "127.0.0.1", "port 1", "connection to server", "SQLSTATE"}) {
      EXPECT_EQ(r.body.find(leak), std::string::npos) << "the answer leaks \"" << leak << "\": " << r.body;
    }
  }

  std::unique_ptr<TestSite> site_;
};

TEST_F(OutageProbe, AnApiCallIsAnswered503NotUnauthenticatedAndRecovers) {
  const std::string secret = token("thuongtruc");
  auto client = site_->client();
  const Headers auth = {{"Authorization", "Bearer " + secret}};
  site_->set_database_down(true);
  testing::internal::CaptureStderr();
  HttpResult r = client->get("/api/v1/units", auth);
  HttpResult w = client->post_json("/api/v1/units", json::object{{"name", "Phòng thử"}, {"parent_id", 1}}, auth);
  const std::string log = testing::internal::GetCapturedStderr();
  for (const HttpResult* res : {&r, &w}) {
    EXPECT_EQ(res->status, 503u) << res->body;
    EXPECT_EQ(res->header("retry-after"), "10");
    std::error_code ec;
    auto body = json::parse(res->body, ec);
    ASSERT_FALSE(ec) << res->body;
    EXPECT_EQ(body.at("error").at("code"), "storage_unavailable");
    const std::string message(body.at("error").at("message").as_string());
    EXPECT_NE(message.find("tạm thời không truy cập được"), std::string::npos) << message;
    EXPECT_NE(message.find(res->header("x-request-id")), std::string::npos) << "the message names the request id";
    expect_no_driver_text(*res);
    // The log has the request id and the cause.
    const std::string id = res->header("x-request-id");
    ASSERT_FALSE(id.empty());
    const auto line_at = log.find("\"request_id\":\"" + id + "\"");
    ASSERT_NE(line_at, std::string::npos) << log;
    const std::string line = log.substr(line_at, log.find('\n', line_at) - line_at);
    EXPECT_NE(line.find("503"), std::string::npos) << line;
    EXPECT_NE(line.find("connection to server"), std::string::npos) << line;
  }
  // The database returns; the same token works without a restart.
  site_->set_database_down(false);
  EXPECT_EQ(client->get("/api/v1/units", auth).status, 200u);
}

TEST_F(OutageProbe, APageIsAnswered503AndTheSessionSurvives) {
  UserSession s = site_->session("canbo");
  site_->set_database_down(true);
  testing::internal::CaptureStderr();
  HttpResult page = s->get("/nhan-su");
  const std::string log = testing::internal::GetCapturedStderr();
  EXPECT_EQ(page.status, 503u);
  EXPECT_EQ(page.header("retry-after"), "10");
  expect_no_driver_text(page);
  EXPECT_NE(page.body.find(page.header("x-request-id")), std::string::npos);
  for (const auto& c : page.set_cookies) {
    EXPECT_NE(c.rfind(std::string(web::kSessionCookie) + "=", 0), 0u) << "the session cookie is kept: " << c;
  }
  EXPECT_NE(log.find(page.header("x-request-id")), std::string::npos) << log;
  site_->set_database_down(false);
  HttpResult back = s->get("/nhan-su");
  EXPECT_EQ(back.status, 200u) << "the same session works again";
}

TEST_F(OutageProbe, LoggingInDuringAnOutageIsNeitherWrongPasswordNorLocked) {
  auto client = site_->client();
  HttpResult form = client->get("/dang-nhap");
  site_->set_database_down(true);
  HttpResult in = client->post_form("/dang-nhap", {{"_csrf", extract_csrf(form.body)},
                                                   {"username", "canbo"},
                                                   {"password", kDemoPassword}});
  EXPECT_EQ(in.status, 503u) << in.body;
  expect_no_driver_text(in);
  site_->set_database_down(false);
  HttpResult again = client->post_form("/dang-nhap", {{"_csrf", extract_csrf(form.body)},
                                                      {"username", "canbo"},
                                                      {"password", kDemoPassword}});
  EXPECT_EQ(again.status, 303u) << "no failed attempt was counted: " << again.body;
}

TEST_F(OutageProbe, HealthzSaysWhy) {
  auto client = site_->client();
  EXPECT_EQ(client->get("/healthz").status, 200u);
  site_->set_database_down(true);
  HttpResult h = client->get("/healthz");
  EXPECT_EQ(h.status, 503u);
  std::error_code ec;
  auto body = json::parse(h.body, ec);
  ASSERT_FALSE(ec) << h.body;
  EXPECT_EQ(body.at("database"), "unreachable");
  EXPECT_EQ(body.at("code"), "storage_unavailable");
  expect_no_driver_text(h);
  site_->set_database_down(false);
  EXPECT_EQ(client->get("/healthz").status, 200u);
}

}  // namespace
}  // namespace thidua::test
