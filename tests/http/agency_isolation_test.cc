// Two agencies in one deployment (issue 14 #1): the demo's Sở TNMT and a Sở
// Nội vụ with its own administrator, leader, secretariat and staff. For every
// GET route of the pages and the API, each account of the second agency,
// given the first agency's record ids, gets a refusal unless the public gets
// the same page; and no list it reads names the first agency's units, people
// or campaigns unless the public sees them too. Then the writes that used to
// cross: accounts without roles, linking an account to another agency's
// person, enrolling another agency's units in a plan, handing a unit to
// another agency's successor, adding another agency's account to a council,
// and the deployment-wide rights (audit trail, legal rule sets), which one
// agency's administrator no longer holds; the declarations of complete
// records, which are each agency's own.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <map>
#include <set>
#include <string>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/history_facts.h"
#include "app/org.h"
#include "app/people.h"
#include "app/users.h"
#include "matrix_outcomes.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {
namespace json = boost::json;

app::RequestMeta meta() { return {"127.0.0.1", "agencies", "tests"}; }

constexpr const char* kPassword = "MatKhau@Thu2024";
const char* const kSecondAccounts[] = {"qt.snv", "lanhdao.snv", "thuongtruc.snv", "nhanvien.snv"};

class AgencyIsolationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    core::Unit root;
    root.code = "SNV";
    root.name = "Sở Nội vụ";
    root.kind = core::UnitKind::kAgency;
    auto made = app::create_unit(site_->services(), app::system_actor(), root, meta());
    ASSERT_TRUE(made.ok()) << made.error().message;
    second_ = made->id;
    core::Unit office;
    office.code = "SNV-VP";
    office.name = "Văn phòng Sở Nội vụ";
    office.kind = core::UnitKind::kOffice;
    office.parent_id = second_;
    auto vp = app::create_unit(site_->services(), app::system_actor(), office, meta());
    ASSERT_TRUE(vp.ok());
    second_office_ = vp->id;
    core::Person p;
    p.full_name = "Đinh Thị Nội";
    p.unit_id = second_office_;
    auto person = app::create_person(site_->services(), app::system_actor(), p, meta());
    ASSERT_TRUE(person.ok());
    const std::pair<const char*, core::Role> accounts[] = {{"qt.snv", core::Role::kAdministrator},
                                                           {"lanhdao.snv", core::Role::kLeader},
                                                           {"thuongtruc.snv", core::Role::kSecretariat},
                                                           {"nhanvien.snv", core::Role::kStaff}};
    for (const auto& [name, role] : accounts) {
      app::NewUser nu;
      nu.username = name;
      nu.display_name = name;
      nu.password = kPassword;
      nu.role = role;
      nu.unit_id = role == core::Role::kStaff ? second_office_ : second_;
      if (role == core::Role::kStaff) nu.person_id = person->id;
      auto u = app::create_user(site_->services(), app::system_actor(), nu, meta());
      ASSERT_TRUE(u.ok()) << u.error().message;
    }
  }
  int64_t one(const std::string& sql) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql);
    EXPECT_TRUE(rows.ok() && !rows->empty()) << sql;
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : 0;
  }
  std::unique_ptr<TestSite> site_;
  int64_t second_ = 0, second_office_ = 0;
};

// A record id of the first agency for the route's first {slot}: a campaign,
// unit, person, account or council, by the route's prefix; 1 for the rest.
std::string first_agency_target(std::string pattern, const std::map<std::string, int64_t>& ids) {
  auto id_for = [&](const std::string& prefix_of_slot) -> int64_t {
    for (const auto& [prefix, id] : ids) {
      if (prefix_of_slot.rfind(prefix, 0) == 0) return id;
    }
    return 1;
  };
  size_t open = 0;
  while ((open = pattern.find('{')) != std::string::npos) {
    const size_t close = pattern.find('}', open);
    pattern.replace(open, close - open + 1, std::to_string(id_for(pattern.substr(0, open))));
  }
  return pattern;
}

TEST_F(AgencyIsolationTest, NoPageOrApiOfTheSecondAgencyShowsTheFirst) {
  const std::map<std::string, int64_t> ids{
      {"/dot-thi-dua/", 1},
      {"/api/v1/campaigns/", 1},
      {"/don-vi/", site_->unit_id("STNMT-VP")},
      {"/api/v1/units/", site_->unit_id("STNMT-VP")},
      {"/nhan-su/", site_->person_id("Nguyễn Văn An")},
      {"/api/v1/people/", site_->person_id("Nguyễn Văn An")},
      {"/tai-khoan/", site_->user_id("canbo")},
      {"/api/v1/users/", site_->user_id("canbo")},
      {"/hoi-dong/", one("SELECT MIN(id) FROM councils")},
      {"/api/v1/councils/", one("SELECT MIN(id) FROM councils")},
  };
  // What only the first agency holds: its units' names, a person, its campaign.
  const std::vector<std::string> markers{"Tài nguyên và Môi trường", "Nguyễn Văn An", "Lục Nam"};
  std::map<std::string, UserSession> sessions;
  for (const char* name : kSecondAccounts) sessions.emplace(name, site_->session(name, kPassword));
  auto anonymous = site_->client();
  std::set<std::string> seen;
  int checked = 0;
  for (const auto& [method, pattern] : site_->router().routes()) {
    if (method != "GET" || pattern.rfind("/static/", 0) == 0 || pattern == "/dang-xuat") continue;
    const std::string target = first_agency_target(pattern, ids);
    if (!seen.insert(target).second) continue;
    const HttpResult pub = anonymous->get(target);
    for (const char* name : kSecondAccounts) {
      const HttpResult r = sessions.at(name)->get(target);
      ++checked;
      if (target.find("{") == std::string::npos && pattern.find('{') != std::string::npos) {
        // A record of the first agency: refused, unless it is public.
        if (r.status == 200 && pub.status != 200) {
          ADD_FAILURE() << name << " reads " << target << " of the first agency";
        }
      }
      if (r.status != 200) continue;
      for (const auto& m : markers) {
        if (r.body.find(m) != std::string::npos && (pub.status != 200 || pub.body.find(m) == std::string::npos)) {
          ADD_FAILURE() << name << " sees \"" << m << "\" on " << target;
        }
      }
    }
  }
  EXPECT_GT(checked, 400);
}

TEST_F(AgencyIsolationTest, AccountsOfTheFirstAgencyAreNotTheSecondsToManage) {
  // An account without roles, for a person of the first agency.
  app::NewUser nu;
  nu.username = "an.khongvaitro";
  nu.display_name = "Nguyễn Văn An";
  nu.password = kPassword;
  nu.person_id = site_->person_id("Nguyễn Văn An");
  auto made = app::create_user(site_->services(), app::system_actor(), nu, meta());
  ASSERT_TRUE(made.ok());
  const int64_t roleless = made->user.id;
  // And one with neither roles nor a person: the deployment's to manage.
  nu.username = "mo.coi";
  nu.person_id.reset();
  auto orphan = app::create_user(site_->services(), app::system_actor(), nu, meta());
  ASSERT_TRUE(orphan.ok());

  auto qt = site_->session("qt.snv", kPassword);
  const std::string list = qt->get("/api/v1/users").body;
  EXPECT_EQ(list.find("an.khongvaitro"), std::string::npos);
  EXPECT_EQ(list.find("mo.coi"), std::string::npos);
  const std::string before = site_->fingerprint();
  EXPECT_EQ(qt->get("/api/v1/users/" + std::to_string(roleless)).status, 403u);
  // Linking a new account to the first agency's person is answered as for a
  // person who does not exist.
  HttpResult link = qt.send_json("POST", "/api/v1/users",
                                 json::object{{"username", "lien.ket"},
                                              {"display_name", "Liên kết"},
                                              {"person_id", site_->person_id("Nguyễn Văn An")}});
  EXPECT_EQ(link.status, 422u) << link.body;
  EXPECT_NE(link.body.find("\"field\":\"person_id\""), std::string::npos);
  EXPECT_TRUE(before == site_->fingerprint()) << "a refused write changed the database";

  // The first agency's administrator manages the first (its person is there)
  // but not the one without a person: with two agencies, that is the
  // deployment's (both roots) to manage.
  auto admin = site_->session("admin");
  EXPECT_EQ(admin->get("/api/v1/users/" + std::to_string(roleless)).status, 200u);
  EXPECT_EQ(admin->get("/api/v1/users/" + std::to_string(orphan->user.id)).status, 403u);
}

TEST_F(AgencyIsolationTest, PlansUnitsAndCouncilsStayInsideTheirAgency) {
  // The seed plan as a draft of the second agency, enrolling a unit of the first.
  core::Campaign plan = site_->seed_plan_copy(second_);
  plan.participants.target_unit_ids = {second_office_, site_->unit_id("STNMT-VP")};
  auto made = app::create_campaign(site_->services(), site_->actor("thuongtruc.snv"), plan, meta());
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.error().field, "target_unit_ids") << made.error().message;
  plan.participants.target_unit_ids = {second_office_};
  auto own_plan = app::create_campaign(site_->services(), site_->actor("thuongtruc.snv"), plan, meta());
  ASSERT_TRUE(own_plan.ok()) << own_plan.error().message;
  // The first agency's secretariat cannot enrol the second agency's units either.
  plan.issuing_unit_id = site_->unit_id("STNMT");
  plan.participants.target_unit_ids = {second_office_};
  auto reach = app::create_campaign(site_->services(), site_->actor("thuongtruc"), plan, meta());
  ASSERT_FALSE(reach.ok());
  EXPECT_EQ(reach.error().field, "target_unit_ids");
  auto admin = site_->session("admin");
  auto secretariat = site_->session("thuongtruc");
  const std::string after_plan = site_->fingerprint();

  // A unit handed to another agency's unit as successor: answered as missing.
  HttpResult succ = admin.send_json("PATCH", "/api/v1/units/" + std::to_string(site_->unit_id("PTNMT-LN")),
                                    json::object{{"successor_id", second_office_}, {"version", 1}});
  EXPECT_EQ(succ.status, 422u) << succ.body;
  EXPECT_NE(succ.body.find("\"field\":\"successor_id\""), std::string::npos);

  // Another agency's account is no candidate for the first agency's council.
  const int64_t council = one("SELECT MIN(id) FROM councils");
  HttpResult member = secretariat.send_json("POST", "/api/v1/councils/" + std::to_string(council) + "/members",
                                            json::object{{"username", "lanhdao.snv"}, {"role", "member"}});
  EXPECT_EQ(member.status, 422u) << member.body;
  EXPECT_NE(member.body.find("\"field\":\"username\""), std::string::npos);
  EXPECT_TRUE(after_plan == site_->fingerprint()) << "a refused write changed the database";
}

TEST_F(AgencyIsolationTest, WhatSpansEveryAgencyNeedsTheRightOnEveryAgency) {
  // One agency's administrator and leader: no longer the whole deployment.
  for (const char* name : {"admin", "lanhdao", "qt.snv", "lanhdao.snv"}) {
    auto s = name[0] == 'q' || std::string(name).find(".snv") != std::string::npos ? site_->session(name, kPassword)
                                                                                   : site_->session(name);
    EXPECT_EQ(s->get("/api/v1/audit").status, 403u) << name;
  }
  // Granted on both agencies, the trail opens again.
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO role_grants (user_id, role, unit_id) VALUES (?, 'administrator', ?)",
                           {site_->user_id("admin"), second_})
                    .ok());
  }
  site_->services().forget_actors();
  auto both = site_->session("admin");
  EXPECT_EQ(both->get("/api/v1/audit").status, 200u);
  // Declarations of complete records are each agency's own: its office
  // declares for it, never for the other, and they speak for its people only.
  auto sec = site_->session("thuongtruc");
  HttpResult declare =
      sec.send_json("POST", "/api/v1/fact-years", json::object{{"kind", "initiatives"}, {"year", 2024}, {"complete", true}});
  EXPECT_EQ(declare.status, 200u) << declare.body;
  EXPECT_EQ(json::parse(declare.body).at("agency_id"), site_->unit_id("STNMT"));
  HttpResult across = sec.send_json(
      "POST", "/api/v1/fact-years",
      json::object{{"agency_id", second_}, {"kind", "initiatives"}, {"year", 2024}, {"complete", true}});
  EXPECT_EQ(across.status, 404u) << "another agency's records: " << across.body;
  auto sec2 = site_->session("thuongtruc.snv", kPassword);
  HttpResult own = sec2.send_json("POST", "/api/v1/fact-years",
                                  json::object{{"kind", "absences"}, {"year", 2024}, {"complete", true}});
  EXPECT_EQ(own.status, 200u) << own.body;
  HttpResult listed = sec2->get("/api/v1/fact-years");
  ASSERT_EQ(listed.status, 200u);
  const auto view = json::parse(listed.body).as_object();
  EXPECT_EQ(view.at("agency_id"), second_);
  EXPECT_EQ(view.at("agencies").as_array().size(), 1u) << "the first agency is not offered";
  ASSERT_EQ(view.at("items").as_array().size(), 1u);
  EXPECT_EQ(view.at("items").as_array()[0].at("kind"), "absences");
  EXPECT_EQ(sec2->get("/api/v1/fact-years?agency_id=" + std::to_string(site_->unit_id("STNMT"))).status, 404u);
  EXPECT_EQ(sec2->get("/du-lieu-nam?co-quan=" + std::to_string(site_->unit_id("STNMT"))).status, 404u);
  const auto page = sec2->get("/du-lieu-nam");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Sở Nội vụ"), std::string::npos);
  EXPECT_EQ(page.body.find("Tài nguyên và Môi trường"), std::string::npos);
  // The administrator of both reads either agency's; declaring is the offices'.
  HttpResult by_admin = both.send_json("POST", "/api/v1/fact-years",
                                       json::object{{"kind", "titles"}, {"year", 2024}, {"complete", true}});
  EXPECT_EQ(by_admin.status, 403u) << by_admin.body;
  const auto chooser = both->get("/du-lieu-nam?co-quan=" + std::to_string(second_));
  ASSERT_EQ(chooser.status, 200u);
  EXPECT_NE(chooser.body.find("id=\"co-quan-chon\""), std::string::npos);

  auto conn = site_->db().acquire();
  const int64_t an = site_->person_id("Nguyễn Văn An");
  const int64_t noi = one("SELECT id FROM people WHERE full_name = 'Đinh Thị Nội'");
  auto facts = app::history_facts(*conn, {an, noi});
  ASSERT_TRUE(facts.ok()) << facts.error().message;
  EXPECT_TRUE(facts->at(an).initiative_years.contains(2024));
  EXPECT_FALSE(facts->at(an).absence_years.contains(2024));
  EXPECT_FALSE(facts->at(noi).initiative_years.contains(2024)) << "the first agency's declaration";
  EXPECT_TRUE(facts->at(noi).absence_years.contains(2024));

  // An office that also sees the other agency (a council seat there) names the
  // agency it declares for, and may declare only for its own.
  ASSERT_TRUE(conn->exec("INSERT INTO role_grants (user_id, role, unit_id) VALUES (?, 'council_member', ?)",
                         {site_->user_id("thuongtruc"), second_})
                  .ok());
  site_->services().forget_actors();
  auto seeing_both = site_->session("thuongtruc");
  HttpResult unnamed = seeing_both.send_json("POST", "/api/v1/fact-years",
                                             json::object{{"kind", "titles"}, {"year", 2024}, {"complete", true}});
  EXPECT_EQ(unnamed.status, 422u) << unnamed.body;
  EXPECT_EQ(json::parse(unnamed.body).at("error").at("field"), "agency_id");
  HttpResult theirs = seeing_both.send_json(
      "POST", "/api/v1/fact-years",
      json::object{{"agency_id", second_}, {"kind", "titles"}, {"year", 2024}, {"complete", true}});
  EXPECT_EQ(theirs.status, 403u) << theirs.body;
  HttpResult named = seeing_both.send_json(
      "POST", "/api/v1/fact-years",
      json::object{{"agency_id", site_->unit_id("STNMT")}, {"kind", "titles"}, {"year", 2024}, {"complete", true}});
  EXPECT_EQ(named.status, 200u) << named.body;
}

}  // namespace
}  // namespace thidua::test
