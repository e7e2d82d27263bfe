// Submissions on the engine under test (store/submissions.h): one per
// proposal, the queue newest first in keyset pages with counts per state,
// updates guarded by version, the list's verdicts and council conclusion read
// back, nominations moved only from the state named, and the specialists of
// a receiving agency found among the grants that reach it.
#include <gtest/gtest.h>

#include <set>

#include "app/seed_campaign.h"
#include "store/campaigns.h"
#include "store/decisions.h"
#include "store/submissions.h"
#include "store/units.h"
#include "store/users.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-12-06T08:00:00.000Z";

class SubmissionsStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) return;
    root_ = unit("STNMT", std::nullopt, "Sở Tài nguyên và Môi trường");
    office_ = unit("STNMT-VP", root_, "Văn phòng Sở");
    body_ = unit("BTDKT", std::nullopt, "Ban Thi đua – Khen thưởng tỉnh");
    body_office_ = unit("BTDKT-P1", body_, "Phòng Nghiệp vụ 1");
    core::Campaign plan = app::seed_campaign({{"STNMT", root_}, {"STNMT-VP", office_}});
    auto conn = db_->acquire();
    auto id = store::insert_campaign(*conn, plan, std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(id.ok()) << id.error().message;
    campaign_ = *id;
    auto c = store::find_campaign(*conn, campaign_);
    ASSERT_TRUE(c.ok() && c->has_value());
    award_ = (*c)->award_types.at(1).id;
    person_ = add_person("Nguyễn Văn An", office_);
    store::ReceivingAgency a;
    a.unit_id = body_;
    a.decision_symbol = "QĐ-UBND";
    a.authority = "Chủ tịch Ủy ban nhân dân tỉnh";
    ASSERT_TRUE(store::put_receiving_agency(*conn, a, kNow).ok());
  }
  int64_t unit(const std::string& code, std::optional<int64_t> parent, const std::string& name) {
    core::Unit u;
    u.code = code;
    u.name = name;
    u.kind = parent ? core::UnitKind::kOffice : core::UnitKind::kAgency;
    u.parent_id = parent;
    auto conn = db_->acquire();
    auto stored = store::insert_unit(*conn, u, kNow);
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message);
    return stored.ok() ? stored->id : 0;
  }
  int64_t scalar(const std::string& sql, const store::Params& params) {
    auto conn = db_->acquire();
    auto rows = conn->query(sql, params);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message);
    return rows.ok() && !rows->empty() ? (*rows)[0].i64(0) : -1;
  }
  // A nomination of the person in `state` and a proposal listing it.
  std::pair<int64_t, int64_t> proposal(const std::string& state) {
    const int64_t n = scalar(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, person_id, subject_key, report, "
        "state, submitted_at) VALUES (?,?,?,'individual',?,?,'',?,?) RETURNING id",
        {campaign_, award_, office_, person_, "p:" + std::to_string(person_) + ":" + std::to_string(++serial_), state,
         std::string(kNow)});
    core::DecisionRecord d;
    d.campaign_id = campaign_;
    d.award_type_id = award_;
    d.kind = core::DecisionKind::kProposal;
    d.issuing_unit_id = root_;
    d.doc_symbol = "TTr-STNMT";
    d.title = "Tờ trình đề nghị";
    d.drafted_at = kNow;
    auto conn = db_->acquire();
    auto id = store::insert_decision(*conn, d);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    EXPECT_TRUE(store::insert_decision_items(*conn, *id, {n}).ok());
    return {*id, n};
  }
  core::Result<int64_t> submit(int64_t decision, int64_t nomination) {
    store::SubmissionRecord s;
    s.decision_id = decision;
    s.sender_unit_id = root_;
    s.receiver_unit_id = body_;
    s.title = "Tờ trình đề nghị";
    s.sender_name = "Sở Tài nguyên và Môi trường";
    s.proposal_number_symbol = "01/TTr-STNMT";
    s.award_name = "Bằng khen";
    s.year = 2023;
    s.sent_at = kNow;
    s.updated_at = kNow;
    store::SubmissionItem i;
    i.nomination_id = nomination;
    i.ord = 1;
    i.subject = "individual";
    i.person_id = person_;
    i.name = "Nguyễn Văn An";
    auto conn = db_->acquire();
    return store::insert_submission(*conn, s, {i});
  }
  int64_t root_ = 0, office_ = 0, body_ = 0, body_office_ = 0, campaign_ = 0, award_ = 0, person_ = 0;
  int serial_ = 0;
};

TEST_F(SubmissionsStoreTest, OneSubmissionPerProposalAndTheQueueInKeysetPages) {
  if (!db_) GTEST_SKIP();
  std::vector<int64_t> ids;
  for (int i = 0; i < 5; ++i) {
    auto [decision, nomination] = proposal("proposed");
    auto id = submit(decision, nomination);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ids.push_back(*id);
    if (i == 0) {
      auto again = submit(decision, nomination);
      ASSERT_FALSE(again.ok());
      EXPECT_EQ(again.error().code, core::errc::kConflict);
    }
  }
  auto conn = db_->acquire();
  auto agencies = store::receiving_agencies(*conn);
  ASSERT_TRUE(agencies.ok());
  ASSERT_EQ(agencies->size(), 1u);
  EXPECT_EQ(agencies->front().path, "/" + std::to_string(body_) + "/");
  store::QueueQuery q;
  q.receiver_ids = {body_};
  q.limit = 2;
  std::vector<int64_t> seen;
  for (int page = 0; page < 4; ++page) {
    auto rows = store::submission_queue(*conn, q);
    ASSERT_TRUE(rows.ok());
    if (rows->empty()) break;
    for (const auto& r : *rows) {
      seen.push_back(r.id);
      EXPECT_EQ(r.items, 1);
      EXPECT_EQ(r.campaign_id, campaign_);
    }
    q.before_id = rows->back().id;
  }
  EXPECT_EQ(seen, std::vector<int64_t>(ids.rbegin(), ids.rend()));
  // Another receiver's queue is empty; a state filter narrows it.
  q = {};
  q.receiver_ids = {root_};
  EXPECT_TRUE(store::submission_queue(*conn, q)->empty());
  auto first = store::find_submission(*conn, ids[0], true);
  ASSERT_TRUE(first.ok() && first->has_value());
  store::SubmissionRecord s = **first;
  s.state = core::SubmissionState::kReceived;
  s.received_number = 1;
  s.received_date = "2026-12-06";
  ASSERT_TRUE(store::update_submission(*conn, s, s.version).ok());
  auto stale = store::update_submission(*conn, s, s.version);  // the version moved on
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, core::errc::kConflict);
  q.receiver_ids = {body_};
  q.state = core::SubmissionState::kReceived;
  auto received = store::submission_queue(*conn, q);
  ASSERT_TRUE(received.ok());
  ASSERT_EQ(received->size(), 1u);
  EXPECT_EQ(received->front().received_number, 1);
  auto counts = store::count_queue(*conn, {body_});
  ASSERT_TRUE(counts.ok());
  int64_t sent = 0, got = 0;
  for (const auto& [state, n] : *counts) {
    if (state == core::SubmissionState::kSent) sent = n;
    if (state == core::SubmissionState::kReceived) got = n;
  }
  EXPECT_EQ(sent, 4);
  EXPECT_EQ(got, 1);
}

TEST_F(SubmissionsStoreTest, VerdictsConclusionsRoundsAndEventsReadBack) {
  if (!db_) GTEST_SKIP();
  auto [decision, nomination] = proposal("proposed");
  auto id = submit(decision, nomination);
  ASSERT_TRUE(id.ok());
  auto conn = db_->acquire();
  auto items = store::submission_items(*conn, *id);
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 1u);
  EXPECT_FALSE(items->front().agreed.has_value());
  (*items)[0].verdict = "not_met";
  (*items)[0].verdict_reason = "Chưa đủ hai năm Lao động tiên tiến";
  (*items)[0].agreed = false;
  ASSERT_TRUE(store::set_item_verdicts(*conn, *id, *items).ok());
  ASSERT_TRUE(store::set_item_agreed(*conn, *id, *items).ok());
  auto back = store::submission_items(*conn, *id);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->front().verdict, "not_met");
  EXPECT_EQ(back->front().verdict_reason, "Chưa đủ hai năm Lao động tiên tiến");
  ASSERT_TRUE(back->front().agreed.has_value());
  EXPECT_FALSE(*back->front().agreed);
  for (int round : {1, 2}) {
    store::SubmissionRound r;
    r.round = round;
    r.note = "Lần " + std::to_string(round);
    r.dossier_sha256 = std::string(64, round == 1 ? 'a' : 'b');
    r.dossier_size = 100 * round;
    r.sent_at = kNow;
    ASSERT_TRUE(store::insert_round(*conn, *id, r, std::nullopt).ok());
    store::SubmissionEvent e;
    e.round = round;
    e.kind = round == 1 ? "sent" : "resent";
    e.at = kNow;
    ASSERT_TRUE(store::append_event(*conn, *id, e, std::nullopt).ok());
  }
  auto rounds = store::submission_rounds(*conn, *id);
  ASSERT_TRUE(rounds.ok());
  ASSERT_EQ(rounds->size(), 2u);
  EXPECT_EQ((*rounds)[1].dossier_sha256, std::string(64, 'b'));
  auto events = store::submission_events(*conn, *id);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[1].kind, "resent");
  // Nominations move only from the state named, only in the campaign named.
  auto moved = store::move_nominations(*conn, campaign_, {nomination}, "passed", "granted");
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(*moved, 0);
  moved = store::move_nominations(*conn, campaign_ + 1000, {nomination}, "proposed", "granted");
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(*moved, 0);
  moved = store::move_nominations(*conn, campaign_, {nomination}, "proposed", "granted");
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(*moved, 1);
}

TEST_F(SubmissionsStoreTest, SpecialistsHoldTheRoleOnTheReceivingUnitOrAboveIt) {
  if (!db_) GTEST_SKIP();
  auto conn = db_->acquire();
  auto user = [&](const std::string& name, int64_t unit_id, core::Role role, bool disabled) {
    core::UserRecord u;
    u.username = name;
    u.display_name = name;
    u.password_hash = "x";
    auto made = store::insert_user(*conn, u, kNow);
    EXPECT_TRUE(made.ok());
    if (disabled) {
      made->disabled = true;
      EXPECT_TRUE(store::save_user(*conn, *made, kNow).ok());
    }
    EXPECT_TRUE(store::insert_grant(*conn, made->id, role, unit_id).ok());
    return made->id;
  };
  // The receiving unit is the Ban's division inside its agency: a grant on the
  // division or on the agency reaches it; one beside it or elsewhere does not.
  const int64_t on_division = user("cv1", body_office_, core::Role::kSecretariat, false);
  const int64_t on_agency = user("cv2", body_, core::Role::kSecretariat, false);
  user("cv-khoa", body_, core::Role::kSecretariat, true);
  user("ld", body_, core::Role::kLeader, false);
  user("tt-so", root_, core::Role::kSecretariat, false);
  const int64_t beside = unit("BTDKT-P2", body_, "Phòng Nghiệp vụ 2");
  user("cv-p2", beside, core::Role::kSecretariat, false);
  const std::string division_path = "/" + std::to_string(body_) + "/" + std::to_string(body_office_) + "/";
  auto found = store::accounts_with_roles_over(*conn, {core::Role::kSecretariat}, division_path, 10);
  ASSERT_TRUE(found.ok());
  std::set<int64_t> ids;
  for (const auto& p : *found) ids.insert(p.user_id);
  EXPECT_EQ(ids, (std::set<int64_t>{on_division, on_agency}));
  auto capped = store::accounts_with_roles_over(*conn, {core::Role::kSecretariat}, division_path, 1);
  ASSERT_TRUE(capped.ok());
  EXPECT_EQ(capped->size(), 1u);
}

}  // namespace
}  // namespace thidua
