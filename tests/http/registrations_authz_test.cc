// The authorisation matrix of registrations (package reg): every route of
// /dot-thi-dua/{id}/dang-ky... and /api/v1/campaigns/{id}/registrations... ×
// anonymous and the seven demo accounts → the expected outcome, over real
// HTTP on the engine under test; refused writes change nothing.
//
// Records: the demo's running seed campaign (id 1). Own = a registration of
// Lê Văn Bình (PTNMT-LN, where thutruong, canbo and nhanvien hold their
// roles), Other = one of Đỗ Thị Mai (PTNMT-HH), Self = nhanvien's own (Nguyễn
// Văn An), Unit = PTNMT-LN's collective registration. Each request meets a
// registration freshly put in the state the row names, so that earlier
// columns' successes do not change later columns' outcomes.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <map>
#include <set>
#include <sstream>

#include "app/access.h"
#include "app/import_registrations.h"
#include "app/people.h"
#include "app/registrations.h"
#include "io/table.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;
using core::RegistrationState;

const bool kCovered = cover_routes({
    {"GET", "/dot-thi-dua/{id}/dang-ky"},
    {"GET", "/dot-thi-dua/{id}/dang-ky/moi"},
    {"POST", "/dot-thi-dua/{id}/dang-ky/moi"},
    {"GET", "/dot-thi-dua/{id}/dang-ky/{rid}"},
    {"GET", "/dot-thi-dua/{id}/dang-ky/{rid}/sua"},
    {"POST", "/dot-thi-dua/{id}/dang-ky/{rid}/sua"},
    {"POST", "/dot-thi-dua/{id}/dang-ky/{rid}/gui"},
    {"POST", "/dot-thi-dua/{id}/dang-ky/{rid}/duyet"},
    {"POST", "/dot-thi-dua/{id}/dang-ky/{rid}/tra-lai"},
    {"GET", "/dot-thi-dua/{id}/dang-ky/nhap"},
    {"GET", "/dot-thi-dua/{id}/dang-ky/mau.xlsx"},
    {"POST", "/dot-thi-dua/{id}/dang-ky/nhap"},
    {"POST", "/dot-thi-dua/{id}/dang-ky/nhap/xac-nhan"},
    {"GET", "/dot-thi-dua/{id}/dang-ky/nhap/xem-truoc"},
    {"GET", "/dot-thi-dua/{id}/dang-ky.xlsx"},
    {"GET", "/api/v1/campaigns/{id}/registrations"},
    {"GET", "/api/v1/campaigns/{id}/registrations.xlsx"},
    {"POST", "/api/v1/campaigns/{id}/registrations"},
    {"GET", "/api/v1/campaigns/{id}/registrations/{rid}"},
    {"PUT", "/api/v1/campaigns/{id}/registrations/{rid}"},
    {"POST", "/api/v1/campaigns/{id}/registrations/{rid}/submit"},
    {"POST", "/api/v1/campaigns/{id}/registrations/{rid}/approve"},
    {"POST", "/api/v1/campaigns/{id}/registrations/{rid}/return"},
});

constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

// Whose registration a row acts on.
enum class Scope { kNone, kOwn, kOther, kSelf, kUnit };
// What the row's registration is made to be before each request.
enum class Fix { kNone, kClear, kDraft, kSubmitted, kApproved };
// The request body.
enum class Body { kNone, kCreateForm, kEditForm, kVersionForm, kReturnForm, kImportCsv, kImportConfirm,
                  kCreateJson, kEditJson, kVersionJson, kReturnJson };

struct Row {
  const char* method;
  const char* target;  // {rid} is filled at run time
  Scope scope;
  Fix fix;
  Body body;
  const char* expect;  // anonymous admin lanhdao thuongtruc hoidong thutruong canbo nhanvien
};

using S = Scope;
using F = Fix;
using B = Body;

// Outcomes: O 2xx, R redirect elsewhere than the login page, L redirect to
// the login page, or the status of a refusal.
// clang-format off
const Row kMatrix[] = {
  // method  target                                          scope     fixture       body              anon admin lanh thuong hoi thutr canbo nhanv
  {"GET",  "/dot-thi-dua/1/dang-ky",                         S::kNone, F::kNone,      B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/1/dang-ky?trang-thai=submitted",    S::kNone, F::kNone,      B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/999/dang-ky",                       S::kNone, F::kNone,      B::kNone,         "L    404  404  404  404  404  404  404"},
  {"GET",  "/dot-thi-dua/1/dang-ky/moi",                     S::kNone, F::kNone,      B::kNone,         "L    403  O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/1/dang-ky/moi?loai=tap-the",        S::kNone, F::kNone,      B::kNone,         "L    403  403  403  403  O    O    403"},
  {"POST", "/dot-thi-dua/1/dang-ky/moi",                     S::kOwn,  F::kClear,     B::kCreateForm,   "L    403  403  403  403  R    R    404"},
  {"POST", "/dot-thi-dua/1/dang-ky/moi",                     S::kOther,F::kClear,     B::kCreateForm,   "L    403  403  403  403  404  404  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/moi",                     S::kSelf, F::kClear,     B::kCreateForm,   "L    403  403  403  403  R    R    R"},
  {"POST", "/dot-thi-dua/1/dang-ky/moi",                     S::kUnit, F::kClear,     B::kCreateForm,   "L    403  403  403  403  R    R    403"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}",                   S::kOwn,  F::kDraft,     B::kNone,         "L    404  O    O    404  O    O    404"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}",                   S::kOther,F::kDraft,     B::kNone,         "L    404  O    O    404  404  404  404"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}",                   S::kSelf, F::kDraft,     B::kNone,         "L    404  O    O    404  O    O    O"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}",                   S::kUnit, F::kDraft,     B::kNone,         "L    404  O    O    404  O    O    404"},
  {"GET",  "/dot-thi-dua/999/dang-ky/{rid}",                 S::kOwn,  F::kDraft,     B::kNone,         "L    404  404  404  404  404  404  404"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kOwn,  F::kDraft,     B::kNone,         "L    404  403  403  404  O    O    404"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kOther,F::kDraft,     B::kNone,         "L    404  403  403  404  404  404  404"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kSelf, F::kDraft,     B::kNone,         "L    404  403  403  404  O    O    O"},
  {"GET",  "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kSelf, F::kApproved,  B::kNone,         "L    404  403  403  404  409  409  409"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kOwn,  F::kDraft,     B::kEditForm,     "L    404  403  403  404  R    R    404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kOther,F::kDraft,     B::kEditForm,     "L    404  403  403  404  404  404  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kSelf, F::kDraft,     B::kEditForm,     "L    404  403  403  404  R    R    R"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/sua",               S::kSelf, F::kApproved,  B::kEditForm,     "L    404  403  403  404  409  409  409"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/gui",               S::kOwn,  F::kDraft,     B::kVersionForm,  "L    404  403  403  404  R    R    404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/gui",               S::kOther,F::kDraft,     B::kVersionForm,  "L    404  403  403  404  404  404  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/gui",               S::kSelf, F::kDraft,     B::kVersionForm,  "L    404  403  403  404  R    R    R"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/gui",               S::kSelf, F::kSubmitted, B::kVersionForm,  "L    404  403  403  404  409  409  409"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/duyet",             S::kOwn,  F::kSubmitted, B::kVersionForm,  "L    404  403  403  404  R    403  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/duyet",             S::kOther,F::kSubmitted, B::kVersionForm,  "L    404  403  403  404  404  404  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/duyet",             S::kSelf, F::kSubmitted, B::kVersionForm,  "L    404  403  403  404  R    403  403"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/duyet",             S::kUnit, F::kSubmitted, B::kVersionForm,  "L    404  403  403  404  R    403  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/duyet",             S::kOwn,  F::kDraft,     B::kVersionForm,  "L    404  403  403  404  409  403  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/tra-lai",           S::kOwn,  F::kSubmitted, B::kReturnForm,   "L    404  403  403  404  R    403  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/tra-lai",           S::kOther,F::kSubmitted, B::kReturnForm,   "L    404  403  403  404  404  404  404"},
  {"POST", "/dot-thi-dua/1/dang-ky/{rid}/tra-lai",           S::kSelf, F::kApproved,  B::kReturnForm,   "L    404  403  403  404  409  403  403"},

  // Import (two steps) and its template.
  {"GET",  "/dot-thi-dua/1/dang-ky/nhap",                    S::kNone, F::kNone,      B::kNone,         "L    403  403  403  403  O    O    403"},
  {"GET",  "/dot-thi-dua/999/dang-ky/nhap",                  S::kNone, F::kNone,      B::kNone,         "L    404  404  404  404  404  404  404"},
  {"GET",  "/dot-thi-dua/1/dang-ky/mau.xlsx",                S::kNone, F::kNone,      B::kNone,         "L    403  403  403  403  O    O    403"},
  {"POST", "/dot-thi-dua/1/dang-ky/nhap",                    S::kOwn,  F::kClear,     B::kImportCsv,    "L    403  403  403  403  O    O    403"},
  {"POST", "/dot-thi-dua/1/dang-ky/nhap",                    S::kOther,F::kClear,     B::kImportCsv,    "L    403  403  403  403  422  422  403"},
  {"POST", "/dot-thi-dua/1/dang-ky/nhap/xac-nhan",           S::kOwn,  F::kClear,     B::kImportConfirm,"L    403  403  403  403  R    R    403"},
  {"GET",  "/dot-thi-dua/1/dang-ky/nhap/xem-truoc?ma={import}&trang=1", S::kOwn, F::kClear, B::kNone,  "L    403  403  403  403  O    O    403"},

  // The list as XLSX (issue 12): whoever sees the list, its rows only.
  {"GET",  "/dot-thi-dua/1/dang-ky.xlsx",                    S::kNone, F::kNone,      B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/1/dang-ky.xlsx?trang-thai=submitted",S::kNone,F::kNone,      B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/dot-thi-dua/999/dang-ky.xlsx",                  S::kNone, F::kNone,      B::kNone,         "L    404  404  404  404  404  404  404"},
  {"GET",  "/api/v1/campaigns/1/registrations.xlsx",         S::kNone, F::kNone,      B::kNone,         "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/campaigns/1/registrations.xlsx?state=x", S::kNone, F::kNone,      B::kNone,         "401  422  422  422  422  422  422  422"},
  {"GET",  "/api/v1/campaigns/999/registrations.xlsx",       S::kNone, F::kNone,      B::kNone,         "401  404  404  404  404  404  404  404"},

  // JSON API.
  {"GET",  "/api/v1/campaigns/1/registrations",              S::kNone, F::kNone,      B::kNone,         "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/campaigns/999/registrations",            S::kNone, F::kNone,      B::kNone,         "401  404  404  404  404  404  404  404"},
  {"POST", "/api/v1/campaigns/1/registrations",              S::kOwn,  F::kClear,     B::kCreateJson,   "401  403  403  403  403  O    O    404"},
  {"POST", "/api/v1/campaigns/1/registrations",              S::kOther,F::kClear,     B::kCreateJson,   "401  403  403  403  403  404  404  404"},
  {"POST", "/api/v1/campaigns/1/registrations",              S::kSelf, F::kClear,     B::kCreateJson,   "401  403  403  403  403  O    O    O"},
  {"POST", "/api/v1/campaigns/1/registrations",              S::kUnit, F::kClear,     B::kCreateJson,   "401  403  403  403  403  O    O    403"},
  {"GET",  "/api/v1/campaigns/1/registrations/{rid}",        S::kOwn,  F::kDraft,     B::kNone,         "401  404  O    O    404  O    O    404"},
  {"GET",  "/api/v1/campaigns/1/registrations/{rid}",        S::kOther,F::kDraft,     B::kNone,         "401  404  O    O    404  404  404  404"},
  {"GET",  "/api/v1/campaigns/1/registrations/{rid}",        S::kSelf, F::kDraft,     B::kNone,         "401  404  O    O    404  O    O    O"},
  {"PUT",  "/api/v1/campaigns/1/registrations/{rid}",        S::kOwn,  F::kDraft,     B::kEditJson,     "401  404  403  403  404  O    O    404"},
  {"PUT",  "/api/v1/campaigns/1/registrations/{rid}",        S::kOther,F::kDraft,     B::kEditJson,     "401  404  403  403  404  404  404  404"},
  {"PUT",  "/api/v1/campaigns/1/registrations/{rid}",        S::kSelf, F::kApproved,  B::kEditJson,     "401  404  403  403  404  409  409  409"},
  {"POST", "/api/v1/campaigns/1/registrations/{rid}/submit", S::kOwn,  F::kDraft,     B::kVersionJson,  "401  404  403  403  404  O    O    404"},
  {"POST", "/api/v1/campaigns/1/registrations/{rid}/submit", S::kSelf, F::kDraft,     B::kVersionJson,  "401  404  403  403  404  O    O    O"},
  {"POST", "/api/v1/campaigns/1/registrations/{rid}/approve",S::kOwn,  F::kSubmitted, B::kVersionJson,  "401  404  403  403  404  O    403  404"},
  {"POST", "/api/v1/campaigns/1/registrations/{rid}/approve",S::kOther,F::kSubmitted, B::kVersionJson,  "401  404  403  403  404  404  404  404"},
  {"POST", "/api/v1/campaigns/1/registrations/{rid}/return", S::kOwn,  F::kSubmitted, B::kReturnJson,   "401  404  403  403  404  O    403  404"},
  {"POST", "/api/v1/campaigns/1/registrations/{rid}/return", S::kOther,F::kSubmitted, B::kReturnJson,   "401  404  403  403  404  404  404  404"},
};
// clang-format on


class RegistrationsAuthzTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    own_unit_ = site_->unit_id("PTNMT-LN");
    other_unit_ = site_->unit_id("PTNMT-HH");
    self_person_ = site_->person_id("Nguyễn Văn An");
    own_person_ = add_person("Lê Văn Bình", own_unit_);
    other_person_ = add_person("Đỗ Thị Mai", other_unit_);
  }

  static app::RequestMeta meta() { return {"127.0.0.1", "reg-matrix", "tests"}; }

  int64_t add_person(const std::string& name, int64_t unit) {
    core::Person p;
    p.full_name = name;
    p.birth_date = "1990-03-12";
    p.unit_id = unit;
    auto created = app::create_person(site_->services(), app::system_actor(), p, meta());
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? created->id : 0;
  }

  int64_t person_for(Scope s) const {
    return s == Scope::kOther ? other_person_ : s == Scope::kSelf ? self_person_ : own_person_;
  }

  std::string subject_key(Scope s) const {
    return s == Scope::kUnit ? "u:" + std::to_string(own_unit_) : "p:" + std::to_string(person_for(s));
  }

  void clear(Scope s) {
    auto conn = site_->db().acquire();
    auto del = conn->exec("DELETE FROM registrations WHERE campaign_id = 1 AND subject_key = ?", {subject_key(s)});
    EXPECT_TRUE(del.ok());
  }

  // A registration of the scope's subject in `state`, made by the system.
  int64_t fresh(Scope s, Fix fix) {
    clear(s);
    core::Registration r;
    if (s == Scope::kUnit) {
      r.subject = core::RegistrationSubject::kCollective;
      r.unit_id = own_unit_;
    } else {
      r.subject = core::RegistrationSubject::kIndividual;
      r.person_id = person_for(s);
    }
    r.targets = {{0, "1", "Hoàn thành 100% nhiệm vụ được giao"}};
    auto& sv = site_->services();
    const auto sys = app::system_actor();
    auto id = app::create_registration(sv, sys, 1, r, meta());
    EXPECT_TRUE(id.ok()) << id.error().message;
    if (!id.ok()) return 0;
    if (fix == Fix::kSubmitted || fix == Fix::kApproved) {
      EXPECT_TRUE(app::submit_registration(sv, sys, 1, *id, 1, meta()).ok());
    }
    if (fix == Fix::kApproved) {
      EXPECT_TRUE(app::approve_registration(sv, sys, 1, *id, 2, meta()).ok());
    }
    return *id;
  }

  int64_t version_of(int64_t id) {
    auto v = app::get_registration(site_->services(), app::system_actor(), 1, id);
    return v.ok() ? v->registration.version : 0;
  }

  std::string import_csv(Scope s) {
    return "Mã người,Họ và tên,Chỉ tiêu,Tên sáng kiến\n" + std::to_string(person_for(s)) +
           ",,\"[1] Hoàn thành đúng hạn\n[2] Số hóa hồ sơ\",Quy trình mới\n";
  }

  // A staged registration import: the actor's own when they may stage, else canbo's.
  std::string staged_import(const Row& row, const std::string& username) {
    const std::string actor = username == "anonymous" || !site_->actor(username).grants.size() ? "canbo" : username;
    auto staged = app::stage_registration_import(site_->services(), site_->actor(actor), 1, import_csv(row.scope),
                                                 "dang-ky.csv");
    if (!staged.ok()) {
      staged = app::stage_registration_import(site_->services(), site_->actor("canbo"), 1, import_csv(row.scope),
                                              "dang-ky.csv");
    }
    EXPECT_TRUE(staged.ok());
    return staged.ok() ? staged->token : std::string();
  }

  HttpResult send(const Row& row, UserSession* session, const std::string& username) {
    int64_t rid = 0;
    if (row.fix == Fix::kClear) clear(row.scope);
    else if (row.fix != Fix::kNone) rid = fresh(row.scope, row.fix);
    std::string target = row.target;
    replace_all(target, "{rid}", std::to_string(rid));
    if (target.find("{import}") != std::string::npos) replace_all(target, "{import}", staged_import(row, username));
    const std::string method = row.method;
    std::unique_ptr<TestClient> anon;
    TestClient* http = session ? session->http.get() : nullptr;
    std::string csrf = session ? session->csrf : "";
    if (!session) {
      anon = site_->client();
      http = anon.get();
      if (method != "GET") csrf = extract_csrf(http->get("/dang-nhap").body);
    }
    before_ = method != "GET" && is_refusal(current_expect_) ? site_->fingerprint() : std::string();
    if (method == "GET") return http->get(target);
    const std::string version = std::to_string(rid ? version_of(rid) : 0);
    json::object body;
    Fields form{{"_csrf", csrf}};
    switch (row.body) {
      case Body::kCreateForm:
        form.push_back({"subject", row.scope == Scope::kUnit ? "collective" : "individual"});
        if (row.scope == Scope::kUnit) form.push_back({"unit_id", std::to_string(own_unit_)});
        else form.push_back({"person_id", std::to_string(person_for(row.scope))});
        form.push_back({"target_label", "1"});
        form.push_back({"target_text", "Hoàn thành 100% nhiệm vụ"});
        form.push_back({"signature_task", "Số hóa hồ sơ địa chính"});
        break;
      case Body::kEditForm:
        form.push_back({"version", version});
        form.push_back({"target_label", "2"});
        form.push_back({"target_text", "Chỉ tiêu đã sửa"});
        break;
      case Body::kVersionForm:
        form.push_back({"version", version});
        break;
      case Body::kReturnForm:
        form.push_back({"version", version});
        form.push_back({"reason", "Chỉ tiêu chưa định lượng"});
        break;
      case Body::kImportCsv:
        return http->post_multipart(target, {{"_csrf", csrf}},
                                    {{"file", "dang-ky.csv", "text/csv", import_csv(row.scope)}});
      case Body::kImportConfirm: {
        form.push_back({"token", staged_import(row, username)});
        before_ = is_refusal(current_expect_) ? site_->fingerprint() : std::string();
        break;
      }
      case Body::kCreateJson:
        body = {{"subject", row.scope == Scope::kUnit ? "collective" : "individual"},
                {"targets", json::array{json::object{{"content_label", "1"}, {"text", "Hoàn thành 100% nhiệm vụ"}}}}};
        if (row.scope == Scope::kUnit) body["unit_id"] = own_unit_;
        else body["person_id"] = person_for(row.scope);
        break;
      case Body::kEditJson:
        body = {{"version", rid ? version_of(rid) : 0},
                {"targets", json::array{json::object{{"text", "Chỉ tiêu đã sửa qua API"}}}}};
        break;
      case Body::kVersionJson:
        body = {{"version", rid ? version_of(rid) : 0}};
        break;
      case Body::kReturnJson:
        body = {{"version", rid ? version_of(rid) : 0}, {"reason", "Chỉ tiêu chưa định lượng"}};
        break;
      default:
        break;
    }
    if (std::string(row.target).rfind("/api/", 0) == 0) {
      return http->request(method, target, json::serialize(body),
                           {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-CSRF-Token", csrf}});
    }
    return http->post_form(target, form);
  }

  std::unique_ptr<TestSite> site_;
  int64_t own_unit_ = 0, other_unit_ = 0;
  int64_t own_person_ = 0, other_person_ = 0, self_person_ = 0;
  std::string current_expect_;
  std::string before_;
};

TEST_F(RegistrationsAuthzTest, EveryRoleGetsTheExpectedOutcome) {
  ASSERT_TRUE(kCovered);
  std::map<std::string, UserSession> sessions;
  for (const char* name : kDemoAccounts) sessions.emplace(name, site_->login(name));
  ASSERT_FALSE(HasFailure()) << "could not log the demo accounts in";
  for (const Row& row : kMatrix) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size()) << row.method << " " << row.target;
    for (size_t c : refusals_first(expect)) {
      const std::string username = kColumns[c];
      UserSession* session = c == 0 ? nullptr : &sessions.at(username);
      current_expect_ = expect[c];
      HttpResult r = send(row, session, username);
      EXPECT_TRUE(outcome_matches(expect[c], r)) << row.method << " " << row.target << " (scope "
                                         << static_cast<int>(row.scope) << ", fixture " << static_cast<int>(row.fix)
                                         << ") as " << username << ": expected " << expect[c] << ", got " << r.status
                                         << " " << r.header("location") << "\n"
                                         << r.body.substr(0, 400);
      if (!before_.empty()) {
        const std::string after = site_->fingerprint();
        EXPECT_TRUE(before_ == after) << "refused " << row.method << " " << row.target << " as " << username
                                      << " changed the database: " << first_difference(before_, after);
      }
    }
  }
}

// The export holds exactly the rows each account's list shows, every page
// of them, with the targets as the import reads them (issue 12).
TEST_F(RegistrationsAuthzTest, TheExportHoldsWhatTheListShowsEachAccount) {
  fresh(Scope::kOwn, Fix::kSubmitted);
  fresh(Scope::kOther, Fix::kApproved);
  fresh(Scope::kSelf, Fix::kDraft);
  fresh(Scope::kUnit, Fix::kSubmitted);
  for (const char* name : {"lanhdao", "thuongtruc", "thutruong", "canbo", "nhanvien"}) {
    UserSession session = site_->login(name);
    HttpResult list = session->get("/api/v1/campaigns/1/registrations?page_size=200");
    ASSERT_EQ(list.status, 200u) << name;
    const auto listed = json::parse(list.body);
    std::multiset<std::string> expected;
    for (const auto& item : listed.at("items").as_array()) {
      const auto& o = item.as_object();
      const bool person = !o.at("person_id").is_null();
      expected.insert(person ? std::to_string(o.at("person_id").as_int64()) : std::string("unit"));
    }
    HttpResult xlsx = session->get("/dot-thi-dua/1/dang-ky.xlsx");
    ASSERT_EQ(xlsx.status, 200u) << name;
    auto table = io::read_table(xlsx.body, "dang-ky.xlsx");
    ASSERT_TRUE(table.ok()) << name << ": " << table.error().message;
    ASSERT_EQ(table->header.size(), 14u);
    EXPECT_EQ(table->header[3], "Mã người");
    EXPECT_EQ(table->header[6], "Chỉ tiêu");
    std::multiset<std::string> exported;
    for (const auto& row : table->rows) {
      exported.insert(row[3].empty() ? std::string("unit") : row[3]);
      EXPECT_EQ(row[6], "[1] Hoàn thành 100% nhiệm vụ được giao") << name;
    }
    EXPECT_EQ(exported, expected) << name;
    EXPECT_EQ(static_cast<int64_t>(table->rows.size()), listed.at("total").as_int64()) << name;
  }
  // A unit's officer does not get another unit's registration.
  HttpResult own = site_->login("canbo")->get("/dot-thi-dua/1/dang-ky.xlsx");
  auto table = io::read_table(own.body, "dang-ky.xlsx");
  ASSERT_TRUE(table.ok());
  for (const auto& row : table->rows) EXPECT_NE(row[3], std::to_string(other_person_));
  // The filter of the page applies.
  HttpResult submitted = site_->login("thuongtruc")->get("/dot-thi-dua/1/dang-ky.xlsx?trang-thai=submitted");
  auto only = io::read_table(submitted.body, "dang-ky.xlsx");
  ASSERT_TRUE(only.ok());
  for (const auto& row : only->rows) EXPECT_EQ(row[12], "Chờ duyệt");
}

// Past one page of the list (200 rows a query): every registration once.
TEST_F(RegistrationsAuthzTest, TheExportReadsEveryPage) {
  for (int i = 0; i < 230; ++i) {
    core::Registration r;
    r.subject = core::RegistrationSubject::kIndividual;
    r.person_id = add_person("Người Thứ " + std::to_string(i), own_unit_);
    r.targets = {{0, "2", "Số hóa hồ sơ " + std::to_string(i)}};
    ASSERT_TRUE(app::create_registration(site_->services(), app::system_actor(), 1, r, meta()).ok());
  }
  HttpResult xlsx = site_->login("thuongtruc")->get("/api/v1/campaigns/1/registrations.xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  auto table = io::read_table(xlsx.body, "registrations.xlsx");
  ASSERT_TRUE(table.ok()) << table.error().message;
  std::set<std::string> people;
  for (const auto& row : table->rows) people.insert(row[3]);
  EXPECT_GE(table->rows.size(), 230u);
  EXPECT_EQ(people.size(), table->rows.size()) << "no registration twice";
  EXPECT_EQ(table->rows.front()[0], "1");
  EXPECT_EQ(table->rows.back()[0], std::to_string(table->rows.size()));
}

// A registration at the limits still exports: an overlong cell is cut with
// "…"; the initiatives' titles, contents and effects stay on matching lines.
TEST_F(RegistrationsAuthzTest, TheExportKeepsLongAndPartialRegistrations) {
  clear(Scope::kOwn);
  core::Registration r;
  r.subject = core::RegistrationSubject::kIndividual;
  r.person_id = own_person_;
  std::string long_text;
  for (int i = 0; i < 2000; ++i) long_text += "ệ";
  for (size_t i = 0; i < core::kMaxTargets; ++i) r.targets.push_back({0, "1", long_text});
  r.initiatives = {{0, "Sáng kiến thứ nhất", "", "Tiết kiệm thời gian"},
                   {0, "Sáng kiến thứ hai", "Bước một\nBước hai", ""}};
  auto id = app::create_registration(site_->services(), app::system_actor(), 1, r, meta());
  ASSERT_TRUE(id.ok()) << id.error().message;
  HttpResult xlsx = site_->login("thuongtruc")->get("/dot-thi-dua/1/dang-ky.xlsx");
  ASSERT_EQ(xlsx.status, 200u) << xlsx.body.substr(0, 300);
  io::ReadLimits big_cells;
  big_cells.max_cell_bytes = 40000;
  auto table = io::read_table(xlsx.body, "dang-ky.xlsx", big_cells);
  ASSERT_TRUE(table.ok()) << table.error().message;
  const std::vector<std::string>* row = nullptr;
  for (const auto& candidate : table->rows) {
    if (candidate[3] == std::to_string(own_person_)) row = &candidate;
  }
  ASSERT_NE(row, nullptr);
  EXPECT_LE((*row)[6].size(), 32767u);
  EXPECT_EQ((*row)[6].substr((*row)[6].size() - 3), "…");
  EXPECT_EQ((*row)[8], "Sáng kiến thứ nhất\nSáng kiến thứ hai");
  EXPECT_EQ((*row)[9], "-\nBước một; Bước hai") << "an empty content keeps its line";
  EXPECT_EQ((*row)[10], "Tiết kiệm thời gian\n-");
}

}  // namespace
}  // namespace thidua::test
