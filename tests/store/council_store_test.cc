// The council's storage on the engine under test: members and attendance,
// the items put to the ballot, the ballot box (a second ballot by the same
// member on the same item refused, no member beside a ballot, nothing
// counted in place), the committee's key steps, recusals, and the close that
// publishes the box in tracker order and moves nominations to passed/failed.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/seed_campaign.h"
#include "store/ballot.h"
#include "store/campaigns.h"
#include "store/council.h"
#include "store/migrations.h"
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
      core::UserRecord rec;
      rec.username = name;
      rec.display_name = std::string("Đồng chí ") + name;
      rec.password_hash = "x";
      auto user = store::insert_user(*conn, rec, kNow);
      ASSERT_TRUE(user.ok());
      core::CouncilMember m;
      m.council_id = council_;
      m.user_id = user->id;
      m.full_name = rec.display_name;
      m.role = std::string(name) == "chutich" ? core::CouncilRole::kChair
               : std::string(name) == "thuky" ? core::CouncilRole::kSecretary
                                              : core::CouncilRole::kMember;
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
    EXPECT_TRUE(store::start_keying(conn, *sid, 3, {members_[0], members_[1]}).ok());
    EXPECT_TRUE(store::open_voting(conn, *sid, std::string(64, 'a'), kNow).ok());
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
  EXPECT_EQ((*list)[0].member.role, core::CouncilRole::kChair);
  EXPECT_TRUE((*list)[0].present);
  EXPECT_FALSE((*list)[1].present);
  EXPECT_FALSE((*list)[2].present) << "not marked means absent";
}

TEST_F(CouncilStoreTest, TheBoxKeepsBallotsWithoutVotersAndRefusesASecondOne) {
  nomination("u:1");
  nomination("u:2");
  auto conn = db_->acquire();
  const int64_t sid = open_session(*conn);
  auto items = store::session_items(*conn, sid);
  ASSERT_TRUE(items.ok() && items->size() == 2u);
  const int64_t first = (*items)[0].id, second = (*items)[1].id;

  ASSERT_TRUE(store::cast_ballot(*conn, first, members_[0], "m1", "t-c", "ballot-1").ok());
  ASSERT_TRUE(store::cast_ballot(*conn, first, members_[1], "m2", "t-a", "ballot-2").ok());
  ASSERT_TRUE(store::cast_ballot(*conn, first, members_[2], "m3", "t-b", "ballot-3").ok());
  ASSERT_TRUE(store::cast_ballot(*conn, second, members_[0], "m4", "t-d", "ballot-4").ok());

  ASSERT_TRUE(conn->begin().ok());
  auto again = store::cast_ballot(*conn, first, members_[0], "m5", "t-e", "ballot-5");
  ASSERT_TRUE(conn->rollback().ok());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  EXPECT_EQ(again.error().message, "Đồng chí đã bỏ phiếu cho đề nghị này.");

  auto voted = store::members_who_voted(*conn, sid);
  ASSERT_TRUE(voted.ok());
  EXPECT_EQ(*voted, 3);
  auto mine = store::items_marked_by(*conn, sid, members_[0]);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(*mine, (std::vector<int64_t>{first, second}));

  // The box holds the ballots by tracker; no column names a member.
  auto box = store::boxed_ballots(*conn, sid);
  ASSERT_TRUE(box.ok());
  ASSERT_EQ(box->size(), 4u) << "the refused second ballot stored nothing";
  EXPECT_EQ((*box)[0].tracker, "t-a");
  EXPECT_EQ((*box)[1].tracker, "t-b");
  EXPECT_EQ((*box)[2].tracker, "t-c");
  auto columns = conn->query("SELECT * FROM ballot_box LIMIT 1");
  ASSERT_TRUE(columns.ok());
  EXPECT_EQ(columns->columns, (std::vector<std::string>{"tracker", "item_id", "ballot"}));
  auto known = store::known_trackers(*conn, sid, {"t-a", "t-zz", "t-d"});
  ASSERT_TRUE(known.ok());
  std::sort(known->begin(), known->end());
  EXPECT_EQ(*known, (std::vector<std::string>{"t-a", "t-d"}));
}

TEST_F(CouncilStoreTest, VotesNeedAnOpenBallotAndTheCommitteeDrawsOnce) {
  nomination("u:1");
  auto conn = db_->acquire();
  auto sid = store::insert_session(*conn, campaign_, council_, "2023-10-05", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(sid.ok());
  ASSERT_TRUE(store::add_pending_items(*conn, *sid, campaign_).ok());
  ASSERT_TRUE(store::start_keying(*conn, *sid, 3, {members_[0], members_[2]}).ok());
  auto twice = store::start_keying(*conn, *sid, 3, {members_[0], members_[2]});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, core::errc::kConflict);
  ASSERT_TRUE(store::set_share_point(*conn, *sid, members_[0], std::string(64, 'b')).ok());
  auto redraw = store::set_share_point(*conn, *sid, members_[0], std::string(64, 'c'));
  ASSERT_FALSE(redraw.ok()) << "a share is drawn once";
  EXPECT_EQ(redraw.error().code, core::errc::kConflict);
  EXPECT_FALSE(store::set_share_point(*conn, *sid, members_[1], std::string(64, 'd')).ok()) << "no seat";
  auto seats = store::ballot_committee(*conn, *sid);
  ASSERT_TRUE(seats.ok());
  ASSERT_EQ(seats->size(), 2u);
  EXPECT_EQ((*seats)[0].share_point, std::string(64, 'b'));
  EXPECT_EQ((*seats)[1].share_point, "");
  // Renaming the committee empties it; opening needs the keying state.
  ASSERT_TRUE(store::cancel_keying(*conn, *sid).ok());
  seats = store::ballot_committee(*conn, *sid);
  ASSERT_TRUE(seats.ok());
  EXPECT_TRUE(seats->empty());
  EXPECT_FALSE(store::open_voting(*conn, *sid, std::string(64, 'e'), kNow).ok());
  ASSERT_TRUE(store::start_keying(*conn, *sid, 3, {members_[0], members_[1]}).ok());
  ASSERT_TRUE(store::open_voting(*conn, *sid, std::string(64, 'e'), kNow).ok());
  auto session = store::find_session(*conn, *sid);
  ASSERT_TRUE(session.ok() && session->has_value());
  EXPECT_EQ((*session)->state, core::SessionState::kVoting);
  EXPECT_EQ((*session)->election_key, std::string(64, 'e'));
}

TEST_F(CouncilStoreTest, RecusalsKeepTheirKindAndReason) {
  nomination("u:1");
  auto conn = db_->acquire();
  auto sid = store::insert_session(*conn, campaign_, council_, "2023-10-05", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(sid.ok());
  ASSERT_TRUE(store::add_pending_items(*conn, *sid, campaign_).ok());
  auto items = store::session_items(*conn, *sid);
  ASSERT_TRUE(items.ok() && items->size() == 1u);
  const int64_t item = (*items)[0].id;
  auto added = store::insert_recusal(*conn, {item, members_[2], "", core::RecusalKind::kDeclared, "Vợ của người được đề nghị"});
  ASSERT_TRUE(added.ok());
  EXPECT_TRUE(*added);
  auto dup = store::insert_recusal(*conn, {item, members_[2], "", core::RecusalKind::kNominee, "x"});
  ASSERT_TRUE(dup.ok());
  EXPECT_FALSE(*dup) << "the first mark stays";
  ASSERT_TRUE(store::insert_recusal(*conn, {item, members_[0], "", core::RecusalKind::kNominee, "Là người được đề nghị"}).ok());
  auto list = store::session_recusals(*conn, *sid);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  auto removed = store::delete_declared_recusal(*conn, item, members_[0]);
  ASSERT_TRUE(removed.ok());
  EXPECT_FALSE(*removed) << "a nominee's recusal is not removed by hand";
  removed = store::delete_declared_recusal(*conn, item, members_[2]);
  ASSERT_TRUE(removed.ok());
  EXPECT_TRUE(*removed);
  list = store::session_recusals(*conn, *sid);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].kind, core::RecusalKind::kNominee);
}

TEST_F(CouncilStoreTest, CloseWritesOutcomesPublishesTheBoxAndMovesNominations) {
  const int64_t pass = nomination("u:1");
  const int64_t fail = nomination("u:2");
  auto conn = db_->acquire();
  const int64_t sid = open_session(*conn);
  auto items = store::session_items(*conn, sid);
  ASSERT_TRUE(items.ok() && items->size() == 2u);
  ASSERT_TRUE(store::cast_ballot(*conn, (*items)[0].id, members_[2], "m1", "t-z", "ballot-z").ok());
  ASSERT_TRUE(store::cast_ballot(*conn, (*items)[0].id, members_[0], "m2", "t-y", "ballot-y").ok());
  ASSERT_TRUE(store::cast_ballot(*conn, (*items)[1].id, members_[1], "m3", "t-x", "ballot-x").ok());
  std::vector<core::ItemOutcome> outcomes = {{(*items)[0].id, pass, 3, 0, 0, 2, 0, true, "dec-a"},
                                              {(*items)[1].id, fail, 1, 2, 0, 2, 1, false, "dec-c"}};
  auto box = store::boxed_ballots(*conn, sid);
  ASSERT_TRUE(box.ok() && box->size() == 3u);
  (*box)[0].valid = false;
  ASSERT_TRUE(store::close_ballot(*conn, sid, 1, outcomes, *box, kNow).ok());
  auto after = store::session_items(*conn, sid);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ((*after)[0].agree, 3);
  EXPECT_EQ((*after)[0].required_agree, 2);
  EXPECT_EQ((*after)[0].passed, true);
  EXPECT_EQ((*after)[0].agree_decryption, "dec-a");
  EXPECT_EQ((*after)[1].disagree, 2);
  EXPECT_EQ((*after)[1].passed, false);
  EXPECT_EQ((*after)[1].recused, 1);
  auto states = conn->query("SELECT state FROM nominations ORDER BY id");
  ASSERT_TRUE(states.ok());
  EXPECT_EQ(states->rows[0].str(0), "passed");
  EXPECT_EQ(states->rows[1].str(0), "failed");
  auto session = store::find_session(*conn, sid);
  ASSERT_TRUE(session.ok() && session->has_value());
  EXPECT_EQ((*session)->state, core::SessionState::kClosed);
  EXPECT_TRUE((*session)->closed_at.has_value());
  EXPECT_EQ((*session)->minutes_number, std::optional<int64_t>(1));
  // The box is published in (item, tracker) order and emptied; the marks
  // become "voted in the session".
  auto published = store::published_ballots(*conn, sid);
  ASSERT_TRUE(published.ok());
  ASSERT_EQ(published->size(), 3u);
  EXPECT_EQ((*published)[0].tracker, "t-y");
  EXPECT_EQ((*published)[1].tracker, "t-z");
  EXPECT_EQ((*published)[2].tracker, "t-x");
  EXPECT_FALSE((*published)[0].valid) << "validity as the close found it";
  EXPECT_TRUE((*published)[1].valid);
  auto left = conn->query("SELECT (SELECT count(*) FROM ballot_box) + (SELECT count(*) FROM ballot_marks)");
  ASSERT_TRUE(left.ok());
  EXPECT_EQ(left->rows[0].i64(0), 0);
  auto voted = store::members_who_voted(*conn, sid);
  ASSERT_TRUE(voted.ok());
  EXPECT_EQ(*voted, 3);
  auto member_voted = store::member_voted(*conn, sid, members_[1]);
  ASSERT_TRUE(member_voted.ok());
  EXPECT_TRUE(*member_voted);
  auto again = store::close_ballot(*conn, sid, 2, outcomes, {}, kNow);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, core::errc::kConflict);
  EXPECT_TRUE(store::scrub_after_close(*conn).ok());
}

TEST_F(CouncilStoreTest, MembersAreUniquePerCouncilAndListedByRole) {
  auto conn = db_->acquire();
  auto members = store::council_members(*conn, council_);
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->size(), 3u);
  EXPECT_EQ((*members)[0].role, core::CouncilRole::kChair);
  EXPECT_EQ((*members)[1].role, core::CouncilRole::kSecretary);
  EXPECT_EQ((*members)[2].username, "uyvien");
  core::CouncilMember dup = (*members)[2];
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

namespace thidua {
namespace {

// Migration 080 on a database of the design before it: closed sessions keep
// their totals (participation becomes session_voters), open ballots go back
// to planned with a notice, and the old counters, receipts and salt are gone.
// The old state is made by undoing 080 on a fresh database.
TEST_F(CouncilStoreTest, MigrationFromTheCounterDesignKeepsClosedResultsAndReopensOpenBallots) {
  nomination("u:1");
  nomination("u:2");
  auto conn = db_->acquire();
  auto closed = store::insert_session(*conn, campaign_, council_, "2023-10-05", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(closed.ok());
  ASSERT_TRUE(store::add_pending_items(*conn, *closed, campaign_).ok());
  nomination("u:3");
  auto open = store::insert_session(*conn, campaign_, council_, "2023-10-06", "Phòng họp", std::nullopt, kNow);
  ASSERT_TRUE(open.ok());
  ASSERT_TRUE(store::add_pending_items(*conn, *open, campaign_).ok());
  auto items = conn->query("SELECT id, session_id FROM session_items ORDER BY id");
  ASSERT_TRUE(items.ok() && items->size() == 3u);
  const int64_t c1 = (*items)[0].i64(0), c2 = (*items)[1].i64(0), o1 = (*items)[2].i64(0);

  const std::string undo =
      "DROP TABLE ballot_committee; DROP TABLE session_recusals; DROP TABLE ballot_box; DROP TABLE ballot_marks; "
      "DROP TABLE published_ballots; DROP TABLE session_voters; "
      "ALTER TABLE council_sessions DROP COLUMN election_key; ALTER TABLE council_sessions DROP COLUMN notice; "
      "ALTER TABLE council_sessions ADD COLUMN ballot_salt TEXT NOT NULL DEFAULT ''; "
      "ALTER TABLE campaign_award_types DROP COLUMN recused_leave_base; "
      "ALTER TABLE session_items DROP COLUMN recused; ALTER TABLE session_items DROP COLUMN agree_decryption; "
      "CREATE TABLE ballot_participation (item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE, "
      "member_id BIGINT NOT NULL REFERENCES council_members(id), PRIMARY KEY (item_id, member_id)); "
      "CREATE TABLE ballot_tallies (item_id BIGINT PRIMARY KEY REFERENCES session_items(id) ON DELETE CASCADE, "
      "agree INTEGER NOT NULL DEFAULT 0, disagree INTEGER NOT NULL DEFAULT 0, invalid INTEGER NOT NULL DEFAULT 0); "
      "CREATE TABLE ballot_receipts (item_id BIGINT NOT NULL REFERENCES session_items(id) ON DELETE CASCADE, "
      "receipt TEXT NOT NULL, PRIMARY KEY (item_id, receipt)); "
      "DELETE FROM schema_migrations WHERE version = 80;";
  ASSERT_TRUE(conn->exec_script(undo).ok());
  // The old design's rows: a closed session counted in place, an open one.
  const std::string ids = std::to_string(c1) + "," + std::to_string(c2);
  ASSERT_TRUE(conn->exec("UPDATE council_sessions SET state = 'closed', members_total = 3, ballot_salt = 'muoi', "
                         "opened_at = ?, closed_at = ? WHERE id = ?", {std::string(kNow), std::string(kNow), *closed})
                  .ok());
  ASSERT_TRUE(conn->exec("UPDATE session_items SET agree = 2, disagree = 1, invalid = 0, required_agree = 2, "
                         "passed = 1 WHERE id IN (" + ids + ")").ok());
  ASSERT_TRUE(conn->exec("UPDATE council_sessions SET state = 'voting', members_total = 3, ballot_salt = 'salt', "
                         "opened_at = ? WHERE id = ?", {std::string(kNow), *open})
                  .ok());
  for (int64_t item : {c1, c2, o1}) {
    ASSERT_TRUE(conn->exec("INSERT INTO ballot_tallies (item_id, agree, disagree) VALUES (?, 1, 1)", {item}).ok());
    for (int64_t m : {members_[0], members_[2]}) {
      ASSERT_TRUE(conn->exec("INSERT INTO ballot_participation (item_id, member_id) VALUES (?,?)", {item, m}).ok());
      ASSERT_TRUE(conn->exec("INSERT INTO ballot_receipts (item_id, receipt) VALUES (?,?)",
                             {item, "r" + std::to_string(item) + "-" + std::to_string(m)})
                      .ok());
    }
  }

  // Migration 080 alone again, in one transaction as migrate() runs it (the
  // later ones stay applied).
  bool found = false;
  for (const auto& m : store::migrations_for(db_->engine())) {
    if (m.version != 80) continue;
    found = true;
    auto ran = store::in_transaction(*conn, [&]() -> core::Status {
      THIDUA_TRY(conn->exec_script(m.sql));
      THIDUA_TRY(conn->exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (80, ?, ?)",
                            {m.name, std::string(kNow)}));
      return {};
    });
    ASSERT_TRUE(ran.ok()) << ran.error().message;
  }
  ASSERT_TRUE(found);
  auto before = store::find_session(*conn, *closed);
  ASSERT_TRUE(before.ok() && before->has_value());
  EXPECT_EQ((*before)->state, core::SessionState::kClosed);
  EXPECT_EQ((*before)->notice, "");
  auto kept = store::session_items(*conn, *closed);
  ASSERT_TRUE(kept.ok() && kept->size() == 2u);
  EXPECT_EQ((*kept)[0].agree, 2);
  EXPECT_EQ((*kept)[1].disagree, 1);
  EXPECT_EQ((*kept)[0].passed, true);
  auto voted = store::members_who_voted(*conn, *closed);
  ASSERT_TRUE(voted.ok());
  EXPECT_EQ(*voted, 2);
  auto reopened = store::find_session(*conn, *open);
  ASSERT_TRUE(reopened.ok() && reopened->has_value());
  EXPECT_EQ((*reopened)->state, core::SessionState::kPlanned);
  EXPECT_EQ((*reopened)->notice, "reopened_after_upgrade");
  EXPECT_FALSE((*reopened)->opened_at.has_value());
  auto none_voted = store::members_who_voted(*conn, *open);
  ASSERT_TRUE(none_voted.ok());
  EXPECT_EQ(*none_voted, 0) << "the uncounted old votes are gone";
  for (const char* gone : {"ballot_tallies", "ballot_receipts", "ballot_participation"}) {
    EXPECT_FALSE(conn->query(std::string("SELECT 1 FROM ") + gone).ok()) << gone << " was dropped";
  }
  EXPECT_FALSE(conn->query("SELECT ballot_salt FROM council_sessions").ok());
  auto rule = conn->query("SELECT recused_leave_base FROM campaign_award_types ORDER BY id LIMIT 1");
  ASSERT_TRUE(rule.ok() && !rule->empty());
  EXPECT_EQ(rule->rows[0].i64(0), 1);
}

}  // namespace
}  // namespace thidua
