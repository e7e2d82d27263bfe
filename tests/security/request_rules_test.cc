// Smaller holes of the outside test (issue 9 #12), kept as probes: the
// account just created answered "roles":[] although its role was stored; a
// unit or person outside the caller's scope answered 422 to bad input
// (telling that it exists) before 404.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <string>

#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

class RequestRules : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  std::unique_ptr<TestSite> site_;
};

TEST_F(RequestRules, ACreatedAccountIsAnsweredWithItsRole) {
  UserSession admin = site_->session("admin");
  HttpResult r = admin.send_json("POST", "/api/v1/users",
                                 json::object{{"username", "canbo2"},
                                              {"display_name", "Đỗ Văn Khánh"},
                                              {"role", "unit_officer"},
                                              {"unit_id", site_->unit_id("PTNMT-LN")}});
  ASSERT_EQ(r.status, 201u) << r.body;
  auto v = json::parse(r.body);
  ASSERT_EQ(v.at("roles").as_array().size(), 1u) << r.body;
  EXPECT_EQ(v.at("roles").as_array()[0].at("role"), "unit_officer") << r.body;
  // The same as a later read.
  HttpResult again = admin->get("/api/v1/users/" + std::to_string(v.at("id").to_number<int64_t>()));
  EXPECT_EQ(json::parse(again.body).at("roles"), v.at("roles"));
}

TEST_F(RequestRules, OutOfScopeRecordsAre404BeforeTheirInputIsChecked) {
  UserSession officer = site_->session("canbo");  // Phòng TNMT huyện Lục Nam only
  const std::string other_unit = std::to_string(site_->unit_id("PTNMT-HH"));
  HttpResult unit = officer.send_json("PATCH", "/api/v1/units/" + other_unit, json::object{{"name", ""}});
  EXPECT_EQ(unit.status, 404u) << unit.body;
  HttpResult form = officer.post_form("/don-vi/" + other_unit + "/sua", {{"name", ""}, {"code", ""}});
  EXPECT_EQ(form.status, 404u);
  auto conn = site_->db().acquire();
  auto rows = conn->query("SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id WHERE u.code = 'PTNMT-HH' LIMIT 1");
  ASSERT_TRUE(rows.ok() && !rows->empty());
  HttpResult person = officer.send_json("PATCH", "/api/v1/people/" + std::to_string((*rows)[0].i64(0)),
                                        json::object{{"full_name", ""}});
  EXPECT_EQ(person.status, 404u) << person.body;
  // Inside the scope the input is still checked.
  HttpResult own = officer.send_json("PATCH", "/api/v1/units/" + std::to_string(site_->unit_id("PTNMT-LN")),
                                     json::object{{"name", ""}});
  EXPECT_TRUE(own.status == 422u || own.status == 403u) << own.status << " " << own.body;
}

}  // namespace
}  // namespace thidua::test
