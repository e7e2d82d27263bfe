// The authorisation matrix: every route of the site × every demo role (and
// anonymous) → the expected outcome, over real HTTP on both engines. The
// table below is the specification; a route the router has but the table
// does not list fails the test, so new routes must be added here.
//
// Scope: thutruong, canbo and nhanvien hold their roles on Phòng TNMT huyện
// Lục Nam (PTNMT-LN). Rows marked Own target a unit/person inside it, Other
// one inside Phòng TNMT huyện Hiệp Hòa (PTNMT-HH), Self nhanvien's own record.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <array>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "app/access.h"
#include "app/import_people.h"
#include "app/import_units.h"
#include "app/people.h"
#include "app/users.h"
#include "store/people.h"
#include "store/units.h"
#include "store/users.h"
#include "matrix_outcomes.h"
#include "route_coverage.h"
#include "support/test_server.h"
#include "web/static_assets.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

// Outcomes (one token per column):
//   O    2xx
//   X    logged out: 3xx to /dang-nhap clearing the session cookie
//   R    3xx to a page other than the login page (the action succeeded)
//   L    3xx to /dang-nhap (anonymous sent to log in)
//   401  403  404  422   that status (a refusal)
// Columns: anonymous, then the demo accounts:
//   admin (administrator, root)         lanhdao (leader, root)
//   thuongtruc (secretariat, root)      hoidong (council member, root)
//   thutruong (unit head, PTNMT-LN)     canbo (unit officer, PTNMT-LN)
//   nhanvien (staff, PTNMT-LN; the person Nguyễn Văn An)
constexpr std::array<const char*, 8> kColumns = {"anonymous", "admin",     "lanhdao", "thuongtruc",
                                                 "hoidong",   "thutruong", "canbo",   "nhanvien"};

// Which record the {unit}, {person} and {token} slots of a row and its body refer to.
enum class Scope { kNone, kOwn, kOther, kSelf };

// The request body of a row, built at request time from the current records.
enum class Body {
  kNone,
  kLogin,          // username=nhanvien, password
  kPassword,       // change own password
  kUnitForm,       // a new unit under the scope's unit / an edit of it
  kPersonForm,     // a new person in the scope's unit / an edit of them
  kUserForm,       // a new account on PTNMT-LN
  kGrantForm,      // grant staff on PTNMT-LN
  kRevokeForm,     // revoke the target account's first grant
  kTokenForm,      // name of a new API token
  kImportCsv,      // one person for the scope's unit (multipart)
  kImportConfirm,  // a staged import token (the actor's own when they may stage)
  kUnitsCsv,       // one new unit under the scope's unit (multipart)
  kUnitsConfirm,   // a staged units import token, as kImportConfirm
  kUnitJson,       // API: new unit / patch
  kPersonJson,     // API: new person / patch
  kUserJson,       // API: new account
};

struct Row {
  const char* method;
  const char* pattern;  // as registered in the router
  const char* target;   // slots filled at run time: {unit} {person} {user} {token} {asset}
                        // {people-import} {units-import}: a staged import, the actor's
                        // own when they may stage (S::kOwn) or another account's (S::kOther)
  Scope scope;
  Body body;
  const char* expect;  // one outcome per column, whitespace-separated
  bool fresh_session = false;  // the request ends or replaces the session: use a new one
};

using S = Scope;
using B = Body;

// clang-format off
const Row kMatrix[] = {
  // method  pattern                              target                                 scope     body              anon admin lanh thuong hoi thutr canbo nhanv
  {"GET",  "/healthz",                            "/healthz",                            S::kNone,  B::kNone,         "O    O    O    O    O    O    O    O"},
  {"GET",  "/favicon.ico",                        "/favicon.ico",                        S::kNone,  B::kNone,         "R    R    R    R    R    R    R    R"},
  {"GET",  "/static/{*path}",                     "{asset}",                             S::kNone,  B::kNone,         "O    O    O    O    O    O    O    O"},
  {"GET",  "/",                                   "/",                                   S::kNone,  B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/dang-nhap",                          "/dang-nhap",                          S::kNone,  B::kNone,         "O    R    R    R    R    R    R    R"},
  {"POST", "/dang-nhap",                          "/dang-nhap",                          S::kNone,  B::kLogin,        "R    R    R    R    R    R    R    R", true},
  {"POST", "/dang-xuat",                          "/dang-xuat",                          S::kNone,  B::kNone,         "L    X    X    X    X    X    X    X", true},
  {"GET",  "/tai-khoan/mat-khau",                 "/tai-khoan/mat-khau",                 S::kNone,  B::kNone,         "L    O    O    O    O    O    O    O"},

  // Organisation tree.
  {"GET",  "/don-vi",                             "/don-vi",                             S::kNone,  B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/don-vi/xuat",                        "/don-vi/xuat",                        S::kNone,  B::kNone,         "L    O    O    O    403  O    O    403"},
  {"GET",  "/don-vi/moi",                         "/don-vi/moi",                         S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},
  {"POST", "/don-vi/moi",                         "/don-vi/moi",                         S::kOwn,   B::kUnitForm,     "L    R    403  403  403  403  403  403"},
  {"GET",  "/don-vi/{id}",                        "/don-vi/{unit}",                      S::kOwn,   B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/don-vi/{id}",                        "/don-vi/{unit}",                      S::kOther, B::kNone,         "L    O    O    O    O    404  404  404"},
  {"GET",  "/don-vi/{id}/sua",                    "/don-vi/{unit}/sua",                  S::kOwn,   B::kNone,         "L    O    403  403  403  403  403  403"},
  {"GET",  "/don-vi/{id}/sua",                    "/don-vi/{unit}/sua",                  S::kOther, B::kNone,         "L    O    403  403  403  404  404  404"},
  {"POST", "/don-vi/{id}/sua",                    "/don-vi/{unit}/sua",                  S::kOwn,   B::kUnitForm,     "L    R    403  403  403  403  403  403"},
  {"POST", "/don-vi/{id}/sua",                    "/don-vi/{unit}/sua",                  S::kOther, B::kUnitForm,     "L    R    403  403  403  404  404  404"},

  {"GET",  "/nhap-don-vi",                        "/nhap-don-vi",                        S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},
  {"GET",  "/nhap-don-vi/mau",                    "/nhap-don-vi/mau",                    S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},
  {"POST", "/nhap-don-vi",                        "/nhap-don-vi",                        S::kOwn,   B::kUnitsCsv,     "L    O    403  403  403  403  403  403"},
  {"POST", "/nhap-don-vi/xac-nhan",               "/nhap-don-vi/xac-nhan",               S::kOwn,   B::kUnitsConfirm, "L    R    403  403  403  403  403  403"},
  {"GET",  "/nhap-don-vi/xem-truoc",              "/nhap-don-vi/xem-truoc?ma={units-import}&trang=1", S::kOwn, B::kNone, "L    O    403  403  403  403  403  403"},

  // People.
  {"GET",  "/nhan-su",                            "/nhan-su",                            S::kNone,  B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/nhan-su",                            "/nhan-su?don-vi={unit}",              S::kOther, B::kNone,         "L    O    O    O    O    404  404  404"},
  {"GET",  "/nhan-su/xuat",                       "/nhan-su/xuat",                       S::kNone,  B::kNone,         "L    O    O    O    403  O    O    403"},
  {"GET",  "/nhan-su/moi",                        "/nhan-su/moi",                        S::kNone,  B::kNone,         "L    O    403  403  403  403  O    403"},
  {"POST", "/nhan-su/moi",                        "/nhan-su/moi",                        S::kOwn,   B::kPersonForm,   "L    R    403  403  403  403  R    403"},
  {"POST", "/nhan-su/moi",                        "/nhan-su/moi",                        S::kOther, B::kPersonForm,   "L    R    403  403  403  403  403  403"},
  {"GET",  "/nhan-su/{id}",                       "/nhan-su/{person}",                   S::kOwn,   B::kNone,         "L    O    O    O    O    O    O    404"},
  {"GET",  "/nhan-su/{id}",                       "/nhan-su/{person}",                   S::kOther, B::kNone,         "L    O    O    O    O    404  404  404"},
  {"GET",  "/nhan-su/{id}",                       "/nhan-su/{person}",                   S::kSelf,  B::kNone,         "L    O    O    O    O    O    O    O"},
  {"GET",  "/nhan-su/{id}/sua",                   "/nhan-su/{person}/sua",               S::kOwn,   B::kNone,         "L    O    403  403  403  403  O    404"},
  {"GET",  "/nhan-su/{id}/sua",                   "/nhan-su/{person}/sua",               S::kOther, B::kNone,         "L    O    403  403  403  404  404  404"},
  {"GET",  "/nhan-su/{id}/sua",                   "/nhan-su/{person}/sua",               S::kSelf,  B::kNone,         "L    O    403  403  403  403  O    403"},
  {"POST", "/nhan-su/{id}/sua",                   "/nhan-su/{person}/sua",               S::kOwn,   B::kPersonForm,   "L    R    403  403  403  403  R    404"},
  {"POST", "/nhan-su/{id}/sua",                   "/nhan-su/{person}/sua",               S::kOther, B::kPersonForm,   "L    R    403  403  403  404  404  404"},
  {"POST", "/nhan-su/{id}/sua",                   "/nhan-su/{person}/sua",               S::kSelf,  B::kPersonForm,   "L    R    403  403  403  403  R    403"},

  // Import.
  {"GET",  "/nhap-nhan-su",                       "/nhap-nhan-su",                       S::kNone,  B::kNone,         "L    O    403  403  403  403  O    403"},
  {"GET",  "/nhap-nhan-su/mau",                   "/nhap-nhan-su/mau",                   S::kNone,  B::kNone,         "L    O    403  403  403  403  O    403"},
  {"POST", "/nhap-nhan-su",                       "/nhap-nhan-su",                       S::kOwn,   B::kImportCsv,    "L    O    403  403  403  403  O    403"},
  {"POST", "/nhap-nhan-su",                       "/nhap-nhan-su",                       S::kOther, B::kImportCsv,    "L    O    403  403  403  403  422  403"},
  {"POST", "/nhap-nhan-su/xac-nhan",              "/nhap-nhan-su/xac-nhan",              S::kOwn,   B::kImportConfirm,"L    R    403  403  403  403  R    403"},
  {"GET",  "/nhap-nhan-su/xem-truoc",             "/nhap-nhan-su/xem-truoc?ma={people-import}&trang=1", S::kOwn, B::kNone, "L    O    403  403  403  403  O    403"},
  {"GET",  "/nhap-nhan-su/xem-truoc",             "/nhap-nhan-su/xem-truoc?ma={people-import}&loi=1", S::kOther, B::kNone, "L    404  403  403  403  403  404  403"},

  // Accounts.
  {"GET",  "/nguoi-dung",                         "/nguoi-dung",                         S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},
  {"GET",  "/nguoi-dung/xuat",                    "/nguoi-dung/xuat",                    S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},
  {"GET",  "/nguoi-dung/moi",                     "/nguoi-dung/moi",                     S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},
  {"POST", "/nguoi-dung/moi",                     "/nguoi-dung/moi",                     S::kNone,  B::kUserForm,     "L    O    403  403  403  403  403  403"},
  {"GET",  "/nguoi-dung/{id}",                    "/nguoi-dung/{user}",                  S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},
  {"POST", "/nguoi-dung/{id}/khoa",               "/nguoi-dung/{user}/khoa",             S::kNone,  B::kNone,         "L    R    403  403  403  403  403  403"},
  {"POST", "/nguoi-dung/{id}/mo-khoa",            "/nguoi-dung/{user}/mo-khoa",          S::kNone,  B::kNone,         "L    R    403  403  403  403  403  403"},
  {"POST", "/nguoi-dung/{id}/cap-quyen",          "/nguoi-dung/{user}/cap-quyen",        S::kNone,  B::kGrantForm,    "L    R    403  403  403  403  403  403"},
  {"POST", "/nguoi-dung/{id}/thu-hoi-quyen",      "/nguoi-dung/{user}/thu-hoi-quyen",    S::kNone,  B::kRevokeForm,   "L    R    403  403  403  403  403  403"},
  {"POST", "/nguoi-dung/{id}/dat-lai-mat-khau",   "/nguoi-dung/{user}/dat-lai-mat-khau", S::kNone,  B::kNone,         "L    O    403  403  403  403  403  403"},

  // Own API tokens.
  {"GET",  "/tai-khoan/ma-truy-cap",              "/tai-khoan/ma-truy-cap",              S::kNone,  B::kNone,         "L    O    O    O    O    O    O    O"},
  {"POST", "/tai-khoan/ma-truy-cap",              "/tai-khoan/ma-truy-cap",              S::kNone,  B::kTokenForm,    "L    O    O    O    O    O    O    O"},
  {"POST", "/tai-khoan/ma-truy-cap/{id}/thu-hoi", "/tai-khoan/ma-truy-cap/{token}/thu-hoi", S::kSelf, B::kNone,        "L    R    R    R    R    R    R    R"},
  {"POST", "/tai-khoan/ma-truy-cap/{id}/thu-hoi", "/tai-khoan/ma-truy-cap/{token}/thu-hoi", S::kOther, B::kNone,       "L    404  404  404  404  404  404  404"},

  // Audit trail.
  {"GET",  "/nhat-ky",                            "/nhat-ky",                            S::kNone,  B::kNone,         "L    O    O    403  403  403  403  403"},
  {"GET",  "/nhat-ky/xuat",                       "/nhat-ky/xuat",                       S::kNone,  B::kNone,         "L    O    O    403  403  403  403  403"},

  // JSON API (cookie sessions; writes carry X-CSRF-Token).
  {"GET",  "/api/v1/openapi.json",                "/api/v1/openapi.json",                S::kNone,  B::kNone,         "O    O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/me",                          "/api/v1/me",                          S::kNone,  B::kNone,         "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/units",                       "/api/v1/units",                       S::kNone,  B::kNone,         "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/units/{id}",                  "/api/v1/units/{unit}",                S::kOwn,   B::kNone,         "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/units/{id}",                  "/api/v1/units/{unit}",                S::kOther, B::kNone,         "401  O    O    O    O    404  404  404"},
  {"POST", "/api/v1/units",                       "/api/v1/units",                       S::kOwn,   B::kUnitJson,     "401  O    403  403  403  403  403  403"},
  {"PATCH","/api/v1/units/{id}",                  "/api/v1/units/{unit}",                S::kOwn,   B::kUnitJson,     "401  O    403  403  403  403  403  403"},
  {"PATCH","/api/v1/units/{id}",                  "/api/v1/units/{unit}",                S::kOther, B::kUnitJson,     "401  O    403  403  403  404  404  404"},
  {"GET",  "/api/v1/people",                      "/api/v1/people",                      S::kNone,  B::kNone,         "401  O    O    O    O    O    O    O"},
  {"GET",  "/api/v1/people/{id}",                 "/api/v1/people/{person}",             S::kOwn,   B::kNone,         "401  O    O    O    O    O    O    404"},
  {"GET",  "/api/v1/people/{id}",                 "/api/v1/people/{person}",             S::kOther, B::kNone,         "401  O    O    O    O    404  404  404"},
  {"GET",  "/api/v1/people/{id}",                 "/api/v1/people/{person}",             S::kSelf,  B::kNone,         "401  O    O    O    O    O    O    O"},
  {"POST", "/api/v1/people",                      "/api/v1/people",                      S::kOwn,   B::kPersonJson,   "401  O    403  403  403  403  O    403"},
  {"POST", "/api/v1/people",                      "/api/v1/people",                      S::kOther, B::kPersonJson,   "401  O    403  403  403  403  403  403"},
  {"PATCH","/api/v1/people/{id}",                 "/api/v1/people/{person}",             S::kOwn,   B::kPersonJson,   "401  O    403  403  403  403  O    404"},
  {"PATCH","/api/v1/people/{id}",                 "/api/v1/people/{person}",             S::kOther, B::kPersonJson,   "401  O    403  403  403  404  404  404"},
  {"PATCH","/api/v1/people/{id}",                 "/api/v1/people/{person}",             S::kSelf,  B::kPersonJson,   "401  O    403  403  403  403  O    403"},
  {"GET",  "/api/v1/users",                       "/api/v1/users",                       S::kNone,  B::kNone,         "401  O    403  403  403  403  403  403"},
  {"GET",  "/api/v1/users/{id}",                  "/api/v1/users/{user}",                S::kNone,  B::kNone,         "401  O    403  403  403  403  403  403"},
  {"POST", "/api/v1/users",                       "/api/v1/users",                       S::kNone,  B::kUserJson,     "401  O    403  403  403  403  403  403"},
  {"GET",  "/api/v1/audit",                       "/api/v1/audit",                       S::kNone,  B::kNone,         "401  O    O    403  403  403  403  403"},

  // Last: changes every account's password and ends all its sessions.
  {"POST", "/tai-khoan/mat-khau",                 "/tai-khoan/mat-khau",                 S::kNone,  B::kPassword,     "L    R    R    R    R    R    R    R", true},
};
// clang-format on


class AuthzMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    own_unit_ = site_->unit_id("PTNMT-LN");
    other_unit_ = site_->unit_id("PTNMT-HH");
    self_person_ = site_->person_id("Nguyễn Văn An");
    own_person_ = add_person("Lê Văn Bình", own_unit_);
    other_person_ = add_person("Đỗ Thị Mai", other_unit_);
    // The account the administration rows act on: staff of PTNMT-LN.
    app::NewUser nu;
    nu.username = "ln.kiemtra";
    nu.display_name = "Lê Văn Bình";
    nu.person_id = own_person_;
    nu.password = "MatKhau@Thu2024";
    nu.role = core::Role::kStaff;
    nu.unit_id = own_unit_;
    auto created = app::create_user(site_->services(), app::system_actor(), nu, meta());
    ASSERT_TRUE(created.ok()) << created.error().message;
    target_user_ = created->user.id;
    auto token = app::create_api_token(site_->services(), app::system_actor(), target_user_, "thiết bị", meta());
    ASSERT_TRUE(token.ok()) << token.error().message;
    foreign_token_ = token->id;
  }

  static app::RequestMeta meta() { return {"127.0.0.1", "matrix", "tests"}; }

  int64_t add_person(const std::string& name, int64_t unit) {
    core::Person p;
    p.full_name = name;
    p.position = "Chuyên viên";
    p.unit_id = unit;
    auto created = app::create_person(site_->services(), app::system_actor(), p, meta());
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? created->id : 0;
  }

  int64_t unit_for(Scope s) const { return s == Scope::kOther ? other_unit_ : own_unit_; }
  int64_t person_for(Scope s) const {
    return s == Scope::kOther ? other_person_ : s == Scope::kSelf ? self_person_ : own_person_;
  }

  core::Person stored_person(int64_t id) {
    auto conn = site_->db().acquire();
    auto p = store::find_person(*conn, id);
    EXPECT_TRUE(p.ok() && p->has_value());
    return p.ok() && p->has_value() ? **p : core::Person{};
  }
  core::Unit stored_unit(int64_t id) {
    auto conn = site_->db().acquire();
    auto u = store::find_unit(*conn, id);
    EXPECT_TRUE(u.ok() && u->has_value());
    return u.ok() && u->has_value() ? **u : core::Unit{};
  }

  std::string fingerprint() { return site_->fingerprint(); }

  std::string target_of(const Row& row, const std::string& username) {
    std::string t = row.target;
    replace_all(t, "{unit}", std::to_string(unit_for(row.scope)));
    replace_all(t, "{person}", std::to_string(person_for(row.scope)));
    replace_all(t, "{user}", std::to_string(target_user_));
    replace_all(t, "{asset}", web::StaticAssets::embedded().url("app.css"));
    if (t.find("{token}") != std::string::npos) {
      int64_t token = foreign_token_;
      if (row.scope == Scope::kSelf && username != "anonymous") {
        auto own = app::create_api_token(site_->services(), site_->actor(username), site_->user_id(username),
                                         "ma trận", meta());
        EXPECT_TRUE(own.ok());
        if (own.ok()) token = own->id;
      }
      replace_all(t, "{token}", std::to_string(token));
    }
    const std::string who = username == "anonymous" ? "khach" : username;
    if (t.find("{people-import}") != std::string::npos) {
      const std::string csv = import_csv(Scope::kOwn, who);
      const std::string other = username == "admin" ? "canbo" : "admin";
      auto staged = app::stage_people_import(
          site_->services(), site_->actor(row.scope == Scope::kOther || username == "anonymous" ? other : username),
          csv, "nhan-su.csv");
      if (!staged.ok()) staged = app::stage_people_import(site_->services(), site_->actor(other), csv, "nhan-su.csv");
      EXPECT_TRUE(staged.ok());
      replace_all(t, "{people-import}", staged.ok() ? staged->token : "");
    }
    if (t.find("{units-import}") != std::string::npos) {
      const std::string csv = units_csv(Scope::kOwn, who);
      auto staged = app::stage_units_import(site_->services(),
                                            site_->actor(username == "anonymous" ? "admin" : username), csv, "don-vi.csv");
      if (!staged.ok()) staged = app::stage_units_import(site_->services(), site_->actor("admin"), csv, "don-vi.csv");
      EXPECT_TRUE(staged.ok());
      replace_all(t, "{units-import}", staged.ok() ? staged->token : "");
    }
    return t;
  }

  Fields form_of(const Row& row, const std::string& username) {
    const std::string who = username == "anonymous" ? "khach" : username;
    switch (row.body) {
      case Body::kLogin:
        return {{"username", "nhanvien"}, {"password", kDemoPassword}};
      case Body::kPassword:
        return {{"current_password", kDemoPassword},
                {"new_password", "MatKhauMoi#2024"},
                {"confirm_password", "MatKhauMoi#2024"}};
      case Body::kUnitForm: {
        if (std::string(row.pattern) == "/don-vi/moi") {
          return {{"code", "KT-" + who}, {"name", "Tổ kiểm tra " + who}, {"kind", "other"},
                  {"parent_id", std::to_string(unit_for(row.scope))}};
        }
        core::Unit u = stored_unit(unit_for(row.scope));
        return {{"code", u.code},
                {"name", u.name},
                {"short_name", "Sửa bởi " + who},
                {"kind", std::string(core::unit_kind_code(u.kind))},
                {"host_agency", u.host_agency},
                {"valid_from", u.valid_from},
                {"valid_to", u.valid_to},
                {"parent_id", u.parent_id ? std::to_string(*u.parent_id) : ""},
                {"successor_id", u.successor_id ? std::to_string(*u.successor_id) : ""},
                {"version", std::to_string(u.version)}};
      }
      case Body::kPersonForm: {
        if (std::string(row.pattern) == "/nhan-su/moi") {
          return {{"full_name", "Trần Văn Thêm"}, {"position", "Chuyên viên"}, {"category", "civil_servant"},
                  {"unit_id", std::to_string(unit_for(row.scope))}};
        }
        core::Person p = stored_person(person_for(row.scope));
        return {{"full_name", p.full_name},
                {"gender", std::string(core::gender_code(p.gender))},
                {"birth_date", p.birth_date},
                {"position", "Chuyên viên, sửa bởi " + who},
                {"title", p.title},
                {"category", std::string(core::category_code(p.category))},
                {"email", p.email},
                {"phone", p.phone},
                {"unit_id", p.unit_id ? std::to_string(*p.unit_id) : ""},
                {"version", std::to_string(p.version)}};
      }
      case Body::kUserForm:
        return {{"username", "moi." + who}, {"display_name", "Tài khoản mới"}, {"role", "staff"},
                {"unit_id", std::to_string(own_unit_)}};
      case Body::kGrantForm:
        return {{"role", "unit_officer"}, {"unit_id", std::to_string(own_unit_)}};
      case Body::kRevokeForm: {
        auto conn = site_->db().acquire();
        auto grants = store::grants_of(*conn, target_user_);
        EXPECT_TRUE(grants.ok() && !grants->empty());
        return {{"grant_id", grants.ok() && !grants->empty() ? std::to_string(grants->front().id) : "0"}};
      }
      case Body::kTokenForm:
        return {{"name", "Máy chủ báo cáo"}};
      case Body::kImportConfirm: {
        // The actor's own staged upload when they may stage; otherwise the
        // administrator's, which is not theirs to confirm either.
        std::string csv = import_csv(Scope::kOwn, who);
        auto staged = app::stage_people_import(site_->services(), site_->actor(username == "anonymous" ? "admin" : username),
                                               csv, "nhan-su.csv");
        if (!staged.ok()) staged = app::stage_people_import(site_->services(), site_->actor("admin"), csv, "nhan-su.csv");
        EXPECT_TRUE(staged.ok());
        return {{"token", staged.ok() ? staged->token : ""}};
      }
      case Body::kUnitsConfirm: {
        std::string csv = units_csv(Scope::kOwn, who);
        auto staged = app::stage_units_import(site_->services(), site_->actor(username == "anonymous" ? "admin" : username),
                                              csv, "don-vi.csv");
        if (!staged.ok()) staged = app::stage_units_import(site_->services(), site_->actor("admin"), csv, "don-vi.csv");
        EXPECT_TRUE(staged.ok());
        return {{"token", staged.ok() ? staged->token : ""}};
      }
      default:
        return {};
    }
  }

  std::string units_csv(Scope scope, const std::string& who) {
    core::Unit parent = stored_unit(unit_for(scope));
    return "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\nNHAP-" + who + ",Tổ nhập " + who + ",other," +
           parent.code + "\n";
  }

  std::string import_csv(Scope scope, const std::string& who) {
    core::Unit u = stored_unit(unit_for(scope));
    return "Họ và tên,Ngày sinh,Chức vụ,Mã đơn vị\nPhan Thị Nhập,12/03/1990,Chuyên viên " + who + "," + u.code + "\n";
  }

  json::object json_of(const Row& row, const std::string& who) {
    const bool create = std::string(row.method) == "POST";
    switch (row.body) {
      case Body::kUnitJson:
        if (create) {
          return {{"code", "API-" + who}, {"name", "Tổ API " + who}, {"kind", "other"},
                  {"parent_id", unit_for(row.scope)}};
        }
        return {{"short_name", "API " + who}, {"version", stored_unit(unit_for(row.scope)).version}};
      case Body::kPersonJson:
        if (create) {
          return {{"full_name", "Trần Thị Api"}, {"unit_id", unit_for(row.scope)}};
        }
        return {{"position", "Chuyên viên API " + who}, {"version", stored_person(person_for(row.scope)).version}};
      case Body::kUserJson:
        return {{"username", "api." + who}, {"display_name", "Tài khoản API"}, {"role", "staff"},
                {"unit_id", own_unit_}};
      default:
        return {};
    }
  }

  // Sends one row's request as one column's user. `session` is null for anonymous.
  HttpResult send(const Row& row, UserSession* session, const std::string& username) {
    const std::string target = target_of(row, username);
    const std::string method = row.method;
    const std::string who = username == "anonymous" ? "khach" : username;
    std::unique_ptr<TestClient> anon;
    TestClient* http = session ? session->http.get() : nullptr;
    std::string csrf = session ? session->csrf : "";
    if (!session) {
      anon = site_->client();
      http = anon.get();
      if (method != "GET") csrf = extract_csrf(http->get("/dang-nhap").body);  // the pre-login token
    }
    if (method == "GET") return http->get(target);
    if (row.body == Body::kUnitJson || row.body == Body::kPersonJson || row.body == Body::kUserJson) {
      return http->request(method, target, json::serialize(json_of(row, who)),
                           {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"X-CSRF-Token", csrf}});
    }
    if (row.body == Body::kImportCsv) {
      return http->post_multipart(target, {{"_csrf", csrf}},
                                  {{"file", "nhan-su.csv", "text/csv", import_csv(row.scope, who)}});
    }
    if (row.body == Body::kUnitsCsv) {
      return http->post_multipart(target, {{"_csrf", csrf}},
                                  {{"file", "don-vi.csv", "text/csv", units_csv(row.scope, who)}});
    }
    Fields fields = form_of(row, username);
    fields.insert(fields.begin(), {"_csrf", csrf});
    return http->post_form(target, fields);
  }

  std::unique_ptr<TestSite> site_;
  int64_t own_unit_ = 0, other_unit_ = 0;
  int64_t own_person_ = 0, other_person_ = 0, self_person_ = 0;
  int64_t target_user_ = 0, foreign_token_ = 0;
};

TEST_F(AuthzMatrixTest, EveryRouteIsInTheMatrix) {
  // This table's routes, plus those covered by other files' tables (route_coverage.h).
  std::set<std::pair<std::string, std::string>> listed = covered_routes();
  for (const Row& row : kMatrix) {
    listed.emplace(row.method, row.pattern);
    EXPECT_EQ(split_outcomes(row.expect).size(), kColumns.size()) << row.method << " " << row.target;
  }
  std::set<std::pair<std::string, std::string>> registered;
  for (const auto& route : site_->router().routes()) {
    registered.insert(route);
    EXPECT_TRUE(listed.count(route)) << "route " << route.first << " " << route.second
                                     << " is missing from the authorisation matrices (kMatrix or cover_routes)";
  }
  for (const auto& route : listed) {
    EXPECT_TRUE(registered.count(route)) << "the matrix lists " << route.first << " " << route.second
                                         << ", which the router does not have";
  }
}

TEST_F(AuthzMatrixTest, EveryRoleGetsTheExpectedOutcome) {
  std::map<std::string, UserSession> sessions;
  for (const char* name : kDemoAccounts) sessions.emplace(name, site_->login(name));
  ASSERT_FALSE(HasFailure()) << "could not log the demo accounts in";

  for (const Row& row : kMatrix) {
    const auto expect = split_outcomes(row.expect);
    ASSERT_EQ(expect.size(), kColumns.size());
    // Refusals first, so that each one meets the records untouched by the
    // successful requests of the same row.
    for (size_t c : refusals_first(expect)) {
      const std::string username = kColumns[c];
      const bool anonymous = c == 0;
      UserSession fresh;
      UserSession* session = nullptr;
      if (!anonymous) {
        if (row.fresh_session) {
          fresh = site_->session(username);
          session = &fresh;
        } else {
          session = &sessions.at(username);
        }
      }
      const bool write = std::string(row.method) != "GET";
      const std::string before = write && is_refusal(expect[c]) ? fingerprint() : std::string();
      HttpResult r = send(row, session, username);
      EXPECT_TRUE(outcome_matches(expect[c], r))
          << row.method << " " << row.target << " (" << static_cast<int>(row.scope) << ") as " << username
          << ": expected " << expect[c] << ", got " << r.status << " " << r.header("location") << "\n"
          << r.body.substr(0, 400);
      if (!before.empty()) {
        const std::string after = fingerprint();
        EXPECT_TRUE(before == after) << "refused " << row.method << " " << row.target << " as " << username
                                     << " changed the database: " << first_difference(before, after);
      }
    }
  }
}


TEST_F(AuthzMatrixTest, ListsShowOnlyWhatTheRoleMaySee) {
  const std::string other_name = "Đỗ Thị Mai";  // in PTNMT-HH
  const std::string own_name = "Lê Văn Bình";   // in PTNMT-LN
  for (const char* name : {"thutruong", "canbo", "nhanvien", "hoidong"}) {
    UserSession user = site_->login(name);
    HttpResult api = user->get("/api/v1/people?page_size=200");
    ASSERT_EQ(api.status, 200u) << name;
    const json::value listing = json::parse(api.body);
    std::set<int64_t> units;
    std::set<std::string> names;
    for (const auto& item : listing.at("items").as_array()) {
      units.insert(item.at("unit_id").as_int64());
      names.insert(std::string(item.at("full_name").as_string()));
    }
    HttpResult page = user->get("/nhan-su");
    ASSERT_EQ(page.status, 200u) << name;
    HttpResult tree = user->get("/don-vi");
    ASSERT_EQ(tree.status, 200u) << name;
    const bool root_wide = std::string(name) == "hoidong";
    const bool self_only = std::string(name) == "nhanvien";
    if (root_wide) {
      EXPECT_TRUE(names.count(other_name) && names.count(own_name)) << name;
      EXPECT_NE(page.body.find(other_name), std::string::npos) << name;
    } else if (self_only) {
      EXPECT_EQ(names, std::set<std::string>{"Nguyễn Văn An"}) << name;
      EXPECT_EQ(page.body.find(own_name), std::string::npos) << name;
    } else {
      EXPECT_EQ(units, std::set<int64_t>{own_unit_}) << name;
      EXPECT_TRUE(names.count(own_name)) << name;
      EXPECT_EQ(page.body.find(other_name), std::string::npos) << name;
    }
    // District staff see their own office in the tree and no other office.
    EXPECT_EQ(tree.body.find("huyện Hiệp Hòa") == std::string::npos, !root_wide) << name;
  }
}

}  // namespace
}  // namespace thidua::test
