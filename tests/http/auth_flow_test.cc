// Logging in and out over HTTP: messages, lock-out, logout, forced password
// change, disabled accounts, cookie flags; plus the people search as users
// type it, the audit trail of an edit and the audit chain check.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <boost/json/parse.hpp>

#include <set>
#include <string>
#include <vector>

#include "app/audit.h"
#include "app/users.h"
#include "app/access.h"
#include "store/units.h"
#include "support/test_db.h"
#include "support/test_server.h"
#include "web/http.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const std::string kWrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản không còn hoạt động.";

class AuthFlowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }

  // The temporary password an administrator's reset shows once.
  static std::string temporary_password(const std::string& html) {
    const std::string marker = "<code class=\"secret\">";
    auto at = html.find(marker);
    if (at == std::string::npos) return {};
    at += marker.size();
    return html.substr(at, html.find('<', at) - at);
  }

  static std::string set_cookie_for(const HttpResult& r, const std::string& name) {
    for (const auto& c : r.set_cookies) {
      if (c.rfind(name + "=", 0) == 0) return c;
    }
    return {};
  }

  std::unique_ptr<TestSite> site_;
};

TEST_F(AuthFlowTest, LoginSucceedsWithTheRightPasswordAndSaysWhyWhenNot) {
  auto client = site_->client();
  HttpResult wrong = try_login(*client, "nhanvien", "sai-mat-khau");
  EXPECT_EQ(wrong.status, 401u);
  EXPECT_NE(wrong.body.find(kWrongCredentials), std::string::npos);
  EXPECT_TRUE(client->cookie(web::kSessionCookie).empty());

  // An unknown account gets the very same answer (no username probing).
  HttpResult unknown = try_login(*client, "khong-ton-tai", kDemoPassword);
  EXPECT_EQ(unknown.status, 401u);
  EXPECT_NE(unknown.body.find(kWrongCredentials), std::string::npos);

  HttpResult ok = try_login(*client, "nhanvien", kDemoPassword);
  EXPECT_EQ(ok.status, 303u);
  EXPECT_EQ(ok.header("location"), "/");
  EXPECT_FALSE(client->cookie(web::kSessionCookie).empty());
  HttpResult home = client->get("/");
  EXPECT_EQ(home.status, 200u);
  EXPECT_NE(home.body.find("Nguyễn Văn An"), std::string::npos);

  // A login form without its CSRF token is refused before any password check.
  auto other = site_->client();
  (void)other->get("/dang-nhap");
  HttpResult forged = other->post_form("/dang-nhap", {{"username", "nhanvien"}, {"password", kDemoPassword}});
  EXPECT_EQ(forged.status, 403u);
  EXPECT_TRUE(other->cookie(web::kSessionCookie).empty());
}

TEST_F(AuthFlowTest, AWrongPasswordIsAnsweredOnlyAfterTheFailureDelay) {
  site_->services().policy.failure_delay_ms = 300;
  auto client = site_->client();
  const auto start = std::chrono::steady_clock::now();
  HttpResult wrong = try_login(*client, "nhanvien", "sai-mat-khau");
  EXPECT_EQ(wrong.status, 401u);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(300));
}

TEST_F(AuthFlowTest, LoginFollowsOnlyLocalNextLinks) {
  auto client = site_->client();
  HttpResult bounced = client->get("/nhan-su?q=an");
  EXPECT_EQ(bounced.status, 303u);
  EXPECT_EQ(bounced.header("location").rfind("/dang-nhap?tiep=", 0), 0u);
  HttpResult form = client->get(bounced.header("location"));
  HttpResult in = client->post_form("/dang-nhap", {{"_csrf", extract_csrf(form.body)},
                                                   {"next", "/nhan-su?q=an"},
                                                   {"username", "canbo"},
                                                   {"password", kDemoPassword}});
  EXPECT_EQ(in.status, 303u);
  EXPECT_EQ(in.header("location"), "/nhan-su?q=an");

  auto other = site_->client();
  HttpResult form2 = other->get("/dang-nhap");
  HttpResult away = other->post_form("/dang-nhap", {{"_csrf", extract_csrf(form2.body)},
                                                    {"next", "//evil.example/"},
                                                    {"username", "canbo"},
                                                    {"password", kDemoPassword}});
  EXPECT_EQ(away.status, 303u);
  EXPECT_EQ(away.header("location"), "/");
}

TEST_F(AuthFlowTest, SessionCookieIsHttpOnlyAndSameSite) {
  auto client = site_->client();
  HttpResult form = client->get("/dang-nhap");
  const std::string pre = set_cookie_for(form, web::kLoginCsrfCookie);
  ASSERT_FALSE(pre.empty());
  EXPECT_NE(pre.find("SameSite=Strict"), std::string::npos) << pre;
  HttpResult in = client->post_form("/dang-nhap", {{"_csrf", extract_csrf(form.body)},
                                                   {"username", "lanhdao"},
                                                   {"password", kDemoPassword}});
  ASSERT_EQ(in.status, 303u);
  const std::string session = set_cookie_for(in, web::kSessionCookie);
  ASSERT_FALSE(session.empty());
  EXPECT_NE(session.find("HttpOnly"), std::string::npos) << session;
  EXPECT_NE(session.find("SameSite=Lax"), std::string::npos) << session;
  EXPECT_NE(session.find("Path=/"), std::string::npos) << session;
  EXPECT_EQ(session.find("Max-Age="), std::string::npos) << "a session cookie ends with the browser: " << session;
}

TEST_F(AuthFlowTest, RepeatedFailuresBlockTheNameFromThatAddressOnly) {
  const int max = site_->services().policy.max_failed_logins;
  ASSERT_EQ(max, 5);
  auto client = site_->client();
  for (int i = 0; i < max; ++i) {
    HttpResult r = try_login(*client, "thuongtruc", "DoanSai#" + std::to_string(i));
    EXPECT_EQ(r.status, 401u) << "attempt " << i + 1;
  }
  HttpResult blocked = try_login(*client, "thuongtruc", kDemoPassword);
  EXPECT_EQ(blocked.status, 429u);
  EXPECT_NE(blocked.body.find("thử lại sau 30 giây"), std::string::npos) << blocked.body;
  EXPECT_TRUE(client->cookie(web::kSessionCookie).empty());

  // Other accounts are not affected.
  HttpResult other = try_login(*client, "hoidong", kDemoPassword);
  EXPECT_EQ(other.status, 303u);

  // The block is in the audit trail.
  auto admin = site_->login("admin");
  HttpResult audit = admin->get("/api/v1/audit?entity=user&entity_id=" + std::to_string(site_->user_id("thuongtruc")));
  ASSERT_EQ(audit.status, 200u);
  EXPECT_NE(audit.body.find("\"user.login_blocked\""), std::string::npos);

  // An administrator's password reset clears the lock.
  HttpResult reset =
      admin.post_form("/nguoi-dung/" + std::to_string(site_->user_id("thuongtruc")) + "/dat-lai-mat-khau", {});
  ASSERT_EQ(reset.status, 200u);
  const std::string temp = temporary_password(reset.body);
  ASSERT_FALSE(temp.empty());
  auto again = site_->client();
  EXPECT_EQ(try_login(*again, "thuongtruc", temp).status, 303u);
}

TEST_F(AuthFlowTest, LogoutEndsTheSession) {
  auto user = site_->login("canbo");
  const std::string cookie = user->cookie(web::kSessionCookie);
  ASSERT_FALSE(cookie.empty());
  ASSERT_EQ(user->get("/api/v1/me").status, 200u);

  HttpResult out = user.post_form("/dang-xuat", {});
  EXPECT_EQ(out.status, 303u);
  EXPECT_EQ(out.header("location"), "/dang-nhap");
  EXPECT_TRUE(user->cookie(web::kSessionCookie).empty());

  // The old cookie, replayed, no longer works anywhere.
  auto replay = site_->client();
  replay->set_cookie(web::kSessionCookie, cookie);
  HttpResult page = replay->get("/nhan-su");
  EXPECT_EQ(page.status, 303u);
  EXPECT_EQ(page.header("location").rfind("/dang-nhap", 0), 0u);
  replay->set_cookie(web::kSessionCookie, cookie);
  EXPECT_EQ(replay->get("/api/v1/me").status, 401u);
}

TEST_F(AuthFlowTest, ResetPasswordForcesAChangeBeforeAnythingElse) {
  auto staff = site_->login("nhanvien");
  auto admin = site_->login("admin");
  const std::string id = std::to_string(site_->user_id("nhanvien"));
  HttpResult reset = admin.post_form("/nguoi-dung/" + id + "/dat-lai-mat-khau", {});
  ASSERT_EQ(reset.status, 200u);
  const std::string temp = temporary_password(reset.body);
  ASSERT_GE(temp.size(), 10u);

  // The reset ended the sessions the account had.
  HttpResult ended = staff->get("/");
  EXPECT_EQ(ended.status, 303u);
  EXPECT_EQ(ended.header("location").rfind("/dang-nhap", 0), 0u);

  // The old password is gone; the temporary one leads to the change form.
  auto client = site_->client();
  EXPECT_EQ(try_login(*client, "nhanvien", kDemoPassword).status, 401u);
  HttpResult in = try_login(*client, "nhanvien", temp);
  ASSERT_EQ(in.status, 303u);
  EXPECT_EQ(in.header("location"), "/tai-khoan/mat-khau");
  for (const char* page : {"/", "/nhan-su", "/don-vi", "/tai-khoan/ma-truy-cap"}) {
    HttpResult r = client->get(page);
    EXPECT_EQ(r.status, 303u) << page;
    EXPECT_EQ(r.header("location"), "/tai-khoan/mat-khau") << page;
  }
  HttpResult change_page = client->get("/tai-khoan/mat-khau");
  ASSERT_EQ(change_page.status, 200u);
  const std::string csrf = extract_csrf(change_page.body);

  // Mismatched confirmation and a weak password are refused with reasons.
  HttpResult mismatch = client->post_form("/tai-khoan/mat-khau", {{"_csrf", csrf},
                                                                  {"current_password", temp},
                                                                  {"new_password", "MatKhauMoi#2024"},
                                                                  {"confirm_password", "MatKhauKhac#2024"}});
  EXPECT_EQ(mismatch.status, 422u);
  EXPECT_NE(mismatch.body.find("Mật khẩu nhập lại không khớp."), std::string::npos);
  HttpResult weak = client->post_form("/tai-khoan/mat-khau", {{"_csrf", csrf},
                                                              {"current_password", temp},
                                                              {"new_password", "ngan"},
                                                              {"confirm_password", "ngan"}});
  EXPECT_EQ(weak.status, 422u);

  HttpResult changed = client->post_form("/tai-khoan/mat-khau", {{"_csrf", csrf},
                                                                 {"current_password", temp},
                                                                 {"new_password", "MatKhauMoi#2024"},
                                                                 {"confirm_password", "MatKhauMoi#2024"}});
  ASSERT_EQ(changed.status, 303u);
  EXPECT_EQ(changed.header("location"), "/?thong-bao=doi-mat-khau");
  HttpResult home = client->get("/?thong-bao=doi-mat-khau");
  EXPECT_EQ(home.status, 200u);
  EXPECT_NE(home.body.find("Đã đổi mật khẩu."), std::string::npos);

  auto later = site_->client();
  EXPECT_EQ(try_login(*later, "nhanvien", temp).status, 401u);
  EXPECT_EQ(try_login(*later, "nhanvien", "MatKhauMoi#2024").status, 303u);
  EXPECT_EQ(later->get("/").status, 200u);
}

TEST_F(AuthFlowTest, DisabledAccountCannotLogInAndItsSessionsEnd) {
  auto staff = site_->login("nhanvien");
  ASSERT_EQ(staff->get("/").status, 200u);
  auto token = app::create_api_token(site_->services(), site_->actor("nhanvien"), site_->user_id("nhanvien"),
                                     "điện thoại", {"127.0.0.1", "t", "tests"});
  ASSERT_TRUE(token.ok());
  auto api = site_->client();
  ASSERT_EQ(api->get("/api/v1/me", {{"Authorization", "Bearer " + token->secret}}).status, 200u);

  auto admin = site_->login("admin");
  const std::string id = std::to_string(site_->user_id("nhanvien"));
  HttpResult disabled = admin.post_form("/nguoi-dung/" + id + "/khoa", {});
  ASSERT_EQ(disabled.status, 303u);
  HttpResult page = admin->get("/nguoi-dung/" + id);
  EXPECT_NE(page.body.find("Bị khóa"), std::string::npos);

  HttpResult ended = staff->get("/");
  EXPECT_EQ(ended.status, 303u);
  EXPECT_EQ(ended.header("location").rfind("/dang-nhap", 0), 0u);
  EXPECT_EQ(api->get("/api/v1/me", {{"Authorization", "Bearer " + token->secret}}).status, 401u);

  auto client = site_->client();
  HttpResult refused = try_login(*client, "nhanvien", kDemoPassword);
  EXPECT_EQ(refused.status, 401u) << "answered as any failed login";
  EXPECT_NE(refused.body.find("không còn hoạt động"), std::string::npos);
  EXPECT_TRUE(client->cookie(web::kSessionCookie).empty());

  // An administrator cannot lock themself out.
  HttpResult self = admin.post_form("/nguoi-dung/" + std::to_string(site_->user_id("admin")) + "/khoa", {});
  EXPECT_EQ(self.status, 422u);

  // Re-enabled, the account logs in again.
  ASSERT_EQ(admin.post_form("/nguoi-dung/" + id + "/mo-khoa", {}).status, 303u);
  EXPECT_EQ(try_login(*client, "nhanvien", kDemoPassword).status, 303u);
}

// Keyset pages: the API's next_cursor / prev_cursor and the page's "sau" /
// "trước" links walk the list as page numbers do, and a forged cursor is
// refused with a clear error.
TEST_F(AuthFlowTest, PeopleListPagesByCursorOnTheApiAndThePage) {
  auto admin = site_->login("admin");
  HttpResult whole = admin->get("/api/v1/people?page_size=200");
  ASSERT_EQ(whole.status, 200u);
  std::vector<int64_t> expected;
  const json::value whole_json = json::parse(whole.body);
  for (const auto& item : whole_json.at("items").as_array()) expected.push_back(item.at("id").as_int64());
  ASSERT_GT(expected.size(), 14u);
  if (expected.size() == 200) expected.resize(140);  // the first 20 pages of 7 are enough

  std::vector<int64_t> walked;
  std::string after;
  std::string second_page_prev;
  for (int n = 0; walked.size() < expected.size() && n < 100; ++n) {
    HttpResult page = admin->get("/api/v1/people?page_size=7" + (after.empty() ? "" : "&after=" + web::percent_encode(after)));
    ASSERT_EQ(page.status, 200u) << page.body;
    const json::value v = json::parse(page.body);
    for (const auto& item : v.at("items").as_array()) walked.push_back(item.at("id").as_int64());
    if (n == 0) {
      EXPECT_TRUE(v.at("prev_cursor").is_null()) << "nothing before the first page";
    }
    if (n == 1) second_page_prev = std::string(v.at("prev_cursor").as_string());
    if (v.at("next_cursor").is_null()) break;
    after = std::string(v.at("next_cursor").as_string());
  }
  walked.resize(std::min(walked.size(), expected.size()));
  EXPECT_EQ(walked, expected);

  // Back from the second page: the first.
  ASSERT_FALSE(second_page_prev.empty());
  HttpResult back = admin->get("/api/v1/people?page_size=7&before=" + web::percent_encode(second_page_prev));
  ASSERT_EQ(back.status, 200u);
  std::vector<int64_t> first;
  const json::value back_json = json::parse(back.body);
  for (const auto& item : back_json.at("items").as_array()) first.push_back(item.at("id").as_int64());
  EXPECT_EQ(first, std::vector<int64_t>(expected.begin(), expected.begin() + 7));
  EXPECT_TRUE(back_json.at("prev_cursor").is_null());

  // A forged cursor: 400 with the field, on the API and the page.
  HttpResult forged = admin->get("/api/v1/people?after=%27%3B--");
  EXPECT_EQ(forged.status, 422u);
  const json::value forged_json = json::parse(forged.body);
  const json::value& err = forged_json.at("error");
  EXPECT_EQ(err.at("code").as_string(), "validation_failed");
  EXPECT_EQ(err.at("field").as_string(), "after");
  HttpResult forged_page = admin->get("/nhan-su?sau=zz");
  EXPECT_EQ(forged_page.status, 422u);
  EXPECT_NE(forged_page.body.find("Liên kết trang không hợp lệ"), std::string::npos);

  // The page's "next" link carries a cursor; following it shows page 2, and
  // its "previous" link a cursor back.
  HttpResult list = admin->get("/nhan-su");
  ASSERT_EQ(list.status, 200u);
  const size_t at = list.body.find("href=\"/nhan-su?trang=2&amp;sau=");
  ASSERT_NE(at, std::string::npos) << "a keyset link to page 2";
  const size_t start = at + 6;
  std::string href = list.body.substr(start, list.body.find('"', start) - start);
  for (size_t i; (i = href.find("&amp;")) != std::string::npos;) href.replace(i, 5, "&");
  HttpResult two = admin->get(href);
  ASSERT_EQ(two.status, 200u);
  EXPECT_NE(two.body.find("trang 2"), std::string::npos);
  EXPECT_NE(two.body.find("truoc="), std::string::npos);
}

// The unit filter of the people list comes from the server's unit tree
// cache (app/unit_tree_cache.h): a unit added or renamed outside this
// server's use cases (the CLI, another server) shows on the next request.
TEST_F(AuthFlowTest, UnitFilterShowsUnitsChangedOutsideTheServerAtOnce) {
  auto admin = site_->login("admin");
  HttpResult before = admin->get("/nhan-su");
  ASSERT_EQ(before.status, 200u);
  EXPECT_EQ(before.body.find("Tổ Kiểm thử bộ nhớ đệm"), std::string::npos);
  core::Unit u;
  u.code = "CACHE-T";
  u.name = "Tổ Kiểm thử bộ nhớ đệm";
  u.parent_id = site_->unit_id("STNMT-VP");
  int64_t id = 0;
  {
    auto conn = site_->db().acquire();
    auto stored = store::insert_unit(*conn, u, "2026-01-01T00:00:00.000Z");
    ASSERT_TRUE(stored.ok());
    id = stored->id;
  }
  HttpResult after = admin->get("/nhan-su");
  ASSERT_EQ(after.status, 200u);
  EXPECT_NE(after.body.find("<option value=\"" + std::to_string(id) + "\">— — Tổ Kiểm thử bộ nhớ đệm</option>"),
            std::string::npos);
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE units SET name = 'Tổ Đã đổi tên' WHERE id = ?", {id}).ok());
  }
  HttpResult renamed = admin->get("/nhan-su?don-vi=" + std::to_string(id));
  ASSERT_EQ(renamed.status, 200u);
  EXPECT_NE(renamed.body.find("<option value=\"" + std::to_string(id) + "\" selected>— — Tổ Đã đổi tên</option>"),
            std::string::npos);
  EXPECT_EQ(renamed.body.find("Tổ Kiểm thử bộ nhớ đệm"), std::string::npos);
}

// The unit tree page and API at national size (app/unit_browse.h): past 500
// units the page keeps to whole upper levels and opens one branch at a time;
// the API pages every unit.
TEST_F(AuthFlowTest, ALargeUnitTreeIsShownABranchAndAPageAtATime) {
  const int64_t office = site_->unit_id("STNMT-VP");
  const int64_t top = site_->unit_id("STNMT");
  site_->add_sub_units("STNMT-VP", 520, "TREE-", "Tổ cây số ");
  ASSERT_FALSE(HasFailure());
  auto admin = site_->login("admin");
  const std::string branch = "/don-vi?goc=" + std::to_string(office);

  HttpResult whole = admin->get("/don-vi");
  ASSERT_EQ(whole.status, 200u);
  EXPECT_EQ(whole.body.find("Tổ cây số 1000"), std::string::npos) << "the lowest level is left out";
  EXPECT_NE(whole.body.find("trang chỉ hiện 2 cấp trên cùng"), std::string::npos);
  EXPECT_NE(whole.body.find("<a class=\"branch\" href=\"" + branch + "\">520 đơn vị trực thuộc</a>"),
            std::string::npos);

  // The branch: its unit and 520 sub-units, 500 to a page.
  auto names_on = [](const std::string& html) {
    std::set<std::string> out;
    for (size_t at = html.find("Tổ cây số "); at != std::string::npos; at = html.find("Tổ cây số ", at + 1)) {
      out.insert(html.substr(at, html.find('<', at) - at));
    }
    return out;
  };
  HttpResult first = admin->get(branch);
  ASSERT_EQ(first.status, 200u);
  EXPECT_NE(first.body.find("<a href=\"/don-vi?goc=" + std::to_string(top) + "\">"), std::string::npos)
      << "the branch's ancestors lead back up";
  EXPECT_NE(first.body.find("href=\"" + branch + "&amp;trang=2\" rel=\"next\""), std::string::npos);
  HttpResult second = admin->get(branch + "&trang=2");
  ASSERT_EQ(second.status, 200u);
  std::set<std::string> seen = names_on(first.body);
  EXPECT_EQ(seen.size(), 499u) << "the branch's unit and 499 of its sub-units";
  const std::set<std::string> rest = names_on(second.body);
  EXPECT_EQ(rest.size(), 21u);
  seen.insert(rest.begin(), rest.end());
  EXPECT_EQ(seen.size(), 520u) << "no sub-unit twice, none left out";
  EXPECT_NE(first.body.find("Tổ cây số 1000<"), std::string::npos) << "siblings in the order they were added";
  EXPECT_NE(second.body.find("Tổ cây số 1519<"), std::string::npos);
  EXPECT_EQ(admin->get("/don-vi?goc=abc").status, 404u);

  // The API: every unit, a page at a time, in tree order.
  HttpResult all = admin->get("/api/v1/units?page_size=1000");
  ASSERT_EQ(all.status, 200u);
  const json::value listing = json::parse(all.body);
  const int64_t total = listing.at("total").as_int64();
  EXPECT_GT(total, 520);
  EXPECT_EQ(static_cast<int64_t>(listing.at("items").as_array().size()), total);
  EXPECT_FALSE(listing.at("has_more").as_bool());
  std::vector<int64_t> paged;
  for (int page = 1; page < 20; ++page) {
    HttpResult r = admin->get("/api/v1/units?page_size=100&page=" + std::to_string(page));
    ASSERT_EQ(r.status, 200u);
    const json::value v = json::parse(r.body);
    for (const auto& item : v.at("items").as_array()) paged.push_back(item.at("id").as_int64());
    if (!v.at("has_more").as_bool()) break;
  }
  ASSERT_EQ(static_cast<int64_t>(paged.size()), total);
  for (size_t i = 0; i < paged.size(); ++i) {
    ASSERT_EQ(paged[i], listing.at("items").as_array()[i].at("id").as_int64()) << i;
  }
  std::set<int64_t> in_branch;
  std::vector<std::string> codes;
  for (int page = 1; page <= 3; ++page) {
    HttpResult sub = admin->get("/api/v1/units?root_id=" + std::to_string(office) + "&page_size=200&page=" +
                                std::to_string(page));
    ASSERT_EQ(sub.status, 200u);
    const json::value v = json::parse(sub.body);
    EXPECT_EQ(v.at("total").as_int64(), 521);
    EXPECT_EQ(v.at("has_more").as_bool(), page < 3);
    const auto& items = v.at("items").as_array();
    EXPECT_EQ(items.size(), page < 3 ? 200u : 121u);
    if (page == 1) {
      EXPECT_EQ(items[0].at("id").as_int64(), office) << "the branch's unit first";
    }
    for (const auto& item : items) {
      in_branch.insert(item.at("id").as_int64());
      codes.emplace_back(item.at("code").as_string());
    }
  }
  EXPECT_EQ(in_branch.size(), 521u);
  ASSERT_EQ(codes.size(), 521u);
  EXPECT_EQ(codes[1], "TREE-000");
  EXPECT_EQ(codes[100], "TREE-099") << "sort order (the order added), not path order (\"/1/100/\" < \"/1/99/\")";
  EXPECT_EQ(codes[520], "TREE-519");
  HttpResult bad = admin->get("/api/v1/units?root_id=abc");
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("\"field\":\"root_id\""), std::string::npos);

  // The unit form asks for codes instead of listing 550 units twice.
  HttpResult form = admin->get("/don-vi/" + std::to_string(office) + "/sua");
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("name=\"parent_code\" value=\"STNMT\""), std::string::npos);
  EXPECT_NE(form.body.find("name=\"successor_code\" value=\"\""), std::string::npos);
  EXPECT_EQ(form.body.find("Tổ cây số"), std::string::npos) << "no drop-down of every unit";
  const std::string leaf = std::to_string(site_->unit_id("TREE-007"));
  HttpResult leaf_form = admin->get("/don-vi/" + leaf + "/sua");
  ASSERT_EQ(leaf_form.status, 200u);
  const std::string version = "1";
  auto edit = [&](const std::string& parent_code) {
    return admin.post_form("/don-vi/" + leaf + "/sua", {{"version", version},
                                                        {"code", "TREE-007"},
                                                        {"name", "Tổ cây số 1007"},
                                                        {"kind", "other"},
                                                        {"parent_code", parent_code},
                                                        {"successor_code", ""}});
  };
  HttpResult unknown = edit("KHONG-CO");
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_NE(unknown.body.find("Không có đơn vị nào mã “KHONG-CO” trong phạm vi bạn được xem."), std::string::npos);
  EXPECT_NE(unknown.body.find("name=\"parent_code\" value=\"KHONG-CO\""), std::string::npos) << "what was typed";
  HttpResult moved = edit("PTNMT-LN");
  ASSERT_EQ(moved.status, 303u) << moved.body.substr(0, 400);
  auto after = admin->get("/api/v1/units/" + leaf);
  ASSERT_EQ(after.status, 200u);
  EXPECT_EQ(json::parse(after.body).at("parent_id").as_int64(), site_->unit_id("PTNMT-LN"));

  // A branch outside what the account sees is not there.
  auto head = site_->login("thutruong");
  EXPECT_EQ(head->get("/api/v1/units?root_id=" + std::to_string(office)).status, 404u);
  EXPECT_EQ(head->get(branch).status, 404u);
  HttpResult own = head->get("/api/v1/units");
  ASSERT_EQ(own.status, 200u);
  EXPECT_EQ(json::parse(own.body).at("items").as_array()[0].at("code").as_string(), "PTNMT-LN");
}

TEST_F(AuthFlowTest, SearchFindsNguyenVanAnHoweverItIsTyped) {
  auto admin = site_->login("admin");
  const std::string an = std::to_string(site_->person_id("Nguyễn Văn An"));
  for (const char* typed : {"nguyen van an", "Nguyễn Văn An", "nguyen van", "NGUYEN VAN AN"}) {
    const std::string q = typed;
    HttpResult page = admin->get("/nhan-su?q=" + web::percent_encode(q));
    ASSERT_EQ(page.status, 200u) << q;
    EXPECT_NE(page.body.find("<a href=\"/nhan-su/" + an + "\">Nguyễn Văn An</a>"), std::string::npos) << q;

    HttpResult api = admin->get("/api/v1/people?page_size=200&q=" + web::percent_encode(q));
    ASSERT_EQ(api.status, 200u) << q;
    bool found = false;
    const json::value listing = json::parse(api.body);
    for (const auto& item : listing.at("items").as_array()) {
      if (item.at("full_name").as_string() == "Nguyễn Văn An") found = true;
    }
    EXPECT_TRUE(found) << q << ": " << api.body.substr(0, 300);
  }
  // And a name that is not there finds nothing.
  HttpResult none = admin->get("/nhan-su?q=" + web::percent_encode("Không Có Ai"));
  EXPECT_NE(none.body.find("Không có người nào khớp."), std::string::npos);
}

TEST_F(AuthFlowTest, AnEditShowsInTheAuditTrailWithBeforeAndAfter) {
  auto officer = site_->login("canbo");
  const int64_t an = site_->person_id("Nguyễn Văn An");
  HttpResult form = officer->get("/nhan-su/" + std::to_string(an) + "/sua");
  ASSERT_EQ(form.status, 200u);
  HttpResult api_before = officer->get("/api/v1/people/" + std::to_string(an));
  ASSERT_EQ(api_before.status, 200u);
  const json::object before = json::parse(api_before.body).as_object();
  const std::string old_position(before.at("position").as_string());
  ASSERT_NE(old_position, "Phó Trưởng phòng");

  HttpResult saved = officer.send_json("PATCH", "/api/v1/people/" + std::to_string(an),
                                        json::object{{"position", "Phó Trưởng phòng"},
                                                     {"version", before.at("version")}});
  ASSERT_EQ(saved.status, 200u) << saved.body;

  auto leader = site_->login("lanhdao");
  HttpResult page = leader->get("/nhat-ky?doi-tuong=person&ma=" + std::to_string(an));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("person.update"), std::string::npos);
  EXPECT_NE(page.body.find("Phó Trưởng phòng"), std::string::npos);
  EXPECT_NE(page.body.find(web::html_escape(old_position)), std::string::npos);
  EXPECT_NE(page.body.find("canbo"), std::string::npos) << "the page names who made the change";

  HttpResult api = leader->get("/api/v1/audit?entity=person&entity_id=" + std::to_string(an));
  ASSERT_EQ(api.status, 200u);
  const auto items = json::parse(api.body).at("items").as_array();
  ASSERT_FALSE(items.empty());
  const auto& entry = items.front().as_object();  // newest first
  EXPECT_EQ(entry.at("action").as_string(), "person.update");
  EXPECT_EQ(entry.at("before").at("position").as_string(), old_position);
  EXPECT_EQ(entry.at("after").at("position").as_string(), "Phó Trưởng phòng");
  EXPECT_EQ(entry.at("actor").as_string(), "canbo");
}

TEST_F(AuthFlowTest, AuditVerifyFindsTheTamperedEntry) {
  auto officer = site_->login("canbo");
  const int64_t an = site_->person_id("Nguyễn Văn An");
  HttpResult current = officer->get("/api/v1/people/" + std::to_string(an));
  ASSERT_EQ(current.status, 200u);
  HttpResult saved = officer.send_json(
      "PATCH", "/api/v1/people/" + std::to_string(an),
      json::object{{"title", "Chuyên viên chính"}, {"version", json::parse(current.body).at("version")}});
  ASSERT_EQ(saved.status, 200u) << saved.body;
  (void)officer.post_form("/dang-xuat", {});

  auto verified = app::verify_audit_chain(site_->db());
  ASSERT_TRUE(verified.ok()) << verified.error().message;
  EXPECT_TRUE(verified->ok) << verified->problem;
  EXPECT_GT(verified->entries, 3);

  auto conn = site_->db().acquire();
  auto row = conn->query("SELECT seq FROM audit_log WHERE action = 'person.update' AND entity_id = ?",
                         {std::to_string(an)});
  ASSERT_TRUE(row.ok());
  ASSERT_EQ(row->size(), 1u);
  const int64_t seq = (*row)[0].i64(0);
  ASSERT_LT(seq, verified->entries) << "the tampered entry is not the last one";

  // Someone with database access rewrites history.
  if (engine_under_test() == store::Engine::kPostgres) {
    ASSERT_TRUE(conn->exec_script("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update").ok());
  } else {
    ASSERT_TRUE(conn->exec_script("DROP TRIGGER audit_log_no_update").ok());
  }
  auto tampered = conn->exec(
      "UPDATE audit_log SET after_json = REPLACE(after_json, 'Chuyên viên chính', 'Chuyên viên cao cấp') WHERE seq = ?",
      {seq});
  ASSERT_TRUE(tampered.ok()) << tampered.error().message;
  ASSERT_EQ(*tampered, 1);

  auto broken = app::verify_audit_chain(site_->db());
  ASSERT_TRUE(broken.ok()) << broken.error().message;
  EXPECT_FALSE(broken->ok);
  EXPECT_EQ(broken->first_bad_seq, seq);
  EXPECT_NE(broken->problem.find(std::to_string(seq)), std::string::npos) << broken->problem;
}

TEST_F(AuthFlowTest, TheAuditLogRefusesUpdatesWhileItsTriggerIsInPlace) {
  auto conn = site_->db().acquire();
  auto r = conn->exec("UPDATE audit_log SET action = 'x' WHERE seq = 1");
  EXPECT_FALSE(r.ok());
  auto verified = app::verify_audit_chain(site_->db());
  ASSERT_TRUE(verified.ok());
  EXPECT_TRUE(verified->ok);
}

}  // namespace
}  // namespace thidua::test
