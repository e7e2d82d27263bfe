// Campaign use cases (app/campaigns.h) over the demo on the engine under test:
// who sees which campaign, who may move it to which state, the register
// number taken on publication, and the audit trail of each move.
#include <gtest/gtest.h>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "store/audit_log.h"
#include "store/document_registers.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

using core::CampaignState;

class CampaignUseCasesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = std::make_unique<TestSite>();
    if (!site_->ok()) GTEST_SKIP() << "no test site";
  }
  static app::RequestMeta meta() { return {"127.0.0.1", "campaigns", "tests"}; }
  app::Services& s() { return site_->services(); }

  int64_t version_of(int64_t id) {
    auto view = app::get_campaign(s(), app::system_actor(), id);
    EXPECT_TRUE(view.ok());
    return view.ok() ? view->summary.version : 0;
  }
  bool sees(const std::string& user, int64_t id) { return app::get_campaign(s(), site_->actor(user), id).ok(); }
  int64_t listed(const std::string& user) {
    auto l = app::list_campaigns(s(), site_->actor(user), 1, 20);
    EXPECT_TRUE(l.ok());
    return l.ok() ? l->total : -1;
  }

  std::unique_ptr<TestSite> site_;
  const int64_t seed_ = 1;  // the demo's running seed campaign
};

TEST_F(CampaignUseCasesTest, DraftsShowOnlyToThoseWhoManageOrApprovePlans) {
  auto draft = app::copy_campaign(s(), site_->actor("thuongtruc"), seed_, meta());
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  auto view = app::get_campaign(s(), site_->actor("thuongtruc"), *draft);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->campaign.state, CampaignState::kDraft);
  EXPECT_FALSE(view->campaign.number.has_value());
  EXPECT_TRUE(view->can_edit);
  EXPECT_FALSE(view->next_state.has_value()) << "the secretariat does not approve plans";

  for (const char* user : {"lanhdao", "thuongtruc"}) {
    EXPECT_TRUE(sees(user, *draft)) << user;
    EXPECT_EQ(listed(user), 2) << user;
  }
  for (const char* user : {"admin", "hoidong", "thutruong", "canbo", "nhanvien"}) {
    EXPECT_FALSE(sees(user, *draft)) << user;
    EXPECT_TRUE(sees(user, seed_)) << user << " takes part in (or oversees) the running seed campaign";
    EXPECT_EQ(listed(user), 1) << user;
  }
  auto refused = app::copy_campaign(s(), site_->actor("canbo"), seed_, meta());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::errc::kForbidden);
}

TEST_F(CampaignUseCasesTest, ApproveThenPublishTakesTheNextPlanNumber) {
  auto draft = app::copy_campaign(s(), site_->actor("thuongtruc"), seed_, meta());
  ASSERT_TRUE(draft.ok());
  const auto refused = app::move_campaign(s(), site_->actor("thuongtruc"), *draft, CampaignState::kApproved,
                                          version_of(*draft), meta());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::errc::kForbidden);
  const auto skip = app::move_campaign(s(), site_->actor("lanhdao"), *draft, CampaignState::kPublished,
                                       version_of(*draft), meta());
  ASSERT_FALSE(skip.ok()) << "a draft is approved before it is published";
  EXPECT_EQ(skip.error().code, core::errc::kConflict);

  const int64_t stale = version_of(*draft);
  ASSERT_TRUE(app::move_campaign(s(), site_->actor("lanhdao"), *draft, CampaignState::kApproved, stale, meta()).ok());
  const auto again = app::move_campaign(s(), site_->actor("lanhdao"), *draft, CampaignState::kPublished, stale, meta());
  ASSERT_FALSE(again.ok()) << "a stale version is refused";
  EXPECT_EQ(again.error().code, core::errc::kConflict);

  const std::string today = app::vietnam_date(s().clock.now());
  const int year = std::stoi(today.substr(0, 4));
  auto conn = site_->db().acquire();
  auto before = store::last_document_number(*conn, site_->unit_id("STNMT"), "KH", year);
  ASSERT_TRUE(before.ok());
  const auto nope = app::move_campaign(s(), site_->actor("nhanvien"), *draft, CampaignState::kPublished,
                                       version_of(*draft), meta());
  ASSERT_FALSE(nope.ok());
  EXPECT_EQ(nope.error().code, core::errc::kNotFound) << "staff do not see an unpublished plan";
  auto untouched = store::last_document_number(*conn, site_->unit_id("STNMT"), "KH", year);
  ASSERT_TRUE(untouched.ok());
  EXPECT_EQ(*untouched, *before) << "a refused publication takes no number";

  auto published = app::move_campaign(s(), site_->actor("thuongtruc"), *draft, CampaignState::kPublished,
                                      version_of(*draft), meta());
  ASSERT_TRUE(published.ok()) << published.error().message;
  auto view = app::get_campaign(s(), site_->actor("nhanvien"), *draft);
  ASSERT_TRUE(view.ok()) << "a published plan shows to the units taking part";
  EXPECT_EQ(view->campaign.number, *before + 1);
  EXPECT_EQ(view->campaign.issue_date, today);
  EXPECT_EQ(view->campaign.date_text, core::vietnamese_date_text(today));
  ASSERT_EQ(view->events.size(), 3u);
  EXPECT_EQ(view->events[2].to, CampaignState::kPublished);
  EXPECT_EQ(view->events[2].actor_name, "Phạm Thị Thu Hằng");

  core::AuditFilter f;
  f.entity = "campaign";
  f.entity_id = std::to_string(*draft);
  auto rows = store::list_audit_rows(*conn, f);
  ASSERT_TRUE(rows.ok());
  std::vector<std::string> actions;
  for (const auto& r : *rows) actions.push_back(r.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"campaign.published", "campaign.approved", "campaign.create"}));
}

TEST_F(CampaignUseCasesTest, ClosingTheSeedNeedsTheRightRole) {
  const auto refused =
      app::move_campaign(s(), site_->actor("thutruong"), seed_, CampaignState::kClosed, version_of(seed_), meta());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::errc::kForbidden);
  const auto closed =
      app::move_campaign(s(), site_->actor("thuongtruc"), seed_, CampaignState::kClosed, version_of(seed_), meta());
  ASSERT_TRUE(closed.ok()) << "the seed's period ended on 30/9/2023: " << closed.error().message;
}

TEST_F(CampaignUseCasesTest, APlanWithoutTitleIsRefusedWithItsField) {
  auto view = app::get_campaign(s(), app::system_actor(), seed_);
  ASSERT_TRUE(view.ok());
  core::Campaign plan = view->campaign;
  plan.title.clear();
  auto created = app::create_campaign(s(), site_->actor("thuongtruc"), plan, meta());
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code, core::errc::kValidation);
  EXPECT_EQ(created.error().field, "title");
  plan.title = "Kế hoạch thử";
  plan.period.end_date = "30/9/2023";
  created = app::create_campaign(s(), site_->actor("thuongtruc"), plan, meta());
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().field, "period_end");
}

}  // namespace
}  // namespace thidua::test
