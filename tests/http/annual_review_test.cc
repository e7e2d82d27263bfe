// The annual review (issue 11 #3, #6), as far as it is built: the office
// opens the year's review as a draft plan pre-filled from the rules in force
// that year (each title naming its rule set, who decides it, how the council
// votes); a nomination for one of its titles shows the nominee judged by the
// title's rules; the leader's decision enters the register as the year's
// annual title, which the next year's rules then read. Over real HTTP on
// both engines.
#include <gtest/gtest.h>

#include <map>

#include <boost/json/serialize.hpp>

#include "app/annual_review.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/decisions.h"
#include "app/eligibility.h"
#include "app/history_facts.h"
#include "import_api_fixture.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;
using core::CampaignState;

const bool kCovered = cover_routes({
    {"POST", "/dot-thi-dua/binh-xet-nam"},
    {"POST", "/api/v1/annual-reviews"},
    {"GET", "/dot-thi-dua/{id}/de-xuat-nam"},
    {"POST", "/dot-thi-dua/{id}/de-xuat-nam"},
    {"GET", "/api/v1/campaigns/{id}/annual-proposals"},
    {"POST", "/api/v1/campaigns/{id}/annual-proposals"},
});

class AnnualReviewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TestSiteOptions options;
    options.people = 120;
    options.history = true;
    site_ = std::make_unique<TestSite>(options);
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    year_ = app::current_year(site_->services().clock) - 1;
  }
  const app::Services& s() { return site_->services(); }
  app::RequestMeta meta() const { return {"127.0.0.1", "annual-review", "tests"}; }
  std::string token(const std::string& user) {
    auto t = app::create_api_token(s(), site_->actor(user), site_->user_id(user), "annual-review", meta());
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->secret : "";
  }
  HttpResult open(const std::string& user, const std::string& body) {
    return site_->client()->request("POST", "/api/v1/annual-reviews", body,
                                    {{"Authorization", "Bearer " + token(user)},
                                     {"Content-Type", "application/json"},
                                     {"Accept", "application/json"}});
  }
  int64_t version_of(int64_t id) {
    auto view = app::get_campaign(s(), app::system_actor(), id);
    EXPECT_TRUE(view.ok());
    return view.ok() ? view->summary.version : 0;
  }
  void move(int64_t id, const std::string& user, CampaignState to) {
    auto moved = app::move_campaign(s(), site_->actor(user), id, to, version_of(id), meta());
    ASSERT_TRUE(moved.ok()) << moved.error().message;
  }
  int64_t count(const std::string& sql, const store::Params& params = {}) {
    auto conn = site_->db().acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }

  std::unique_ptr<TestSite> site_;
  int year_ = 0;
};

TEST_F(AnnualReviewTest, TheOfficeOpensTheYearsReviewPrefilledFromTheRulesOfThatYear) {
  auto opened = open("thuongtruc", R"({"year":)" + std::to_string(year_) + "}");
  ASSERT_EQ(opened.status, 201u) << opened.body;
  const int64_t id = json::parse(opened.body).at("campaign_id").as_int64();
  auto view = app::get_campaign(s(), site_->actor("thuongtruc"), id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  const core::Campaign& c = view->campaign;
  EXPECT_EQ(c.state, CampaignState::kDraft) << "a draft the office edits before it is approved";
  EXPECT_EQ(c.kind, core::CampaignKind::kAnnual);
  EXPECT_NE(c.title.find(std::to_string(year_)), std::string::npos);
  EXPECT_EQ(c.period.end_date, std::to_string(year_) + "-12-31");
  EXPECT_EQ(c.issuing_body, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG") << "the agency's header as on its latest plan";
  EXPECT_EQ(c.doc_symbol, "KH-STNMT");
  std::map<std::string, const core::AwardType*> by;
  std::vector<std::string> codes;
  for (const auto& a : c.award_types) {
    by[a.code] = &a;
    codes.push_back(a.code);
    EXPECT_EQ(a.eligibility_code, a.code) << "each title names its rule set";
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "CSTD-TINH", "BK-TINH", "CTD-TINH"}));
  EXPECT_TRUE(by.at("LDTT")->own_authority);
  EXPECT_FALSE(by.at("CSTD-TINH")->own_authority) << "proposed upward";
  EXPECT_EQ(by.at("CSTD-TINH")->ballot.kind, core::BallotKind::kSecret);
  EXPECT_EQ(by.at("CSTD-TINH")->ballot.threshold.numerator * 10, by.at("CSTD-TINH")->ballot.threshold.denominator * 7)
      << "70 % of the council";

  // Refused and bad requests store nothing; one review of a year per agency.
  const int64_t campaigns = count("SELECT count(*) FROM campaigns");
  auto twice = open("thuongtruc", R"({"year":)" + std::to_string(year_) + "}");
  EXPECT_EQ(twice.status, 409u) << twice.body;
  EXPECT_NE(twice.body.find("đã có kế hoạch bình xét năm " + std::to_string(year_)), std::string::npos);
  EXPECT_EQ(open("nhanvien", R"({"year":2024})").status, 403u);
  auto early = open("thuongtruc", R"({"year":1800})");
  EXPECT_EQ(early.status, 422u);
  EXPECT_NE(early.body.find("\"field\":\"year\""), std::string::npos) << early.body;
  EXPECT_EQ(open("thuongtruc", R"({"year":2024,"x":1})").status, 400u);
  EXPECT_EQ(count("SELECT count(*) FROM campaigns"), campaigns);

  // The page's form opens one too and lands on its plan.
  auto office = site_->session("thuongtruc");
  auto list = office->get("/dot-thi-dua");
  EXPECT_NE(list.body.find("Lập kế hoạch bình xét"), std::string::npos);
  auto posted = office.post_form("/dot-thi-dua/binh-xet-nam", {{"year", std::to_string(year_ - 1)}});
  EXPECT_EQ(posted.status, 303u) << posted.body.substr(0, 300);
  EXPECT_EQ(count("SELECT count(*) FROM campaigns"), campaigns + 1);
  auto bad = office.post_form("/dot-thi-dua/binh-xet-nam", {{"year", "năm"}});
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Năm đánh giá phải từ 1990"), std::string::npos);
}

TEST_F(AnnualReviewTest, ANominationIsJudgedByItsTitlesRulesAndTheDecisionEntersTheRegisterAsTheYearsTitle) {
  // The review of the last year, whose titles the demo already holds: use
  // a person the rules find eligible for Lao động tiên tiến there, and take
  // their recorded title out so the review decides it.
  app::EligibleQuery q{"LDTT", year_, std::nullopt, core::Verdict::kMet, 1, 1};
  auto eligible = app::eligible_list(s(), site_->actor("thuongtruc"), q);
  ASSERT_TRUE(eligible.ok() && !eligible->rows.empty());
  const int64_t person = eligible->rows.front().person_id;
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("DELETE FROM awards WHERE person_id = ? AND year = ?", {person, static_cast<int64_t>(year_)})
                    .ok());
  }
  auto id = app::open_annual_review(s(), site_->actor("thuongtruc"), site_->unit_id("STNMT"), year_, meta());
  ASSERT_TRUE(id.ok()) << id.error().message;
  {
    // The office words the award type its own way; the register keeps the title's name.
    auto draft = app::get_campaign(s(), site_->actor("thuongtruc"), *id);
    ASSERT_TRUE(draft.ok());
    core::Campaign plan = draft->campaign;
    plan.id = *id;
    for (auto& a : plan.award_types) {
      if (a.code == "LDTT") a.name = "Danh hiệu “Lao động tiên tiến”";
    }
    auto saved = app::update_campaign(s(), site_->actor("thuongtruc"), plan, draft->summary.version, meta());
    ASSERT_TRUE(saved.ok()) << saved.error().message;
  }
  move(*id, "lanhdao", CampaignState::kApproved);
  move(*id, "thuongtruc", CampaignState::kPublished);
  move(*id, "thuongtruc", CampaignState::kRunning);
  int64_t ldtt = 0;
  auto view = app::get_campaign(s(), site_->actor("thuongtruc"), *id);
  ASSERT_TRUE(view.ok());
  for (const auto& a : view->campaign.award_types) {
    if (a.code == "LDTT") ldtt = a.id;
  }
  ASSERT_GT(ldtt, 0);
  int64_t nomination = 0;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, report, state, "
        "submitted_at) SELECT ?, ?, p.unit_id, 'individual', p.id, ?, 'Hoàn thành tốt nhiệm vụ.', 'passed', "
        "'2026-01-05T00:00:00Z' FROM people p WHERE p.id = ? RETURNING id",
        {*id, ldtt, "p:" + std::to_string(person), person});
    ASSERT_TRUE(rows.ok() && !rows->empty()) << (rows.ok() ? "none" : rows.error().message);
    nomination = rows->rows.front().i64(0);
  }
  // The nomination shows the nominee judged by Lao động tiên tiến's rules of the year.
  auto shown = site_->client()->get("/api/v1/campaigns/" + std::to_string(*id) + "/nominations/" +
                                        std::to_string(nomination),
                                    {{"Authorization", "Bearer " + token("thuongtruc")}, {"Accept", "application/json"}});
  ASSERT_EQ(shown.status, 200u) << shown.body;
  const auto detail = json::parse(shown.body).as_object();
  const auto& e = detail.at("eligibility").as_object();
  EXPECT_EQ(e.at("code").as_string(), "LDTT");
  EXPECT_EQ(e.at("year").as_int64(), year_);
  EXPECT_TRUE(e.at("in_force").as_bool());
  EXPECT_EQ(e.at("awards").as_array().at(0).at("verdict").as_string(), "met");
  auto page = site_->session("thuongtruc")->get("/dot-thi-dua/" + std::to_string(*id) + "/de-nghi/" +
                                                std::to_string(nomination));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Điều kiện từ lịch sử"), std::string::npos);
  EXPECT_NE(page.body.find("Xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên"), std::string::npos);

  // Decided: the register holds the title for the year reviewed, as an annual title.
  auto drafted = app::draft_decision(s(), site_->actor("thuongtruc"), *id, ldtt,
                                     std::optional<std::vector<int64_t>>(std::vector<int64_t>{nomination}), meta());
  ASSERT_TRUE(drafted.ok()) << drafted.error().message;
  auto approved = app::approve_decision(s(), site_->actor("lanhdao"), *id, *drafted, meta());
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(count("SELECT count(*) FROM awards WHERE person_id = ? AND year = ? AND occasion = 'annual' AND "
                  "award_name = 'Lao động tiên tiến' AND decision_id = ?",
                  store::Params{person, static_cast<int64_t>(year_), *drafted}),
            1);
  auto conn = site_->db().acquire();
  auto titles = app::history_facts(*conn, {person});
  ASSERT_TRUE(titles.ok());
  bool recorded = false;
  for (const auto& t : titles->at(person).titles) recorded |= t.year == year_ && t.title == "Lao động tiên tiến";
  EXPECT_TRUE(recorded) << "the next years' rules read the title decided";
}

TEST_F(AnnualReviewTest, AUnitsProposalsArePrefilledFromTheRulesAndSentAllOrNone) {
  auto id = app::open_annual_review(s(), site_->actor("thuongtruc"), site_->unit_id("STNMT"), year_, meta());
  ASSERT_TRUE(id.ok()) << id.error().message;
  move(*id, "lanhdao", CampaignState::kApproved);
  move(*id, "thuongtruc", CampaignState::kPublished);
  move(*id, "thuongtruc", CampaignState::kRunning);
  // The demo's register already holds the year's titles: keep one person's
  // Lao động tiên tiến in the Lục Nam office, take the others' out so the
  // review decides them.
  int64_t holder = 0;
  {
    auto conn = site_->db().acquire();
    auto rows = conn->query(
        "SELECT a.person_id FROM awards a JOIN people p ON p.id = a.person_id WHERE a.year = ? AND a.award_name = "
        "'Lao động tiên tiến' AND p.unit_id = ? ORDER BY a.person_id LIMIT 1",
        {static_cast<int64_t>(year_), site_->unit_id("PTNMT-LN")});
    ASSERT_TRUE(rows.ok() && !rows->empty());
    holder = rows->rows.front().i64(0);
    ASSERT_TRUE(conn->exec("DELETE FROM awards WHERE year = ? AND person_id <> ? AND person_id IN (SELECT id FROM "
                           "people WHERE unit_id = ?)",
                           {static_cast<int64_t>(year_), holder, site_->unit_id("PTNMT-LN")})
                    .ok());
  }
  const std::string api = "/api/v1/campaigns/" + std::to_string(*id) + "/annual-proposals";
  const Headers officer{{"Authorization", "Bearer " + token("canbo")},
                        {"Content-Type", "application/json"},
                        {"Accept", "application/json"}};
  auto form = site_->client()->get(api, officer);
  ASSERT_EQ(form.status, 200u) << form.body;
  const auto o = json::parse(form.body).as_object();
  EXPECT_EQ(o.at("year").as_int64(), year_);
  const int64_t unit = o.at("unit_id").as_int64();
  EXPECT_EQ(unit, site_->unit_id("PTNMT-LN"));
  int64_t ldtt = 0, ttldtt = 0;
  std::vector<int64_t> met;
  for (const auto& g : o.at("groups").as_array()) {
    if (g.at("eligibility_code").as_string() == "LDTT") {
      ldtt = g.at("award_type_id").as_int64();
      for (const auto& c : g.at("candidates").as_array()) {
        if (c.at("verdict").as_string() != "met") continue;
        EXPECT_FALSE(c.at("reasons").as_array().empty()) << "each with the records that decide";
        if (c.at("person_id").as_int64() == holder) {
          EXPECT_TRUE(c.at("holds_title").as_bool()) << "the register's title of the year is shown";
          continue;
        }
        EXPECT_FALSE(c.at("holds_title").as_bool());
        met.push_back(c.at("person_id").as_int64());
      }
    }
    if (g.at("eligibility_code").as_string() == "TTLDTT") {
      ttldtt = g.at("award_type_id").as_int64();
      EXPECT_EQ(g.at("subject").as_string(), "collective");
    }
  }
  ASSERT_GT(ldtt, 0);
  ASSERT_GT(ttldtt, 0);
  ASSERT_GE(met.size(), 3u) << "the demo's Lục Nam office has people eligible for Lao động tiên tiến";

  auto picks = [&](std::vector<int64_t> people) {
    json::array a;
    for (int64_t p : people) a.push_back(json::object{{"award_type_id", ldtt}, {"person_id", p}});
    return json::serialize(json::object{{"unit_id", unit}, {"picks", a}});
  };
  auto sent = site_->client()->request("POST", api, picks({met[0], met[1]}), officer);
  ASSERT_EQ(sent.status, 201u) << sent.body;
  EXPECT_EQ(json::parse(sent.body).at("nomination_ids").as_array().size(), 2u);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE campaign_id = ? AND report LIKE '%Căn cứ dữ liệu trên hệ "
                  "thống%'",
                  {*id}),
            2)
      << "each report written from the records the rules used";
  // The same title twice for one year is refused, naming the one recorded.
  auto twice = site_->client()->request("POST", api, picks({holder}), officer);
  EXPECT_EQ(twice.status, 409u) << twice.body;
  EXPECT_NE(twice.body.find("already_awarded"), std::string::npos);
  EXPECT_NE(twice.body.find("đã có danh hiệu Lao động tiên tiến năm " + std::to_string(year_)), std::string::npos)
      << twice.body;
  // One already nominated among the picks: none of them is sent.
  auto again = site_->client()->request("POST", api, picks({met[2], met[0]}), officer);
  EXPECT_EQ(again.status, 409u) << again.body;
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE campaign_id = ?", {*id}), 2);
  auto bad = site_->client()->request("POST", api,
                                      json::serialize(json::object{{"unit_id", unit},
                                                                   {"picks", json::array{json::object{
                                                                                 {"award_type_id", ldtt},
                                                                                 {"person_id", met[2]},
                                                                                 {"unit_id", unit}}}}}),
                                      officer);
  EXPECT_EQ(bad.status, 400u);
  auto none = site_->client()->request("POST", api, json::serialize(json::object{{"unit_id", unit}, {"picks", json::array{}}}),
                                       officer);
  EXPECT_EQ(none.status, 422u);
  // Someone else's unit, or a staff member: refused, nothing stored.
  auto staff = site_->client()->request("POST", api, picks({met[2]}),
                                        {{"Authorization", "Bearer " + token("nhanvien")},
                                         {"Content-Type", "application/json"},
                                         {"Accept", "application/json"}});
  EXPECT_EQ(staff.status, 403u);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE campaign_id = ?", {*id}), 2);

  // The page: the eligible not yet nominated come ticked; the ones sent are marked.
  auto officer_page = site_->session("canbo");
  const std::string page = "/dot-thi-dua/" + std::to_string(*id) + "/de-xuat-nam";
  auto shown = officer_page->get(page);
  ASSERT_EQ(shown.status, 200u);
  EXPECT_NE(shown.body.find("value=\"" + std::to_string(ldtt) + ":p:" + std::to_string(met[2]) + "\" aria-label"),
            std::string::npos);
  EXPECT_NE(shown.body.find(" checked>"), std::string::npos);
  EXPECT_NE(shown.body.find("Đã đề nghị"), std::string::npos);
  EXPECT_NE(shown.body.find("Đã có danh hiệu năm " + std::to_string(year_)), std::string::npos);
  auto malformed = officer_page.post_form(page, {{"don-vi", std::to_string(unit)}, {"chon", "x:y"}});
  EXPECT_EQ(malformed.status, 422u);
  auto posted = officer_page.post_form(page, {{"don-vi", std::to_string(unit)},
                                              {"chon", std::to_string(ldtt) + ":p:" + std::to_string(met[2])}});
  EXPECT_EQ(posted.status, 303u) << posted.body.substr(0, 400);
  EXPECT_EQ(count("SELECT count(*) FROM nominations WHERE campaign_id = ?", {*id}), 3);
}

// The review's header comes from the agency's own latest plan, however many
// newer plans its units have issued (at a ministry, thousands).
TEST_F(AnnualReviewTest, TheHeaderIsTheAgencysOwnEvenBehindManyPlansOfItsUnits) {
  core::Campaign plan = site_->seed_plan_copy(site_->unit_id("PTNMT-LN"));
  plan.issuing_body = "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG HUYỆN LỤC NAM";
  plan.doc_symbol = "KH-PTNMT";
  plan.participants.target_unit_ids = {site_->unit_id("PTNMT-LN")};
  for (int i = 0; i < 55; ++i) {
    auto made = app::create_campaign(s(), app::system_actor(), plan, meta());
    ASSERT_TRUE(made.ok()) << made.error().message;
  }
  auto opened = open("thuongtruc", R"({"year":)" + std::to_string(year_) + "}");
  ASSERT_EQ(opened.status, 201u) << opened.body;
  auto view = app::get_campaign(s(), site_->actor("thuongtruc"),
                                json::parse(opened.body).at("campaign_id").as_int64());
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_EQ(view->campaign.issuing_body, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(view->campaign.doc_symbol, "KH-STNMT");
}

// An agency of more than 500 units (a ministry's): the proposing unit is
// chosen by its code; an unknown code is said so.
TEST_F(AnnualReviewTest, AnAgencyOfMoreThanFiveHundredUnitsChoosesTheProposingUnitByCode) {
  auto id = app::open_annual_review(s(), site_->actor("thuongtruc"), site_->unit_id("STNMT"), year_, meta());
  ASSERT_TRUE(id.ok()) << id.error().message;
  move(*id, "lanhdao", CampaignState::kApproved);
  move(*id, "thuongtruc", CampaignState::kPublished);
  move(*id, "thuongtruc", CampaignState::kRunning);
  site_->add_sub_units("PTNMT-LN", 520, "LN-TO", "Tổ công tác số ");
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("INSERT INTO campaign_units (campaign_id, unit_id) SELECT ?, id FROM units WHERE code "
                           "LIKE 'LN-TO%'",
                           {*id})
                    .ok());
  }
  auto officer = site_->session("canbo");
  const std::string page = "/dot-thi-dua/" + std::to_string(*id) + "/de-xuat-nam";
  auto shown = officer->get(page);
  ASSERT_EQ(shown.status, 200u) << shown.body.substr(0, 400);
  EXPECT_EQ(shown.body.find("<select id=\"don-vi-chon\""), std::string::npos);
  EXPECT_NE(shown.body.find("<input id=\"don-vi-chon\" name=\"ma-don-vi\""), std::string::npos);
  auto team = officer->get(page + "?ma-don-vi=LN-TO007");
  ASSERT_EQ(team.status, 200u) << team.body.substr(0, 400);
  EXPECT_NE(team.body.find("name=\"ma-don-vi\" value=\"LN-TO007\""), std::string::npos);
  EXPECT_NE(team.body.find("<input type=\"hidden\" name=\"don-vi\" value=\"" +
                           std::to_string(site_->unit_id("LN-TO007")) + "\">"),
            std::string::npos)
      << "the proposals are the team's";
  auto bad = officer->get(page + "?ma-don-vi=KHONG-CO");
  EXPECT_EQ(bad.status, 422u);
  EXPECT_NE(bad.body.find("Không có đơn vị nào mã “KHONG-CO”"), std::string::npos);
  // A unit the officer sees (as a council member of the department) but does
  // not propose for: said so, not "does not take part".
  ASSERT_TRUE(site_->grant("canbo", core::Role::kCouncilMember, "STNMT"));
  auto elsewhere = officer->get(page + "?ma-don-vi=PTNMT-HH");
  EXPECT_EQ(elsewhere.status, 422u);
  EXPECT_NE(elsewhere.body.find("(mã PTNMT-HH) ở mục này."), std::string::npos) << elsewhere.body.substr(0, 600);
}

// A collective title asks for its members' titles of the year, which only
// the review itself decides: the unit's proposals of its people stand for
// them, provisionally, and the unit becomes eligible as they are made.
TEST_F(AnnualReviewTest, TheUnitsOwnTitleIsJudgedOnTheTitlesItsPeopleAreProposedFor) {
  auto id = app::open_annual_review(s(), site_->actor("thuongtruc"), site_->unit_id("STNMT"), year_, meta());
  ASSERT_TRUE(id.ok()) << id.error().message;
  move(*id, "lanhdao", CampaignState::kApproved);
  move(*id, "thuongtruc", CampaignState::kPublished);
  move(*id, "thuongtruc", CampaignState::kRunning);
  const int64_t unit = site_->unit_id("PTNMT-LN");
  {
    // The year's titles are not decided yet; the unit completed its tasks well.
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("DELETE FROM awards WHERE year = ?", {static_cast<int64_t>(year_)}).ok());
    ASSERT_TRUE(conn->exec("DELETE FROM unit_evaluations WHERE unit_id = ? AND year = ?",
                           {unit, static_cast<int64_t>(year_)}).ok());
  }
  const Headers officer{{"Authorization", "Bearer " + token("canbo")},
                        {"Content-Type", "application/json"},
                        {"Accept", "application/json"}};
  auto rated = site_->client()->request(
      "PUT", "/api/v1/units/" + std::to_string(unit) + "/evaluations/" + std::to_string(year_),
      R"({"rating":"good","rated_on":")" + std::to_string(year_) + R"(-12-20","note":""})",
      {{"Authorization", "Bearer " + token("thuongtruc")}, {"Content-Type", "application/json"},
       {"Accept", "application/json"}});
  ASSERT_EQ(rated.status, 200u) << rated.body;
  const std::string api = "/api/v1/campaigns/" + std::to_string(*id) + "/annual-proposals";
  struct Seen {
    int64_t ldtt = 0, ttldtt = 0;
    std::vector<int64_t> people;      // met for Lao động tiên tiến
    std::string unit_verdict;         // the unit's, for Tập thể lao động tiên tiến ("" when only counted)
    std::vector<std::string> reasons;
  };
  auto look = [&] {
    Seen seen;
    auto form = site_->client()->get(api, officer);
    EXPECT_EQ(form.status, 200u) << form.body;
    const json::value o = json::parse(form.body);
    for (const auto& g : o.at("groups").as_array()) {
      const std::string code(g.at("eligibility_code").as_string());
      if (code == "LDTT") {
        seen.ldtt = g.at("award_type_id").as_int64();
        for (const auto& c : g.at("candidates").as_array()) {
          if (c.at("verdict").as_string() == "met" && !c.at("nominated").as_bool()) {
            seen.people.push_back(c.at("person_id").as_int64());
          }
        }
      }
      if (code == "TTLDTT") {
        seen.ttldtt = g.at("award_type_id").as_int64();
        for (const auto& c : g.at("candidates").as_array()) {
          if (c.at("unit_id").as_int64() != unit) continue;
          seen.unit_verdict = std::string(c.at("verdict").as_string());
          for (const auto& line : c.at("reasons").as_array()) seen.reasons.emplace_back(line.as_string());
        }
      }
    }
    return seen;
  };
  const Seen before = look();
  ASSERT_GT(before.ldtt, 0);
  ASSERT_GT(before.ttldtt, 0);
  EXPECT_NE(before.unit_verdict, "met") << "no title of the year yet among its people";
  ASSERT_GE(before.people.size(), 2u);
  json::array picks;
  for (int64_t p : before.people) picks.push_back(json::object{{"award_type_id", before.ldtt}, {"person_id", p}});
  auto sent = site_->client()->request("POST", api, json::serialize(json::object{{"unit_id", unit}, {"picks", picks}}),
                                       officer);
  ASSERT_EQ(sent.status, 201u) << sent.body;
  const Seen after = look();
  EXPECT_EQ(after.unit_verdict, "met") << "its people proposed for Lao động tiên tiến stand for the year's titles";
  bool says_proposed = false;
  for (const auto& r : after.reasons) says_proposed |= r.find("đang được đề nghị danh hiệu trong đợt") != std::string::npos;
  EXPECT_TRUE(says_proposed) << "the line says the titles are only proposed";

  // The unit's own proposal: its nomination page judges it the same way,
  // reading only the nominations of the unit and of its people.
  json::array own{json::object{{"award_type_id", after.ttldtt}, {"unit_id", unit}}};
  auto proposed = site_->client()->request("POST", api,
                                           json::serialize(json::object{{"unit_id", unit}, {"picks", own}}), officer);
  ASSERT_EQ(proposed.status, 201u) << proposed.body;
  const int64_t nid = json::parse(proposed.body).at("nomination_ids").as_array().at(0).as_int64();
  auto page = site_->client()->get("/api/v1/campaigns/" + std::to_string(*id) + "/nominations/" + std::to_string(nid),
                                   officer);
  ASSERT_EQ(page.status, 200u) << page.body;
  const json::value e = json::parse(page.body).at("eligibility");
  ASSERT_EQ(e.at("awards").as_array().size(), 1u) << page.body;
  EXPECT_EQ(e.at("awards").at(0).at("verdict").as_string(), "met") << page.body;
  EXPECT_NE(page.body.find("đang được đề nghị danh hiệu trong đợt"), std::string::npos);
}

}  // namespace
}  // namespace thidua::test
