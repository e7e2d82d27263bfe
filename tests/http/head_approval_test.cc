// The unit head's approval of the annual review's proposals (issue 11 #3:
// "the unit head approves; the office checks"): a unit officer's proposals
// wait as pending, the office cannot take them until the head approves (one,
// or the unit's together, all or none) or returns them with a reason; the
// officer's resubmission waits again; a head's own submission is its
// approval; a proposal of the head waits for a head above. Over real HTTP on
// both engines.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "app/access.h"
#include "app/annual_review.h"
#include "app/users.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "route_coverage.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;
using core::CampaignState;

const bool kCovered = cover_routes({
    {"POST", "/api/v1/campaigns/{id}/nominations/{nid}/head-approve"},
    {"POST", "/api/v1/campaigns/{id}/nominations/{nid}/head-return"},
    {"POST", "/api/v1/campaigns/{id}/annual-proposals/approve"},
    {"POST", "/dot-thi-dua/{id}/de-nghi/{nid}/thu-truong-duyet"},
    {"POST", "/dot-thi-dua/{id}/de-nghi/{nid}/thu-truong-tra-lai"},
    {"GET", "/dot-thi-dua/{id}/de-xuat-nam/duyet"},
    {"POST", "/dot-thi-dua/{id}/de-xuat-nam/duyet"},
});

class HeadApprovalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TestSiteOptions options;
    options.people = 60;
    options.history = true;
    site_ = std::make_unique<TestSite>(options);
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    year_ = app::current_year(site_->services().clock) - 1;
    unit_ = site_->unit_id("PTNMT-LN");
    auto id = app::open_annual_review(s(), site_->actor("thuongtruc"), site_->unit_id("STNMT"), year_, meta());
    ASSERT_TRUE(id.ok()) << id.error().message;
    campaign_ = *id;
    move("lanhdao", CampaignState::kApproved);
    move("thuongtruc", CampaignState::kPublished);
    move("thuongtruc", CampaignState::kRunning);
    // The year's titles are the review's to decide.
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("DELETE FROM awards WHERE year = ?", {static_cast<int64_t>(year_)}).ok());
    auto view = app::get_campaign(s(), site_->actor("thuongtruc"), campaign_);
    ASSERT_TRUE(view.ok());
    const core::Campaign campaign = view->campaign;
    for (const auto& a : campaign.award_types) {
      if (a.code == "LDTT") ldtt_ = a.id;
    }
    ASSERT_GT(ldtt_, 0);
    auto rows = conn->query("SELECT id FROM people WHERE unit_id = ? AND full_name <> ? ORDER BY id LIMIT 3",
                            {unit_, std::string("Vũ Mạnh Hùng")});
    ASSERT_TRUE(rows.ok());
    for (const auto& r : *rows) people_.push_back(r.i64(0));
    ASSERT_EQ(people_.size(), 3u);
  }
  const app::Services& s() { return site_->services(); }
  app::RequestMeta meta() const { return {"127.0.0.1", "head-approval", "tests"}; }
  void move(const std::string& user, CampaignState to) {
    auto view = app::get_campaign(s(), app::system_actor(), campaign_);
    ASSERT_TRUE(view.ok());
    auto moved = app::move_campaign(s(), site_->actor(user), campaign_, to, view->summary.version, meta());
    ASSERT_TRUE(moved.ok()) << moved.error().message;
  }
  Headers as(const std::string& user) {
    auto t = app::create_api_token(s(), site_->actor(user), site_->user_id(user), "head-approval", meta());
    EXPECT_TRUE(t.ok());
    return {{"Authorization", "Bearer " + (t.ok() ? t->secret : std::string())},
            {"Content-Type", "application/json"},
            {"Accept", "application/json"}};
  }
  std::string api() const { return "/api/v1/campaigns/" + std::to_string(campaign_); }
  // Proposes `people` for Lao động tiên tiến as `user`; the nominations' ids.
  std::vector<int64_t> propose(const std::string& user, const std::vector<int64_t>& people) {
    json::array picks;
    for (int64_t p : people) picks.push_back(json::object{{"award_type_id", ldtt_}, {"person_id", p}});
    auto sent = site_->client()->request("POST", api() + "/annual-proposals",
                                         json::serialize(json::object{{"unit_id", unit_}, {"picks", picks}}), as(user));
    EXPECT_EQ(sent.status, 201u) << sent.body;
    std::vector<int64_t> ids;
    if (sent.status != 201u) return ids;
    const json::value body = json::parse(sent.body);
    for (const auto& v : body.at("nomination_ids").as_array()) ids.push_back(v.as_int64());
    return ids;
  }
  std::string state(int64_t nomination) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT state FROM nominations WHERE id = ?", {nomination});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    return rows.ok() && !rows->empty() ? (*rows)[0].str(0) : "";
  }
  int64_t version(int64_t nomination) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT version FROM nominations WHERE id = ?", {nomination});
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : -1;
  }
  HttpResult act(const std::string& user, int64_t nomination, const std::string& what, json::object body) {
    body["version"] = version(nomination);
    return site_->client()->request("POST", api() + "/nominations/" + std::to_string(nomination) + "/" + what,
                                    json::serialize(body), as(user));
  }
  int64_t audits(const std::string& action, int64_t nomination) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT count(*) FROM audit_log WHERE action = ? AND entity_id = ?",
                            {action, std::to_string(nomination)});
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }

  std::unique_ptr<TestSite> site_;
  int year_ = 0;
  int64_t unit_ = 0;
  int64_t campaign_ = 0;
  int64_t ldtt_ = 0;
  std::vector<int64_t> people_;
};

TEST_F(HeadApprovalTest, TheOfficersProposalsWaitForTheHeadBeforeTheOfficeTakesThem) {
  const auto ids = propose("canbo", {people_[0], people_[1]});
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(state(ids[0]), "pending");
  EXPECT_EQ(state(ids[1]), "pending");
  // The office cannot take what the head has not approved.
  auto early = act("thuongtruc", ids[0], "accept", {});
  EXPECT_EQ(early.status, 409u) << early.body;
  EXPECT_EQ(state(ids[0]), "pending");
  // Neither the officer nor the office approves for the head.
  EXPECT_EQ(act("canbo", ids[0], "head-approve", {}).status, 403u);
  EXPECT_EQ(act("thuongtruc", ids[0], "head-approve", {}).status, 403u);
  EXPECT_EQ(act("nhanvien", ids[0], "head-approve", {}).status, 404u) << "a staff member does not see it";
  // The head sees the approval offered, and approves.
  auto seen = site_->client()->get(api() + "/nominations/" + std::to_string(ids[0]), as("thutruong"));
  ASSERT_EQ(seen.status, 200u) << seen.body;
  EXPECT_TRUE(json::parse(seen.body).at("can_head_review").as_bool());
  auto approved = act("thutruong", ids[0], "head-approve", {});
  ASSERT_EQ(approved.status, 200u) << approved.body;
  const json::value after = json::parse(approved.body);
  EXPECT_EQ(after.at("state").as_string(), "submitted");
  EXPECT_FALSE(after.at("approved_at").is_null());
  EXPECT_EQ(audits("nomination.head_approve", ids[0]), 1);
  // Twice: the second finds it no longer pending.
  EXPECT_EQ(act("thutruong", ids[0], "head-approve", {}).status, 409u);
  // Now the office takes it.
  auto accepted = act("thuongtruc", ids[0], "accept", {});
  EXPECT_EQ(accepted.status, 200u) << accepted.body;
  EXPECT_EQ(state(ids[0]), "accepted");
}

TEST_F(HeadApprovalTest, TheHeadReturnsWithAReasonAndTheResubmissionWaitsAgain) {
  const auto ids = propose("canbo", {people_[0]});
  ASSERT_EQ(ids.size(), 1u);
  auto blank = act("thutruong", ids[0], "head-return", {{"reason", "  "}});
  EXPECT_EQ(blank.status, 422u) << blank.body;
  EXPECT_EQ(state(ids[0]), "pending") << "nothing changed on a bad request";
  auto returned = act("thutruong", ids[0], "head-return", {{"reason", "Bổ sung số liệu năm."}});
  ASSERT_EQ(returned.status, 200u) << returned.body;
  EXPECT_EQ(state(ids[0]), "returned");
  EXPECT_EQ(json::parse(returned.body).at("return_reason").as_string(), "Bổ sung số liệu năm.");
  EXPECT_EQ(audits("nomination.head_return", ids[0]), 1);
  auto returned_page = site_->session("canbo")->get("/dot-thi-dua/" + std::to_string(campaign_) + "/de-nghi/" +
                                                    std::to_string(ids[0]));
  ASSERT_EQ(returned_page.status, 200u);
  EXPECT_NE(returned_page.body.find("Thủ trưởng đơn vị trả lại, lý do"), std::string::npos);
  EXPECT_EQ(returned_page.body.find("Ngày xét"), std::string::npos) << "not the office's review";
  // The officer edits and resubmits: it waits for the head again.
  auto resent = site_->client()->request(
      "PUT", api() + "/nominations/" + std::to_string(ids[0]),
      json::serialize(json::object{{"report", "Báo cáo đã bổ sung số liệu."}, {"version", version(ids[0])}}),
      as("canbo"));
  ASSERT_EQ(resent.status, 200u) << resent.body;
  EXPECT_EQ(state(ids[0]), "pending");
  // The pages: the head approves from the nomination's page.
  auto head = site_->session("thutruong");
  const std::string page = "/dot-thi-dua/" + std::to_string(campaign_) + "/de-nghi/" + std::to_string(ids[0]);
  auto shown = head->get(page);
  ASSERT_EQ(shown.status, 200u);
  EXPECT_NE(shown.body.find("Duyệt và gửi Thường trực"), std::string::npos);
  EXPECT_NE(shown.body.find("Chờ thủ trưởng đơn vị duyệt"), std::string::npos);
  auto empty_reason = head.post_form(page + "/thu-truong-tra-lai", {{"version", std::to_string(version(ids[0]))},
                                                                   {"reason", ""}});
  EXPECT_EQ(empty_reason.status, 422u);
  EXPECT_NE(empty_reason.body.find("Cần ghi lý do trả lại"), std::string::npos);
  auto ok = head.post_form(page + "/thu-truong-duyet", {{"version", std::to_string(version(ids[0]))}});
  EXPECT_EQ(ok.status, 303u) << ok.body.substr(0, 300);
  EXPECT_EQ(state(ids[0]), "submitted");
}

TEST_F(HeadApprovalTest, TheHeadApprovesTheUnitsProposalsTogetherAllOrNone) {
  const auto ids = propose("canbo", {people_[0], people_[1], people_[2]});
  ASSERT_EQ(ids.size(), 3u);
  auto bulk = [&](const std::string& user, const std::vector<int64_t>& which) {
    return site_->client()->request(
        "POST", api() + "/annual-proposals/approve",
        json::serialize(json::object{{"unit_id", unit_}, {"ids", json::array(which.begin(), which.end())}}), as(user));
  };
  // One of them returned meanwhile: none is approved.
  ASSERT_EQ(act("thutruong", ids[2], "head-return", {{"reason", "Chưa đủ minh chứng."}}).status, 200u);
  auto mixed = bulk("thutruong", {ids[0], ids[2]});
  EXPECT_EQ(mixed.status, 409u) << mixed.body;
  EXPECT_NE(mixed.body.find("chưa đề nghị nào được duyệt"), std::string::npos) << mixed.body;
  EXPECT_EQ(state(ids[0]), "pending");
  EXPECT_EQ(bulk("canbo", {ids[0]}).status, 403u);
  EXPECT_EQ(bulk("thutruong", {}).status, 422u);
  // The head's page lists the pending ones ticked; approving them sends them on.
  auto head = site_->session("thutruong");
  const std::string page =
      "/dot-thi-dua/" + std::to_string(campaign_) + "/de-xuat-nam/duyet?don-vi=" + std::to_string(unit_);
  auto shown = head->get(page);
  ASSERT_EQ(shown.status, 200u);
  EXPECT_NE(shown.body.find("value=\"" + std::to_string(ids[0]) + "\""), std::string::npos);
  EXPECT_EQ(shown.body.find("value=\"" + std::to_string(ids[2]) + "\""), std::string::npos) << "returned: not listed";
  auto proposals = head->get("/dot-thi-dua/" + std::to_string(campaign_) + "/de-xuat-nam");
  ASSERT_EQ(proposals.status, 200u);
  EXPECT_NE(proposals.body.find("2 đề nghị của đơn vị đang chờ thủ trưởng đơn vị duyệt"), std::string::npos);
  auto officer = site_->session("canbo");
  EXPECT_EQ(officer->get(page).status, 403u) << "the officer has no approval page";
  auto posted = head.post_form("/dot-thi-dua/" + std::to_string(campaign_) + "/de-xuat-nam/duyet",
                               {{"don-vi", std::to_string(unit_)},
                                {"chon", std::to_string(ids[0])},
                                {"chon", std::to_string(ids[1])}});
  EXPECT_EQ(posted.status, 303u) << posted.body.substr(0, 300);
  EXPECT_EQ(state(ids[0]), "submitted");
  EXPECT_EQ(state(ids[1]), "submitted");
  EXPECT_EQ(state(ids[2]), "returned");
}

TEST_F(HeadApprovalTest, AHeadsOwnSubmissionIsItsApprovalButNeverOfThemselves) {
  const int64_t head_person = site_->person_id("Vũ Mạnh Hùng");
  ASSERT_GT(head_person, 0);
  auto approved_by = [&](int64_t nomination) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT approved_by FROM nominations WHERE id = ?", {nomination});
    EXPECT_TRUE(rows.ok() && !rows->empty());
    return rows.ok() && !rows->empty() ? (*rows)[0].opt_i64(0) : std::nullopt;
  };
  // The head proposes: approved by the submission itself.
  const auto mine = propose("thutruong", {people_[2]});
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(state(mine[0]), "submitted");
  EXPECT_EQ(approved_by(mine[0]), std::optional<int64_t>(site_->user_id("thutruong")));
  // The head proposed by the officer: no head approves their own, so it goes
  // to the office directly, approved by nobody.
  const auto of_head = propose("canbo", {head_person});
  ASSERT_EQ(of_head.size(), 1u);
  EXPECT_EQ(state(of_head[0]), "submitted");
  EXPECT_EQ(approved_by(of_head[0]), std::nullopt);
  // One that concerns the head and still waits (he became head since): refused to him.
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE nominations SET state = 'pending' WHERE id = ?", {of_head[0]}).ok());
  }
  auto own = act("thutruong", of_head[0], "head-approve", {});
  EXPECT_EQ(own.status, 403u) << own.body;
  EXPECT_NE(own.body.find("own_record"), std::string::npos) << own.body;
  EXPECT_EQ(state(of_head[0]), "pending");
  auto page = site_->session("thutruong")->get("/dot-thi-dua/" + std::to_string(campaign_) +
                                               "/de-xuat-nam/duyet?don-vi=" + std::to_string(unit_));
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("bạn không tự duyệt"), std::string::npos);
  EXPECT_EQ(page.body.find("value=\"" + std::to_string(of_head[0]) + "\""), std::string::npos);
  auto bulk = site_->client()->request(
      "POST", api() + "/annual-proposals/approve",
      json::serialize(json::object{{"unit_id", unit_}, {"ids", json::array{of_head[0]}}}), as("thutruong"));
  EXPECT_EQ(bulk.status, 403u) << bulk.body;
}

// A unit with no enabled account to approve its proposals: they go to the
// office directly rather than waiting for no one.
TEST_F(HeadApprovalTest, WithoutAHeadTheProposalsGoToTheOffice) {
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE users SET disabled = 1 WHERE username = 'thutruong'").ok());
  }
  const auto ids = propose("canbo", {people_[0]});
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(state(ids[0]), "submitted");
  EXPECT_EQ(act("thuongtruc", ids[0], "accept", {}).status, 200u);
}

}  // namespace
}  // namespace thidua::test
