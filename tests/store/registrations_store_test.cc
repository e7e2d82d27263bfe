// Registration storage on the engine under test: insert with targets and
// initiatives, one registration per subject and campaign, content replaced
// only in draft/returned and against the version read, state moves guarded by
// state and version, lists paginated with counts per state and visibility.
#include <gtest/gtest.h>

#include "app/seed_campaign.h"
#include "store/campaigns.h"
#include "store/people.h"
#include "store/registrations.h"
#include "store/units.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";
using core::RegistrationState;
using core::RegistrationSubject;

class RegistrationsStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (!db_) return;
    root_ = unit("STNMT", std::nullopt, core::UnitKind::kAgency);
    office_ = unit("STNMT-VP", root_, core::UnitKind::kOffice);
    team_ = unit("STNMT-VP-TH", office_, core::UnitKind::kOther);
    core::Campaign plan = app::seed_campaign({{"STNMT", root_}, {"STNMT-VP", office_}});
    auto conn = db_->acquire();
    auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(id.ok()) << id.error().message;
    campaign_ = *id;
    person_ = person("Nguyễn Văn An", team_);
  }

  int64_t unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind) {
    return add_unit(code, parent, kind);
  }

  int64_t person(const std::string& name, int64_t unit_id) {
    return add_person(name, unit_id);
  }

  core::Registration individual(int64_t person_id, int64_t unit_id) {
    core::Registration r;
    r.campaign_id = campaign_;
    r.unit_id = unit_id;
    r.subject = RegistrationSubject::kIndividual;
    r.person_id = person_id;
    r.signature_task = "Số hóa hồ sơ địa chính";
    r.targets = {{0, "1", "Hoàn thành 100% nhiệm vụ được giao"}, {0, "2", "Số hóa 500 hồ sơ"}};
    r.initiatives = {{0, "Quy trình quét hồ sơ", "Chuẩn hóa các bước", "Giảm 30% thời gian"}};
    return r;
  }

  core::Registration collective(int64_t unit_id) {
    core::Registration r;
    r.campaign_id = campaign_;
    r.unit_id = unit_id;
    r.subject = RegistrationSubject::kCollective;
    r.targets = {{0, "", "Đơn vị đạt danh hiệu Tập thể lao động xuất sắc"}};
    return r;
  }

  int64_t root_ = 0, office_ = 0, team_ = 0, campaign_ = 0, person_ = 0;
};

TEST_F(RegistrationsStoreTest, InsertKeepsTargetsAndInitiativesInOrder) {
  auto conn = db_->acquire();
  auto id = store::insert_registration(*conn, individual(person_, office_), kNow);
  ASSERT_TRUE(id.ok()) << id.error().message;
  auto back = store::find_registration(*conn, *id);
  ASSERT_TRUE(back.ok() && back->has_value());
  const core::Registration& r = **back;
  EXPECT_EQ(r.state, RegistrationState::kDraft);
  EXPECT_EQ(r.unit_name, "Đơn vị STNMT-VP");
  EXPECT_EQ(r.person_name, "Nguyễn Văn An");
  EXPECT_EQ(r.version, 1);
  ASSERT_EQ(r.targets.size(), 2u);
  EXPECT_EQ(r.targets[0].content_label, "1");
  EXPECT_EQ(r.targets[1].text, "Số hóa 500 hồ sơ");
  EXPECT_EQ(r.targets[0].progress_status, core::ProgressStatus::kNotStarted);
  ASSERT_EQ(r.initiatives.size(), 1u);
  EXPECT_EQ(r.initiatives[0].expected_effect, "Giảm 30% thời gian");
}

TEST_F(RegistrationsStoreTest, OneRegistrationPerSubjectAndCampaign) {
  auto conn = db_->acquire();
  ASSERT_TRUE(store::insert_registration(*conn, individual(person_, office_), kNow).ok());
  auto again = store::insert_registration(*conn, individual(person_, office_), kNow);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  EXPECT_EQ(again.error().field, "person_id");
  ASSERT_TRUE(store::insert_registration(*conn, collective(office_), kNow).ok());
  auto twice = store::insert_registration(*conn, collective(office_), kNow);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().field, "unit_id");
  auto keys = store::registered_subjects(*conn, campaign_, {"p:" + std::to_string(person_), "p:999999",
                                                           "u:" + std::to_string(office_)});
  ASSERT_TRUE(keys.ok());
  EXPECT_EQ(keys->size(), 2u);
}

TEST_F(RegistrationsStoreTest, ContentReplacedOnlyAgainstTheVersionRead) {
  auto conn = db_->acquire();
  auto id = store::insert_registration(*conn, individual(person_, office_), kNow);
  ASSERT_TRUE(id.ok());
  core::Registration edit = individual(person_, office_);
  edit.id = *id;
  edit.targets = {{0, "3", "Chỉ tiêu mới"}};
  edit.initiatives.clear();
  ASSERT_TRUE(store::update_registration_content(*conn, edit, 1, kNow).ok());
  auto stale = store::update_registration_content(*conn, edit, 1, kNow);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::errc::kConflict);
  auto back = store::find_registration(*conn, *id);
  ASSERT_TRUE(back.ok() && back->has_value());
  EXPECT_EQ((*back)->version, 2);
  ASSERT_EQ((*back)->targets.size(), 1u);
  EXPECT_EQ((*back)->targets[0].text, "Chỉ tiêu mới");
  EXPECT_TRUE((*back)->initiatives.empty());
}

TEST_F(RegistrationsStoreTest, StateMovesAreGuardedByStateAndVersion) {
  auto conn = db_->acquire();
  auto id = store::insert_registration(*conn, individual(person_, office_), kNow);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(store::move_registration(*conn, *id, {RegistrationState::kDraft, RegistrationState::kSubmitted, 1,
                                                    std::nullopt, ""},
                                       kNow)
                  .ok());
  // Stale version, or a state it is no longer in: refused, nothing changed.
  auto stale = store::move_registration(
      *conn, *id, {RegistrationState::kSubmitted, RegistrationState::kApproved, 1, std::nullopt, ""}, kNow);
  EXPECT_EQ(stale.error().code, core::errc::kConflict);
  auto wrong_state = store::move_registration(
      *conn, *id, {RegistrationState::kDraft, RegistrationState::kSubmitted, 2, std::nullopt, ""}, kNow);
  EXPECT_EQ(wrong_state.error().code, core::errc::kConflict);
  ASSERT_TRUE(store::move_registration(*conn, *id, {RegistrationState::kSubmitted, RegistrationState::kReturned, 2,
                                                    std::nullopt, "Thiếu chỉ tiêu định lượng"},
                                       kNow)
                  .ok());
  auto back = store::find_registration(*conn, *id);
  ASSERT_TRUE(back.ok() && back->has_value());
  EXPECT_EQ((*back)->state, RegistrationState::kReturned);
  EXPECT_EQ((*back)->return_reason, "Thiếu chỉ tiêu định lượng");
  EXPECT_TRUE((*back)->submitted_at.has_value());
  EXPECT_TRUE((*back)->decided_at.has_value());
  // Content may change while returned; a resubmission clears the reason.
  core::Registration edit = individual(person_, office_);
  edit.id = *id;
  ASSERT_TRUE(store::update_registration_content(*conn, edit, 3, kNow).ok());
  ASSERT_TRUE(store::move_registration(*conn, *id, {RegistrationState::kReturned, RegistrationState::kSubmitted, 4,
                                                    std::nullopt, ""},
                                       kNow)
                  .ok());
  ASSERT_TRUE(store::move_registration(*conn, *id, {RegistrationState::kSubmitted, RegistrationState::kApproved, 5,
                                                    std::nullopt, ""},
                                       kNow)
                  .ok());
  back = store::find_registration(*conn, *id);
  ASSERT_TRUE(back.ok() && back->has_value());
  EXPECT_EQ((*back)->state, RegistrationState::kApproved);
  EXPECT_EQ((*back)->return_reason, "");
  // Approved: the content is frozen.
  auto frozen = store::update_registration_content(*conn, edit, 6, kNow);
  ASSERT_FALSE(frozen.ok());
  EXPECT_EQ(frozen.error().code, core::errc::kConflict);
}

TEST_F(RegistrationsStoreTest, ListsPageWithCountsAndVisibility) {
  auto conn = db_->acquire();
  std::vector<int64_t> people;
  for (int i = 0; i < 7; ++i) people.push_back(person("Trần Thị Bình " + std::to_string(i), team_));
  for (int64_t p : people) ASSERT_TRUE(store::insert_registration(*conn, individual(p, office_), kNow).ok());
  auto coll = store::insert_registration(*conn, collective(root_), kNow);
  ASSERT_TRUE(coll.ok());
  ASSERT_TRUE(store::move_registration(*conn, *coll, {RegistrationState::kDraft, RegistrationState::kSubmitted, 1,
                                                      std::nullopt, ""},
                                       kNow)
                  .ok());

  store::RegistrationQuery q;
  q.campaign_id = campaign_;
  q.limit = 3;
  auto page = store::list_registrations(*conn, q);
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(page->total, 8);
  EXPECT_EQ(page->counts[RegistrationState::kDraft], 7);
  EXPECT_EQ(page->counts[RegistrationState::kSubmitted], 1);
  ASSERT_EQ(page->items.size(), 3u);
  EXPECT_EQ(page->items[0].id, *coll) << "newest first";
  EXPECT_EQ(page->items[1].targets.size(), 2u) << "targets loaded with the page";
  EXPECT_EQ(page->items[1].initiatives.size(), 1u);

  q.state = RegistrationState::kDraft;
  q.offset = 6;
  page = store::list_registrations(*conn, q);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 7);
  EXPECT_EQ(page->items.size(), 1u);

  // Scoped to the office's subtree: the root's collective registration is out;
  // its own person sees their registration even without a scope.
  store::RegistrationQuery scoped;
  scoped.campaign_id = campaign_;
  scoped.scopes = std::vector<std::string>{};
  scoped.own_person = people[2];
  page = store::list_registrations(*conn, scoped);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].person_id, people[2]);
  auto office = store::find_unit(*conn, office_);
  ASSERT_TRUE(office.ok() && office->has_value());
  scoped.scopes = std::vector<std::string>{(*office)->path};
  scoped.own_person.reset();
  page = store::list_registrations(*conn, scoped);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 7);
  scoped.unit_id = root_;
  page = store::list_registrations(*conn, scoped);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 0);
}

TEST_F(RegistrationsStoreTest, PeopleBelongToTheDeepestParticipatingUnit) {
  auto conn = db_->acquire();
  auto team = store::find_unit(*conn, team_);
  ASSERT_TRUE(team.ok() && team->has_value());
  auto u = store::campaign_unit_holders(*conn, campaign_, {(*team)->path});
  ASSERT_TRUE(u.ok());
  ASSERT_EQ(u->count((*team)->path), 1u) << "the team (kind other) does not take part, its office does";
  EXPECT_EQ(u->at((*team)->path).id, office_);
  auto none = store::campaign_unit_holders(*conn, campaign_, {"/999/"});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->count("/999/"), 0u);

  auto by_name = store::people_by_folded_names(*conn, {"nguyen van an"});
  ASSERT_TRUE(by_name.ok());
  ASSERT_EQ(by_name->size(), 1u);
  EXPECT_EQ((*by_name)[0].id, person_);
  EXPECT_EQ((*by_name)[0].birth_date, "1985-03-15");
  auto by_id = store::people_by_ids(*conn, {person_, 987654});
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(by_id->size(), 1u);
}

}  // namespace
}  // namespace thidua
