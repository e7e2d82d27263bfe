// The demo's TĐKT body (app/demo_receiving.h) loaded onto a test site: a
// second agency with its Ban, named a receiving agency, its accounts able to
// log in and to process submissions, the deployment's administrator granted
// on it (still administering every agency), the Department's accounts not;
// and the Ban's accounts see nothing of the Department.
#include <gtest/gtest.h>

#include "app/access.h"
#include "app/crypto.h"
#include "app/demo_json.h"
#include "app/demo_receiving.h"
#include "app/submissions.h"
#include "core/authz.h"
#include "support/test_server.h"

namespace thidua::test {
namespace {

TEST(DemoReceivingTest, TheBodyIsASecondAgencyThatReceives) {
  TestSite site;
  if (!site.ok()) GTEST_SKIP() << "no test site";
  const auto file = app::demo_json::embedded("receiving.json");
  ASSERT_TRUE(file.found);
  auto data = app::read_demo_receiving(file.text);
  ASSERT_TRUE(data.ok()) << data.error().message;
  auto hash = app::hash_password(kDemoPassword, site.services().policy.password_cost);
  ASSERT_TRUE(hash.ok());
  app::DemoReceiving out;
  auto done = app::load_demo_receiving(site.services(), *data, *hash, 0, site.actor("thuongtruc"),
                                       {"127.0.0.1", "demo", "tests"}, out);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_GT(out.agency_id, 0);
  EXPECT_EQ(out.submission_id, 0) << "no campaign named: nothing sent";
  EXPECT_EQ(out.usernames, (std::vector<std::string>{"tiepnhan", "chuyenvien", "lanhdaoban"}));

  auto agencies = app::list_receiving_agencies(site.services());
  ASSERT_TRUE(agencies.ok());
  ASSERT_EQ(agencies->size(), 1u);
  EXPECT_EQ(agencies->front().unit_id, out.body_id);
  EXPECT_EQ(agencies->front().decision_symbol, "QĐ-UBND");
  EXPECT_EQ(agencies->front().issuing_body, "ỦY BAN NHÂN DÂN TỈNH BẮC NINH");
  EXPECT_EQ(agencies->front().place, "Bắc Ninh");

  site.services().forget_actors();
  const core::Actor admin = site.actor("admin");
  EXPECT_TRUE(app::may_name_receiving_agencies(admin)) << "the administrator still administers every agency";
  EXPECT_FALSE(app::may_name_receiving_agencies(site.actor("lanhdao")));
  EXPECT_TRUE(app::processes_submissions(site.services(), site.actor("tiepnhan")));
  EXPECT_FALSE(app::processes_submissions(site.services(), site.actor("thuongtruc")));

  // The Ban's secretariat logs in with the demo's password and sees its queue,
  // not the Department's people.
  auto ban = site.session("tiepnhan");
  EXPECT_EQ(ban->get("/tiep-nhan").status, 200u);
  EXPECT_EQ(ban->get("/nhan-su/" + std::to_string(site.person_id("Nguyễn Văn An"))).status, 404u);
  // A load failing inside its transaction (an account name taken after the
  // units and a first account were written) adds nothing and names nothing.
  const std::string before = site.fingerprint();
  app::DemoReceivingFile clash = *data;
  clash.agency.code = "SNV2";
  clash.body.code = "SNV2-BTDKT";
  clash.staff.at(0).username = "tiepnhan2";
  clash.staff.at(1).username = "thuongtruc";
  app::DemoReceiving again;
  EXPECT_FALSE(app::load_demo_receiving(site.services(), clash, *hash, 0, site.actor("thuongtruc"),
                                        {"127.0.0.1", "demo", "tests"}, again)
                   .ok());
  EXPECT_EQ(again.agency_id, 0);
  EXPECT_TRUE(again.usernames.empty());
  EXPECT_TRUE(site.fingerprint() == before) << "nothing of it stored";

  // A load failing after its commit (here the receiving agency's symbol) keeps
  // what was written and says so: the accounts are there and listed.
  app::DemoReceivingFile late = *data;
  late.agency.code = "SNV3";
  late.body.code = "SNV3-BTDKT";
  for (auto& st : late.staff) st.username += "3";
  late.decisions.decision_symbol = "UBND";
  app::DemoReceiving partial;
  EXPECT_FALSE(app::load_demo_receiving(site.services(), late, *hash, 0, site.actor("thuongtruc"),
                                        {"127.0.0.1", "demo", "tests"}, partial)
                   .ok());
  EXPECT_GT(partial.body_id, 0);
  EXPECT_EQ(partial.usernames.size(), 3u);
  EXPECT_EQ(site.session("tiepnhan3")->get("/").status, 200u) << "the account made is usable";
}

}  // namespace
}  // namespace thidua::test
