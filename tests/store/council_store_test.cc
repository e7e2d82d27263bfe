// The council's storage on the engine under test: members and attendance,
// the items put to the ballot, the ballot itself (a second vote by the same
// member on the same item refused, counters bumped in place, receipts
// stored), the close with outcomes and nominations moved to passed/failed.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/seed_campaign.h"
#include "store/campaigns.h"
#include "store/council.h"
#include "store/units.h"
#include "store/users.h"
#include "support/test_db.h"

namespace thidua {
namespace {

constexpr const char* kNow = "2026-01-01T00:00:00.000Z";

class CouncilStoreTest : public test::DatabaseTest {
 protected:
  void SetUp() override {
    test::DatabaseTest::SetUp();
    if (!db_) GTEST_SKIP();
    auto conn = db_->acquire();
    core::Unit u;
    u.code = "STNMT";
    u.name = "Sở Tài nguyên và Môi trường";
    u.kind = core::UnitKind::kAgency;
    auto root = store::insert_unit(*conn, u, kNow);
    ASSERT_TRUE(root.ok());
    root_ = root->id;
    auto campaign = store::insert_campaign(*conn, app::seed_campaign({{"STNMT", root_}}), std::nullopt, "Hệ thống", kNow);
    ASSERT_TRUE(campaign.ok()) << campaign.error().message;
    campaign_ = *campaign;
    auto types = conn->query("SELECT id FROM campaign_award_types WHERE campaign_id = ? ORDER BY ord", {campaign_});
    ASSERT_TRUE(types.ok() && !types->empty());
    award_type_ = types->rows[0].i64(0);
    auto council = store::insert_council(*conn, root_, "Hội đồng Thi đua – Khen thưởng Sở", kNow);
    ASSERT_TRUE(council.ok());
    council_ = *council;
    for (const char* name : {"chutich", "thuky", "uyvien"}) {
      store::UserRecord rec;
      rec.username = name;
      rec.display_name = std::string("Đồng chí ") + name;
      rec.password_hash = "x";
      auto user = store::insert_user(*conn, rec, kNow);
      ASSERT_TRUE(user.ok());
      store::CouncilMember m;
      m.council_id = council_;
      m.user_id = user->id;
      m.full_name = rec.display_name;
      m.role = std::string(name) == "chutich" ? "chair" : std::string(name) == "thuky" ? "secretary" : "member";
      auto id = store::insert_member(*conn, m);
      ASSERT_TRUE(id.ok());
      members_.push_back(*id);
    }
  }

  int64_t nomination(const std::string& key, const std::string& state = "accepted") {
    auto conn = db_->acquire();
    auto row = conn->query(
        "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, nominee_unit_id, subject_key, state, "
        "submitted_at) VALUES (?,?,?,'collective',?,?,?,?) RETURNING id",
        {campaign_, award_type_, root_, root_, key, state, std::string(kNow)});
    EXPECT_TRUE(row.ok()) << (row.ok() ? "" : row.error().message);
    return row.ok() ? row->rows[0].i64(0) : 0;
  }

  // A session with every accepted nomination, all members present, opened.
  int64_t open_session(store::Connection& conn) {
    auto sid = store::insert_session(conn, campaign_, council_, "2023-10-05", "Phòng họp", std::nullopt, kNow);
    EXPECT_TRUE(sid.ok());
    EXPECT_TRUE(store::add_pending_items(conn, *sid, campaign_).ok());
    for (int64_t m : members_) EXPECT_TRUE(store::set_attendance(conn, *sid, m, true).ok());
    EXPECT_TRUE(store::open_ballot(conn, *sid, 3, "muoi", kNow).ok());
    return *sid;
  }

  int64_t root_ = 0, campaign_ = 0, award_type_ = 0, council_ = 0;
  std::vector<int64_t> members_;
};

TEST_F(CouncilStoreTest, ItemsAreTheAcceptedNominationsNotYetBalloted) {
  const int64_t a = nomination("u:1");
  nomination("u:2", "submitted");
  const int64_t c = nomination("u:3");
  auto conn = db_->acquire();
  auto first = store::insert_session(*conn, campaign_, council_, "2023-10-05", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(first.ok());
  auto added = store::add_pending_items(*conn, *first, campaign_);
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(*added, 2);
  auto items = store::session_items(*conn, *first);
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 2u);
  EXPECT_EQ((*items)[0].nomination_id, a);
  EXPECT_EQ((*items)[0].ord, 1);
  EXPECT_EQ((*items)[1].nomination_id, c);
  EXPECT_EQ((*items)[0].nominee_name, "Sở Tài nguyên và Môi trường");
  EXPECT_FALSE((*items)[0].agree.has_value()) << "no outcome before the close";
  // A second session gets nothing already put to a ballot.
  auto second = store::insert_session(*conn, campaign_, council_, "2023-10-06", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(second.ok());
  auto none = store::add_pending_items(*conn, *second, campaign_);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(*none, 0);
}

TEST_F(CouncilStoreTest, AttendanceIsUpsertedAndCounted) {
  auto conn = db_->acquire();
  auto sid = store::insert_session(*conn, campaign_, council_, "2023-10-05", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(sid.ok());
  ASSERT_TRUE(store::set_attendance(*conn, *sid, members_[0], true).ok());
  ASSERT_TRUE(store::set_attendance(*conn, *sid, members_[1], true).ok());
  ASSERT_TRUE(store::set_attendance(*conn, *sid, members_[1], false).ok());
  auto present = store::count_present(*conn, *sid);
  ASSERT_TRUE(present.ok());
  EXPECT_EQ(*present, 1);
  auto list = store::session_attendance(*conn, *sid, council_);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].member.role, "chair");
  EXPECT_TRUE((*list)[0].present);
  EXPECT_FALSE((*list)[1].present);
  EXPECT_FALSE((*list)[2].present) << "not marked means absent";
}

TEST_F(CouncilStoreTest, BallotCountsInPlaceRefusesASecondVoteAndKeepsReceipts) {
  nomination("u:1");
  nomination("u:2");
  auto conn = db_->acquire();
  const int64_t sid = open_session(*conn);
  auto items = store::session_items(*conn, sid);
  ASSERT_TRUE(items.ok() && items->size() == 2u);
  const int64_t first = (*items)[0].id, second = (*items)[1].id;

  ASSERT_TRUE(store::cast_vote(*conn, first, members_[0], store::Choice::kAgree, "r-a").ok());
  ASSERT_TRUE(store::cast_vote(*conn, first, members_[1], store::Choice::kAgree, "r-b").ok());
  ASSERT_TRUE(store::cast_vote(*conn, first, members_[2], store::Choice::kDisagree, "r-c").ok());
  ASSERT_TRUE(store::cast_vote(*conn, second, members_[0], store::Choice::kDisagree, "r-d").ok());

  ASSERT_TRUE(conn->begin().ok());
  auto again = store::cast_vote(*conn, first, members_[0], store::Choice::kDisagree, "r-e");
  ASSERT_TRUE(conn->rollback().ok());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  EXPECT_EQ(again.error().message, "Đồng chí đã bỏ phiếu cho đề nghị này.");

  auto voted = store::members_who_voted(*conn, sid);
  ASSERT_TRUE(voted.ok());
  EXPECT_EQ(*voted, 3);
  auto mine = store::items_voted_by(*conn, sid, members_[0]);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(*mine, (std::vector<int64_t>{first, second}));

  auto tallies = store::read_tallies_for_close(*conn, sid);
  ASSERT_TRUE(tallies.ok());
  ASSERT_EQ(tallies->size(), 2u);
  EXPECT_EQ((*tallies)[0].agree, 2);
  EXPECT_EQ((*tallies)[0].disagree, 1) << "the refused second vote counted nothing";
  EXPECT_EQ((*tallies)[1].agree, 0);
  EXPECT_EQ((*tallies)[1].disagree, 1);
  // One tally row per item, however many ballots: no row per choice.
  auto rows = conn->query("SELECT count(*) FROM ballot_tallies");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(rows->rows[0].i64(0), 2);

  auto receipts = store::session_receipts(*conn, sid);
  ASSERT_TRUE(receipts.ok());
  std::vector<std::string> codes;
  for (const auto& r : *receipts) codes.push_back(r.receipt);
  EXPECT_EQ(codes, (std::vector<std::string>{"r-a", "r-b", "r-c", "r-d"}));
}

TEST_F(CouncilStoreTest, VotesNeedAnOpenBallot) {
  nomination("u:1");
  auto conn = db_->acquire();
  auto sid = store::insert_session(*conn, campaign_, council_, "2023-10-05", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(sid.ok());
  ASSERT_TRUE(store::add_pending_items(*conn, *sid, campaign_).ok());
  auto items = store::session_items(*conn, *sid);
  ASSERT_TRUE(items.ok() && items->size() == 1u);
  ASSERT_TRUE(conn->begin().ok());
  auto early = store::cast_vote(*conn, (*items)[0].id, members_[0], store::Choice::kAgree, "r");
  ASSERT_TRUE(conn->rollback().ok());
  EXPECT_FALSE(early.ok()) << "no tally row exists before the ballot opens";
  ASSERT_TRUE(store::open_ballot(*conn, *sid, 3, "muoi", kNow).ok());
  auto twice = store::open_ballot(*conn, *sid, 3, "muoi", kNow);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, core::errc::kConflict);
}

TEST_F(CouncilStoreTest, CloseWritesOutcomesAndMovesNominations) {
  const int64_t pass = nomination("u:1");
  const int64_t fail = nomination("u:2");
  auto conn = db_->acquire();
  const int64_t sid = open_session(*conn);
  auto items = store::session_items(*conn, sid);
  ASSERT_TRUE(items.ok() && items->size() == 2u);
  std::vector<store::ItemOutcome> outcomes = {{(*items)[0].id, pass, 3, 0, 0, 2, true},
                                              {(*items)[1].id, fail, 1, 2, 0, 2, false}};
  ASSERT_TRUE(store::close_ballot(*conn, sid, outcomes, kNow).ok());
  auto after = store::session_items(*conn, sid);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ((*after)[0].agree, 3);
  EXPECT_EQ((*after)[0].required_agree, 2);
  EXPECT_EQ((*after)[0].passed, true);
  EXPECT_EQ((*after)[1].disagree, 2);
  EXPECT_EQ((*after)[1].passed, false);
  auto states = conn->query("SELECT state FROM nominations ORDER BY id");
  ASSERT_TRUE(states.ok());
  EXPECT_EQ(states->rows[0].str(0), "passed");
  EXPECT_EQ(states->rows[1].str(0), "failed");
  auto session = store::find_session(*conn, sid);
  ASSERT_TRUE(session.ok() && session->has_value());
  EXPECT_EQ((*session)->state, "closed");
  EXPECT_TRUE((*session)->closed_at.has_value());
  auto again = store::close_ballot(*conn, sid, outcomes, kNow);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
}

TEST_F(CouncilStoreTest, MembersAreUniquePerCouncilAndListedByRole) {
  auto conn = db_->acquire();
  auto members = store::council_members(*conn, council_);
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->size(), 3u);
  EXPECT_EQ((*members)[0].role, "chair");
  EXPECT_EQ((*members)[1].role, "secretary");
  EXPECT_EQ((*members)[2].username, "uyvien");
  store::CouncilMember dup = (*members)[2];
  auto again = store::insert_member(*conn, dup);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  ASSERT_TRUE(store::set_member_active(*conn, dup.id, false).ok());
  auto council = store::find_council(*conn, council_);
  ASSERT_TRUE(council.ok() && council->has_value());
  EXPECT_EQ((*council)->active_members, 2);
  auto listed = store::list_councils(*conn, {}, (*members)[0].user_id, 0, 10);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 1u) << "a member sees their council without any scope";
  auto none = store::list_councils(*conn, {}, dup.user_id, 0, 10);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty()) << "an inactive member does not";
}

}  // namespace
}  // namespace thidua
