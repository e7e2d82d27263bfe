// A person's initiative, disciplinary measure and long absence typed one at a
// time (issue 11 #2, "imported from XLSX or typed"; app/person_fact_entry.h),
// on the page and through the API: recorded and audited, bad input refused in
// Vietnamese with nothing stored, duplicates refused, a co-author joined to
// the initiative the decision recognised, an absence corrected, and only by
// those who keep the person's records, never for themselves. The records
// change what the eligibility rules find. Over real HTTP on both engines.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/clock.h"
#include "app/eligibility.h"
#include "app/users.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/nhan-su/{id}/ghi-du-lieu"},
    {"POST", "/nhan-su/{id}/ghi-du-lieu/sang-kien"},
    {"POST", "/nhan-su/{id}/ghi-du-lieu/ky-luat"},
    {"POST", "/nhan-su/{id}/ghi-du-lieu/nghi-dai-ngay"},
    {"POST", "/api/v1/people/{id}/initiatives"},
    {"POST", "/api/v1/people/{id}/discipline"},
    {"POST", "/api/v1/people/{id}/absences"},
});

class PersonFactEntryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TestSiteOptions options;
    options.people = 40;
    options.history = true;
    site_ = std::make_unique<TestSite>(options);
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    an_ = site_->person_id("Nguyễn Văn An");
    ASSERT_GT(an_, 0);
    year_ = app::current_year(site_->services().clock) - 1;
  }
  Headers as(const std::string& user) {
    auto t = app::create_api_token(site_->services(), site_->actor(user), site_->user_id(user), "facts",
                                   {"127.0.0.1", "facts", "tests"});
    EXPECT_TRUE(t.ok());
    return {{"Authorization", "Bearer " + (t.ok() ? t->secret : std::string())},
            {"Content-Type", "application/json"},
            {"Accept", "application/json"}};
  }
  HttpResult post(const std::string& user, int64_t person, const std::string& what, const json::object& body) {
    return site_->client()->request("POST", "/api/v1/people/" + std::to_string(person) + "/" + what,
                                    json::serialize(body), as(user));
  }
  int64_t count(const std::string& sql, const store::Params& params = {}) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }
  std::string date(int year, const char* month_day) { return std::to_string(year) + "-" + month_day; }
  core::Verdict ldtt(int year) {
    auto e = app::person_eligibility(site_->services(), site_->actor("thuongtruc"), an_, year);
    EXPECT_TRUE(e.ok());
    for (const auto& a : e->awards) {
      if (a.code == "LDTT") return a.judgement.verdict;
    }
    ADD_FAILURE() << "no LDTT";
    return core::Verdict::kMissing;
  }

  std::unique_ptr<TestSite> site_;
  int64_t an_ = 0;
  int year_ = 0;
};

TEST_F(PersonFactEntryTest, AnInitiativeIsRecordedOnceAndACoAuthorJoinsIt) {
  const json::object initiative{{"kind", "initiative"},
                                {"title", "  Số hóa   hồ sơ địa chính "},
                                {"scope", "Cơ sở"},
                                {"year", year_},
                                {"decision_number", "12/QĐ-STNMT"},
                                {"decision_date", date(year_, "11-05")},
                                {"authority", "Giám đốc Sở Tài nguyên và Môi trường"}};
  auto made = post("canbo", an_, "initiatives", initiative);
  ASSERT_EQ(made.status, 201u) << made.body;
  const int64_t id = json::parse(made.body).at("id").as_int64();
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiatives WHERE id = ? AND title = 'Số hóa hồ sơ địa chính'",
                  {id}),
            1)
      << "the title tidied";
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'initiative.record' AND entity_id = ?",
                  {std::to_string(an_)}),
            1);
  // The same again for the same person: refused.
  auto twice = post("canbo", an_, "initiatives", initiative);
  EXPECT_EQ(twice.status, 409u) << twice.body;
  // A co-author, the title typed in other case: joins the same initiative.
  const int64_t other = site_->person_id("Vũ Mạnh Hùng");
  json::object co = initiative;
  co["title"] = "số hóa hồ sơ địa chính";
  auto joined = post("canbo", other, "initiatives", co);
  ASSERT_EQ(joined.status, 201u) << joined.body;
  EXPECT_EQ(json::parse(joined.body).at("id").as_int64(), id);
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiative_authors WHERE initiative_id = ?", {id}), 2);
  // Bad input: a clear error naming the field, nothing stored.
  const int64_t before = count("SELECT count(*) FROM recognised_initiatives");
  for (const auto& [field, value] : std::vector<std::pair<std::string, json::value>>{
           {"scope", "liên hành tinh"}, {"kind", "bài thơ"}, {"title", ""}, {"year", 1800},
           {"decision_date", "05/11/2024"}, {"authority", "a\nb"}}) {
    json::object bad = initiative;
    bad["title"] = "Một sáng kiến khác";
    bad[field] = value;
    auto refused = post("canbo", an_, "initiatives", bad);
    EXPECT_EQ(refused.status, 422u) << field << ": " << refused.body;
    EXPECT_NE(refused.body.find("\"field\":\"" + field + "\""), std::string::npos) << refused.body;
  }
  EXPECT_EQ(count("SELECT count(*) FROM recognised_initiatives"), before);
  auto unknown = post("canbo", an_, "initiatives", json::object{{"colour", "red"}});
  EXPECT_EQ(unknown.status, 400u);
}

TEST_F(PersonFactEntryTest, AMeasureIsRecordedOnceAndTheRulesReadIt) {
  ASSERT_EQ(ldtt(year_), core::Verdict::kMet) << "the demo's star";
  const json::object measure{{"measure", "warning"},
                             {"decided_on", date(year_, "03-01")},
                             {"ends_on", ""},
                             {"decision_number", "05/QĐ-STNMT"},
                             {"authority", "Giám đốc Sở"},
                             {"note", ""}};
  auto made = post("canbo", an_, "discipline", measure);
  ASSERT_EQ(made.status, 201u) << made.body;
  EXPECT_EQ(ldtt(year_), core::Verdict::kNotMet) << "a warning in the year rules the title out";
  auto twice = post("canbo", an_, "discipline", measure);
  EXPECT_EQ(twice.status, 409u) << twice.body;
  EXPECT_NE(twice.body.find("đã được ghi cho người này"), std::string::npos);
  json::object late = measure;
  late["decision_number"] = "06/QĐ-STNMT";
  late["ends_on"] = date(year_ - 1, "01-01");
  auto bad_end = post("canbo", an_, "discipline", late);
  EXPECT_EQ(bad_end.status, 422u);
  EXPECT_NE(bad_end.body.find("\"field\":\"ends_on\""), std::string::npos);
  late["measure"] = "";
  EXPECT_EQ(post("canbo", an_, "discipline", late).status, 422u);
  EXPECT_EQ(count("SELECT count(*) FROM person_discipline WHERE person_id = ?", {an_}), 1);
}

TEST_F(PersonFactEntryTest, AnAbsenceTypedAgainIsCorrectedWithTheValueBeforeAudited) {
  auto first = post("canbo", an_, "absences", json::object{{"year", year_}, {"days", 45}, {"reason", "sickness"}});
  ASSERT_EQ(first.status, 201u) << first.body;
  EXPECT_EQ(ldtt(year_), core::Verdict::kNotMet) << "45 days of sickness";
  auto fixed = post("canbo", an_, "absences", json::object{{"year", year_}, {"days", 12}, {"reason", "Nghỉ ốm"}});
  ASSERT_EQ(fixed.status, 201u) << fixed.body;
  EXPECT_EQ(json::parse(fixed.body).at("id"), json::parse(first.body).at("id")) << "the same record, corrected";
  EXPECT_EQ(count("SELECT days FROM person_absences WHERE person_id = ? AND year = ?",
                  {an_, static_cast<int64_t>(year_)}),
            12);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'absence.record' AND entity_id = ? AND "
                  "before_json LIKE '%\"days\":45%'",
                  {std::to_string(an_)}),
            1);
  EXPECT_EQ(ldtt(year_), core::Verdict::kMet);
  EXPECT_EQ(post("canbo", an_, "absences", json::object{{"year", year_}, {"days", 400}, {"reason", "sickness"}}).status,
            422u);
  EXPECT_EQ(post("canbo", an_, "absences", json::object{{"year", year_}, {"days", 3}, {"reason", "du lịch"}}).status,
            422u);
  EXPECT_EQ(post("canbo", an_, "absences", json::object{{"year", "năm ngoái"}, {"days", 3}}).status, 400u);
  EXPECT_EQ(count("SELECT days FROM person_absences WHERE person_id = ? AND year = ?",
                  {an_, static_cast<int64_t>(year_)}),
            12);
}

TEST_F(PersonFactEntryTest, OnlyThoseWhoKeepTheRecordsAndNeverForThemselves) {
  const json::object absence{{"year", year_}, {"days", 50}, {"reason", "personal"}};
  EXPECT_EQ(post("nhanvien", an_, "absences", absence).status, 403u) << "a staff member";
  EXPECT_EQ(post("hoidong", an_, "absences", absence).status, 403u) << "a council member sees but does not keep";
  auto own = post("canbo", site_->person_id("Hoàng Thị Thanh Tâm"), "absences", absence);
  EXPECT_EQ(own.status, 403u) << own.body;
  EXPECT_NE(own.body.find("own_record"), std::string::npos);
  // Someone outside the officer's unit: not found.
  int64_t outside = 0;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query(
        "SELECT p.id FROM people p JOIN units u ON u.id = p.unit_id WHERE u.path NOT LIKE "
        "(SELECT path FROM units WHERE code = 'PTNMT-LN') || '%' ORDER BY p.id LIMIT 1");
    ASSERT_TRUE(rows.ok() && !rows->empty());
    outside = (*rows)[0].i64(0);
  }
  EXPECT_EQ(post("canbo", outside, "absences", absence).status, 404u);
  EXPECT_EQ(count("SELECT count(*) FROM person_absences WHERE days = 50"), 0);
  auto staff_page = site_->session("nhanvien")->get("/nhan-su/" + std::to_string(an_) + "/ghi-du-lieu");
  EXPECT_EQ(staff_page.status, 403u);
}

TEST_F(PersonFactEntryTest, ThePageRecordsEachKindAndShowsErrorsBesideTheirForm) {
  auto officer = site_->session("canbo");
  const std::string base = "/nhan-su/" + std::to_string(an_) + "/ghi-du-lieu";
  auto shown = officer->get(base);
  ASSERT_EQ(shown.status, 200u);
  EXPECT_NE(shown.body.find("Ghi sáng kiến, kỷ luật, ngày nghỉ dài ngày"), std::string::npos);
  auto person = officer->get("/nhan-su/" + std::to_string(an_));
  EXPECT_NE(person.body.find(base), std::string::npos) << "linked from the person's page";

  auto bad = officer.post_form(base + "/nghi-dai-ngay",
                               {{"year", std::to_string(year_)}, {"days", "0"}, {"reason", "sickness"}, {"note", "x"}});
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Số ngày nghỉ phải là số nguyên từ 1 đến 366."), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"x\""), std::string::npos) << "what was typed comes back";
  auto absence = officer.post_form(base + "/nghi-dai-ngay",
                                   {{"year", std::to_string(year_)}, {"days", "20"}, {"reason", "sickness"}});
  EXPECT_EQ(absence.status, 303u) << absence.body.substr(0, 300);
  auto initiative = officer.post_form(base + "/sang-kien", {{"kind", "research"},
                                                            {"title", "Bản đồ số đất đai huyện"},
                                                            {"scope", "province"},
                                                            {"year", std::to_string(year_)},
                                                            {"decision_number", "88/QĐ-UBND"},
                                                            {"decision_date", date(year_, "12-01")},
                                                            {"authority", "Chủ tịch UBND tỉnh"}});
  EXPECT_EQ(initiative.status, 303u) << initiative.body.substr(0, 300);
  auto measure = officer.post_form(base + "/ky-luat", {{"measure", "reprimand"},
                                                       {"decided_on", date(year_ - 3, "06-01")},
                                                       {"decision_number", "01/QĐ-PTNMT"}});
  EXPECT_EQ(measure.status, 303u) << measure.body.substr(0, 300);
  auto listed = officer->get("/nhan-su/" + std::to_string(an_));
  EXPECT_NE(listed.body.find("Bản đồ số đất đai huyện"), std::string::npos);
  EXPECT_NE(listed.body.find("01/QĐ-PTNMT"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
