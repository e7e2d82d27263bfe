// The closing documents' numbers (store/campaign_reports.h) on the engine
// under test: each kind once per campaign (a second is refused and changes
// nothing), read back whole, results first.
#include <gtest/gtest.h>

#include "app/seed_campaign.h"
#include "store/campaign_reports.h"
#include "store/campaigns.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

class CampaignReportsStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) return;
    core::Unit u;
    u.code = "STNMT";
    u.name = "Sở Tài nguyên và Môi trường";
    u.kind = core::UnitKind::kAgency;
    auto conn = db_->acquire();
    auto root = store::insert_unit(*conn, u, kNow);
    ASSERT_TRUE(root.ok()) << root.error().message;
    auto id = store::insert_campaign(*conn, app::seed_campaign({{"STNMT", root->id}}), std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(id.ok()) << id.error().message;
    campaign_ = *id;
  }

  core::CampaignReport report(core::CampaignReportKind kind, int64_t number) const {
    core::CampaignReport r;
    r.campaign_id = campaign_;
    r.kind = kind;
    r.doc_symbol = kind == core::CampaignReportKind::kResults ? "TB-STNMT" : "BC-STNMT";
    r.number = number;
    r.issue_date = "2026-01-01";
    r.issued_at = kNow;
    return r;
  }

  int64_t campaign_ = 0;
};

TEST_F(CampaignReportsStoreTest, EachKindIsIssuedOncePerCampaign) {
  auto conn = db_->acquire();
  auto none = store::campaign_reports(*conn, campaign_);
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_TRUE(none->empty());
  ASSERT_TRUE(store::insert_campaign_report(*conn, report(core::CampaignReportKind::kSummary, 9)).ok());
  ASSERT_TRUE(store::insert_campaign_report(*conn, report(core::CampaignReportKind::kResults, 2)).ok());
  auto again = store::insert_campaign_report(*conn, report(core::CampaignReportKind::kResults, 3));
  EXPECT_FALSE(again.ok()) << "one results notice per campaign";
  auto both = store::campaign_reports(*conn, campaign_);
  ASSERT_TRUE(both.ok()) << both.error().message;
  ASSERT_EQ(both->size(), 2u);
  EXPECT_EQ((*both)[0].kind, core::CampaignReportKind::kResults);
  EXPECT_EQ((*both)[0].number, 2) << "the first stands";
  EXPECT_EQ((*both)[0].doc_symbol, "TB-STNMT");
  EXPECT_EQ((*both)[1].kind, core::CampaignReportKind::kSummary);
  EXPECT_EQ((*both)[1].number, 9);
  EXPECT_EQ((*both)[1].issue_date, "2026-01-01");
  EXPECT_FALSE((*both)[1].issued_by.has_value());
}

}  // namespace
}  // namespace thidua
