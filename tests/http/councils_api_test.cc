// The councils' JSON API (/api/v1/councils...) end to end with a Bearer
// token: a council is created and staffed, the rules of app/council.h hold
// through the API (one chair, one account once), bodies are read strictly,
// members are deactivated, and another council stays out of sight.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/access.h"
#include "app/council.h"
#include "app/users.h"
#include "council_fixture.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

class CouncilsApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fx_ = std::make_unique<CouncilFixture>();
    if (!fx_->ready()) GTEST_SKIP() << "no test site";
  }

  TestSite& site() { return *fx_->site; }

  std::string token_of(const std::string& user) {
    auto t = app::create_api_token(site().services(), site().actor(user), site().user_id(user), "hội đồng",
                                   council_meta());
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->secret : "";
  }

  HttpResult call(const std::string& token, const std::string& method, const std::string& target,
                  const json::value& body = nullptr) {
    auto client = site().client();
    Headers h{{"Authorization", "Bearer " + token}, {"Accept", "application/json"}};
    if (method == "GET") return client->get(target, h);
    h.emplace_back("Content-Type", "application/json");
    return client->request(method, target, json::serialize(body), h);
  }

  static json::object parsed(const HttpResult& r) {
    auto v = json::parse(r.body);
    return v.is_object() ? v.as_object() : json::object{};
  }

  static std::string error_field(const HttpResult& r) {
    auto o = parsed(r);
    const auto* e = o.if_contains("error");
    const auto* f = e && e->is_object() ? e->as_object().if_contains("field") : nullptr;
    return f && f->is_string() ? std::string(f->as_string()) : "";
  }

  static std::string error_code(const HttpResult& r) {
    auto o = parsed(r);
    const auto* e = o.if_contains("error");
    return e && e->is_object() ? std::string(e->at("code").as_string()) : "";
  }

  std::unique_ptr<CouncilFixture> fx_;
};

TEST_F(CouncilsApiTest, SecretariatCreatesAndStaffsACouncil) {
  const std::string t = token_of("thuongtruc");
  const int64_t root = site().unit_id("STNMT");

  auto created = call(t, "POST", "/api/v1/councils", json::object{{"unit_id", root}, {"name", "  Hội đồng sơ kết 2023 "}});
  ASSERT_EQ(created.status, 201u) << created.body;
  auto council = parsed(created);
  EXPECT_EQ(council.at("name"), "Hội đồng sơ kết 2023");
  EXPECT_EQ(council.at("unit_id"), root);
  EXPECT_EQ(council.at("members").as_array().size(), 0u);
  EXPECT_EQ(council.at("can_manage"), true);
  const int64_t cid = council.at("id").as_int64();
  const std::string base = "/api/v1/councils/" + std::to_string(cid);

  // The listing holds it.
  auto list = call(t, "GET", "/api/v1/councils");
  ASSERT_EQ(list.status, 200u);
  bool listed = false;
  const json::object listing = parsed(list);
  for (const auto& c : listing.at("items").as_array()) listed = listed || c.at("id") == cid;
  EXPECT_TRUE(listed);
  EXPECT_EQ(listing.at("can_create"), true);

  // Chair, secretary, members.
  // The role as its code or as its Vietnamese label.
  struct Added {
    std::string user, sent, role;
  };
  for (const auto& [user, sent, role] : std::vector<Added>{{"lanhdao", "chair", "chair"},
                                                          {"thuongtruc", "THƯ KÝ HỘI ĐỒNG", "secretary"},
                                                          {"hoidong", "member", "member"},
                                                          {"uyvien1", "uy vien", "member"}}) {
    auto added = call(t, "POST", base + "/members",
                      json::object{{"username", user}, {"role", sent}, {"position", "Phó Giám đốc Sở"}});
    ASSERT_EQ(added.status, 201u) << user << " " << added.body;
    EXPECT_EQ(parsed(added).at("username").as_string(), user);
    EXPECT_EQ(parsed(added).at("role").as_string(), role);
    EXPECT_EQ(parsed(added).at("active"), true);
  }

  // A second chair, an account twice, a role that does not exist: refused,
  // naming the field, and nothing changes.
  const std::string before = site().fingerprint();
  auto second_chair = call(t, "POST", base + "/members", json::object{{"username", "uyvien2"}, {"role", "chair"}});
  EXPECT_EQ(second_chair.status, 422u) << second_chair.body;
  EXPECT_EQ(error_code(second_chair), "validation_failed");
  EXPECT_EQ(error_field(second_chair), "role");
  EXPECT_NE(second_chair.body.find("Hội đồng đã có Chủ tịch Hội đồng."), std::string::npos) << second_chair.body;
  auto twice = call(t, "POST", base + "/members", json::object{{"username", "lanhdao"}, {"role", "member"}});
  EXPECT_EQ(twice.status, 409u);
  EXPECT_EQ(error_field(twice), "username");
  auto bad_role = call(t, "POST", base + "/members", json::object{{"username", "uyvien2"}, {"role", "president"}});
  EXPECT_EQ(bad_role.status, 422u);
  EXPECT_EQ(error_field(bad_role), "role");
  auto nobody = call(t, "POST", base + "/members", json::object{{"username", "khongco"}, {"role", "member"}});
  EXPECT_EQ(nobody.status, 422u);
  EXPECT_EQ(error_field(nobody), "username");
  EXPECT_EQ(site().fingerprint(), before);

  // Deactivate a member: the council shows it, and one active member fewer.
  auto detail = parsed(call(t, "GET", base));
  ASSERT_EQ(detail.at("members").as_array().size(), 4u);
  EXPECT_EQ(detail.at("active_members"), 4);
  int64_t uyvien1 = 0;
  for (const auto& m : detail.at("members").as_array()) {
    if (m.at("username") == "uyvien1") uyvien1 = m.at("id").as_int64();
  }
  ASSERT_GT(uyvien1, 0);
  auto off = call(t, "PATCH", base + "/members/" + std::to_string(uyvien1), json::object{{"active", false}});
  ASSERT_EQ(off.status, 200u) << off.body;
  EXPECT_EQ(parsed(off).at("active"), false);
  detail = parsed(call(t, "GET", base));
  EXPECT_EQ(detail.at("active_members"), 3);
  // A deactivated member no longer sees the council.
  EXPECT_EQ(call(token_of("uyvien1"), "GET", base).status, 404u);

  // Audited.
  auto conn = site().db().acquire();
  auto audit = conn->query(
      "SELECT action FROM audit_log WHERE entity = 'council' AND entity_id = ? ORDER BY seq", {std::to_string(cid)});
  ASSERT_TRUE(audit.ok());
  std::vector<std::string> actions;
  for (const auto& r : *audit) actions.push_back(r.str(0));
  EXPECT_EQ(actions, (std::vector<std::string>{"council.create", "council.member_add", "council.member_add",
                                               "council.member_add", "council.member_add",
                                               "council.member_deactivate"}));
}

TEST_F(CouncilsApiTest, BodiesAreReadStrictly) {
  const std::string t = token_of("thuongtruc");
  const std::string base = "/api/v1/councils/" + std::to_string(fx_->council_id);
  const std::string member = base + "/members/" + std::to_string(fx_->members.at("uyvien2"));
  const std::string before = site().fingerprint();

  auto unknown = call(t, "POST", base + "/members", json::object{{"username", "canbo"}, {"role", "member"}, {"rank", 1}});
  EXPECT_EQ(unknown.status, 400u);
  EXPECT_EQ(error_code(unknown), "bad_request");
  EXPECT_EQ(error_field(unknown), "rank");
  auto wrong_type = call(t, "POST", base + "/members", json::object{{"username", 7}, {"role", "member"}});
  EXPECT_EQ(wrong_type.status, 400u);
  EXPECT_EQ(error_field(wrong_type), "username");
  auto council_extra = call(t, "POST", "/api/v1/councils",
                            json::object{{"unit_id", site().unit_id("STNMT")}, {"name", "Hội đồng"}, {"year", 2023}});
  EXPECT_EQ(council_extra.status, 400u);
  EXPECT_EQ(error_field(council_extra), "year");
  auto unit_as_text = call(t, "POST", "/api/v1/councils", json::object{{"unit_id", "1"}, {"name", "Hội đồng"}});
  EXPECT_EQ(unit_as_text.status, 400u);
  EXPECT_EQ(error_field(unit_as_text), "unit_id");
  auto no_unit = call(t, "POST", "/api/v1/councils", json::object{{"name", "Hội đồng"}});
  EXPECT_EQ(no_unit.status, 422u);
  EXPECT_EQ(error_field(no_unit), "unit_id");
  auto no_name = call(t, "POST", "/api/v1/councils", json::object{{"unit_id", site().unit_id("STNMT")}});
  EXPECT_EQ(no_name.status, 422u);
  EXPECT_EQ(error_field(no_name), "name");
  auto active_text = call(t, "PATCH", member, json::object{{"active", "false"}});
  EXPECT_EQ(active_text.status, 400u);
  EXPECT_EQ(error_field(active_text), "active");
  auto active_missing = call(t, "PATCH", member, json::object{});
  EXPECT_EQ(active_missing.status, 400u);
  EXPECT_EQ(error_field(active_missing), "active");
  auto patch_extra = call(t, "PATCH", member, json::object{{"active", false}, {"role", "chair"}});
  EXPECT_EQ(patch_extra.status, 400u);
  EXPECT_EQ(error_field(patch_extra), "role");
  auto not_json = site().client()->request("PATCH", member, "active=0",
                                           {{"Authorization", "Bearer " + t},
                                            {"Content-Type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(not_json.status, 415u);
  EXPECT_EQ(site().fingerprint(), before);
}

// Reactivating a member is held to the rule of adding one: the old chair
// cannot come back while a new chair is active.
TEST_F(CouncilsApiTest, ReactivatingCannotGiveASecondChair) {
  const std::string t = token_of("thuongtruc");
  auto created = call(t, "POST", "/api/v1/councils",
                      json::object{{"unit_id", site().unit_id("STNMT")}, {"name", "Hội đồng xét khen 2023"}});
  ASSERT_EQ(created.status, 201u) << created.body;
  const std::string base = "/api/v1/councils/" + std::to_string(parsed(created).at("id").as_int64());
  auto old_chair = call(t, "POST", base + "/members", json::object{{"username", "lanhdao"}, {"role", "chair"}});
  ASSERT_EQ(old_chair.status, 201u) << old_chair.body;
  const std::string old_member = base + "/members/" + std::to_string(parsed(old_chair).at("id").as_int64());
  ASSERT_EQ(call(t, "PATCH", old_member, json::object{{"active", false}}).status, 200u);
  auto new_chair = call(t, "POST", base + "/members", json::object{{"username", "hoidong"}, {"role", "chair"}});
  ASSERT_EQ(new_chair.status, 201u) << new_chair.body;

  const std::string before = site().fingerprint();
  auto back = call(t, "PATCH", old_member, json::object{{"active", true}});
  EXPECT_EQ(back.status, 422u) << back.body;
  EXPECT_EQ(error_code(back), "validation_failed");
  EXPECT_EQ(error_field(back), "role");
  EXPECT_NE(back.body.find("Hội đồng đã có Chủ tịch Hội đồng."), std::string::npos) << back.body;
  EXPECT_EQ(site().fingerprint(), before);
  auto detail = parsed(call(t, "GET", base));
  int chairs = 0;
  for (const auto& m : detail.at("members").as_array()) chairs += m.at("active") == true && m.at("role") == "chair";
  EXPECT_EQ(chairs, 1);

  // Once the new chair steps down, the old one may come back.
  const std::string new_member = base + "/members/" + std::to_string(parsed(new_chair).at("id").as_int64());
  ASSERT_EQ(call(t, "PATCH", new_member, json::object{{"active", false}}).status, 200u);
  auto again = call(t, "PATCH", old_member, json::object{{"active", true}});
  EXPECT_EQ(again.status, 200u) << again.body;
  EXPECT_EQ(parsed(again).at("active"), true);
}

TEST_F(CouncilsApiTest, AnotherCouncilStaysOutOfSight) {
  // A council of Phòng TNMT Hiệp Hòa, made by the system, with one member.
  auto& s = site().services();
  const auto sys = app::system_actor();
  auto other = app::create_council(s, sys, site().unit_id("PTNMT-HH"), "Hội đồng TĐKT Phòng TNMT Hiệp Hòa",
                                   council_meta());
  ASSERT_TRUE(other.ok()) << other.error().message;
  auto mid = app::add_council_member(s, sys, *other, {"uyvien2", "", "Trưởng phòng", core::CouncilRole::kChair}, council_meta());
  ASSERT_TRUE(mid.ok()) << mid.error().message;
  const std::string base = "/api/v1/councils/" + std::to_string(*other);

  // hoidong sits on the demo council only; canbo and thutruong on none.
  for (const char* user : {"hoidong", "canbo", "thutruong"}) {
    const std::string t = token_of(user);
    EXPECT_EQ(call(t, "GET", base).status, 404u) << user;
    const std::string before = site().fingerprint();
    auto add = call(t, "POST", base + "/members", json::object{{"username", "canbo"}, {"role", "member"}});
    EXPECT_EQ(add.status, 404u) << user;
    auto off = call(t, "PATCH", base + "/members/" + std::to_string(*mid), json::object{{"active", false}});
    EXPECT_EQ(off.status, 404u) << user;
    EXPECT_EQ(error_code(off), "not_found");
    EXPECT_EQ(site().fingerprint(), before) << user;
  }
  auto listing = parsed(call(token_of("hoidong"), "GET", "/api/v1/councils"));
  for (const auto& c : listing.at("items").as_array()) EXPECT_NE(c.at("id"), *other);
  // Its own member sees it; a member id of another council is not found under this one.
  EXPECT_EQ(call(token_of("uyvien2"), "GET", base).status, 200u);
  auto cross = call(token_of("thuongtruc"), "PATCH",
                    "/api/v1/councils/" + std::to_string(fx_->council_id) + "/members/" + std::to_string(*mid),
                    json::object{{"active", false}});
  EXPECT_EQ(cross.status, 404u);
}

}  // namespace
}  // namespace thidua::test
