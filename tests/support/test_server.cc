// A real thidua site on an ephemeral port over a throwaway database with the
// demo loaded; see test_server.h.
#include "support/test_server.h"

#include <stdlib.h>
#include <unistd.h>

#include <boost/json/serialize.hpp>

#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "app/access.h"
#include "app/auth.h"
#include "app/crypto.h"
#include "app/demo.h"
#include "app/users.h"
#include "store/campaigns.h"
#include "store/units.h"
#include "store/users.h"
#include "support/test_db.h"
#include "web/site.h"

namespace thidua::test {
namespace {

// Records a non-fatal failure from any function (ADD_FAILURE needs no void).
void fail(const std::string& message) { ADD_FAILURE() << message; }

std::filesystem::path make_temp_dir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "thidua-site-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) return {};
  return pattern;
}

}  // namespace

std::string first_difference(const std::string& before, const std::string& after) {
  std::istringstream a(before), b(after);
  std::string table;
  for (std::string la, lb;;) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) return "(none)";
    if (more_a && !la.empty() && la[0] == '#') table = la;
    if (!more_a || !more_b || la != lb) return table + ": " + (more_a ? la : "(nothing)") + "  →  " + (more_b ? lb : "(nothing)");
  }
}

std::string extract_csrf(const std::string& html) {
  static const std::string marker = "name=\"_csrf\" value=\"";
  auto at = html.find(marker);
  if (at == std::string::npos) return {};
  at += marker.size();
  auto end = html.find('"', at);
  return end == std::string::npos ? std::string() : html.substr(at, end - at);
}

HttpResult try_login(TestClient& client, const std::string& username, const std::string& password,
                     const std::string& next) {
  HttpResult form = client.get("/dang-nhap");
  EXPECT_EQ(form.status, 200u);
  Fields f = {{"_csrf", extract_csrf(form.body)}, {"username", username}, {"password", password}};
  if (!next.empty()) f.emplace_back("next", next);
  return client.post_form("/dang-nhap", f);
}

HttpResult UserSession::post_form(const std::string& target, Fields fields) {
  fields.insert(fields.begin(), {"_csrf", csrf});
  return http->post_form(target, std::move(fields));
}

HttpResult UserSession::post_multipart(const std::string& target, Fields fields, std::vector<UploadFile> files) {
  fields.insert(fields.begin(), {"_csrf", csrf});
  return http->post_multipart(target, std::move(fields), std::move(files));
}

HttpResult UserSession::send_json(const std::string& method, const std::string& target,
                                  const boost::json::value& body) {
  return http->request(method, target, boost::json::serialize(body),
                       {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-CSRF-Token", csrf}});
}

TestSite::TestSite(TestSiteOptions options) {
  // Cheap password hashing, before any SecurityPolicy reads the environment.
  ::setenv("THIDUA_ARGON2_FAST", "1", 1);
  app::init_crypto();
  db_ = fresh_database({}, options.second_database);
  if (db_ == nullptr) return;
  data_dir_ = make_temp_dir();
  if (data_dir_.empty()) {
    fail("cannot create a temporary data folder");
    return;
  }

  app::SecurityPolicy policy;
  policy.failure_delay_ms = 0;  // failed logins are not slowed down in tests
  // As in production (cmd_serve), sessions and tokens are resolved through the
  // actor cache, so these tests also prove that changes invalidate it.
  outage_ = std::make_unique<OutageDatabase>(*db_);
  services_ =
      std::make_unique<app::Services>(app::Services{*outage_, clock_, policy, data_dir_.string(), &actor_cache_});
  services_->unit_tree_cache = &unit_tree_cache_;  // as in production: drop-downs prove it follows changes

  app::DemoOptions demo;
  demo.history = options.history;
  demo.review = options.review;
  demo.activity = options.activity;
  demo.people = options.people;
  demo.password = kDemoPassword;
  auto loaded = app::load_demo(*services_, demo, app::RequestMeta{"127.0.0.1", "test-setup", "tests"});
  if (!loaded.ok()) {
    fail("load_demo: " + loaded.error().message);
    return;
  }
  // What the demo runs after its data is committed fails the site too.
  for (const auto* stopped : {&loaded->reorganisation_error, &loaded->activity_error, &loaded->receiving_error,
                              &loaded->review_error}) {
    if (stopped->has_value()) {
      fail("load_demo: " + (*stopped)->message);
      return;
    }
  }

  web_options_.upload_limit = options.upload_limit;
  web_options_.cookie_secure = options.cookie_secure;
  router_ = web::build_router(*services_, web_options_);
  web::ServerConfig cfg;
  cfg.host = "127.0.0.1";
  cfg.port = 0;
  cfg.threads = 2;
  cfg.body_limit = options.body_limit;
  cfg.shutdown_grace_s = 5;
  cfg.access_log_path = options.access_log;
  cfg.body_gate = web::site_body_gate(*services_, web_options_, cfg.body_limit);
  if (auto proxies = web::TrustedProxies::parse(options.trusted_proxies); proxies.ok()) {
    cfg.trusted_proxies = std::move(*proxies);
  } else {
    fail("trusted_proxies: " + proxies.error().message);
    return;
  }
  std::shared_ptr<web::Router> router = router_;
  // As `thidua serve` runs it: heavy routes on their own bounded pool.
  cfg.is_heavy = [router](const web::Request& req) { return router->heavy(req); };
  cfg.heavy_workers = options.heavy_workers;
  cfg.heavy_queue = options.heavy_queue;
  auto server = std::make_unique<web::Server>(cfg, [router](web::Request& req) { return router->dispatch(req); });
  auto started = server->start();
  if (!started.ok()) {
    fail("server start: " + started.error().message);
    return;
  }
  server_ = std::move(server);
}

TestSite::~TestSite() {
  if (server_) server_->stop();
  server_.reset();
  router_.reset();
  services_.reset();
  outage_.reset();
  db_.reset();
  if (!data_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(data_dir_, ec);
  }
}

unsigned short TestSite::port() const { return server_ ? server_->port() : 0; }

std::unique_ptr<TestClient> TestSite::client() const { return std::make_unique<TestClient>("127.0.0.1", port()); }

UserSession TestSite::login(const std::string& username, const std::string& password) {
  UserSession s;
  s.username = username;
  s.http = client();
  HttpResult form = s.http->get("/dang-nhap");
  if (form.status != 200) {
    fail("GET /dang-nhap: " + std::to_string(form.status));
    return s;
  }
  HttpResult posted = s.http->post_form(
      "/dang-nhap", {{"_csrf", extract_csrf(form.body)}, {"username", username}, {"password", password}});
  if (posted.status != 303 || s.http->cookie(web::kSessionCookie).empty()) {
    fail("login as " + username + ": status " + std::to_string(posted.status));
    return s;
  }
  // The page the login leads to ("/" or the forced password change) carries
  // the session's CSRF token.
  std::string next = posted.header("location");
  if (next.empty() || next[0] != '/') next = "/";
  HttpResult page = s.http->get(next);
  s.csrf = extract_csrf(page.body);
  if (s.csrf.empty()) fail("no _csrf on " + next + " after logging in as " + username);
  return s;
}

UserSession TestSite::session(const std::string& username, const std::string& password) {
  UserSession s;
  s.username = username;
  s.http = client();
  auto in = app::login(*services_, username, password, app::RequestMeta{"127.0.0.1", "test-session", "tests"});
  if (!in.ok()) {
    fail("app::login as " + username + ": " + in.error().message);
    return s;
  }
  s.http->set_cookie(web::kSessionCookie, in->session_token);
  s.csrf = in->csrf_token;
  return s;
}

int64_t TestSite::unit_id(const std::string& code) {
  auto conn = db_->acquire();
  auto u = store::find_unit_by_code(*conn, code);
  if (!u.ok() || !u->has_value()) {
    fail("no unit " + code);
    return 0;
  }
  return (*u)->id;
}

bool TestSite::grant(const std::string& username, core::Role role, const std::string& unit_code) {
  auto granted = app::grant_role(*services_, app::system_actor(), user_id(username), role, unit_id(unit_code),
                                 {"127.0.0.1", "test-grant", "tests"});
  if (!granted.ok()) {
    fail("grant " + username + ": " + granted.error().message);
    return false;
  }
  services_->forget_actors();
  return true;
}

core::Campaign TestSite::seed_plan_copy(int64_t issuing_unit_id) {
  auto conn = db_->acquire();
  auto seed = store::find_campaign(*conn, 1);
  if (!seed.ok() || !seed->has_value()) {
    fail("the seed plan cannot be read");
    return {};
  }
  core::Campaign plan = **seed;
  plan.id = 0;
  plan.issuing_unit_id = issuing_unit_id;
  for (auto& a : plan.award_types) a.id = 0;
  for (auto& k : plan.criteria) k.id = 0;
  return plan;
}

void TestSite::add_sub_units(const std::string& parent_code, int count, const std::string& code_prefix,
                             const std::string& name_prefix) {
  const int64_t parent = unit_id(parent_code);
  auto conn = db_->acquire();
  auto added = store::in_transaction(*conn, [&]() -> core::Status {
    for (int i = 0; i < count; ++i) {
      char number[16];
      std::snprintf(number, sizeof number, "%03d", i);
      core::Unit u;
      u.code = code_prefix + number;
      u.name = name_prefix + std::to_string(1000 + i);
      u.parent_id = parent;
      auto stored = store::insert_unit(*conn, u, "2026-01-01T00:00:00.000Z");
      if (!stored.ok()) return stored.error();
    }
    return core::Status{};
  });
  if (!added.ok()) fail("units not added: " + added.error().message);
}

int64_t TestSite::user_id(const std::string& username) {
  auto conn = db_->acquire();
  auto u = store::find_user_by_username(*conn, username);
  if (!u.ok() || !u->has_value()) {
    fail("no user " + username);
    return 0;
  }
  return (*u)->id;
}

int64_t TestSite::person_id(const std::string& full_name) {
  auto conn = db_->acquire();
  auto rows = conn->query("SELECT id FROM people WHERE full_name = ? ORDER BY id", {full_name});
  if (!rows.ok() || rows->empty()) {
    fail("no person " + full_name);
    return 0;
  }
  return (*rows)[0].i64(0);
}

core::Actor TestSite::actor(const std::string& username) {
  auto a = app::load_actor(*services_, user_id(username));
  if (!a.ok()) {
    fail("load_actor " + username + ": " + a.error().message);
    return {};
  }
  return *a;
}

std::string TestSite::fingerprint() {
  // Every table a request may change, with the order to list its rows in.
  static const char* kTables[][2] = {
      {"units", "id"},
      {"unit_names", "id"},
      {"people", "id"},
      {"memberships", "id"},
      {"users", "id"},
      {"role_grants", "id"},
      {"api_tokens", "id"},
      {"audit_log", "seq"},
      {"settings", "key"},
      {"campaigns", "id"},
      {"campaign_award_types", "id"},
      {"campaign_criteria", "id"},
      {"campaign_units", "campaign_id, unit_id"},
      {"campaign_events", "id"},
      {"document_registers", "agency_unit_id, doc_type, year"},
      {"nominations", "id"},
      {"nomination_attestations", "nomination_id, criterion_id"},
      {"registrations", "id"},
      {"registration_targets", "id"},
      {"initiatives", "id"},
      {"files", "sha256"},
      {"unit_plans", "id"},
      {"progress_reports", "id"},
      {"evidence", "id"},
      {"difficulties", "id"},
      {"notifications", "id"},
      {"mail_outbox", "id"},
      {"councils", "id"},
      {"council_members", "id"},
      {"council_sessions", "id"},
      {"session_attendance", "session_id, member_id"},
      {"session_items", "id"},
      {"ballot_committee", "session_id, member_id"},
      {"session_recusals", "item_id, member_id"},
      {"ballot_box", "tracker"},
      {"ballot_marks", "item_id, member_id"},
      {"published_ballots", "item_id, tracker"},
      {"session_voters", "session_id, member_id"},
      {"decisions", "id"},
      {"decision_items", "decision_id, nomination_id"},
      {"awards", "id"},
  };
  auto conn = db_->acquire();
  std::string out;
  for (const auto& t : kTables) {
    auto rows = conn->query(std::string("SELECT * FROM ") + t[0] + " ORDER BY " + t[1]);
    if (!rows.ok()) {
      fail(rows.error().message);
      continue;
    }
    out += std::string("#") + t[0] + "\n";
    for (const auto& r : *rows) {
      for (size_t i = 0; i < r.size(); ++i) {
        const auto& col = rows->columns[i];
        if (col == "last_used_at" || col == "last_login_at") continue;
        out += r.is_null(i) ? "∅" : r.str(i);
        out += '|';
      }
      out += '\n';
    }
  }
  return out;
}

}  // namespace thidua::test
