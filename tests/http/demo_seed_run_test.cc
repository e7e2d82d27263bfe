// The full demo (issue 14 #5), on the engine under test: the seed campaign of
// 2023 issued, decided, published and answered through the use cases under
// the names, accounts and council of 2023, before the 2025 reorganisation;
// then last year's and this year's campaigns of the merged Department.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <boost/json.hpp>

#include "support/test_server.h"

namespace thidua::test {
namespace {

class DemoSeedRunTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    TestSiteOptions options;
    options.people = 300;
    options.history = true;
    options.review = true;
    options.activity = true;
    site_ = new TestSite(options);
  }
  static void TearDownTestSuite() {
    delete site_;
    site_ = nullptr;
  }
  void SetUp() override {
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  static store::Rows rows(const std::string& sql, const std::vector<store::Param>& params = {}) {
    auto conn = site_->services().db.acquire();
    auto r = conn->query(sql, params);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << " " << sql;
    return r.ok() ? *r : store::Rows{};
  }
  static int64_t number(const std::string& sql, const std::vector<store::Param>& params = {}) {
    auto r = rows(sql, params);
    return r.empty() ? -1 : r[0].i64(0);
  }
  static std::string text(const std::string& sql, const std::vector<store::Param>& params = {}) {
    auto r = rows(sql, params);
    return r.empty() ? "" : r[0].str(0);
  }
  static TestSite* site_;
};

TestSite* DemoSeedRunTest::site_ = nullptr;

TEST_F(DemoSeedRunTest, ThePlanWasIssuedInJune2023WithTheNumberAfterThePaperOnes) {
  auto plan = rows("SELECT state, number, issue_date, date_text, doc_symbol, place FROM campaigns WHERE id = 1");
  ASSERT_EQ(plan.size(), 1u);
  EXPECT_EQ(plan[0].str(0), "finalised");
  EXPECT_EQ(plan[0].i64(1), 38) << "the register had reached 37 on paper";
  EXPECT_EQ(plan[0].str(2), "2023-06-12");
  EXPECT_EQ(plan[0].str(3), "ngày 12 tháng 6 năm 2023");
  EXPECT_EQ(plan[0].str(4), "KH-STNMT");
  EXPECT_EQ(plan[0].str(5), "Bắc Giang") << "the place of 2023";
  // Drafted by the office, approved by the Director, published, run, closed and
  // finalised by the office: every step dated in 2023, by the accounts of 2023.
  auto events = rows(
      "SELECT e.to_state, e.at, COALESCE(u.username, '') FROM campaign_events e "
      "LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.campaign_id = 1 ORDER BY e.id");
  std::vector<std::string> states;
  for (const auto& e : events) {
    states.push_back(e.str(0));
    EXPECT_EQ(e.str(1).substr(0, 4), "2023") << e.str(0);
    EXPECT_EQ(e.str(2), e.str(0) == "approved" ? "lanhdao" : "thuongtruc") << e.str(0);
  }
  EXPECT_EQ(states, (std::vector<std::string>{"draft", "approved", "published", "running", "closed", "finalised"}));
}

// The campaign names its issuing agency as it was when the plan was issued,
// and as it is today, in the API and on its page and in the list.
TEST_F(DemoSeedRunTest, ThePlanNamesItsAgencyAsItWasThenAndAsItIsNow) {
  auto office = site_->session("thuongtruc");
  HttpResult got = office->get("/api/v1/campaigns/1");
  ASSERT_EQ(got.status, 200u);
  const auto plan = boost::json::parse(got.body).as_object();
  EXPECT_EQ(plan.at("issuing_unit_name_at_issue").as_string(), "Sở Tài nguyên và Môi trường tỉnh Bắc Giang");
  EXPECT_EQ(plan.at("issuing_unit_name").as_string(), "Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh");
  const auto list = boost::json::parse(office->get("/api/v1/campaigns?page_size=100").body).as_object();
  for (const auto& item : list.at("items").as_array()) {
    const auto& c = item.as_object();
    const bool seed = c.at("id").as_int64() == 1;
    EXPECT_EQ(c.at("issuing_unit_name_at_issue").as_string(),
              seed ? "Sở Tài nguyên và Môi trường tỉnh Bắc Giang" : "Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh")
        << c.at("id").as_int64();
  }
  const std::string page = office->get("/dot-thi-dua/1").body;
  EXPECT_NE(page.find("Sở Tài nguyên và Môi trường tỉnh Bắc Giang (nay là Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh)"),
            std::string::npos);
  const std::string listed = office->get("/dot-thi-dua").body;
  EXPECT_NE(listed.find("(nay là Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh)"), std::string::npos);
  const std::string other = office->get("/dot-thi-dua/2").body;
  EXPECT_EQ(other.find("nay là"), std::string::npos) << "named alike then and now";
}

TEST_F(DemoSeedRunTest, TheLucNamOfficeWorkedWithItsOwnAccountsIn2023) {
  const int64_t office = number("SELECT id FROM units WHERE code = 'PTNMT-LN'");
  // Registrations of the office entered by canbo, approved by thutruong,
  // while the office existed (it was dissolved on 1/7/2025).
  EXPECT_GT(number("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.actor_user_id "
                   "WHERE a.action = 'registration.create' AND u.username = 'canbo' AND a.at < '2024'"),
            0);
  EXPECT_GT(number("SELECT COUNT(*) FROM audit_log a JOIN users u ON u.id = a.actor_user_id "
                   "WHERE a.action = 'registration.approve' AND u.username = 'thutruong' AND a.at < '2024'"),
            0);
  EXPECT_GT(number("SELECT COUNT(*) FROM registrations WHERE campaign_id = 1 AND unit_id = ?", {office}), 1)
      << "the office and its staff registered";
  EXPECT_EQ(text("SELECT valid_to FROM units WHERE id = ?", {office}), "2025-07-01");
  // Its work in the campaigns since is the branch's that took its people.
  EXPECT_EQ(number("SELECT COUNT(*) FROM registrations WHERE campaign_id <> 1 AND unit_id = ?", {office}), 0);
}

TEST_F(DemoSeedRunTest, TheCouncilOf2023VotedAndTheDirectorDecided) {
  // The session belongs to the Department's council of 2023 (the merged
  // Department's was set up in 2025), held in October 2023.
  auto session = rows("SELECT s.held_on, s.state, c.name FROM council_sessions s JOIN councils c ON c.id = s.council_id "
                      "WHERE s.campaign_id = 1");
  ASSERT_EQ(session.size(), 1u);
  EXPECT_EQ(session[0].str(0), "2023-10-13");
  EXPECT_EQ(session[0].str(1), "closed");
  EXPECT_EQ(number("SELECT MIN(id) FROM councils"),
            number("SELECT council_id FROM council_sessions WHERE campaign_id = 1"));
  EXPECT_GT(number("SELECT COUNT(*) FROM nominations WHERE campaign_id = 1 AND state = 'failed'"), 0)
      << "the council refused one";
  auto own = rows("SELECT number, issue_date, doc_symbol FROM decisions WHERE campaign_id = 1 AND kind = 'decision'");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].i64(0), 319);
  EXPECT_EQ(own[0].str(1), "2023-10-18");
  EXPECT_EQ(own[0].str(2), "QĐ-STNMT");
  EXPECT_GE(number("SELECT COUNT(*) FROM awards WHERE campaign_id = 1 AND granted_by = 'Giám đốc Sở' AND year = 2023 "
                   "AND decision_number_symbol = '319/QĐ-STNMT'"),
            3);
}

TEST_F(DemoSeedRunTest, TheChairmanAndTheMinisterAnsweredItsProposalsIn2023) {
  auto proposals = rows(
      "SELECT t.code, d.number, d.answer, d.answer_number_symbol, d.answer_date FROM decisions d "
      "JOIN campaign_award_types t ON t.id = d.award_type_id WHERE d.campaign_id = 1 AND d.kind = 'proposal' "
      "ORDER BY d.id");
  ASSERT_EQ(proposals.size(), 2u);
  EXPECT_EQ(proposals[0].str(0), "BK-CT-UBND-TINH");
  EXPECT_EQ(proposals[0].i64(1), 53);
  EXPECT_EQ(proposals[0].str(2), "granted");
  EXPECT_EQ(proposals[0].str(3), "2187/QĐ-UBND");
  EXPECT_EQ(proposals[0].str(4), "2023-10-30");
  EXPECT_EQ(proposals[1].str(0), "BK-BO-TNMT");
  EXPECT_EQ(proposals[1].str(3), "3015/QĐ-BTNMT");
  // Their awards joined the register under the authority of 2023, with the
  // answer's number and date, each on its person's or unit's history.
  auto minister = rows("SELECT granted_by, decision_date, year, subject, person_id, unit_id FROM awards "
                       "WHERE campaign_id = 1 AND decision_number_symbol = '3015/QĐ-BTNMT'");
  ASSERT_FALSE(minister.empty());
  for (const auto& a : minister) {
    EXPECT_EQ(a.str(0), "Bộ Tài nguyên và Môi trường") << "not the ministry's name of 2025";
    EXPECT_EQ(a.str(1), "2023-11-03");
    EXPECT_EQ(a.i64(2), 2023);
    EXPECT_TRUE(a.str(3) == "collective" ? a.opt_i64(5).has_value() : a.opt_i64(4).has_value());
  }
  EXPECT_GT(number("SELECT COUNT(*) FROM awards WHERE campaign_id = 1 AND decision_number_symbol = '2187/QĐ-UBND' "
                   "AND granted_by = 'Chủ tịch UBND tỉnh'"),
            0);
  // Last year's campaign names the ministry as it is since 2025.
  EXPECT_EQ(number("SELECT COUNT(*) FROM campaign_award_types WHERE campaign_id <> 1 AND code = 'BK-BO-TNMT' "
                   "AND granted_by <> 'Bộ Nông nghiệp và Môi trường'"),
            0);
}

TEST_F(DemoSeedRunTest, ItsClosingDocumentsWereIssuedInNovember2023AndTheRestCameAfter) {
  auto reports = rows("SELECT doc_symbol, number, issue_date FROM campaign_reports WHERE campaign_id = 1 ORDER BY kind");
  ASSERT_EQ(reports.size(), 2u);
  for (const auto& r : reports) EXPECT_EQ(r.str(2), "2023-11-20") << r.str(0);
  // Then the reorganisation of 2025, and the campaigns of the merged
  // Department, numbered in their own years.
  EXPECT_EQ(number("SELECT COUNT(*) FROM reorganisations"), 15);
  auto later = rows("SELECT number, issue_date, doc_symbol FROM campaigns WHERE id > 1 AND kind <> 'annual' ORDER BY id");
  ASSERT_EQ(later.size(), 2u);
  for (const auto& c : later) {
    EXPECT_EQ(c.str(2), "KH-SNNMT");
    EXPECT_GT(c.str(1), "2025-07-01");
  }
  // Nothing of the seed campaign was dated after 2023.
  EXPECT_EQ(number("SELECT COUNT(*) FROM campaign_events WHERE campaign_id = 1 AND at >= '2024'"), 0);
  EXPECT_EQ(number("SELECT COUNT(*) FROM awards WHERE campaign_id = 1 AND year <> 2023"), 0);
}

}  // namespace
}  // namespace thidua::test
