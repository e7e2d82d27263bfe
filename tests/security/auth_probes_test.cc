// The probes of an outside test against logging in, kept as tests (issue 9):
// each failed on the code before its fix. Redirects after login accept only
// a local path; a login over a stale session cookie keeps the new session; a
// password change or an administrator's reset revokes the account's API
// tokens; cookies are cleared with the same Secure flag they were set with.
#include <gtest/gtest.h>

#include <string>

#include "app/access.h"
#include "app/auth.h"
#include "app/users.h"
#include "support/test_server.h"
#include "web/http.h"

namespace thidua::test {
namespace {

class AuthProbes : public ::testing::Test {
 protected:
  void start(TestSiteOptions options = {}) {
    site_ = std::make_unique<TestSite>(options);
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  void SetUp() override { start(); }

  HttpResult login(TestClient& client, const std::string& username, const std::string& next = "") {
    return try_login(client, username, kDemoPassword, next);
  }

  static std::vector<std::string> set_cookies_for(const HttpResult& r, const std::string& name) {
    std::vector<std::string> out;
    for (const auto& c : r.set_cookies) {
      if (c.rfind(name + "=", 0) == 0) out.push_back(c);
    }
    return out;
  }

  std::string api_token(const std::string& username) {
    auto t = app::create_api_token(site_->services(), app::system_actor(), site_->user_id(username), "probe",
                                   {"127.0.0.1", "probe", "tests"});
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->secret : "";
  }

  unsigned api_status(const std::string& token) {
    auto client = site_->client();
    return client->get("/api/v1/me", {{"Authorization", "Bearer " + token}}).status;
  }

  std::unique_ptr<TestSite> site_;
};

// /dang-nhap?tiep=%2F%09%2Fevil.example gave Location: /\t/evil.example,
// which browsers read as //evil.example.
TEST_F(AuthProbes, OnlyALocalPathFollowsALogin) {
  for (const std::string next : {"/\t/evil.example", "/\n/evil.example", "/\\evil.example", "//evil.example",
                                 "/\\/evil.example", "https://evil.example/", "/%09/x\x7f", " /x"}) {
    auto client = site_->client();
    HttpResult in = login(*client, "canbo", next);
    EXPECT_EQ(in.status, 303u);
    EXPECT_EQ(in.header("location"), "/") << "next " << next;
  }
  auto client = site_->client();
  HttpResult page = client->get("/dang-nhap?tiep=%2F%09%2Fevil.example");
  EXPECT_EQ(page.body.find("evil.example"), std::string::npos) << "the form does not carry it on";
  auto ok = site_->client();
  EXPECT_EQ(login(*ok, "canbo", "/nhan-su?q=an&trang=2").header("location"), "/nhan-su?q=an&trang=2");
}

// The login answer set the new session cookie and then cleared the stale
// one in the same response; Chromium kept the clearing.
TEST_F(AuthProbes, ALoginOverAStaleCookieKeepsTheNewSession) {
  // The login page was opened while the session was alive; it expired
  // before the form was sent, which carries the stale cookie.
  auto client = site_->client();
  HttpResult form = client->get("/dang-nhap");
  client->set_cookie(std::string(web::kSessionCookie), "stale-session-from-yesterday");
  HttpResult in = client->post_form(
      "/dang-nhap", {{"_csrf", extract_csrf(form.body)}, {"username", "canbo"}, {"password", kDemoPassword}});
  ASSERT_EQ(in.status, 303u);
  const auto cookies = set_cookies_for(in, web::kSessionCookie);
  ASSERT_EQ(cookies.size(), 1u) << "one Set-Cookie for the session, not a set and a clearing";
  EXPECT_EQ(cookies[0].find("Max-Age=0"), std::string::npos) << cookies[0];
  EXPECT_EQ(client->get("/").status, 200u) << "logged in";
  // A stale cookie on any other page is still cleared.
  auto other = site_->client();
  other->set_cookie(std::string(web::kSessionCookie), "stale");
  HttpResult page = other->get("/nhan-su");
  const auto cleared = set_cookies_for(page, web::kSessionCookie);
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_NE(cleared[0].find("Max-Age=0"), std::string::npos);
}

// A token minted earlier (say by someone who learned the password) answered
// 200 after the owner changed the password, and after an administrator's reset.
TEST_F(AuthProbes, APasswordChangeOrResetRevokesTheAccountsTokens) {
  const std::string token = api_token("canbo");
  ASSERT_EQ(api_status(token), 200u);
  UserSession canbo = site_->login("canbo");
  HttpResult changed = canbo.post_form("/tai-khoan/mat-khau", {{"current_password", kDemoPassword},
                                                              {"new_password", "MatKhauMoi@2026"},
                                                              {"confirm_password", "MatKhauMoi@2026"}});
  ASSERT_EQ(changed.status, 303u) << changed.body.substr(0, 500);
  EXPECT_EQ(changed.header("location"), "/?thong-bao=doi-mat-khau-thu-hoi-ma");
  EXPECT_NE(canbo->get(changed.header("location")).body.find("mã truy cập API của đồng chí đã bị thu hồi"),
            std::string::npos);
  EXPECT_EQ(api_status(token), 401u);

  const std::string second = api_token("nhanvien");
  ASSERT_EQ(api_status(second), 200u);
  auto reset = app::reset_user_password(site_->services(), app::system_actor(), site_->user_id("nhanvien"),
                                        {"127.0.0.1", "probe", "tests"});
  ASSERT_TRUE(reset.ok());
  site_->services().forget_actors();
  EXPECT_EQ(api_status(second), 401u);

  const std::string third = api_token("thutruong");
  ASSERT_EQ(api_status(third), 200u);
  ASSERT_TRUE(app::set_user_disabled(site_->services(), app::system_actor(), site_->user_id("thutruong"), true,
                                     {"127.0.0.1", "probe", "tests"})
                  .ok());
  ASSERT_TRUE(app::set_user_disabled(site_->services(), app::system_actor(), site_->user_id("thutruong"), false,
                                     {"127.0.0.1", "probe", "tests"})
                  .ok());
  site_->services().forget_actors();
  EXPECT_EQ(api_status(third), 401u) << "enabling the account again does not bring its old tokens back";
}

// The clearing Set-Cookie for thidua_csrf lacked Secure on an HTTPS site.
TEST_F(AuthProbes, CookiesAreClearedWithTheFlagsTheyWereSetWith) {
  TestSiteOptions o;
  o.cookie_secure = true;
  start(o);
  auto client = site_->client();
  HttpResult in = login(*client, "canbo");
  ASSERT_EQ(in.status, 303u);
  for (const char* name : {web::kLoginCsrfCookie, web::kSessionCookie}) {
    for (const auto& c : set_cookies_for(in, name)) EXPECT_NE(c.find("; Secure"), std::string::npos) << c;
  }
  HttpResult form = client->get("/");
  HttpResult out = client->post_form("/dang-xuat", {{"_csrf", extract_csrf(form.body)}});
  EXPECT_EQ(out.status, 303u);
  const auto cleared = set_cookies_for(out, web::kSessionCookie);
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_NE(cleared[0].find("; Secure"), std::string::npos) << cleared[0];
}

// HTTP/1.1 without a Host header, or with two, answered 200 (RFC 9112 §3.2: 400).
TEST_F(AuthProbes, AnHttp11RequestNeedsExactlyOneHost) {
  auto client = site_->client();
  EXPECT_EQ(client->raw("GET /dang-nhap HTTP/1.1\r\n\r\n").status, 400u);
  HttpResult two = client->raw("GET /dang-nhap HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
  EXPECT_EQ(two.status, 400u);
  EXPECT_NE(two.body.find("Host"), std::string::npos);
  EXPECT_EQ(client->raw("GET /dang-nhap HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200u);
  EXPECT_EQ(client->raw("GET /dang-nhap HTTP/1.0\r\n\r\n").status, 200u) << "HTTP/1.0 needs none";
  web::ServerConfig cfg;
  EXPECT_FALSE(web::parse_request_bytes("GET / HTTP/1.1\r\n\r\n", cfg).ok());
}

}  // namespace
}  // namespace thidua::test
