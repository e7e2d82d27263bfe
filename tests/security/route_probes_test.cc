// The probe families of an outside test replayed on every route the router
// serves (issue 9, "keep the probes"), so that a route added tomorrow is
// probed without anyone remembering to: who may call it (anonymous and stale
// cookies), writes without the CSRF token or from another site, bodies sent
// before the server knows who sends them, and the Host rule. Ids in paths are
// 1: every one of these refusals comes before a record is looked up.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "support/test_server.h"

namespace thidua::test {
namespace {

using Route = std::pair<std::string, std::string>;  // method, pattern

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// The routes anyone may call: health, assets, the login form, the public
// results and the API description. Any other route must want a login; a new
// public route has to be added here on purpose.
bool is_public(const Route& r) {
  const auto& [method, pattern] = r;
  if (starts_with(pattern, "/cong-khai") || starts_with(pattern, "/api/v1/public/")) return method == "GET";
  for (const Route& open : {Route{"GET", "/healthz"}, Route{"GET", "/favicon.ico"}, Route{"GET", "/static/{*path}"},
                            Route{"GET", "/api/v1/openapi.json"}, Route{"GET", "/dang-nhap"},
                            Route{"POST", "/dang-nhap"}}) {
    if (r == open) return true;
  }
  return false;
}

bool writes(const std::string& method) { return method != "GET" && method != "HEAD"; }
bool is_api(const std::string& pattern) { return starts_with(pattern, "/api/"); }

// The pattern with each {name} as 1 and a final {*name} as "app.css".
std::string concrete(const std::string& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    if (pattern[i] != '{') {
      out += pattern[i++];
      continue;
    }
    const size_t end = pattern.find('}', i);
    out += pattern[i + 1] == '*' ? "app.css" : "1";
    i = end + 1;
  }
  return out;
}

std::string describe(const Route& r) { return r.first + " " + r.second; }

class RouteProbes : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    for (const auto& r : site_->router().routes()) routes_.push_back(r);
  }

  // A body of the route's kind, and its Content-Type.
  static std::pair<std::string, Headers> body_for(const Route& r) {
    if (is_api(r.second)) return {"{}", {{"Content-Type", "application/json"}, {"Accept", "application/json"}}};
    return {"ghi-chu=x", {{"Content-Type", "application/x-www-form-urlencoded"}}};
  }

  // Anonymous on a private route: the API answers 401 unauthenticated, a
  // page sends to the login form.
  static void expect_login_wanted(const Route& r, const HttpResult& res, const std::string& how) {
    if (is_api(r.second)) {
      EXPECT_EQ(res.status, 401u) << how << " " << describe(r);
      EXPECT_NE(res.body.find("\"unauthenticated\""), std::string::npos) << how << " " << describe(r);
    } else {
      EXPECT_TRUE(res.status == 302u || res.status == 303u) << how << " " << describe(r) << ": " << res.status;
      EXPECT_TRUE(starts_with(res.header("location"), "/dang-nhap")) << how << " " << describe(r) << ": "
                                                                     << res.header("location");
    }
  }

  std::unique_ptr<TestSite> site_;
  std::vector<Route> routes_;
};

TEST_F(RouteProbes, EveryPrivateRouteWantsALoginAndForgetsAStaleCookie) {
  const std::string before = site_->fingerprint();
  int probed = 0;
  for (const Route& r : routes_) {
    if (is_public(r)) continue;
    ++probed;
    const std::string target = concrete(r.second);
    auto [body, headers] = body_for(r);
    if (!writes(r.first)) body.clear();
    auto anonymous = site_->client();
    expect_login_wanted(r, anonymous->request(r.first, target, body, headers), "anonymous");

    auto stale = site_->client();
    stale->set_cookie("thidua_session", "cu-khong-con-hieu-luc-0123456789abcdefghijk");
    HttpResult res = stale->request(r.first, target, body, headers);
    expect_login_wanted(r, res, "stale cookie");
    bool cleared = false;
    for (const auto& c : res.set_cookies) cleared = cleared || starts_with(c, "thidua_session=;");
    EXPECT_TRUE(cleared) << "the stale cookie is cleared on " << describe(r);
  }
  EXPECT_GE(probed, 150) << "the route table shrank: is the router complete?";
  EXPECT_EQ(first_difference(before, site_->fingerprint()), "(none)");
}

TEST_F(RouteProbes, EveryWriteWantsTheCsrfTokenAndASameSiteOrigin) {
  UserSession admin = site_->session("admin");  // may do the most
  const std::string before = site_->fingerprint();
  int probed = 0;
  for (const Route& r : routes_) {
    if (!writes(r.first) || is_public(r)) continue;
    ++probed;
    const std::string target = concrete(r.second);
    auto [body, headers] = body_for(r);
    HttpResult no_token = admin->request(r.first, target, body, headers);
    EXPECT_EQ(no_token.status, 403u) << "no CSRF token: " << describe(r);
    if (is_api(r.second)) {
      EXPECT_NE(no_token.body.find("\"csrf_failed\""), std::string::npos) << describe(r);
    }

    Headers cross = headers;
    cross.emplace_back("X-CSRF-Token", admin.csrf);
    cross.emplace_back("Origin", "https://evil.example");
    std::string cross_body = is_api(r.second) ? body : body + "&_csrf=" + admin.csrf;
    HttpResult other_site = admin->request(r.first, target, cross_body, cross);
    EXPECT_EQ(other_site.status, 403u) << "another site's origin: " << describe(r);
  }
  EXPECT_GE(probed, 60);
  EXPECT_EQ(first_difference(before, site_->fingerprint()), "(none)") << "a refused write changed something";
}

TEST_F(RouteProbes, NoPrivateWriteReadsABodyBeforeKnowingWhoSendsIt) {
  int probed = 0;
  for (const Route& r : routes_) {
    if (!writes(r.first) || is_public(r)) continue;
    ++probed;
    auto client = site_->client();
    // 1.5 MB announced, eight bytes sent: answered at once, unread, and the
    // connection closed (the old server waited for the rest until its timeout).
    HttpResult res = client->raw(r.first + " " + concrete(r.second) +
                                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                 "Accept: application/json\r\nContent-Length: 1500000\r\n\r\n{\"a\":1,");
    if (is_api(r.second)) {
      EXPECT_EQ(res.status, 401u) << describe(r);
    } else {
      EXPECT_TRUE(res.status == 302u || res.status == 303u) << describe(r) << ": " << res.status;
    }
    EXPECT_EQ(res.header("connection"), "close") << describe(r);
  }
  EXPECT_GE(probed, 60);
}

TEST_F(RouteProbes, EveryRouteWantsExactlyOneHost) {
  for (const Route& r : routes_) {
    auto client = site_->client();
    const std::string line = r.first + " " + concrete(r.second) + " HTTP/1.1\r\n";
    EXPECT_EQ(client->raw(line + "\r\n").status, 400u) << "no Host: " << describe(r);
    EXPECT_EQ(client->raw(line + "Host: a\r\nHost: b\r\n\r\n").status, 400u) << "two Hosts: " << describe(r);
  }
}

}  // namespace
}  // namespace thidua::test
