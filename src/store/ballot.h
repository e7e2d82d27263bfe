// The council's secret ballot in storage (migration 080; docs/architecture.md
// "Secret ballot"): the counting committee and the public points of its
// shares, recusals, the encrypted ballot box and the record the close
// publishes. Nothing here stores a member next to a ballot: a ballot is a row
// keyed by its tracker (a hash of its ciphertexts) with no member, no time
// and no insertion order; who has voted on an item is a mark keyed by a random
// id. Nothing is updated in place per vote. Every function runs inside the
// caller's transaction except scrub_after_close.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/ballot_box.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// --- Opening: the committee ------------------------------------------------------

// planned → keying (kConflict unless planned): stores members_total and the
// committee seats (share points empty). The caller has checked the committee.
core::Status start_keying(Connection& conn, int64_t session_id, int members_total,
                          const std::vector<int64_t>& committee_member_ids);
// The committee of a session, by member id.
core::Result<std::vector<core::CommitteeSeat>> ballot_committee(Connection& conn, int64_t session_id);
// Records the public point of a member's share; kConflict when the member has
// one already or holds no seat.
core::Status set_share_point(Connection& conn, int64_t session_id, int64_t member_id, const std::string& point_hex);
// keying → voting (kConflict unless keying): the election key and the time.
core::Status open_voting(Connection& conn, int64_t session_id, const std::string& election_key_hex,
                         const std::string& now);
// keying → planned: the committee and the nominee recusals are removed
// (declared recusals stay). kConflict unless keying.
core::Status cancel_keying(Connection& conn, int64_t session_id);

// --- Recusals -------------------------------------------------------------------

// (item id, member id) for each item of the session whose nominated person
// has the account of a member of the session's council.
core::Result<std::vector<std::pair<int64_t, int64_t>>> nominee_members(Connection& conn, int64_t session_id);

core::Result<std::vector<core::Recusal>> session_recusals(Connection& conn, int64_t session_id);
// Adds a recusal; an existing one for the same item and member is kept as it
// is (returns false then).
core::Result<bool> insert_recusal(Connection& conn, const core::Recusal& r);
// Removes a declared recusal (nominee recusals are not removed); false when
// there was none.
core::Result<bool> delete_declared_recusal(Connection& conn, int64_t item_id, int64_t member_id);

// --- Casting --------------------------------------------------------------------

// One member's ballot on one item: the mark (random `mark_id`; kConflict with
// field "votes" when the member already voted on the item) and the ballot row
// keyed by its tracker (kConflict when the tracker exists, which only a
// replayed ballot can cause).
core::Status cast_ballot(Connection& conn, int64_t item_id, int64_t member_id, const std::string& mark_id,
                         const std::string& tracker, const std::string& ballot);
// Items of the session the member has a mark on (open ballots only; after the
// close only session_voters remain).
core::Result<std::vector<int64_t>> items_marked_by(Connection& conn, int64_t session_id, int64_t member_id);
// Distinct members with a mark (open) or in session_voters (closed).
core::Result<int> members_who_voted(Connection& conn, int64_t session_id);
// True when the member voted in the session (open or closed).
core::Result<bool> member_voted(Connection& conn, int64_t session_id, int64_t member_id);

// The open box of a session, by item then tracker. Only the close reads it.
core::Result<std::vector<core::StoredBallot>> boxed_ballots(Connection& conn, int64_t session_id);
// Which of `trackers` are in the session's box or published record.
core::Result<std::vector<std::string>> known_trackers(Connection& conn, int64_t session_id,
                                                      const std::vector<std::string>& trackers);

// --- Closing ----------------------------------------------------------------------

// voting → closed (kConflict unless voting): writes each item's outcome and
// moves its nomination from accepted to passed/failed; moves `ballots` (the
// box, each with its validity) to published_ballots in (item, tracker)
// order; reduces the marks to session_voters in member order; empties the
// session's box and marks; records `minutes_number` (the minutes' number,
// taken by the caller in the same transaction). The caller holds the
// session lock.
core::Status close_ballot(Connection& conn, int64_t session_id, int64_t minutes_number,
                          const std::vector<core::ItemOutcome>& outcomes,
                          const std::vector<core::StoredBallot>& ballots, const std::string& now);
// The published ballots of a closed session, by item then tracker.
core::Result<std::vector<core::StoredBallot>> published_ballots(Connection& conn, int64_t session_id);

// After a close has committed, removes what the engine keeps of deleted rows:
// SQLite checkpoints the WAL and truncates it (secure_delete, on for every
// connection, has already zeroed the deleted cells); PostgreSQL gives the box
// and mark tables new files (TRUNCATE, the open sessions' rows written back in
// the order of their random keys, whatever older snapshots other transactions
// hold) and vacuums the session table. Runs outside any transaction. kStorage when the engine
// refuses (e.g. SQLite readers kept the WAL busy after a few tries): the
// close stands; the caller logs it and the next close or checkpoint retries.
core::Status scrub_after_close(Connection& conn);

}  // namespace thidua::store
