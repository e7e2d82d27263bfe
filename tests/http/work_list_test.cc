// "Việc cần làm" (issue 13 #1, app/work_list.h): each kind of pending item
// appears for exactly the accounts that can act on it (route × role, on the
// API, on the home page and counted in every page's header), and disappears
// when the work is done. The
// administrator keeps accounts and the tree, not campaign work: nothing
// waits on it.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "app/decisions.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;

const bool kCovered = cover_routes({{"GET", "/api/v1/work-list"}, {"GET", "/"}});

const std::vector<std::string> kAccounts = {"admin",     "lanhdao", "thuongtruc", "hoidong",
                                            "thutruong", "canbo",   "nhanvien"};

class WorkListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    own_unit_ = site_->unit_id("PTNMT-LN");
    for (const auto& a : kAccounts) sessions_.emplace(a, site_->session(a));
  }

  int64_t insert(const std::string& statement, const std::vector<store::Param>& params = {}) {
    auto conn = site_->db().acquire();
    auto r = conn->query(statement + " RETURNING id", params);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << statement;
    return r.ok() && !r->empty() ? (*r)[0].i64(0) : 0;
  }
  void exec(const std::string& statement, const std::vector<store::Param>& params = {}) {
    auto conn = site_->db().acquire();
    auto r = conn->exec(statement, params);
    ASSERT_TRUE(r.ok()) << r.error().message << statement;
  }
  int64_t scalar(const std::string& query, const std::vector<store::Param>& params = {}) {
    auto conn = site_->db().acquire();
    auto r = conn->query(query, params);
    EXPECT_TRUE(r.ok() && !r->empty()) << query;
    return r.ok() && !r->empty() ? (*r)[0].i64(0) : 0;
  }
  // A person of PTNMT-LN with no account (so no account's own record).
  int64_t person_in_own_unit() {
    return scalar(
        "SELECT MIN(p.id) FROM people p WHERE p.unit_id = ? AND NOT EXISTS (SELECT 1 FROM users u WHERE "
        "u.person_id = p.id)",
        {own_unit_});
  }
  int64_t award_type() { return scalar("SELECT MIN(id) FROM campaign_award_types WHERE campaign_id = 1"); }

  // The accounts whose work list holds `kind`, each with the count and link
  // the API gives.
  std::set<std::string> holders(const std::string& kind, int64_t expect_count, const std::string& href_part) {
    std::set<std::string> out;
    for (auto& [name, s] : sessions_) {
      auto r = s->get("/api/v1/work-list");
      EXPECT_EQ(r.status, 200u) << name << r.body;
      auto doc = json::parse(r.body).as_object();
      int64_t sum = 0;
      for (const auto& item : doc.at("items").as_array()) {
        sum += item.at("count").as_int64();
        if (item.at("kind") != kind.c_str()) continue;
        out.insert(name);
        EXPECT_EQ(item.at("count").as_int64(), expect_count) << name << " " << kind;
        EXPECT_EQ(item.at("campaign_id").as_int64(), 1) << name;
        EXPECT_NE(std::string(item.at("href").as_string()).find(href_part), std::string::npos) << item.at("href");
      }
      EXPECT_EQ(doc.at("total").as_int64(), sum) << name;
    }
    return out;
  }

  std::unique_ptr<TestSite> site_;
  int64_t own_unit_ = 0;
  std::map<std::string, UserSession> sessions_;
};

using Set = std::set<std::string>;

TEST_F(WorkListTest, NothingWaitsOnAQuietDemo) {
  ASSERT_TRUE(kCovered);
  for (auto& [name, s] : sessions_) {
    auto r = s->get("/api/v1/work-list");
    ASSERT_EQ(r.status, 200u);
    EXPECT_EQ(json::parse(r.body).at("total").as_int64(), 0) << name << r.body;
    auto home = s->get("/");
    EXPECT_NE(home.body.find("Hiện không có việc nào chờ bạn."), std::string::npos) << name;
  }
  auto anonymous = site_->client()->get("/api/v1/work-list");
  EXPECT_EQ(anonymous.status, 401u);
}

TEST_F(WorkListTest, RegistrationsWaitOnTheUnitHeadThenOnTheUnitWhenReturned) {
  exec("UPDATE campaigns SET registration_deadline = '2023-07-15' WHERE id = 1");
  const int64_t reg = insert(
      "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, submitted_at, "
      "created_at, updated_at) VALUES (1, ?, 'individual', ?, ?, 'submitted', '2023-07-01T00:00:00.000Z', 'x', 'x')",
      {own_unit_, person_in_own_unit(), "p:" + std::to_string(person_in_own_unit())});
  EXPECT_EQ(holders("registrations_to_approve", 1, "/dot-thi-dua/1/dang-ky?trang-thai=submitted"),
            (Set{"thutruong"}));
  // The home page lists it with its link and the deadline passed.
  auto home = sessions_.at("thutruong")->get("/");
  EXPECT_NE(home.body.find("1 bản đăng ký thi đua chờ duyệt"), std::string::npos) << home.body;
  EXPECT_NE(home.body.find("href=\"/dot-thi-dua/1/dang-ky?trang-thai=submitted\""), std::string::npos);
  EXPECT_NE(home.body.find("class=\"late\""), std::string::npos) << "the seed plan's deadline has passed";
  EXPECT_NE(home.body.find("đã quá hạn"), std::string::npos);
  // Every page's header counts it beside the notifications; others see none.
  auto other = sessions_.at("thutruong")->get("/thong-bao");
  EXPECT_NE(other.body.find("aria-label=\"1 việc chờ bạn\""), std::string::npos) << other.body;
  EXPECT_EQ(sessions_.at("canbo")->get("/thong-bao").body.find("việc chờ bạn"), std::string::npos);

  exec("UPDATE registrations SET state = 'returned' WHERE id = ?", {reg});
  EXPECT_EQ(holders("registrations_to_approve", 1, ""), Set{});
  EXPECT_EQ(holders("registrations_returned", 1, "trang-thai=returned"), (Set{"thutruong", "canbo"}));
  exec("UPDATE registrations SET state = 'approved' WHERE id = ?", {reg});
  EXPECT_EQ(holders("registrations_returned", 1, ""), Set{});
}

// What another must act on never waits on its author or its subject; the
// person whose registration was returned sees it as theirs.
TEST_F(WorkListTest, OwnRecordsWaitOnOthersAndAReturnedRegistrationOnItsPerson) {
  const int64_t head_person = scalar("SELECT person_id FROM users WHERE username = 'thutruong'");
  const int64_t head_user = site_->user_id("thutruong");
  insert(
      "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, entered_by, "
      "submitted_by, submitted_at, created_at, updated_at) VALUES (1, ?, 'individual', ?, ?, 'submitted', ?, ?, "
      "'2023-07-01T00:00:00.000Z', 'x', 'x')",
      {own_unit_, head_person, "p:" + std::to_string(head_person), head_user, head_user});
  EXPECT_EQ(holders("registrations_to_approve", 1, ""), Set{}) << "the head's own registration waits above the unit";
  const int64_t staff = scalar("SELECT person_id FROM users WHERE username = 'nhanvien'");
  const int64_t reg = insert(
      "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, submitted_at, "
      "created_at, updated_at) VALUES (1, ?, 'individual', ?, ?, 'returned', '2023-07-01T00:00:00.000Z', 'x', 'x')",
      {own_unit_, staff, "p:" + std::to_string(staff)});
  EXPECT_EQ(holders("own_registration_returned", 1, "trang-thai=returned"), (Set{"nhanvien"}));
  EXPECT_EQ(holders("registrations_returned", 1, ""), (Set{"thutruong", "canbo"}));
  // Once the campaign no longer takes registrations, nothing can be sent again.
  exec("UPDATE campaigns SET state = 'closed' WHERE id = 1");
  EXPECT_EQ(holders("own_registration_returned", 1, ""), Set{});
  EXPECT_EQ(holders("registrations_returned", 1, ""), Set{});
  exec("UPDATE campaigns SET state = 'running' WHERE id = 1");
  exec("UPDATE registrations SET state = 'submitted' WHERE id = ?", {reg});
  EXPECT_EQ(holders("own_registration_returned", 1, ""), Set{});
}

TEST_F(WorkListTest, NominationsWaitOnWhoeverActsNext) {
  const int64_t person = person_in_own_unit();
  const int64_t nom = insert(
      "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, report, state, "
      "submitted_at) VALUES (1, ?, ?, 'individual', ?, ?, 'Báo cáo', 'pending', '2023-10-01T00:00:00Z')",
      {award_type(), own_unit_, person, "p:" + std::to_string(person)});
  EXPECT_EQ(holders("nominations_to_approve", 1, "trang-thai=pending"), (Set{"thutruong"}));
  exec("UPDATE nominations SET state = 'submitted' WHERE id = ?", {nom});
  EXPECT_EQ(holders("nominations_to_approve", 1, ""), Set{});
  EXPECT_EQ(holders("nominations_to_review", 1, "trang-thai=submitted"), (Set{"thuongtruc"}));
  exec("UPDATE nominations SET state = 'returned' WHERE id = ?", {nom});
  EXPECT_EQ(holders("nominations_returned", 1, "trang-thai=returned"), (Set{"thutruong", "canbo"}));
  exec("UPDATE campaigns SET nomination_deadline = '2023-10-15' WHERE id = 1");
  EXPECT_EQ(holders("nominations_returned", 1, ""), Set{}) << "past the deadline it cannot be sent again";
  exec("UPDATE campaigns SET nomination_deadline = NULL WHERE id = 1");
  exec("UPDATE nominations SET state = 'passed' WHERE id = ?", {nom});
  EXPECT_EQ(holders("decisions_to_draft", 1, "/quyet-dinh"), (Set{"thuongtruc"}));
  // Drafted (by the use case): the leader approves next.
  const app::RequestMeta meta{"127.0.0.1", "work-list", "tests"};
  auto decision = app::draft_decision(site_->services(), site_->actor("thuongtruc"), 1, award_type(),
                                      std::vector<int64_t>{nom}, meta);
  ASSERT_TRUE(decision.ok()) << decision.error().message;
  EXPECT_EQ(holders("decisions_to_draft", 1, ""), Set{});
  EXPECT_EQ(holders("decisions_to_approve", 1, "/quyet-dinh"), (Set{"lanhdao"}));
  auto approved = app::approve_decision(site_->services(), site_->actor("lanhdao"), 1, *decision, meta);
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(holders("decisions_to_approve", 1, ""), Set{});
}

TEST_F(WorkListTest, DifficultiesWaitOnTheOfficeAndPlansOnTheLeader) {
  const int64_t d = insert(
      "INSERT INTO difficulties (campaign_id, unit_id, title, body, raised_at) VALUES (1, ?, 'Thiếu máy quét', '', "
      "'2023-07-01T00:00:00Z')",
      {own_unit_});
  EXPECT_EQ(holders("difficulties_open", 1, "chua-tra-loi"), (Set{"thuongtruc"}));
  exec("UPDATE difficulties SET answer = 'Đã điều chuyển', answered_at = '2023-07-02T00:00:00Z' WHERE id = ?", {d});
  EXPECT_EQ(holders("difficulties_open", 1, ""), Set{});

  exec("UPDATE campaigns SET state = 'draft' WHERE id = 1");
  EXPECT_EQ(holders("plan_to_approve", 1, "/dot-thi-dua/1"), (Set{"lanhdao"}));
  exec("UPDATE campaigns SET state = 'approved' WHERE id = 1");
  EXPECT_EQ(holders("plan_to_approve", 1, ""), Set{});
}

TEST_F(WorkListTest, ABallotWaitsOnTheMembersPresentUntilTheyVote) {
  const int64_t person = person_in_own_unit();
  const int64_t nom = insert(
      "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, report, state, "
      "submitted_at) VALUES (1, ?, ?, 'individual', ?, ?, 'Báo cáo', 'accepted', '2023-10-01T00:00:00Z')",
      {award_type(), own_unit_, person, "p:" + std::to_string(person)});
  const int64_t council = scalar("SELECT MIN(id) FROM councils");
  const int64_t session = insert(
      "INSERT INTO council_sessions (campaign_id, council_id, held_on, state, created_at) VALUES (1, ?, '2023-10-20', "
      "'voting', 'x')",
      {council});
  const int64_t item = insert("INSERT INTO session_items (session_id, nomination_id, ord) VALUES (?, ?, 1)",
                              {session, nom});
  const int64_t member = scalar("SELECT m.id FROM council_members m JOIN users u ON u.id = m.user_id WHERE "
                                "u.username = 'hoidong'");
  const int64_t chair = scalar("SELECT m.id FROM council_members m JOIN users u ON u.id = m.user_id WHERE "
                               "u.username = 'lanhdao'");
  exec("INSERT INTO session_attendance (session_id, member_id, present) VALUES (?, ?, 1), (?, ?, 0)",
       {session, member, session, chair});
  EXPECT_EQ(holders("ballots_to_cast", 1, "/hoi-dong/phien/" + std::to_string(session)), (Set{"hoidong"}))
      << "present members only, whatever their roles";
  exec("INSERT INTO ballot_marks (id, item_id, member_id) VALUES ('m1', ?, ?)", {item, member});
  EXPECT_EQ(holders("ballots_to_cast", 1, ""), Set{});
}

}  // namespace
}  // namespace thidua::test
