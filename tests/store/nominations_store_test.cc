// Nomination storage on the engine under test: insert with attestations, the
// unique subject per award type, lists filtered by unit scope, award type and
// state with counts per state, guarded review and resubmission, and the facts
// about a nominee read from registrations, initiatives and unit plans.
#include <gtest/gtest.h>

#include <set>

#include "app/seed_campaign.h"
#include "store/campaigns.h"
#include "store/nominations.h"
#include "store/people.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";
using core::NominationState;

class NominationsStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) return;
    root_ = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
    office_ = unit("STNMT-VP", root_, core::UnitKind::kOffice);
    centre_ = unit("STNMT-TTLT", root_, core::UnitKind::kCentre);
    auto conn = db_->acquire();
    core::Campaign plan = app::seed_campaign({{"STNMT", root_}, {"STNMT-VP", office_}, {"STNMT-TTLT", centre_}});
    auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(id.ok()) << id.error().message;
    campaign_ = *id;
    auto c = store::find_campaign(*conn, campaign_);
    ASSERT_TRUE(c.ok() && c->has_value());
    campaign_data_ = **c;
    ASSERT_GE(campaign_data_.award_types.size(), 2u);
    person_ = person("Trần Thị Hoa", office_);
  }

  int64_t unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind) {
    return add_unit(code, parent, kind);
  }

  int64_t person(const std::string& name, int64_t unit_id) {
    return add_person(name, unit_id);
  }

  core::Nomination individual(int64_t person_id, size_t award = 0) {
    core::Nomination n;
    n.campaign_id = campaign_;
    n.award_type_id = campaign_data_.award_types[award].id;
    n.unit_id = office_;
    n.subject = core::CriterionSubject::kIndividual;
    n.person_id = person_id;
    n.subject_key = core::nominee_key(n.subject, person_id);
    n.report = "Hoàn thành xuất sắc nhiệm vụ";
    return n;
  }

  core::Nomination collective(int64_t unit_id) {
    core::Nomination n;
    n.campaign_id = campaign_;
    n.award_type_id = campaign_data_.award_types[0].id;
    n.unit_id = unit_id;
    n.subject = core::CriterionSubject::kCollective;
    n.nominee_unit_id = unit_id;
    n.subject_key = core::nominee_key(n.subject, unit_id);
    n.report = "Tập thể tiêu biểu";
    return n;
  }

  int64_t attested_criterion() const {
    for (const auto& k : campaign_data_.criteria) {
      if (k.subject == core::CriterionSubject::kIndividual && k.verification == core::Verification::kAttested) return k.id;
    }
    return 0;
  }

  int64_t root_ = 0, office_ = 0, centre_ = 0, campaign_ = 0, person_ = 0;
  core::Campaign campaign_data_;
};

TEST_F(NominationsStoreTest, InsertAndFindWithNamesAndAttestations) {
  auto conn = db_->acquire();
  const int64_t k = attested_criterion();
  ASSERT_GT(k, 0);
  auto id = store::insert_nomination(*conn, individual(person_), {{k, "Chấp hành tốt kỷ luật"}}, kNow);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto found = store::find_nomination(*conn, campaign_, *id);
  ASSERT_TRUE(found.ok() && found->has_value());
  const core::Nomination& n = **found;
  EXPECT_EQ(n.state, NominationState::kSubmitted);
  EXPECT_EQ(n.version, 1);
  EXPECT_EQ(n.nominee_name, "Trần Thị Hoa");
  EXPECT_EQ(n.unit_name, "Đơn vị STNMT-VP");
  EXPECT_EQ(n.report, "Hoàn thành xuất sắc nhiệm vụ");
  EXPECT_EQ(n.subject_key, "p:" + std::to_string(person_));
  EXPECT_NE(n.award_type_name.find(campaign_data_.award_types[0].name), std::string::npos);
  auto notes = store::attestations_of(*conn, *id);
  ASSERT_TRUE(notes.ok());
  EXPECT_EQ(*notes, (std::map<int64_t, std::string>{{k, "Chấp hành tốt kỷ luật"}}));

  auto other_campaign = store::find_nomination(*conn, campaign_ + 1, *id);
  ASSERT_TRUE(other_campaign.ok());
  EXPECT_FALSE(other_campaign->has_value()) << "found only within its campaign";
}

TEST_F(NominationsStoreTest, SameSubjectSameAwardTypeIsRefusedByTheIndex) {
  auto conn = db_->acquire();
  ASSERT_TRUE(store::insert_nomination(*conn, individual(person_), {}, kNow).ok());
  const std::string key = "p:" + std::to_string(person_);
  auto exists = store::nominated_keys(*conn, campaign_, {key, "p:0"});
  ASSERT_TRUE(exists.ok());
  EXPECT_EQ(*exists, (std::set<std::pair<int64_t, std::string>>{{campaign_data_.award_types[0].id, key}}));
  auto again = store::insert_nomination(*conn, individual(person_), {}, kNow);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  EXPECT_TRUE(store::insert_nomination(*conn, individual(person_, 1), {}, kNow).ok())
      << "another award type for the same person is allowed";
  auto both = store::nominated_keys(*conn, campaign_, {key});
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->size(), 2u);
  auto live = store::live_award_types(*conn, campaign_, {key, "p:0"});
  ASSERT_TRUE(live.ok());
  ASSERT_EQ(live->size(), 1u);
  EXPECT_EQ(live->at(key).size(), 2u) << "both submitted, both live";
  auto none = store::registration_ids(*conn, campaign_, {key});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty()) << "not registered";
}

TEST_F(NominationsStoreTest, ListsFilterByScopeAwardTypeAndStateWithCounts) {
  auto conn = db_->acquire();
  const int64_t second = person("Lê Văn Nam", office_);
  auto a = store::insert_nomination(*conn, individual(person_), {}, kNow);
  auto b = store::insert_nomination(*conn, individual(second, 1), {}, kNow);
  auto c = store::insert_nomination(*conn, collective(centre_), {}, kNow);
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  ASSERT_TRUE(store::review_nomination(*conn, *b, 1, NominationState::kAccepted, "", std::nullopt, kNow).ok());

  auto path_of = [&](int64_t id) {
    auto u = store::find_unit(*conn, id);
    return u.ok() && u->has_value() ? (*u)->path : std::string();
  };
  store::NominationQuery q;
  q.campaign_id = campaign_;
  auto all = store::list_nominations(*conn, q);
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].id, *c) << "newest first";
  EXPECT_TRUE((*all)[0].report.empty()) << "lists leave the report out";

  q.unit_scopes = std::vector<std::string>{path_of(office_)};
  auto scoped = store::list_nominations(*conn, q);
  ASSERT_TRUE(scoped.ok());
  EXPECT_EQ(scoped->size(), 2u);
  auto counts = store::count_nominations_by_state(*conn, q);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->at(NominationState::kSubmitted), 1);
  EXPECT_EQ(counts->at(NominationState::kAccepted), 1);

  q.state = NominationState::kAccepted;
  scoped = store::list_nominations(*conn, q);
  ASSERT_TRUE(scoped.ok());
  ASSERT_EQ(scoped->size(), 1u);
  EXPECT_EQ((*scoped)[0].id, *b);
  EXPECT_EQ(store::count_nominations_by_state(*conn, q)->size(), 2u) << "counts ignore the state filter";

  store::NominationQuery by_award;
  by_award.campaign_id = campaign_;
  by_award.award_type_id = campaign_data_.award_types[0].id;
  EXPECT_EQ(store::list_nominations(*conn, by_award)->size(), 2u);
  by_award.unit_id = centre_;
  EXPECT_EQ(store::list_nominations(*conn, by_award)->size(), 1u);

  store::NominationQuery nowhere;
  nowhere.campaign_id = campaign_;
  nowhere.unit_scopes = std::vector<std::string>{};
  EXPECT_TRUE(store::list_nominations(*conn, nowhere)->empty());

  store::NominationQuery paged;
  paged.campaign_id = campaign_;
  paged.limit = 2;
  paged.offset = 2;
  auto page2 = store::list_nominations(*conn, paged);
  ASSERT_TRUE(page2.ok());
  ASSERT_EQ(page2->size(), 1u);
  EXPECT_EQ((*page2)[0].id, *a);
}

TEST_F(NominationsStoreTest, ReviewAndResubmitAreGuardedByStateAndVersion) {
  auto conn = db_->acquire();
  const int64_t k = attested_criterion();
  auto id = store::insert_nomination(*conn, individual(person_), {{k, "Ghi chú cũ"}}, kNow);
  ASSERT_TRUE(id.ok());
  store::Resubmission r{"Báo cáo bổ sung", std::nullopt, {{k, "Ghi chú mới"}}, std::nullopt};
  auto early = store::resubmit_nomination(*conn, *id, 1, r, kNow);
  ASSERT_FALSE(early.ok()) << "a submitted nomination is not resubmitted";
  EXPECT_EQ(early.error().code, core::errc::kConflict);

  auto stale = store::review_nomination(*conn, *id, 7, NominationState::kReturned, "Thiếu", std::nullopt, kNow);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::errc::kConflict);
  ASSERT_TRUE(store::review_nomination(*conn, *id, 1, NominationState::kReturned, "Thiếu minh chứng", std::nullopt, kNow).ok());
  auto twice = store::review_nomination(*conn, *id, 2, NominationState::kAccepted, "", std::nullopt, kNow);
  ASSERT_FALSE(twice.ok()) << "a returned nomination is not reviewed again before resubmission";

  auto returned = store::find_nomination(*conn, campaign_, *id);
  ASSERT_TRUE(returned.ok() && returned->has_value());
  EXPECT_EQ((*returned)->state, NominationState::kReturned);
  EXPECT_EQ((*returned)->return_reason, "Thiếu minh chứng");
  EXPECT_EQ((*returned)->version, 2);

  ASSERT_TRUE(store::resubmit_nomination(*conn, *id, 2, r, kNow).ok());
  auto again = store::find_nomination(*conn, campaign_, *id);
  ASSERT_TRUE(again.ok() && again->has_value());
  EXPECT_EQ((*again)->state, NominationState::kSubmitted);
  EXPECT_EQ((*again)->report, "Báo cáo bổ sung");
  EXPECT_TRUE((*again)->return_reason.empty());
  EXPECT_FALSE((*again)->reviewed_at.has_value());
  EXPECT_EQ((*again)->version, 3);
  EXPECT_EQ(store::attestations_of(*conn, *id)->at(k), "Ghi chú mới");
}

TEST_F(NominationsStoreTest, TheReportFileIsStoredKeptReplacedOrCleared) {
  auto conn = db_->acquire();
  const std::string pdf(64, 'a'), png(64, 'b');
  ASSERT_TRUE(conn->exec("INSERT INTO files (sha256, size, media_type, created_at) VALUES (?, 1234, 'application/pdf', ?)",
                         {pdf, std::string(kNow)}).ok());
  ASSERT_TRUE(conn->exec("INSERT INTO files (sha256, size, media_type, created_at) VALUES (?, 99, 'image/png', ?)",
                         {png, std::string(kNow)}).ok());
  core::Nomination n = individual(person_);
  n.report.clear();
  n.report_sha256 = pdf;
  n.report_file_name = "Báo cáo thành tích.pdf";
  auto id = store::insert_nomination(*conn, n, {}, kNow);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto found = store::find_nomination(*conn, campaign_, *id);
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->report_sha256, std::optional<std::string>(pdf));
  EXPECT_EQ((*found)->report_file_name, "Báo cáo thành tích.pdf");
  EXPECT_EQ((*found)->report_file_size, 1234) << "the size comes from the files row";
  EXPECT_EQ((*found)->report, "");

  // Without a file: no hash, no size.
  auto plain = store::insert_nomination(*conn, individual(person("Lê Văn Bình", office_)), {}, kNow);
  ASSERT_TRUE(plain.ok());
  auto plain_found = store::find_nomination(*conn, campaign_, *plain);
  ASSERT_TRUE(plain_found.ok() && plain_found->has_value());
  EXPECT_FALSE((*plain_found)->report_sha256.has_value());
  EXPECT_EQ((*plain_found)->report_file_size, 0);

  auto resubmit = [&](int64_t version, std::optional<std::string> sha, std::string name) {
    EXPECT_TRUE(store::review_nomination(*conn, *id, version, NominationState::kReturned, "Bổ sung", std::nullopt, kNow).ok());
    store::Resubmission r{"Báo cáo", std::nullopt, {}, std::nullopt, std::move(sha), std::move(name)};
    EXPECT_TRUE(store::resubmit_nomination(*conn, *id, version + 1, r, kNow).ok());
    auto after = store::find_nomination(*conn, campaign_, *id);
    EXPECT_TRUE(after.ok() && after->has_value());
    return **after;
  };
  auto replaced = resubmit(1, png, "Ảnh.png");
  EXPECT_EQ(replaced.report_sha256, std::optional<std::string>(png));
  EXPECT_EQ(replaced.report_file_name, "Ảnh.png");
  EXPECT_EQ(replaced.report_file_size, 99);
  auto cleared = resubmit(3, std::nullopt, "");
  EXPECT_FALSE(cleared.report_sha256.has_value());
  EXPECT_EQ(cleared.report_file_name, "");
  EXPECT_EQ(cleared.report, "Báo cáo");
}

TEST_F(NominationsStoreTest, NomineeFactsComeFromRegistrationsInitiativesAndPlans) {
  auto conn = db_->acquire();
  const std::string key = "p:" + std::to_string(person_);
  auto none = store::nominee_data(*conn, campaign_, key, office_);
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_FALSE(none->facts.registered);
  EXPECT_FALSE(none->registration_id.has_value());
  EXPECT_FALSE(none->facts.unit_plan_submitted);

  auto reg = conn->query(
      "INSERT INTO registrations (campaign_id, unit_id, subject, person_id, subject_key, state, signature_task, "
      "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id",
      {campaign_, office_, std::string("individual"), person_, key, std::string("submitted"),
       std::string("Số hóa hồ sơ địa chính"), std::string(kNow), std::string(kNow)});
  ASSERT_TRUE(reg.ok()) << reg.error().message;
  const int64_t reg_id = (*reg)[0].i64(0);
  auto submitted = store::nominee_data(*conn, campaign_, key, office_);
  ASSERT_TRUE(submitted.ok());
  EXPECT_TRUE(submitted->facts.registered);
  EXPECT_FALSE(submitted->facts.registration_approved);
  EXPECT_TRUE(submitted->facts.signature_task);
  EXPECT_FALSE(submitted->facts.initiative_registered);
  EXPECT_EQ(submitted->registration_id, reg_id);

  ASSERT_TRUE(conn->exec("UPDATE registrations SET state = 'approved' WHERE id = ?", {reg_id}).ok());
  ASSERT_TRUE(conn->exec("INSERT INTO initiatives (registration_id, ord, title) VALUES (?, 1, ?)",
                         {reg_id, std::string("Phần mềm tra cứu thửa đất")}).ok());
  ASSERT_TRUE(conn->exec("INSERT INTO unit_plans (campaign_id, unit_id, body, submitted_at) VALUES (?,?,?,?)",
                         {campaign_, office_, std::string("Kế hoạch"), std::string(kNow)}).ok());
  auto all = store::nominee_data(*conn, campaign_, key, office_);
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(all->facts.registration_approved);
  EXPECT_TRUE(all->facts.initiative_registered);
  EXPECT_TRUE(all->facts.unit_plan_submitted);
  EXPECT_FALSE(store::nominee_data(*conn, campaign_, key, centre_)->facts.unit_plan_submitted);
}

// The nominees around one nomination or one unit's proposals (provisional
// titles read only these): a person's own; within a unit, the nominations
// of its subtree's units and people, never another subtree's.
TEST_F(NominationsStoreTest, NomineesOfAPersonAndWithinAUnit) {
  auto conn = db_->acquire();
  auto path_of = [&](int64_t unit) {
    auto u = store::find_unit(*conn, unit);
    EXPECT_TRUE(u.ok() && u->has_value());
    return u.ok() && u->has_value() ? (*u)->path : std::string();
  };
  const int64_t other = person("Lê Văn Bình", centre_);
  ASSERT_TRUE(store::insert_nomination(*conn, individual(person_), {}, kNow).ok());
  ASSERT_TRUE(store::insert_nomination(*conn, individual(person_, 1), {}, kNow).ok());
  ASSERT_TRUE(store::insert_nomination(*conn, individual(other), {}, kNow).ok());
  ASSERT_TRUE(store::insert_nomination(*conn, collective(office_), {}, kNow).ok());
  ASSERT_TRUE(store::insert_nomination(*conn, collective(centre_), {}, kNow).ok());
  auto own = store::nominees_of_person(*conn, campaign_, person_);
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->size(), 2u);
  for (const auto& n : *own) EXPECT_EQ(n.person_id, std::optional<int64_t>(person_));
  auto office = store::nominees_within(*conn, campaign_, path_of(office_));
  ASSERT_TRUE(office.ok());
  std::multiset<std::string> keys;
  for (const auto& n : *office) keys.insert(n.subject_key);
  EXPECT_EQ(keys, (std::multiset<std::string>{"p:" + std::to_string(person_), "p:" + std::to_string(person_),
                                              "u:" + std::to_string(office_)}));
  auto root = store::nominees_within(*conn, campaign_, path_of(root_));
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(root->size(), 5u) << "every person and every unit of the tree";
}

}  // namespace
}  // namespace thidua
