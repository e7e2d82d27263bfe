// A unit as a collective (issue 11 #2, #4): its annual rating is typed by
// the emulation office on the unit's page or sent to the API, one per year,
// a correction replacing it with the value before kept in the audit trail;
// bad input is named, refused callers change nothing; the collective titles
// are judged on the unit's own rating and titles and on its members', rule
// by rule, and listed in "eligible now". Over real HTTP on both engines.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "app/clock.h"
#include "core/award.h"
#include "import_api_fixture.h"
#include "route_coverage.h"
#include "store/awards.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({
    {"GET", "/don-vi/{id}/xep-loai"},
    {"POST", "/don-vi/{id}/xep-loai"},
    {"GET", "/don-vi/{id}/dieu-kien"},
    {"GET", "/api/v1/units/{id}/evaluations"},
    {"PUT", "/api/v1/units/{id}/evaluations/{year}"},
    {"GET", "/api/v1/units/{id}/eligibility"},
});

class UnitRatingsTest : public ImportApiFixture {
 protected:
  UnitRatingsTest() : ImportApiFixture("", {}, "unit-ratings") {}

  void SetUp() override {
    ImportApiFixture::SetUp();
    if (IsSkipped()) return;
    ln_ = site_->unit_id("PTNMT-LN");  // where canbo is the unit's officer
    hh_ = site_->unit_id("PTNMT-HH");
    office_ = token_of("thuongtruc");
    officer_ = token_of("canbo");
    year_ = app::current_year(site_->services().clock) - 1;
  }

  HttpResult put(const std::string& token, int64_t unit, const std::string& year, const std::string& body) {
    return site_->client()->request("PUT", "/api/v1/units/" + std::to_string(unit) + "/evaluations/" + year, body,
                                    {{"Authorization", "Bearer " + token},
                                     {"Content-Type", "application/json"},
                                     {"Accept", "application/json"}});
  }
  std::string field_of(const HttpResult& r) {
    const auto o = parsed(r);
    const auto* e = o.if_contains("error");
    return e && e->is_object() && e->as_object().at("field").is_string()
               ? std::string(e->as_object().at("field").as_string())
               : "";
  }
  json::object eligibility(const std::string& token, int64_t unit) {
    auto r = site_->client()->get(
        "/api/v1/units/" + std::to_string(unit) + "/eligibility?year=" + std::to_string(year_), bearer(token));
    EXPECT_EQ(r.status, 200u) << r.body;
    return parsed(r);
  }
  // The verdicts of one award's rules, in order.
  static std::vector<std::string> verdicts(const json::object& e, const std::string& code) {
    std::vector<std::string> out;
    for (const auto& a : e.at("awards").as_array()) {
      if (a.at("code").as_string() != code.c_str()) continue;
      for (const auto& r : a.at("rules").as_array()) out.emplace_back(r.at("verdict").as_string());
    }
    return out;
  }
  void declare(const std::string& kind) {
    auto r = site_->client()->request(
        "POST", "/api/v1/fact-years",
        json::serialize(json::object{{"kind", kind}, {"year", year_}, {"complete", true}}),
        {{"Authorization", "Bearer " + office_}, {"Content-Type", "application/json"}, {"Accept", "application/json"}});
    ASSERT_EQ(r.status, 200u) << r.body;
  }

  int64_t ln_ = 0, hh_ = 0;
  std::string office_, officer_;
  int year_ = 0;
};

TEST_F(UnitRatingsTest, TheOfficeRecordsAndCorrectsARatingTheAuditKeepsTheOldOne) {
  const std::string y = std::to_string(year_);
  auto first = put(office_, ln_, y, R"({"rating":"good","rated_on":")" + y + R"(-12-20"})");
  ASSERT_EQ(first.status, 200u) << first.body;
  EXPECT_EQ(parsed(first).at("rating").as_string(), "good");
  // A label as offices write it is read too; the correction replaces the rating.
  auto second = put(office_, ln_, y, R"({"rating":"Hoàn thành xuất sắc nhiệm vụ","note":"Sau phúc tra"})");
  ASSERT_EQ(second.status, 200u) << second.body;
  auto list = site_->client()->get("/api/v1/units/" + std::to_string(ln_) + "/evaluations", bearer(officer_));
  ASSERT_EQ(list.status, 200u) << list.body;
  const auto items = parsed(list).at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].at("rating").as_string(), "excellent");
  EXPECT_EQ(items[0].at("note").as_string(), "Sau phúc tra");
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'unit_evaluation.record'"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'unit_evaluation.record' AND before_json LIKE "
                  "'%\"good\"%' AND after_json LIKE '%\"excellent\"%'"),
            1)
      << "the correction's entry holds the value it replaced";

  // Refused callers and bad input change nothing.
  EXPECT_EQ(put(officer_, ln_, y, R"({"rating":"completed"})").status, 403u) << "a unit's officer does not rate it";
  EXPECT_EQ(put(token_of("nhanvien"), ln_, y, R"({"rating":"completed"})").status, 403u);
  auto bad_rating = put(office_, ln_, y, R"({"rating":"great"})");
  EXPECT_EQ(bad_rating.status, 422u);
  EXPECT_EQ(field_of(bad_rating), "rating");
  EXPECT_NE(bad_rating.body.find("không hợp lệ"), std::string::npos);
  auto future = put(office_, ln_, std::to_string(year_ + 2), R"({"rating":"good"})");
  EXPECT_EQ(future.status, 422u);
  EXPECT_EQ(field_of(future), "year");
  auto early = put(office_, ln_, y, R"({"rating":"good","rated_on":"1999-01-01"})");
  EXPECT_EQ(early.status, 422u);
  EXPECT_EQ(field_of(early), "rated_on");
  EXPECT_EQ(put(office_, ln_, y, R"({"rating":"good","grade":1})").status, 400u);
  EXPECT_EQ(put(office_, ln_, y, R"({"rating":7})").status, 400u);
  EXPECT_EQ(put(office_, 999999, y, R"({"rating":"good"})").status, 404u);
  EXPECT_EQ(count("SELECT count(*) FROM unit_evaluations WHERE rating = 'excellent'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM unit_evaluations"), 1);
  // A unit the caller does not see is not found.
  EXPECT_EQ(site_->client()->get("/api/v1/units/" + std::to_string(hh_) + "/evaluations", bearer(officer_)).status,
            404u);
}

TEST_F(UnitRatingsTest, TheUnitsPageFormSavesAndNamesErrorsInVietnamese) {
  auto office = site_->session("thuongtruc");
  const std::string page = "/don-vi/" + std::to_string(ln_) + "/xep-loai";
  auto form = office->get(page);
  ASSERT_EQ(form.status, 200u);
  EXPECT_NE(form.body.find("Ghi kết quả xếp loại"), std::string::npos);
  auto bad = office.post_form(page, {{"year", std::to_string(year_)}, {"rating", "x"}, {"rated_on", ""}, {"note", ""}});
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Xếp loại &quot;x&quot; không hợp lệ"), std::string::npos) << bad.body.substr(0, 400);
  auto not_a_year = office.post_form(page, {{"year", "năm ngoái"}, {"rating", "good"}});
  EXPECT_EQ(not_a_year.status, 422u);
  EXPECT_NE(not_a_year.body.find("Năm đánh giá phải từ 1990"), std::string::npos);
  auto good = office.post_form(page, {{"year", std::to_string(year_)}, {"rating", "good"}, {"rated_on", ""},
                                      {"note", "<b>đạt</b>"}});
  EXPECT_EQ(good.status, 303u) << good.body;
  auto shown = office->get(page + "?da-luu=1");
  EXPECT_NE(shown.body.find("Đã ghi kết quả xếp loại của đơn vị."), std::string::npos);
  EXPECT_NE(shown.body.find("Hoàn thành tốt nhiệm vụ"), std::string::npos);
  EXPECT_NE(shown.body.find("&lt;b&gt;đạt&lt;/b&gt;"), std::string::npos) << "notes are escaped";
  // A staff member sees the ratings, not the form, and cannot post it.
  auto staff = site_->session("nhanvien");
  auto seen = staff->get(page);
  ASSERT_EQ(seen.status, 200u);
  EXPECT_EQ(seen.body.find("Ghi kết quả xếp loại"), std::string::npos);
  EXPECT_EQ(staff.post_form(page, {{"year", std::to_string(year_)}, {"rating", "excellent"}}).status, 403u);
  EXPECT_EQ(count("SELECT count(*) FROM unit_evaluations WHERE rating = 'good'"), 1);
}

TEST_F(UnitRatingsTest, TheCollectiveTitlesAreJudgedOnTheUnitAndItsMembers) {
  // Nothing known yet: missing, never false.
  auto e = eligibility(officer_, ln_);
  EXPECT_EQ(verdicts(e, "TTLDTT"), (std::vector<std::string>{"missing", "missing", "missing"}));
  const int64_t members = e.at("members").as_int64();
  ASSERT_GT(members, 0);

  ASSERT_EQ(put(office_, ln_, std::to_string(year_), R"({"rating":"good"})").status, 200u);
  declare("titles");
  declare("discipline");
  // The year's titles declared complete and none recorded: no member has one.
  e = eligibility(officer_, ln_);
  EXPECT_EQ(verdicts(e, "TTLDTT"), (std::vector<std::string>{"met", "not_met", "met"}));

  // Half the members (rounded up) made Lao động tiên tiến: exactly the share.
  auto conn = site_->db().acquire();
  auto people = conn->query("SELECT id, full_name FROM people WHERE unit_path LIKE ? ORDER BY id",
                            {"%/" + std::to_string(ln_) + "/"});
  ASSERT_TRUE(people.ok());
  ASSERT_EQ(static_cast<int64_t>(people->rows.size()), members);
  const size_t half = (people->rows.size() + 1) / 2;
  for (size_t i = 0; i < half; ++i) {
    core::AwardRecord a;
    a.subject = "individual";
    a.person_id = people->rows[i].i64(0);
    a.recipient_name = people->rows[i].str(1);
    a.unit_id = ln_;
    a.award_name = "Lao động tiên tiến";
    a.granted_by = "Giám đốc Sở Tài nguyên và Môi trường";
    a.decision_number_symbol = "9/QĐ-STNMT";
    a.decision_date = std::to_string(year_) + "-12-28";
    a.year = year_;
    a.created_at = "2026-01-01T00:00:00.000Z";
    a.source = core::AwardSource::kImported;
    a.occasion = core::AwardOccasion::kAnnual;
    ASSERT_TRUE(store::insert_award(*conn, a).ok());
  }
  e = eligibility(officer_, ln_);
  EXPECT_EQ(verdicts(e, "TTLDTT"), (std::vector<std::string>{"met", "met", "met"}));
  // Tập thể lao động xuất sắc asks more of the unit: its own rating falls short.
  EXPECT_EQ(verdicts(e, "TTLDXS").front(), "not_met");

  // Listed in "eligible now" as a collective, with the line that decides.
  auto list = site_->client()->get("/api/v1/eligibility?award=TTLDTT&year=" + std::to_string(year_) +
                                       "&unit_id=" + std::to_string(ln_),
                                   bearer(officer_));
  ASSERT_EQ(list.status, 200u) << list.body;
  const auto o = parsed(list);
  EXPECT_EQ(o.at("subject").as_string(), "collective");
  ASSERT_GE(o.at("items").as_array().size(), 1u);
  EXPECT_EQ(o.at("items").as_array()[0].at("unit_id").as_int64(), ln_);
  EXPECT_FALSE(o.at("items").as_array()[0].as_object().contains("person_id"));

  // The page says why; a unit whose people the caller does not see is not found.
  auto page = site_->session("canbo")->get("/don-vi/" + std::to_string(ln_) + "/dieu-kien?nam=" +
                                          std::to_string(year_));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Ít nhất 50% thành viên đạt danh hiệu “Lao động tiên tiến”"), std::string::npos);
  EXPECT_EQ(site_->client()->get("/api/v1/units/" + std::to_string(hh_) + "/eligibility", bearer(officer_)).status,
            404u);
  EXPECT_EQ(site_->client()
                ->get("/api/v1/units/" + std::to_string(ln_) + "/eligibility?year=1800", bearer(officer_))
                .status,
            422u);
}

}  // namespace
}  // namespace thidua::test
