// The authorisation matrix of the councils' and the imports' JSON API
// (package api-admin): every route × anonymous, the seven demo accounts and a
// Bearer token → the expected outcome, over real HTTP on the engine under
// test. Refused writes must leave the database unchanged.
//
// Records: the demo council (lanhdao chair, thuongtruc secretary, hoidong,
// uyvien1, uyvien2 members) of the root STNMT; the seed campaign (id 1),
// which PTNMT-LN (thutruong, canbo, nhanvien) takes part in; Nguyễn Văn An
// (nhanvien's own record, PTNMT-LN) as the person registered or imported.
// Each request meets the state its row needs: the added member and the
// imported registration are removed before it, the deactivated member is
// made active again.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <map>

#include "app/import_people.h"
#include "app/import_registrations.h"
#include "app/import_units.h"
#include "app/registrations.h"
#include "app/users.h"
#include "council_fixture.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

constexpr std::array<const char*, 9> kColumns = {"anonymous", "admin",  "lanhdao",  "thuongtruc", "hoidong",
                                                 "thutruong", "canbo", "nhanvien", "token"};

enum class Body { kNone, kCouncilJson, kMemberJson, kDeactivateJson, kRegistrationFile, kPeopleFile, kUnitsFile,
                  kConfirmRegistrations, kConfirmPeople, kConfirmUnits };

struct Row {
  const char* method;
  const char* pattern;
  const char* target;      // {cid} the demo council, {mid} uyvien2's membership, {import} an import id
  Body body;
  const char* token_user;  // whose Bearer token the last column sends
  const char* expect;      // anonymous admin lanhdao thuongtruc hoidong thutruong canbo nhanvien token
};

using B = Body;

// clang-format off
const Row kRows[] = {
  {"GET",   "/api/v1/councils",                       "/api/v1/councils",                       B::kNone,            "thuongtruc", "401 403 O   O   O   403 403 403 O"},
  {"POST",  "/api/v1/councils",                       "/api/v1/councils",                       B::kCouncilJson,     "thuongtruc", "401 403 O   O   403 404 404 404 O"},
  {"GET",   "/api/v1/councils/{cid}",                 "/api/v1/councils/{cid}",                 B::kNone,            "hoidong",    "401 404 O   O   O   404 404 404 O"},
  {"GET",   "/api/v1/councils/{cid}",                 "/api/v1/councils/999999",                B::kNone,            "thuongtruc", "401 404 404 404 404 404 404 404 404"},
  {"POST",  "/api/v1/councils/{cid}/members",         "/api/v1/councils/{cid}/members",         B::kMemberJson,      "thuongtruc", "401 404 O   O   403 404 404 404 O"},
  {"PATCH", "/api/v1/councils/{cid}/members/{mid}",   "/api/v1/councils/{cid}/members/{mid}",   B::kDeactivateJson,  "lanhdao",    "401 404 O   O   403 404 404 404 O"},

  {"GET",   "/api/v1/campaigns/{id}/registrations/template.xlsx", "/api/v1/campaigns/1/registrations/template.xlsx",   B::kNone, "canbo", "401 403 403 403 403 O   O   403 O"},
  {"GET",   "/api/v1/campaigns/{id}/registrations/template.xlsx", "/api/v1/campaigns/999/registrations/template.xlsx", B::kNone, "canbo", "401 404 404 404 404 404 404 404 404"},
  {"POST",  "/api/v1/campaigns/{id}/registrations/imports",       "/api/v1/campaigns/1/registrations/imports",         B::kRegistrationFile, "canbo", "401 403 403 403 403 O   O   403 O"},
  {"POST",  "/api/v1/campaigns/{id}/registrations/imports",       "/api/v1/campaigns/999/registrations/imports",       B::kRegistrationFile, "canbo", "401 404 404 404 404 404 404 404 404"},
  {"POST",  "/api/v1/campaigns/{id}/registrations/imports/{import_id}/confirm", "/api/v1/campaigns/1/registrations/imports/{import}/confirm", B::kConfirmRegistrations, "thutruong", "401 403 403 403 403 O O 403 O"},
  {"GET",   "/api/v1/campaigns/{id}/registrations/imports/{import_id}", "/api/v1/campaigns/1/registrations/imports/{import}?page_size=10", B::kConfirmRegistrations, "thutruong", "401 403 403 403 403 O O 403 O"},

  {"GET",   "/api/v1/people/template.xlsx",   "/api/v1/people/template.xlsx"  ,   B::kNone,            "canbo",      "401 O   403 403 403 403 O   403 O"},
  {"POST",  "/api/v1/people/imports",                 "/api/v1/people/imports",                 B::kPeopleFile,      "canbo",      "401 O   403 403 403 403 O   403 O"},
  {"POST",  "/api/v1/people/imports/{import_id}/confirm", "/api/v1/people/imports/{import}/confirm", B::kConfirmPeople, "canbo",    "401 O   403 403 403 403 O   403 O"},
  {"GET",   "/api/v1/people/imports/{import_id}",    "/api/v1/people/imports/{import}?page=1&problems=true", B::kConfirmPeople, "canbo", "401 O   403 403 403 403 O   403 O"},

  {"GET",   "/api/v1/units/template.xlsx",    "/api/v1/units/template.xlsx"  ,    B::kNone,            "admin",      "401 O   403 403 403 403 403 403 O"},
  {"POST",  "/api/v1/units/imports",                  "/api/v1/units/imports",                  B::kUnitsFile,       "admin",      "401 O   403 403 403 403 403 403 O"},
  {"POST",  "/api/v1/units/imports/{import_id}/confirm", "/api/v1/units/imports/{import}/confirm", B::kConfirmUnits,  "admin",      "401 O   403 403 403 403 403 403 O"},
  {"GET",   "/api/v1/units/imports/{import_id}",     "/api/v1/units/imports/{import}",         B::kConfirmUnits,    "admin",      "401 O   403 403 403 403 403 403 O"},
};
// clang-format on

const bool kCovered = [] {
  std::vector<RouteKey> keys;
  for (const Row& r : kRows) keys.emplace_back(r.method, r.pattern);
  return cover_routes(keys);
}();

bool is_file_upload(Body b) { return b == Body::kRegistrationFile || b == Body::kPeopleFile || b == Body::kUnitsFile; }

class ApiAdminMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fx_ = std::make_unique<CouncilFixture>();
    if (!fx_->ready()) GTEST_SKIP() << "no test site";
    TestSite& site = *fx_->site;
    person_ = site.person_id("Nguyễn Văn An");
    ASSERT_GT(person_, 0);
    for (const char* user : {"thuongtruc", "hoidong", "lanhdao", "canbo", "thutruong", "admin"}) {
      auto t = app::create_api_token(site.services(), site.actor(user), site.user_id(user), "ma trận", council_meta());
      ASSERT_TRUE(t.ok()) << t.error().message;
      tokens_[user] = t->secret;
    }
  }

  // Puts the records back in the state every row starts from.
  void reset() {
    auto conn = fx_->site->db().acquire();
    auto a = conn->exec("DELETE FROM council_members WHERE council_id = ? AND user_id = ?",
                        {fx_->council_id, fx_->site->user_id("nhanvien")});
    auto b = conn->exec("UPDATE council_members SET active = ? WHERE id = ?", {int64_t{1}, fx_->members.at("uyvien2")});
    auto c = conn->exec("DELETE FROM registrations WHERE campaign_id = 1 AND person_id = ?", {person_});
    EXPECT_TRUE(a.ok() && b.ok() && c.ok());
  }

  std::string registration_csv() const {
    return "Mã người,Họ và tên,Chỉ tiêu\n" + std::to_string(person_) + ",,\"[1] Hoàn thành đúng hạn\"\n";
  }
  std::string people_csv() const { return "Họ và tên,Mã đơn vị\nTrần Thị Ma Trận,PTNMT-LN\n"; }
  std::string units_csv() {
    const std::string n = std::to_string(++unit_counter_);
    return "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\nSTNMT-MT" + n + ",Phòng Thử nghiệm " + n +
           ",Phòng,STNMT\n";
  }

  // An import id staged by `user` when they may import, else by `fallback`.
  std::string staged(Body body, const std::string& user) {
    auto& s = fx_->site->services();
    auto stage_as = [&](const std::string& who) -> std::string {
      if (who.empty() || who == "anonymous") return {};
      const core::Actor actor = fx_->site->actor(who);
      if (body == Body::kConfirmRegistrations) {
        auto p = app::stage_registration_import(s, actor, 1, registration_csv(), "dang-ky.csv");
        return p.ok() ? p->token : std::string();
      }
      if (body == Body::kConfirmPeople) {
        auto p = app::stage_people_import(s, actor, people_csv(), "nhan-su.csv");
        return p.ok() ? p->token : std::string();
      }
      auto p = app::stage_units_import(s, actor, units_csv(), "don-vi.csv");
      return p.ok() ? p->token : std::string();
    };
    std::string token = stage_as(user);
    if (token.empty()) token = stage_as(body == Body::kConfirmUnits ? "admin" : "canbo");
    EXPECT_FALSE(token.empty());
    return token;
  }

  json::object json_of(Body b) const {
    switch (b) {
      case Body::kCouncilJson:
        return {{"unit_id", fx_->site->unit_id("STNMT")}, {"name", "Hội đồng sơ kết"}};
      case Body::kMemberJson:
        return {{"username", "nhanvien"}, {"role", "member"}, {"position", "Chuyên viên"}};
      case Body::kDeactivateJson:
        return {{"active", false}};
      default:
        return {};
    }
  }

  UploadFile file_of(Body b) {
    if (b == Body::kRegistrationFile) return {"file", "dang-ky.csv", "text/csv", registration_csv()};
    if (b == Body::kPeopleFile) return {"file", "nhan-su.csv", "text/csv", people_csv()};
    return {"file", "don-vi.csv", "text/csv", units_csv()};
  }

  HttpResult send(const Row& row, const std::string& column, UserSession* session, std::string& before) {
    const std::string who = column == "token" ? row.token_user : column;
    std::string target = row.target;
    replace_all(target, "{cid}", std::to_string(fx_->council_id));
    replace_all(target, "{mid}", std::to_string(fx_->members.at("uyvien2")));
    if (target.find("{import}") != std::string::npos) replace_all(target, "{import}", staged(row.body, who));
    Headers headers;
    std::unique_ptr<TestClient> own;
    TestClient* http = nullptr;
    if (column == "token") {
      own = fx_->site->client();
      http = own.get();
      headers.emplace_back("Authorization", "Bearer " + tokens_.at(row.token_user));
    } else if (session) {
      http = session->http.get();
      headers.emplace_back("X-CSRF-Token", session->csrf);
    } else {
      own = fx_->site->client();
      http = own.get();
      if (std::string(row.method) != "GET") headers.emplace_back("X-CSRF-Token", extract_csrf(http->get("/dang-nhap").body));
    }
    headers.emplace_back("Accept", "application/json");
    before = std::string(row.method) != "GET" && !before.empty() ? fx_->site->fingerprint() : std::string();
    if (std::string(row.method) == "GET") return http->get(target, headers);
    if (is_file_upload(row.body)) return http->post_multipart(target, {}, {file_of(row.body)}, headers);
    headers.emplace_back("Content-Type", "application/json");
    const std::string body = row.body == Body::kConfirmRegistrations || row.body == Body::kConfirmPeople ||
                                     row.body == Body::kConfirmUnits
                                 ? std::string()
                                 : json::serialize(json_of(row.body));
    return http->request(row.method, target, body, headers);
  }

  std::unique_ptr<CouncilFixture> fx_;
  int64_t person_ = 0;
  int unit_counter_ = 0;
  std::map<std::string, std::string> tokens_;
};

TEST_F(ApiAdminMatrixTest, EveryRoleGetsTheExpectedOutcome) {
  ASSERT_TRUE(kCovered);
  std::map<std::string, UserSession> sessions;
  for (const char* name : kDemoAccounts) sessions.emplace(name, fx_->site->session(name));
  for (const Row& row : kRows) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.target;
    for (size_t c : refusals_first(expect)) {
      const std::string column = kColumns[c];
      reset();
      UserSession* session = sessions.count(column) ? &sessions.at(column) : nullptr;
      std::string before = is_refusal(expect[c]) ? "check" : "";
      HttpResult r = send(row, column, session, before);
      EXPECT_TRUE(outcome_matches(expect[c], r)) << row.method << " " << row.target << " as " << column
                                                 << ": expected " << expect[c] << ", got " << r.status << "\n"
                                                 << r.body.substr(0, 300);
      if (!before.empty()) {
        const std::string after = fx_->site->fingerprint();
        EXPECT_TRUE(before == after) << "refused " << row.method << " " << row.target << " as " << column
                                     << " changed the database: " << first_difference(before, after);
      }
    }
  }
}

}  // namespace
}  // namespace thidua::test
