#include "store/ballot.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/messages_vi/ballot.h"
#include "core/messages_vi/council.h"
#include "core/messages_vi/storage.h"

namespace thidua::store {

namespace msg = core::messages_vi;

core::Status start_keying(Connection& conn, int64_t session_id, int members_total,
                          const std::vector<int64_t>& committee_member_ids) {
  auto n = conn.exec(
      "UPDATE council_sessions SET state = 'keying', members_total = ?, notice = '' WHERE id = ? AND state = 'planned'",
      {static_cast<int64_t>(members_total), session_id});
  if (!n.ok()) return n.error();
  if (*n != 1) return core::make_error(core::errc::kConflict, msg::kSessionNotInPreparation);
  for (int64_t member_id : committee_member_ids) {
    THIDUA_TRY(conn.exec("INSERT INTO ballot_committee (session_id, member_id) VALUES (?,?)", {session_id, member_id}));
  }
  return {};
}

core::Result<std::vector<core::CommitteeSeat>> ballot_committee(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT b.member_id, m.user_id, m.full_name, b.share_point FROM ballot_committee b "
      "JOIN council_members m ON m.id = b.member_id WHERE b.session_id = ? ORDER BY b.member_id",
      {session_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::CommitteeSeat> out;
  for (const Row& r : *rows) out.push_back({r.i64(0), r.i64(1), r.str(2), r.str(3)});
  return out;
}

core::Status set_share_point(Connection& conn, int64_t session_id, int64_t member_id, const std::string& point_hex) {
  auto n = conn.exec(
      "UPDATE ballot_committee SET share_point = ? WHERE session_id = ? AND member_id = ? AND share_point = ''",
      {point_hex, session_id, member_id});
  if (!n.ok()) return n.error();
  if (*n != 1) return core::make_error(core::errc::kConflict, msg::kShareAlreadyDrawn);
  return {};
}

core::Status open_voting(Connection& conn, int64_t session_id, const std::string& election_key_hex,
                         const std::string& now) {
  auto n = conn.exec(
      "UPDATE council_sessions SET state = 'voting', election_key = ?, opened_at = ? WHERE id = ? AND state = 'keying'",
      {election_key_hex, now, session_id});
  if (!n.ok()) return n.error();
  if (*n != 1) return core::make_error(core::errc::kConflict, msg::kSessionNotKeying);
  return {};
}

core::Status cancel_keying(Connection& conn, int64_t session_id) {
  auto n = conn.exec(
      "UPDATE council_sessions SET state = 'planned', members_total = 0 WHERE id = ? AND state = 'keying'",
      {session_id});
  if (!n.ok()) return n.error();
  if (*n != 1) return core::make_error(core::errc::kConflict, msg::kSessionNotKeying);
  THIDUA_TRY(conn.exec("DELETE FROM ballot_committee WHERE session_id = ?", {session_id}));
  THIDUA_TRY(conn.exec(
      "DELETE FROM session_recusals WHERE kind = 'nominee' AND item_id IN "
      "(SELECT id FROM session_items WHERE session_id = ?)",
      {session_id}));
  return {};
}

core::Result<std::vector<std::pair<int64_t, int64_t>>> nominee_members(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT si.id, m.id FROM session_items si JOIN council_sessions s ON s.id = si.session_id "
      "JOIN nominations n ON n.id = si.nomination_id JOIN users u ON u.person_id = n.person_id "
      "JOIN council_members m ON m.user_id = u.id AND m.council_id = s.council_id "
      "WHERE si.session_id = ? ORDER BY si.id, m.id",
      {session_id});
  if (!rows.ok()) return rows.error();
  std::vector<std::pair<int64_t, int64_t>> out;
  for (const Row& r : *rows) out.emplace_back(r.i64(0), r.i64(1));
  return out;
}

core::Result<std::vector<core::Recusal>> session_recusals(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT r.item_id, r.member_id, m.full_name, r.kind, r.reason FROM session_recusals r "
      "JOIN session_items si ON si.id = r.item_id JOIN council_members m ON m.id = r.member_id "
      "WHERE si.session_id = ? ORDER BY si.ord, m.full_name, r.member_id",
      {session_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::Recusal> out;
  for (const Row& r : *rows) {
    out.push_back({r.i64(0), r.i64(1), r.str(2),
                   core::parse_recusal_kind(r.str(3)).value_or(core::RecusalKind::kDeclared), r.str(4)});
  }
  return out;
}

core::Result<bool> insert_recusal(Connection& conn, const core::Recusal& r) {
  auto n = conn.exec(
      "INSERT INTO session_recusals (item_id, member_id, kind, reason) VALUES (?,?,?,?) "
      "ON CONFLICT (item_id, member_id) DO NOTHING",
      {r.item_id, r.member_id, std::string(core::recusal_kind_code(r.kind)), r.reason});
  if (!n.ok()) return n.error();
  return *n == 1;
}

core::Result<bool> delete_declared_recusal(Connection& conn, int64_t item_id, int64_t member_id) {
  auto n = conn.exec("DELETE FROM session_recusals WHERE item_id = ? AND member_id = ? AND kind = 'declared'",
                     {item_id, member_id});
  if (!n.ok()) return n.error();
  return *n == 1;
}

core::Status cast_ballot(Connection& conn, int64_t item_id, int64_t member_id, const std::string& mark_id,
                         const std::string& tracker, const std::string& ballot) {
  auto took = conn.exec("INSERT INTO ballot_marks (id, item_id, member_id) VALUES (?,?,?)", {mark_id, item_id, member_id});
  if (!took.ok()) {
    if (took.error().code == core::errc::kConflict) {
      return core::make_error(core::errc::kConflict, msg::kAlreadyVoted, "votes");
    }
    return took.error();
  }
  THIDUA_TRY(conn.exec("INSERT INTO ballot_box (tracker, item_id, ballot) VALUES (?,?,?)", {tracker, item_id, ballot}));
  return {};
}

core::Result<std::vector<int64_t>> items_marked_by(Connection& conn, int64_t session_id, int64_t member_id) {
  auto rows = conn.query(
      "SELECT bm.item_id FROM ballot_marks bm JOIN session_items si ON si.id = bm.item_id "
      "WHERE si.session_id = ? AND bm.member_id = ? ORDER BY bm.item_id",
      {session_id, member_id});
  if (!rows.ok()) return rows.error();
  std::vector<int64_t> out;
  for (const Row& r : *rows) out.push_back(r.i64(0));
  return out;
}

core::Result<int> members_who_voted(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT (SELECT count(DISTINCT bm.member_id) FROM ballot_marks bm JOIN session_items si ON si.id = bm.item_id "
      "WHERE si.session_id = ?) + (SELECT count(*) FROM session_voters WHERE session_id = ?)",
      {session_id, session_id});
  if (!rows.ok()) return rows.error();
  return static_cast<int>(rows->rows.at(0).i64(0));
}

core::Result<bool> member_voted(Connection& conn, int64_t session_id, int64_t member_id) {
  auto rows = conn.query(
      "SELECT CASE WHEN EXISTS (SELECT 1 FROM ballot_marks bm JOIN session_items si ON si.id = bm.item_id "
      "WHERE si.session_id = ? AND bm.member_id = ?) OR EXISTS (SELECT 1 FROM session_voters "
      "WHERE session_id = ? AND member_id = ?) THEN 1 ELSE 0 END",
      {session_id, member_id, session_id, member_id});
  if (!rows.ok()) return rows.error();
  return rows->rows.at(0).i64(0) != 0;
}

core::Result<std::vector<core::StoredBallot>> boxed_ballots(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT b.item_id, b.tracker, b.ballot FROM ballot_box b JOIN session_items si ON si.id = b.item_id "
      "WHERE si.session_id = ? ORDER BY b.item_id, b.tracker",
      {session_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::StoredBallot> out;
  out.reserve(rows->rows.size());
  for (const Row& r : *rows) out.push_back({r.i64(0), r.str(1), r.str(2), true});
  return out;
}

core::Result<std::vector<std::string>> known_trackers(Connection& conn, int64_t session_id,
                                                      const std::vector<std::string>& trackers) {
  std::vector<std::string> out;
  if (trackers.empty()) return out;
  std::string in;
  Params all;
  all.reserve(2 * trackers.size() + 2);
  for (int round = 0; round < 2; ++round) {
    for (const auto& t : trackers) all.emplace_back(std::in_place_type<std::string>, t);
    all.emplace_back(std::in_place_type<int64_t>, session_id);
  }
  for (size_t i = 0; i < trackers.size(); ++i) in += i == 0 ? "?" : ",?";
  auto rows = conn.query(
      "SELECT b.tracker FROM ballot_box b JOIN session_items si ON si.id = b.item_id WHERE b.tracker IN (" + in +
          ") AND si.session_id = ? UNION SELECT p.tracker FROM published_ballots p JOIN session_items si ON "
          "si.id = p.item_id WHERE p.tracker IN (" + in + ") AND si.session_id = ?",
      all);
  if (!rows.ok()) return rows.error();
  for (const Row& r : *rows) out.push_back(r.str(0));
  return out;
}

core::Status close_ballot(Connection& conn, int64_t session_id, int64_t minutes_number,
                          const std::vector<core::ItemOutcome>& outcomes, const std::vector<core::StoredBallot>& ballots,
                          const std::string& now) {
  auto n = conn.exec(
      "UPDATE council_sessions SET state = 'closed', closed_at = ?, minutes_number = ? WHERE id = ? AND state = 'voting'",
      {now, minutes_number, session_id});
  if (!n.ok()) return n.error();
  if (*n != 1) return core::make_error(core::errc::kConflict, msg::kSessionNotVoting);
  for (const core::ItemOutcome& o : outcomes) {
    THIDUA_TRY(conn.exec(
        "UPDATE session_items SET agree = ?, disagree = ?, invalid = ?, required_agree = ?, passed = ?, recused = ?, "
        "agree_decryption = ? WHERE id = ? AND session_id = ?",
        {static_cast<int64_t>(o.agree), static_cast<int64_t>(o.disagree), static_cast<int64_t>(o.invalid),
         static_cast<int64_t>(o.required_agree), static_cast<int64_t>(o.passed ? 1 : 0),
         static_cast<int64_t>(o.recused), o.agree_decryption, o.item_id, session_id}));
    THIDUA_TRY(conn.exec(
        "UPDATE nominations SET state = ?, version = version + 1 WHERE id = ? AND state = 'accepted'",
        {std::string(o.passed ? "passed" : "failed"), o.nomination_id}));
  }
  // The published record is written in (item, tracker) order in this one
  // transaction: neither its physical order nor (on PostgreSQL) its xmin says
  // anything of when a ballot was cast.
  std::vector<const core::StoredBallot*> sorted;
  sorted.reserve(ballots.size());
  for (const auto& b : ballots) sorted.push_back(&b);
  std::sort(sorted.begin(), sorted.end(), [](const core::StoredBallot* a, const core::StoredBallot* b) {
    return a->item_id != b->item_id ? a->item_id < b->item_id : a->tracker < b->tracker;
  });
  for (const core::StoredBallot* b : sorted) {
    THIDUA_TRY(conn.exec("INSERT INTO published_ballots (item_id, tracker, ballot, valid) VALUES (?,?,?,?)",
                         {b->item_id, b->tracker, b->ballot, static_cast<int64_t>(b->valid ? 1 : 0)}));
  }
  THIDUA_TRY(conn.exec(
      "INSERT INTO session_voters (session_id, member_id) SELECT DISTINCT si.session_id, bm.member_id FROM "
      "ballot_marks bm JOIN session_items si ON si.id = bm.item_id WHERE si.session_id = ? ORDER BY 2",
      {session_id}));
  THIDUA_TRY(conn.exec("DELETE FROM ballot_box WHERE item_id IN (SELECT id FROM session_items WHERE session_id = ?)",
                       {session_id}));
  THIDUA_TRY(conn.exec("DELETE FROM ballot_marks WHERE item_id IN (SELECT id FROM session_items WHERE session_id = ?)",
                       {session_id}));
  return {};
}

core::Result<std::vector<core::StoredBallot>> published_ballots(Connection& conn, int64_t session_id) {
  auto rows = conn.query(
      "SELECT p.item_id, p.tracker, p.ballot, p.valid FROM published_ballots p JOIN session_items si ON "
      "si.id = p.item_id WHERE si.session_id = ? ORDER BY si.ord, p.tracker",
      {session_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::StoredBallot> out;
  out.reserve(rows->rows.size());
  for (const Row& r : *rows) out.push_back({r.i64(0), r.str(1), r.str(2), r.i64(3) != 0});
  return out;
}

core::Status scrub_after_close(Connection& conn) {
  if (conn.engine() == Engine::kPostgres) {
    // VACUUM FULL keeps a deleted row that an older snapshot may still see
    // (any transaction of this database, an ANALYZE, a pg_dump), so under
    // load the closed session's ballots survived in the pages. TRUNCATE
    // gives the tables new files at commit, whatever other snapshots exist:
    // the rows of sessions still open are copied out and written back, in
    // the order of their random keys, under a lock that holds off voters for
    // that moment.
    THIDUA_TRY(in_transaction(conn, [&]() -> core::Status {
      return conn.exec_script(
          "LOCK TABLE ballot_box, ballot_marks IN ACCESS EXCLUSIVE MODE;"
          "CREATE TEMP TABLE keep_ballot_box ON COMMIT DROP AS SELECT * FROM ballot_box;"
          "CREATE TEMP TABLE keep_ballot_marks ON COMMIT DROP AS SELECT * FROM ballot_marks;"
          "TRUNCATE ballot_box, ballot_marks;"
          "INSERT INTO ballot_box SELECT * FROM keep_ballot_box ORDER BY tracker;"
          "INSERT INTO ballot_marks SELECT * FROM keep_ballot_marks ORDER BY id;");
    }));
    return conn.exec_script("VACUUM council_sessions");
  }
  // A checkpoint cannot truncate the WAL while a reader still uses frames of
  // it; readers are short, so a few tries a moment apart suffice.
  for (int attempt = 0; attempt < 20; ++attempt) {
    auto r = conn.query("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!r.ok()) return r.error();
    if (!r->rows.empty() && r->rows[0].i64(0) == 0) return {};
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  return core::make_error(core::errc::kStorage, msg::kWalStillBusy);
}

}  // namespace thidua::store
