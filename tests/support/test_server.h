// A real thidua site for HTTP tests: web::Server on 127.0.0.1 (ephemeral
// port) serving web::build_router over a fresh database (either engine) with
// the demo organisation loaded, plus logged-in clients for the demo accounts.
#pragma once

#include <gtest/gtest.h>

#include <boost/json/value.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "app/clock.h"
#include "app/context.h"
#include "app/unit_tree_cache.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "store/db.h"
#include "support/http_client.h"
#include "support/outage_database.h"
#include "web/guard.h"
#include "web/router.h"
#include "web/server.h"

namespace thidua::test {

inline constexpr const char* kDemoPassword = "ThiDua@2023";

// The seven demo accounts, in the order the authorisation tables list them.
inline constexpr const char* kDemoAccounts[] = {"admin", "lanhdao", "thuongtruc", "hoidong",
                                                "thutruong", "canbo", "nhanvien"};

// The first line that differs between two TestSite::fingerprint()s, as
// "table: before  →  after", or "(none)".
std::string first_difference(const std::string& before, const std::string& after);

struct TestSiteOptions {
  size_t people = 60;               // demo people generated
  bool history = false;             // the demo's five years of history (tests add their own facts)
  bool review = false;              // with the history: last year's titles left to its review, opened
  bool activity = false;            // the demo's campaigns in motion (app/demo_activity.h)
  size_t body_limit = 2u << 20;     // server: larger bodies get 413
  size_t upload_limit = 1u << 20;   // forms: larger uploads get 413
  std::string access_log = "off";   // server access log: "off" or a file path
  bool cookie_secure = false;       // cookies marked Secure (an HTTPS deployment)
  std::string trusted_proxies;      // ServerConfig::trusted_proxies, as configured ("" = none)
  bool second_database = false;     // a second site alive beside the first (fresh_database's `second`)
  int heavy_workers = 1;            // ServerConfig::heavy_workers
  size_t heavy_queue = 16;          // ServerConfig::heavy_queue (above the default: tests send bursts)
};

// The value of the first hidden `_csrf` input of an HTML page, "" if none.
std::string extract_csrf(const std::string& html);

// One login attempt through the form on `client` (which keeps the cookies):
// GET /dang-nhap (expected 200), then POST it with its _csrf, the name, the
// password and, when given, the `next` field.
HttpResult try_login(TestClient& client, const std::string& username, const std::string& password,
                     const std::string& next = "");

// A client logged in as one user: its cookie jar holds the session cookie and
// `csrf` the token that state-changing requests must echo.
struct UserSession {
  std::string username;
  std::unique_ptr<TestClient> http;
  std::string csrf;

  TestClient* operator->() { return http.get(); }
  // POSTs a form with `_csrf` added first.
  HttpResult post_form(const std::string& target, Fields fields);
  // POSTs a multipart form with `_csrf` added first.
  HttpResult post_multipart(const std::string& target, Fields fields, std::vector<UploadFile> files);
  // Sends JSON with the X-CSRF-Token header (method "POST", "PATCH", ...).
  HttpResult send_json(const std::string& method, const std::string& target, const boost::json::value& body);
};

class TestSite {
 public:
  explicit TestSite(TestSiteOptions options = {});
  ~TestSite();  // stops the server
  TestSite(const TestSite&) = delete;
  TestSite& operator=(const TestSite&) = delete;

  // False when no database could be had (the test has failed or was skipped).
  bool ok() const { return server_ != nullptr; }

  unsigned short port() const;
  app::Services& services() { return *services_; }
  store::Database& db() { return *db_; }
  const web::Router& router() const { return *router_; }
  const std::filesystem::path& data_dir() const { return data_dir_; }

  // A fresh anonymous client.
  std::unique_ptr<TestClient> client() const;

  // Logs in through the pages: GET /dang-nhap, POST the form with its _csrf,
  // then reads the session's CSRF token from the page the login leads to.
  // Records a test failure unless the login succeeds.
  UserSession login(const std::string& username, const std::string& password = kDemoPassword);

  // A session opened with app::login directly (no HTTP login, so not subject
  // to the login rate limit): for tests that need many sessions.
  UserSession session(const std::string& username, const std::string& password = kDemoPassword);

  // Ids of demo records (test failure and 0 when absent).
  int64_t unit_id(const std::string& code);

  // Grants `username` the role `role` on the unit `unit_code` (as the system)
  // and forgets cached actors, so the next request sees it. False, with a
  // test failure recorded, when the grant is refused.
  bool grant(const std::string& username, core::Role role, const std::string& unit_code);

  // The seed plan (campaign 1) as a new plan to store: no ids, issued by
  // `issuing_unit_id`. Fails the test when the seed plan cannot be read.
  core::Campaign seed_plan_copy(int64_t issuing_unit_id);
  int64_t user_id(const std::string& username);
  int64_t person_id(const std::string& full_name);  // the first person of that exact name
  // The actor of an account, as the use cases see it.
  core::Actor actor(const std::string& username);
  // Adds `count` units under the unit `parent_code` in one transaction, in
  // this order: codes code_prefix + "000", "001", ...; names name_prefix +
  // (1000 + i). Records a test failure when one cannot be stored.
  void add_sub_units(const std::string& parent_code, int count, const std::string& code_prefix,
                     const std::string& name_prefix);

  // Everything a request could change (units, people, accounts, grants, API
  // tokens, the audit trail, settings) as text, to compare before and after a
  // refused request. Sessions and usage stamps, which any authenticated
  // request touches, are left out.
  std::string fingerprint();

  // Switches the database the server uses off and on again
  // (support/outage_database.h); db() stays reachable for the test itself.
  void set_database_down(bool down) { outage_->set_down(down); }

 private:
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<OutageDatabase> outage_;  // db_ as the server sees it
  app::SystemClock clock_;
  app::ActorCache actor_cache_;
  app::UnitTreeCache unit_tree_cache_;
  std::unique_ptr<app::Services> services_;
  web::WebOptions web_options_;
  std::shared_ptr<web::Router> router_;
  std::unique_ptr<web::Server> server_;
  std::filesystem::path data_dir_;
};

}  // namespace thidua::test
