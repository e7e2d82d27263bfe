// Account enumeration and lock-out abuse (issue 9 #4), as the outside tester
// probed them: a real account answered 423 after five failures while an
// unknown name never did, a disabled account answered 423 at once, and five
// requests from anywhere locked any known account for 15 minutes. Now the
// three answer alike, failures count per (name, address), and the account
// stays open from elsewhere.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "app/access.h"
#include "app/auth.h"
#include "app/users.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

class LoginProbes : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }

  // The page without what differs by request (its CSRF token, the name typed).
  static std::string shape(std::string body, const std::string& username) {
    body = std::regex_replace(body, std::regex("value=\"[A-Za-z0-9_-]{20,}\""), "value=\"…\"");
    size_t at = 0;
    while ((at = body.find(username, at)) != std::string::npos) body.replace(at, username.size(), "NAME");
    return body;
  }

  std::unique_ptr<TestSite> site_;
};

TEST_F(LoginProbes, UnknownDisabledAndWrongPasswordAnswerAlike) {
  ASSERT_TRUE(app::set_user_disabled(site_->services(), app::system_actor(), site_->user_id("nhanvien"), true,
                                     {"127.0.0.1", "probe", "tests"})
                  .ok());
  struct Case {
    std::string username;
    std::string password;
  };
  const std::vector<Case> cases = {{"thuongtruc", "DoanSai#1"},        // a real account, wrong password
                                   {"khongcoai", "DoanSai#1"},         // no such account
                                   {"nhanvien", kDemoPassword}};       // disabled, even with its password
  std::vector<std::string> shapes;
  for (const auto& c : cases) {
    auto client = site_->client();
    for (int attempt = 1; attempt <= 6; ++attempt) {
      HttpResult r = try_login(*client, c.username, attempt == 6 ? kDemoPassword : c.password);
      const unsigned expected = attempt <= 5 ? 401u : 429u;
      EXPECT_EQ(r.status, expected) << c.username << " attempt " << attempt;
      if (attempt == 1) shapes.push_back(shape(r.body, c.username));
      if (attempt == 6) {
        EXPECT_NE(r.body.find("thử lại sau 30 giây"), std::string::npos) << c.username;
      }
    }
  }
  ASSERT_EQ(shapes.size(), 3u);
  EXPECT_EQ(shapes[0], shapes[1]) << "a real account and an unknown name";
  EXPECT_EQ(shapes[0], shapes[2]) << "a real account and a disabled one";
}

TEST_F(LoginProbes, FailuresFromOneAddressDoNotLockTheAccountElsewhere) {
  auto& s = site_->services();
  const app::RequestMeta attacker{"203.0.113.66", "probe", "curl"};
  const app::RequestMeta owner{"10.20.30.40", "probe", "Chromium"};
  for (int i = 0; i < 8; ++i) (void)app::login(s, "thuongtruc", "DoanSai#" + std::to_string(i), attacker);
  auto from_attacker = app::login(s, "thuongtruc", kDemoPassword, attacker);
  ASSERT_FALSE(from_attacker.ok());
  EXPECT_EQ(from_attacker.error().code, core::errc::kRateLimited);
  auto from_owner = app::login(s, "thuongtruc", kDemoPassword, owner);
  EXPECT_TRUE(from_owner.ok()) << (from_owner.ok() ? "" : from_owner.error().message);
  // Attempts while blocked are refused unchecked and do not lengthen the block.
  EXPECT_NE(from_attacker.error().message.find("30 giây"), std::string::npos) << from_attacker.error().message;
}

TEST_F(LoginProbes, AnAdministratorsResetLiftsEveryBlockOfTheName) {
  auto& s = site_->services();
  const app::RequestMeta attacker{"203.0.113.66", "probe", "curl"};
  for (int i = 0; i < 5; ++i) (void)app::login(s, "canbo", "DoanSai#" + std::to_string(i), attacker);
  ASSERT_EQ(app::login(s, "canbo", kDemoPassword, attacker).error().code, core::errc::kRateLimited);
  auto reset = app::reset_user_password(s, site_->actor("admin"), site_->user_id("canbo"), attacker);
  ASSERT_TRUE(reset.ok());
  auto in = app::login(s, "canbo", *reset, attacker);
  EXPECT_TRUE(in.ok()) << (in.ok() ? "" : in.error().message);
}

// Behind nginx every client had the proxy's address, so one client's
// failures blocked everyone. With the proxy trusted, each client is itself;
// without it, a client's own X-Forwarded-For changes nothing.
TEST(LoginBehindAProxy, FailuresCountPerClientBehindATrustedProxyOnly) {
  auto try_as = [](TestSite& site, const std::string& client_ip, const std::string& password) {
    auto client = site.client();
    HttpResult form = client->get("/dang-nhap", {{"X-Forwarded-For", client_ip}});
    return client->post_form("/dang-nhap",
                             {{"_csrf", extract_csrf(form.body)}, {"username", "canbo"}, {"password", password}},
                             {{"X-Forwarded-For", client_ip}});
  };
  {
    TestSiteOptions options;
    options.trusted_proxies = "127.0.0.1";
    TestSite site(options);
    if (!site.ok()) GTEST_SKIP() << "no test site";
    for (int i = 0; i < 5; ++i) try_as(site, "203.0.113.66", "DoanSai#" + std::to_string(i));
    EXPECT_EQ(try_as(site, "203.0.113.66", kDemoPassword).status, 429u);
    EXPECT_EQ(try_as(site, "198.51.100.20", kDemoPassword).status, 303u) << "another client behind the proxy";
  }
  {
    TestSite site;  // no proxy trusted: the header is ignored
    if (!site.ok()) GTEST_SKIP() << "no test site";
    for (int i = 0; i < 5; ++i) try_as(site, "203.0.113.66", "DoanSai#" + std::to_string(i));
    EXPECT_EQ(try_as(site, "198.51.100.20", kDemoPassword).status, 429u) << "a forged header buys nothing";
  }
}

}  // namespace
}  // namespace thidua::test
