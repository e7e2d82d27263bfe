// The emulation and commendation council (Hội đồng TĐKT) in storage: councils
// and their members, sessions with attendance and the nominations put to the
// ballot, and the secret ballot itself (participation, in-place tallies,
// receipts). Nothing here stores a member next to a choice: a vote is one
// participation row, one counter incremented in place and one receipt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/campaign_vote.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct Council {
  int64_t id = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::string unit_path;
  std::string name;
  std::string created_at;
  int64_t active_members = 0;
};

// role: "chair", "vice_chair", "secretary", "member".
struct CouncilMember {
  int64_t id = 0;
  int64_t council_id = 0;
  int64_t user_id = 0;
  std::string username;
  std::string full_name;
  std::string position;
  std::string role;
  bool active = true;
};

core::Result<int64_t> insert_council(Connection& conn, int64_t unit_id, const std::string& name,
                                     const std::string& now);
core::Result<std::optional<Council>> find_council(Connection& conn, int64_t id);
// Councils whose unit lies inside one of `scopes` (unit-path prefixes) or of
// which `member_user_id` is an active member; by unit path then id.
core::Result<std::vector<Council>> list_councils(Connection& conn, const std::vector<std::string>& scopes,
                                                 int64_t member_user_id, int64_t offset, int64_t limit);
// The councils of exactly this unit (a campaign's issuing unit).
core::Result<std::vector<Council>> councils_of_unit(Connection& conn, int64_t unit_id);

// Members in role order (chair, vice chair, secretary, member) then name.
core::Result<std::vector<CouncilMember>> council_members(Connection& conn, int64_t council_id);
core::Result<std::optional<CouncilMember>> find_member(Connection& conn, int64_t member_id);
core::Result<std::optional<CouncilMember>> member_of_user(Connection& conn, int64_t council_id, int64_t user_id);
// True when the user is an active member of any council of the unit.
core::Result<bool> sits_on_unit_council(Connection& conn, int64_t unit_id, int64_t user_id);
// kConflict when the user is already a member of the council.
core::Result<int64_t> insert_member(Connection& conn, const CouncilMember& m);
core::Status set_member_active(Connection& conn, int64_t member_id, bool active);

// --- Sessions ---------------------------------------------------------------

// state: "planned", "voting", "closed".
struct CouncilSession {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t council_id = 0;
  std::string council_name;
  int64_t council_unit_id = 0;
  std::string council_unit_path;
  std::string held_on;  // ISO date
  std::string place;
  std::string state;
  int members_total = 0;
  std::optional<std::string> opened_at;
  std::optional<std::string> closed_at;
  std::string ballot_salt;  // "" until voting opens
  std::string created_at;
};

core::Result<int64_t> insert_session(Connection& conn, int64_t campaign_id, int64_t council_id,
                                     const std::string& held_on, const std::string& place,
                                     std::optional<int64_t> created_by, const std::string& now);
core::Result<std::optional<CouncilSession>> find_session(Connection& conn, int64_t id);
// The sessions of a campaign, newest first.
core::Result<std::vector<CouncilSession>> list_sessions(Connection& conn, int64_t campaign_id);

// Each member of the session's council (active or not) with their presence
// (false when not yet marked).
struct Attendance {
  CouncilMember member;
  bool present = false;
};
core::Result<std::vector<Attendance>> session_attendance(Connection& conn, int64_t session_id,
                                                         int64_t council_id);
core::Status set_attendance(Connection& conn, int64_t session_id, int64_t member_id, bool present);
core::Result<int> count_present(Connection& conn, int64_t session_id);

// A nomination put to the ballot, with what a screen shows of it. The
// outcome fields are set only once the session is closed.
struct SessionItem {
  int64_t id = 0;
  int64_t nomination_id = 0;
  int ord = 0;
  std::string subject;  // "collective", "individual"
  std::string nominee_name;
  std::string nominating_unit_name;
  int64_t award_type_id = 0;
  std::string award_name;
  std::string award_granted_by;
  core::BallotRule rule;
  std::optional<int> agree, disagree, invalid, required_agree;
  std::optional<bool> passed;
};

// Adds, after the session's last item, the campaign's `accepted` nominations
// not yet put to any session, in nomination id order. Returns how many.
core::Result<int64_t> add_pending_items(Connection& conn, int64_t session_id, int64_t campaign_id);
core::Result<std::vector<SessionItem>> session_items(Connection& conn, int64_t session_id);

// --- The ballot ---------------------------------------------------------------

// Locks the session row until the end of the caller's transaction when the
// session is in `state`; false (nothing locked) otherwise. Votes, attendance,
// opening and closing take this lock first, so that on PostgreSQL a close
// waits for the votes in flight and later votes see the session closed (on
// SQLite, BEGIN IMMEDIATE already serialises writers).
core::Result<bool> lock_session_in_state(Connection& conn, int64_t session_id, const std::string& state);

// planned → voting when still planned (else kConflict): stores members_total,
// the salt and the time, and creates a zero tally per item.
core::Status open_ballot(Connection& conn, int64_t session_id, int members_total, const std::string& salt,
                         const std::string& now);

enum class Choice { kAgree, kDisagree };

// One member's ballot on one item: the participation row (kConflict when the
// member already voted on it), one counter incremented in place, the receipt.
// The caller holds the transaction and has checked the right to vote.
core::Status cast_vote(Connection& conn, int64_t item_id, int64_t member_id, Choice choice,
                       const std::string& receipt);

// The items of the session `member_id` has voted on (ids).
core::Result<std::vector<int64_t>> items_voted_by(Connection& conn, int64_t session_id, int64_t member_id);
// How many distinct members have voted on at least one item of the session.
core::Result<int> members_who_voted(Connection& conn, int64_t session_id);

struct Tally {
  int64_t item_id = 0;
  int agree = 0;
  int disagree = 0;
  int invalid = 0;
};
// The counters. Only the close of the ballot may read them (see the header).
core::Result<std::vector<Tally>> read_tallies_for_close(Connection& conn, int64_t session_id);

struct ItemOutcome {
  int64_t item_id = 0;
  int64_t nomination_id = 0;
  int agree = 0, disagree = 0, invalid = 0, required_agree = 0;
  bool passed = false;
};
// voting → closed when still voting (else kConflict): writes each item's
// outcome and moves its nomination from accepted to passed/failed.
core::Status close_ballot(Connection& conn, int64_t session_id, const std::vector<ItemOutcome>& outcomes,
                          const std::string& now);

// The receipts of the session's counted ballots, sorted (item, receipt).
struct Receipt {
  int64_t item_id = 0;
  std::string receipt;
};
core::Result<std::vector<Receipt>> session_receipts(Connection& conn, int64_t session_id);

}  // namespace thidua::store
