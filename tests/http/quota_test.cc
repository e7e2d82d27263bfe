// Quotas, live (issue 11 #5): Chiến sĩ thi đua cơ sở within 15 % of those
// proposed for Lao động tiên tiến in the same review. Exactly the quota is
// taken, one more is refused with the figures and nothing stored (a whole
// batch with it); proposals for the base in the same batch widen it; the
// proposals form shows the count; units proposing at the same moment cannot
// go over it together. Over real HTTP on both engines.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <mutex>
#include <thread>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/access.h"
#include "app/annual_review.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/decisions.h"
#include "app/nominations.h"
#include "app/users.h"
#include "core/nomination.h"
#include "store/nominations.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

namespace json = boost::json;
using core::CampaignState;

struct Candidate {
  int64_t person = 0;
  int64_t unit = 0;
};

class QuotaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    TestSiteOptions options;
    options.people = 120;
    site_ = std::make_unique<TestSite>(options);
    if (!site_->ok()) GTEST_SKIP() << "no test site";
    year_ = app::current_year(s().clock) - 1;
    auto id = app::open_annual_review(s(), site_->actor("thuongtruc"), site_->unit_id("STNMT"), year_, meta());
    ASSERT_TRUE(id.ok()) << id.error().message;
    review_ = *id;
    for (auto [user, to] : {std::pair{"lanhdao", CampaignState::kApproved}, {"thuongtruc", CampaignState::kPublished},
                            {"thuongtruc", CampaignState::kRunning}}) {
      auto view = app::get_campaign(s(), app::system_actor(), review_);
      ASSERT_TRUE(view.ok());
      auto moved = app::move_campaign(s(), site_->actor(user), review_, to, view->summary.version, meta());
      ASSERT_TRUE(moved.ok()) << moved.error().message;
    }
    auto review = app::get_campaign(s(), app::system_actor(), review_);
    ASSERT_TRUE(review.ok());
    for (const auto& t : review->campaign.award_types) {
      if (t.eligibility_code == "LDTT") ldtt_ = t.id;
      if (t.eligibility_code == "CSTDCS") cstdcs_ = t.id;
    }
    ASSERT_GT(ldtt_, 0);
    ASSERT_GT(cstdcs_, 0);
    // The people of the units taking part, each nominated by their own unit;
    // those of the Lục Nam office (the demo officer's) last.
    auto conn = site_->db().acquire();
    auto rows = conn->query(
        "SELECT p.id, p.unit_id FROM people p JOIN campaign_units cu ON cu.unit_id = p.unit_id AND cu.campaign_id = ? "
        "ORDER BY CASE WHEN p.unit_id = ? THEN 1 ELSE 0 END, p.id",
        {review_, site_->unit_id("PTNMT-LN")});
    ASSERT_TRUE(rows.ok());
    for (const auto& r : *rows) people_.push_back({r.i64(0), r.i64(1)});
    ASSERT_GE(people_.size(), 60u);
  }
  const app::Services& s() { return site_->services(); }
  app::RequestMeta meta() const { return {"127.0.0.1", "quota", "tests"}; }

  app::NominationInput input(int64_t type, const Candidate& c) {
    app::NominationInput in;
    in.award_type_id = type;
    in.unit_id = c.unit;
    in.person_id = c.person;
    in.report = "Thành tích năm " + std::to_string(year_) + ".";
    return in;
  }
  // Nominates people_[from, to) for `type` in one batch as the administrator.
  core::Result<std::vector<int64_t>> nominate(int64_t type, size_t from, size_t to) {
    std::vector<app::NominationInput> in;
    for (size_t i = from; i < to; ++i) in.push_back(input(type, people_[i]));
    return app::create_nominations(s(), app::system_actor(), review_, std::move(in), meta());
  }
  int64_t count(int64_t type) {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT count(*) FROM nominations WHERE campaign_id = ? AND award_type_id = ?",
                            {review_, type});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }
  // POSTs `body` to the review's API path `tail` with a token of `user`.
  HttpResult post_api(const std::string& user, const std::string& tail, const json::object& body) {
    auto t = app::create_api_token(s(), site_->actor(user), site_->user_id(user), "quota", meta());
    EXPECT_TRUE(t.ok());
    if (!t.ok()) return {};
    return site_->client()->request("POST", "/api/v1/campaigns/" + std::to_string(review_) + tail,
                                    json::serialize(body),
                                    {{"Authorization", "Bearer " + t->secret},
                                     {"Content-Type", "application/json"},
                                     {"Accept", "application/json"}});
  }
  json::object quota_on_form() {
    auto t = app::create_api_token(s(), site_->actor("canbo"), site_->user_id("canbo"), "quota", meta());
    EXPECT_TRUE(t.ok());
    auto got = site_->client()->get("/api/v1/campaigns/" + std::to_string(review_) + "/annual-proposals",
                                    {{"Authorization", "Bearer " + t->secret}, {"Accept", "application/json"}});
    EXPECT_EQ(got.status, 200u) << got.body;
    const json::value form = json::parse(got.body);
    for (const auto& g : form.at("groups").as_array()) {
      if (g.at("eligibility_code").as_string() == "CSTDCS" && g.at("quota").is_object()) return g.at("quota").as_object();
    }
    ADD_FAILURE() << "no quota on the CSTĐCS group";
    return {};
  }

  std::unique_ptr<TestSite> site_;
  int year_ = 0;
  int64_t review_ = 0, ldtt_ = 0, cstdcs_ = 0;
  std::vector<Candidate> people_;
};

TEST_F(QuotaTest, ExactlyTheQuotaIsTakenAndOneMoreIsRefusedWithTheFigures) {
  auto base = nominate(ldtt_, 0, 20);
  ASSERT_TRUE(base.ok()) << base.error().message;
  auto three = nominate(cstdcs_, 20, 23);
  ASSERT_TRUE(three.ok()) << three.error().message << " (15 % of 20 is 3: exactly the quota)";
  auto fourth = nominate(cstdcs_, 23, 24);
  ASSERT_FALSE(fourth.ok());
  EXPECT_EQ(fourth.error().code, core::errc::kQuotaExceeded);
  EXPECT_NE(fourth.error().message.find("Chiến sĩ thi đua cơ sở sẽ có 4 đề nghị, tối đa được 3 (15% của 20 đề nghị "
                                        "Lao động tiên tiến trong đợt)"),
            std::string::npos)
      << fourth.error().message;
  EXPECT_EQ(count(cstdcs_), 3);
  auto q = quota_on_form();
  EXPECT_EQ(q.at("used").as_int64(), 3);
  EXPECT_EQ(q.at("base").as_int64(), 20);
  EXPECT_EQ(q.at("allowed").as_int64(), 3);
  EXPECT_EQ(q.at("share").as_int64(), 15);
  EXPECT_FALSE(q.at("over").as_bool());

  // A batch over the quota stores none of it, the base's proposals in it too.
  std::vector<app::NominationInput> mixed{input(ldtt_, people_[24]), input(cstdcs_, people_[25])};
  auto refused = app::create_nominations(s(), app::system_actor(), review_, std::move(mixed), meta());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::errc::kQuotaExceeded);
  EXPECT_EQ(count(ldtt_), 20);
  EXPECT_EQ(count(cstdcs_), 3);
  // Lao động tiên tiến proposed in the same batch widen it: 27 → 4.
  std::vector<app::NominationInput> wider;
  for (size_t i = 24; i < 31; ++i) wider.push_back(input(ldtt_, people_[i]));
  wider.push_back(input(cstdcs_, people_[31]));
  auto widened = app::create_nominations(s(), app::system_actor(), review_, std::move(wider), meta());
  ASSERT_TRUE(widened.ok()) << widened.error().message;
  EXPECT_EQ(count(cstdcs_), 4);

  // Over the API, by the Lục Nam office's officer: 409 quota_exceeded, the
  // figures in the message.
  const Candidate& ln = people_.back();
  ASSERT_EQ(ln.unit, site_->unit_id("PTNMT-LN"));
  const json::object body{{"award_type_id", cstdcs_}, {"unit_id", ln.unit}, {"subject", "individual"},
                          {"person_id", ln.person}, {"report", "Thành tích."}};
  auto api = post_api("canbo", "/nominations", body);
  EXPECT_EQ(api.status, 409u) << api.body;
  EXPECT_NE(api.body.find("\"code\":\"quota_exceeded\""), std::string::npos) << api.body;
  EXPECT_NE(api.body.find("tối đa được 4 (15% của 27"), std::string::npos) << api.body;
  EXPECT_EQ(count(cstdcs_), 4);

  // The proposals page shows the count to the unit.
  auto page = site_->session("canbo")->get("/dot-thi-dua/" + std::to_string(review_) + "/de-xuat-nam");
  ASSERT_EQ(page.status, 200u);
  EXPECT_NE(page.body.find("Tỷ lệ Chiến sĩ thi đua cơ sở: đã đề nghị 4, tối đa 4 (15% của 27 đề nghị Lao động tiên "
                           "tiến trong đợt)."),
            std::string::npos);
}

TEST_F(QuotaTest, UnitsProposingAtTheSameMomentCannotGoOverTheQuotaTogether) {
  ASSERT_TRUE(nominate(ldtt_, 0, 40).ok());  // 15 % of 40: 6
  ASSERT_TRUE(nominate(cstdcs_, 40, 44).ok());
  // Two seats left; six proposals race for them, each on its own connection.
  std::vector<std::thread> threads;
  std::mutex mu;
  int taken = 0, refused = 0;
  std::vector<std::string> other;
  for (size_t i = 44; i < 50; ++i) {
    threads.emplace_back([&, i] {
      auto r = nominate(cstdcs_, i, i + 1);
      std::lock_guard<std::mutex> lock(mu);
      if (r.ok()) ++taken;
      else if (r.error().code == core::errc::kQuotaExceeded) ++refused;
      else other.push_back(r.error().code + ": " + r.error().message);
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_TRUE(other.empty()) << (other.empty() ? "" : other.front());
  EXPECT_EQ(taken, 2);
  EXPECT_EQ(refused, 4);
  EXPECT_EQ(count(cstdcs_), 6);
}

// At the decision (issue 11 #5): the council failed part of the base after
// the proposals were counted, so the quota is counted again over what it
// passed. A draft over it is refused with the figures and nothing stored; a
// shorter list is taken; a second draft counts the first; and the approval
// counts again (here the base shrinks after drafting, by hand: whatever
// changed since, the decision is checked as it is approved).
TEST_F(QuotaTest, AtTheDecisionTheQuotaIsCountedOverWhatTheCouncilPassed) {
  auto base = nominate(ldtt_, 0, 20);
  ASSERT_TRUE(base.ok()) << base.error().message;
  auto three = nominate(cstdcs_, 20, 23);
  ASSERT_TRUE(three.ok()) << three.error().message;
  {
    auto conn = site_->db().acquire();
    ASSERT_TRUE(conn->exec("UPDATE nominations SET state = 'passed' WHERE campaign_id = ?", {review_}).ok());
    // The council failed 7 of the 20: 15 % of 13 is 1.
    for (size_t i = 0; i < 7; ++i) {
      ASSERT_TRUE(conn->exec("UPDATE nominations SET state = 'failed' WHERE id = ?", {(*base)[i]}).ok());
    }
  }
  auto decisions = [&] {
    auto conn = site_->db().acquire();
    auto rows = conn->query("SELECT count(*) FROM decisions WHERE campaign_id = ?", {review_});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  };
  const core::Actor office = site_->actor("thuongtruc");
  auto all = app::draft_decision(s(), office, review_, cstdcs_, std::nullopt, meta());
  ASSERT_FALSE(all.ok());
  EXPECT_EQ(all.error().code, core::errc::kQuotaExceeded);
  EXPECT_EQ(all.error().field, "nomination_ids");
  EXPECT_NE(all.error().message.find("Chiến sĩ thi đua cơ sở sẽ có 3 trường hợp trong các quyết định, tờ trình, tối "
                                     "đa được 1 (15% của 13 trường hợp Lao động tiên tiến được Hội đồng thông qua)"),
            std::string::npos)
      << all.error().message;
  EXPECT_EQ(decisions(), 0) << "nothing stored";

  // The page says so beside the form.
  auto session = site_->session("thuongtruc");
  const std::string path = "/dot-thi-dua/" + std::to_string(review_) + "/quyet-dinh";
  auto page = session.post_form(path, {{"award_type_id", std::to_string(cstdcs_)}});
  EXPECT_EQ(page.status, 409u) << page.body.substr(0, 300);
  EXPECT_NE(page.body.find("tối đa được 1 (15% của 13 trường hợp"), std::string::npos);
  EXPECT_EQ(decisions(), 0);
  // ... and opens the choice: the quota counted, the seats left, the three
  // candidates, none ticked (they do not all fit: the office chooses).
  EXPECT_NE(page.body.find("Chọn danh sách: "), std::string::npos);
  EXPECT_NE(page.body.find("Tỷ lệ Chiến sĩ thi đua cơ sở: đã có 0 trường hợp trong các quyết định, tờ trình, tối "
                           "đa 1 (15% của 13 trường hợp Lao động tiên tiến được Hội đồng thông qua)."),
            std::string::npos);
  EXPECT_NE(page.body.find("Còn 1 suất: hãy chọn tối đa 1 trường hợp."), std::string::npos);
  for (int64_t id : *three) {
    EXPECT_NE(page.body.find("name=\"nomination_ids\" value=\"" + std::to_string(id) + "\">"), std::string::npos)
        << "candidate " << id << " shown, not ticked";
  }
  // Nothing ticked: 422, nothing stored.
  auto none = session.post_form(path, {{"award_type_id", std::to_string(cstdcs_)}, {"chon", "1"}});
  EXPECT_EQ(none.status, 422u);
  EXPECT_NE(none.body.find("Chưa chọn trường hợp nào cho danh sách."), std::string::npos);
  EXPECT_EQ(decisions(), 0);

  // Two ticked: over it, 409; the page keeps the two ticks to untick one.
  auto two = session.post_form(path, {{"award_type_id", std::to_string(cstdcs_)},
                                      {"chon", "1"},
                                      {"nomination_ids", std::to_string((*three)[0])},
                                      {"nomination_ids", std::to_string((*three)[1])}});
  EXPECT_EQ(two.status, 409u);
  EXPECT_NE(two.body.find("sẽ có 2 trường hợp"), std::string::npos);
  for (size_t i = 0; i < 3; ++i) {
    const std::string box = "name=\"nomination_ids\" value=\"" + std::to_string((*three)[i]) + "\"";
    EXPECT_NE(two.body.find(box + (i < 2 ? " checked>" : ">")), std::string::npos) << "candidate " << i;
  }
  EXPECT_EQ(decisions(), 0);

  // One of them, ticked on the page: within it. A second draft counts the first.
  auto picked = session.post_form(path, {{"award_type_id", std::to_string(cstdcs_)},
                                         {"chon", "1"},
                                         {"nomination_ids", std::to_string((*three)[0])}});
  ASSERT_EQ(picked.status, 303u) << picked.body.substr(0, 300);
  const std::string location = picked.header("location");
  const auto slash = location.find("/quyet-dinh/");
  ASSERT_NE(slash, std::string::npos) << location;
  const int64_t one = std::stoll(location.substr(slash + 12));
  auto drafted = app::get_decision(s(), app::system_actor(), review_, one);
  ASSERT_TRUE(drafted.ok());
  ASSERT_EQ(drafted->list.size(), 1u);
  EXPECT_EQ(drafted->list.front().nomination_id, (*three)[0]);
  // The choice now says no seat is left.
  auto full = session->get(path + "?chon=" + std::to_string(cstdcs_));
  ASSERT_EQ(full.status, 200u);
  EXPECT_NE(full.body.find("Đã hết suất theo tỷ lệ"), std::string::npos);
  const json::object body{{"award_type_id", cstdcs_}, {"nomination_ids", json::array{(*three)[1]}}};
  auto api = post_api("thuongtruc", "/decisions", body);
  EXPECT_EQ(api.status, 409u) << api.body;
  EXPECT_NE(api.body.find("\"code\":\"quota_exceeded\""), std::string::npos) << api.body;
  EXPECT_NE(api.body.find("sẽ có 2 trường hợp"), std::string::npos) << api.body;
  EXPECT_EQ(decisions(), 1);

  // The base shrinks below 7 (15 % of 6 is 0): the approval is refused and
  // the draft stays a draft, its nomination passed.
  {
    auto conn = site_->db().acquire();
    for (size_t i = 7; i < 14; ++i) {
      ASSERT_TRUE(conn->exec("UPDATE nominations SET state = 'failed' WHERE id = ?", {(*base)[i]}).ok());
    }
  }
  auto approved = app::approve_decision(s(), site_->actor("lanhdao"), review_, one, meta());
  ASSERT_FALSE(approved.ok());
  EXPECT_EQ(approved.error().code, core::errc::kQuotaExceeded) << approved.error().message;
  // On the page, the leader is told on the draft's page what to do.
  auto leader = site_->session("lanhdao");
  auto refused = leader.post_form(path + "/" + std::to_string(one) + "/duyet", {});
  EXPECT_EQ(refused.status, 409u);
  EXPECT_NE(refused.body.find("Chưa duyệt được: cần hủy dự thảo này và lập lại với danh sách ngắn hơn."),
            std::string::npos);
  auto still = app::get_decision(s(), app::system_actor(), review_, one);
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->decision.state, core::DecisionState::kDraft);
  auto n = app::get_nomination(s(), app::system_actor(), review_, (*three)[0]);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->nomination.state, core::NominationState::kPassed);
  // Restored to 13 passed, it is approved.
  {
    auto conn = site_->db().acquire();
    for (size_t i = 7; i < 14; ++i) {
      ASSERT_TRUE(conn->exec("UPDATE nominations SET state = 'passed' WHERE id = ?", {(*base)[i]}).ok());
    }
  }
  approved = app::approve_decision(s(), site_->actor("lanhdao"), review_, one, meta());
  ASSERT_TRUE(approved.ok()) << approved.error().message;
}

// The plain nomination form shows the quota too, counted now.
TEST_F(QuotaTest, ThePlainNominationFormShowsTheQuotaCounted) {
  ASSERT_TRUE(nominate(ldtt_, 0, 40).ok());
  ASSERT_TRUE(nominate(cstdcs_, 40, 44).ok());
  auto page = site_->session("canbo")->get("/dot-thi-dua/" + std::to_string(review_) + "/de-nghi/moi");
  ASSERT_EQ(page.status, 200u) << page.body.substr(0, 300);
  EXPECT_NE(page.body.find("data-quota=\"CSTDCS\""), std::string::npos);
  EXPECT_NE(page.body.find("đã đề nghị 4, tối đa 6"), std::string::npos) << "4 of 15 % of 40";
}

// A returned proposal gives its seat back until it is resubmitted; another
// unit may take it meanwhile, and the resubmission is then refused.
TEST_F(QuotaTest, AReturnedProposalGivesItsSeatBackUntilResubmitted) {
  ASSERT_TRUE(nominate(ldtt_, 0, 40).ok());  // 6 seats
  auto taken = nominate(cstdcs_, 40, 46);
  ASSERT_TRUE(taken.ok());
  const int64_t returned = taken->front();
  auto version_of = [&](int64_t id) {
    auto n = app::get_nomination(s(), app::system_actor(), review_, id);
    EXPECT_TRUE(n.ok());
    return n.ok() ? n->nomination.version : -1;
  };
  ASSERT_TRUE(app::return_nomination(s(), site_->actor("thuongtruc"), review_, returned, "Bổ sung minh chứng.",
                                     version_of(returned), meta())
                  .ok());
  EXPECT_EQ(quota_on_form().at("used").as_int64(), 5) << "the returned one does not count";
  ASSERT_TRUE(nominate(cstdcs_, 46, 47).ok()) << "its seat is free";
  app::NominationInput again;
  again.report = "Đã bổ sung minh chứng.";
  auto resubmitted = app::resubmit_nomination(s(), app::system_actor(), review_, returned, again,
                                              version_of(returned), meta());
  ASSERT_FALSE(resubmitted.ok()) << "its seat was taken meanwhile";
  EXPECT_EQ(resubmitted.error().code, core::errc::kQuotaExceeded) << resubmitted.error().message;
  auto n = app::get_nomination(s(), app::system_actor(), review_, returned);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->nomination.state, core::NominationState::kReturned) << "nothing changed";
  EXPECT_EQ(n->nomination.return_reason, "Bổ sung minh chứng.");
}

// The lock itself: while another proposal holds the campaign's lock with the
// last seat taken but not committed, a proposal waits; once the other
// commits, it counts that seat and is refused. (On PostgreSQL, without the
// lock, it would count before the other's commit and go over.)
TEST_F(QuotaTest, AProposalWaitsForTheCampaignsLockAndCountsWhatTheOtherCommitted) {
  ASSERT_TRUE(nominate(ldtt_, 0, 40).ok());  // 15 % of 40: 6
  ASSERT_TRUE(nominate(cstdcs_, 40, 45).ok());
  auto holder = site_->db().acquire();
  ASSERT_TRUE(holder->begin().ok());
  auto locked = store::lock_campaign_nominations(*holder, review_);
  ASSERT_TRUE(locked.ok() && *locked);
  const Candidate& last = people_[45];
  ASSERT_TRUE(holder
                  ->exec("INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, "
                         "subject_key, report, state, submitted_at) VALUES (?, ?, ?, 'individual', ?, ?, 'x', "
                         "'submitted', '2026-01-05T00:00:00Z')",
                         {review_, cstdcs_, last.unit, last.person, "p:" + std::to_string(last.person)})
                  .ok());
  auto racer = std::async(std::launch::async, [&] { return nominate(cstdcs_, 46, 47); });
  EXPECT_EQ(racer.wait_for(std::chrono::milliseconds(400)), std::future_status::timeout)
      << "the proposal waits for the lock";
  ASSERT_TRUE(holder->commit().ok());
  auto r = racer.get();
  ASSERT_FALSE(r.ok()) << "the sixth seat was taken by the other";
  EXPECT_EQ(r.error().code, core::errc::kQuotaExceeded) << r.error().message;
  EXPECT_EQ(count(cstdcs_), 6);
}

}  // namespace
}  // namespace thidua::test
