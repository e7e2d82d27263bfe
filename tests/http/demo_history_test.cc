// The demo's five years of history (issue 11, "Demo"): on a fresh demo the
// eligibility lists have real cases, and the history agrees with the shipped
// rules: the people recorded as Lao động tiên tiến for a year are exactly
// those the rules find eligible, Chiến sĩ thi đua cơ sở stays within 15 % of
// them and every holder meets its rules; the demo's "star" reaches the
// provincial titles; the years are declared complete.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include <boost/json/parse.hpp>

#include "app/access.h"
#include "app/annual_proposals.h"
#include "app/clock.h"
#include "app/eligibility.h"
#include "app/fact_years.h"
#include "app/users.h"
#include "store/awards.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

class DemoHistoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TestSiteOptions options;
    options.people = 120;
    options.history = true;
    site_ = std::make_unique<TestSite>(options);
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    last_year_ = app::current_year(site_->services().clock) - 1;
  }

  // Everyone of one verdict for an award, over the whole agency (as the office sees it).
  std::set<int64_t> people_with(const std::string& code, int year, core::Verdict verdict, app::EligibleList* first) {
    std::set<int64_t> out;
    for (int page = 1;; ++page) {
      app::EligibleQuery q{code, year, std::nullopt, verdict, page, 200};
      auto list = app::eligible_list(site_->services(), site_->actor("thuongtruc"), q);
      EXPECT_TRUE(list.ok()) << (list.ok() ? "" : list.error().message);
      if (!list.ok()) break;
      if (first && page == 1) *first = *list;
      for (const auto& r : list->rows) out.insert(list->collective ? r.unit_id : r.person_id);
      if (!list->has_more) break;
    }
    return out;
  }

  // The people (or, for a collective title, the units) holding an annual title of a year.
  std::set<int64_t> holders(const std::string& title, int year) {
    std::set<int64_t> out;
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT COALESCE(person_id, unit_id) FROM awards WHERE award_name = ? AND year = ? AND "
                            "occasion = 'annual'",
                            {title, static_cast<int64_t>(year)});
    EXPECT_TRUE(rows.ok());
    if (rows.ok()) {
      for (const auto& r : *rows) out.insert(r.i64(0));
    }
    return out;
  }

  std::unique_ptr<TestSite> site_;
  int last_year_ = 0;
};

TEST_F(DemoHistoryTest, TheTitlesRecordedAreThoseTheRulesGrant) {
  for (int year = last_year_ - 3; year <= last_year_; ++year) {
    app::EligibleList counts;
    const auto met = people_with("LDTT", year, core::Verdict::kMet, &counts);
    EXPECT_EQ(counts.missing, 0) << year << ": every year of the history is complete";
    EXPECT_GT(counts.not_met, 0) << year << ": some people fall short, so the list has both kinds";
    EXPECT_EQ(holders("Lao động tiên tiến", year), met) << year;
    const auto outstanding = holders("Chiến sĩ thi đua cơ sở", year);
    EXPECT_LE(outstanding.size(), met.size() * 15 / 100) << year << ": within 15 % of Lao động tiên tiến";
    const auto eligible = people_with("CSTDCS", year, core::Verdict::kMet, nullptr);
    for (int64_t p : outstanding) EXPECT_TRUE(eligible.count(p)) << year << " person " << p;
  }
}

TEST_F(DemoHistoryTest, TheStarReachesTheProvincialTitles) {
  const int64_t an = site_->person_id("Nguyễn Văn An");
  auto e = app::person_eligibility(site_->services(), site_->actor("thuongtruc"), an, last_year_);
  ASSERT_TRUE(e.ok()) << e.error().message;
  std::map<std::string, core::Verdict> verdicts;
  for (const auto& a : e->awards) verdicts[a.code] = a.judgement.verdict;
  EXPECT_EQ(verdicts.at("LDTT"), core::Verdict::kMet);
  EXPECT_EQ(verdicts.at("CSTDCS"), core::Verdict::kMet);
  EXPECT_EQ(verdicts.at("CSTD-TINH"), core::Verdict::kMet);
  EXPECT_EQ(verdicts.at("BK-TINH"), core::Verdict::kMet);
  EXPECT_EQ(verdicts.at("CSTD-TQ"), core::Verdict::kNotMet);
  // The next award within reach: of those not met, the one wanting fewest rules.
  std::map<std::string, int> short_of;
  for (const auto& a : e->awards) {
    if (a.judgement.verdict == core::Verdict::kMet) continue;
    for (const auto& r : a.judgement.rules) short_of[a.code] += r.verdict == core::Verdict::kMet ? 0 : 1;
  }
  ASSERT_FALSE(short_of.empty());
  int fewest = 1000;
  for (const auto& [code, n] : short_of) fewest = std::min(fewest, n);
  auto token = app::create_api_token(site_->services(), site_->actor("thuongtruc"), site_->user_id("thuongtruc"),
                                     "reach", {"127.0.0.1", "reach", "tests"});
  ASSERT_TRUE(token.ok());
  auto api = site_->client()->get("/api/v1/people/" + std::to_string(an) + "/eligibility?year=" +
                                      std::to_string(last_year_),
                                  {{"Authorization", "Bearer " + token->secret}, {"Accept", "application/json"}});
  ASSERT_EQ(api.status, 200u) << api.body;
  const boost::json::value body = boost::json::parse(api.body);
  const auto& reach = body.at("within_reach").as_array();
  ASSERT_EQ(reach.size(), short_of.size()) << "every award not met, and none met";
  const std::string next(reach.at(0).at("code").as_string());
  EXPECT_EQ(reach.at(0).at("short_of").as_int64(), fewest);
  EXPECT_EQ(short_of.at(next), fewest);
  EXPECT_FALSE(reach.at(0).at("wanting").as_array().empty()) << "what is wanting, said";
  for (size_t i = 1; i < reach.size(); ++i) {
    EXPECT_LE(reach.at(i - 1).at("short_of").as_int64(), reach.at(i).at("short_of").as_int64());
  }
  auto shown = site_->session("thuongtruc")->get("/nhan-su/" + std::to_string(an) + "/dieu-kien?nam=" +
                                                 std::to_string(last_year_));
  ASSERT_EQ(shown.status, 200u);
  const auto at = shown.body.find("Danh hiệu, hình thức gần nhất trong tầm với");
  ASSERT_NE(at, std::string::npos);
  EXPECT_NE(shown.body.find("<strong>" + std::string(reach.at(0).at("name").as_string()) + "</strong>", at),
            std::string::npos);
  auto years = app::list_fact_years(site_->services(), site_->actor("thuongtruc"));
  ASSERT_TRUE(years.ok());
  EXPECT_EQ(years->declared.size(), 20u) << "four kinds, five years";
  EXPECT_EQ(years->agency.id, site_->unit_id("STNMT"));
  auto page = site_->session("thuongtruc")->get("/du-dieu-kien");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("năm " + std::to_string(last_year_)), std::string::npos)
      << "the list opens on the latest year with ratings";
}

TEST_F(DemoHistoryTest, TheCollectiveTitlesRecordedAreThoseTheRulesGrant) {
  int granted = 0, refused = 0;
  for (int year = last_year_ - 1; year <= last_year_; ++year) {
    app::EligibleList counts;
    const auto met = people_with("TTLDTT", year, core::Verdict::kMet, &counts);
    EXPECT_TRUE(counts.collective);
    EXPECT_EQ(holders("Tập thể lao động tiên tiến", year), met) << year;
    EXPECT_EQ(holders("Tập thể lao động xuất sắc", year), people_with("TTLDXS", year, core::Verdict::kMet, nullptr))
        << year;
    granted += static_cast<int>(met.size());
    refused += static_cast<int>(counts.not_met);
  }
  EXPECT_GT(granted, 0) << "some units earn Tập thể lao động tiên tiến";
  EXPECT_GT(refused, 0) << "and some fall short, so the list has both kinds";

  // One unit's page says why, rule by rule, over its members.
  const auto units = people_with("TTLDTT", last_year_, core::Verdict::kMet, nullptr);
  ASSERT_FALSE(units.empty());
  const int64_t unit = *units.begin();
  auto e = app::unit_eligibility(site_->services(), site_->actor("thuongtruc"), unit, last_year_);
  ASSERT_TRUE(e.ok()) << e.error().message;
  EXPECT_GT(e->members, 0);
  ASSERT_FALSE(e->awards.empty());
  EXPECT_EQ(e->awards.front().code, "TTLDTT");
  EXPECT_EQ(e->awards.front().judgement.verdict, core::Verdict::kMet);
  auto page = site_->session("thuongtruc")->get("/don-vi/" + std::to_string(unit) + "/dieu-kien?nam=" +
                                                std::to_string(last_year_));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Tập thể lao động tiên tiến"), std::string::npos);
  EXPECT_NE(page.body.find("thành viên đạt"), std::string::npos);
  auto list = site_->session("thuongtruc")->get("/du-dieu-kien?danh-hieu=TTLDTT&nam=" + std::to_string(last_year_));
  ASSERT_EQ(list.status, 200u);
  EXPECT_NE(list.body.find("/don-vi/" + std::to_string(unit) + "/dieu-kien"), std::string::npos);
}

// The interval since an earlier award reads the register's forms of every
// year, on the person's page and in the agency's list alike: the star, given
// a provincial Bằng khen for an achievement six years back, has since been
// rated excellent five years running with an initiative each year.
TEST_F(DemoHistoryTest, AnIntervalSinceAnEarlierAwardIsCountedAlikeOnThePageAndInTheList) {
  const int64_t an = site_->person_id("Nguyễn Văn An");
  auto judged = [&] {
    auto e = app::person_eligibility(site_->services(), site_->actor("thuongtruc"), an, last_year_);
    EXPECT_TRUE(e.ok());
    for (const auto& a : e->awards) {
      if (a.code == "BK-TTG") return a.judgement.verdict;
    }
    ADD_FAILURE() << "no BK-TTG";
    return core::Verdict::kMissing;
  };
  EXPECT_EQ(judged(), core::Verdict::kMissing) << "no provincial Bằng khen recorded";
  EXPECT_FALSE(people_with("BK-TTG", last_year_, core::Verdict::kMet, nullptr).count(an));
  core::AwardRecord a;
  a.subject = "individual";
  a.person_id = an;
  a.recipient_name = "Nguyễn Văn An";
  a.award_name = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
  a.granted_by = "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang";
  a.decision_number_symbol = "120/QĐ-UBND";
  a.decision_date = std::to_string(last_year_ - 4) + "-03-10";
  a.year = last_year_ - 5;
  a.created_at = "2026-01-01T00:00:00Z";
  a.source = core::AwardSource::kImported;
  a.level = core::AwardLevel::kProvince;
  a.occasion = core::AwardOccasion::kCampaign;
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(store::insert_award(*conn, a).ok());
  }
  EXPECT_EQ(judged(), core::Verdict::kMet);
  EXPECT_TRUE(people_with("BK-TTG", last_year_, core::Verdict::kMet, nullptr).count(an))
      << "the list reads the award from before its years too";
  // Recorded as an annual review's decision records it (occasion annual):
  // the same on both.
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE awards SET occasion = 'annual' WHERE person_id = ? AND decision_number_symbol = ?",
                           {an, std::string("120/QĐ-UBND")})
                    .ok());
  }
  EXPECT_EQ(judged(), core::Verdict::kMet);
  EXPECT_TRUE(people_with("BK-TTG", last_year_, core::Verdict::kMet, nullptr).count(an))
      << "an earlier award recorded as an annual title is read of every year too";
}

// `thidua demo` as a user gets it: last year's titles are left to that
// year's review, which is running; the units' proposals come pre-filled with
// the people the rules find eligible, the quota counted.
TEST(DemoReviewTest, LastYearsTitlesAreLeftToItsRunningReview) {
  TestSiteOptions options;
  options.people = 120;
  options.history = true;
  options.review = true;
  TestSite site(options);
  if (!site.ok()) GTEST_SKIP() << "no test site";
  const int last_year = app::current_year(site.services().clock) - 1;
  auto conn = site.db().acquire();
  auto count = [&](const std::string& sql, const store::Params& params) {
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  };
  EXPECT_EQ(count("SELECT count(*) FROM awards WHERE year = ?", {static_cast<int64_t>(last_year)}), 0)
      << "no title of last year decided yet";
  EXPECT_GT(count("SELECT count(*) FROM awards WHERE year = ?", {static_cast<int64_t>(last_year - 1)}), 0);
  EXPECT_EQ(count("SELECT count(*) FROM agency_fact_years WHERE kind = 'titles' AND year = ?",
                  {static_cast<int64_t>(last_year)}),
            0)
      << "last year's register is not complete";
  EXPECT_EQ(count("SELECT count(*) FROM campaigns WHERE kind = 'annual' AND state = 'running'", {}), 1);

  auto form = app::annual_proposal_form(site.services(), site.actor("canbo"),
                                        count("SELECT id FROM campaigns WHERE kind = 'annual'", {}), std::nullopt);
  ASSERT_TRUE(form.ok()) << form.error().message;
  EXPECT_EQ(form->year, last_year);
  bool ldtt_met = false;
  int64_t ldtt_ticked = 0, cs_offerable = 0, cs_ticked = 0;
  std::optional<app::QuotaStatus> quota;
  for (const auto& g : form->groups) {
    const auto offerable = [](const app::ProposalCandidate& c) {
      return c.verdict == core::Verdict::kMet && !c.nominated && !c.holds_title;
    };
    if (g.eligibility_code == "LDTT") {
      for (const auto& c : g.candidates) {
        ldtt_met |= offerable(c);
        ldtt_ticked += c.preselected ? 1 : 0;
        EXPECT_EQ(c.preselected, offerable(c)) << "no quota: every eligible one ticked";
      }
    }
    if (g.eligibility_code == "CSTDCS") {
      quota = g.quota;
      for (const auto& c : g.candidates) {
        cs_offerable += offerable(c) ? 1 : 0;
        cs_ticked += c.preselected ? 1 : 0;
      }
    }
  }
  EXPECT_TRUE(ldtt_met) << "people of the unit ready to propose for Lao động tiên tiến";
  ASSERT_TRUE(quota.has_value()) << "the Chiến sĩ thi đua cơ sở quota is shown";
  // Ticked: no more than the seats left once the ticked Lao động tiên tiến go too.
  const int64_t seats = std::max<int64_t>(
      0, (quota->count.base + ldtt_ticked) * quota->limit.quota.share / 100 - quota->count.used);
  EXPECT_EQ(cs_ticked, std::min(cs_offerable, seats));
  EXPECT_GT(cs_offerable, cs_ticked) << "the demo's unit has more eligible than seats: some held back";
}

}  // namespace
}  // namespace thidua::test
