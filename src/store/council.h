// The emulation and commendation council (Hội đồng TĐKT) in storage: councils
// and their members, sessions with attendance and the nominations put to the
// ballot. The secret ballot itself (committee, recusals, the encrypted ballot
// box, the published record) is store/ballot.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/campaign_vote.h"
#include "core/council.h"
#include "core/council_session.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

core::Result<int64_t> insert_council(Connection& conn, int64_t unit_id, const std::string& name,
                                     const std::string& now);
core::Result<std::optional<core::Council>> find_council(Connection& conn, int64_t id);
// Councils whose unit lies inside one of `scopes` (unit-path prefixes) or of
// which `member_user_id` is an active member; by unit path then id.
core::Result<std::vector<core::Council>> list_councils(Connection& conn, const std::vector<std::string>& scopes,
                                                 int64_t member_user_id, int64_t offset, int64_t limit);
// The councils of exactly this unit (a campaign's issuing unit).
core::Result<std::vector<core::Council>> councils_of_unit(Connection& conn, int64_t unit_id);

// Members in role order (chair, vice chair, secretary, member) then name.
core::Result<std::vector<core::CouncilMember>> council_members(Connection& conn, int64_t council_id);
core::Result<std::optional<core::CouncilMember>> find_member(Connection& conn, int64_t member_id);
core::Result<std::optional<core::CouncilMember>> member_of_user(Connection& conn, int64_t council_id, int64_t user_id);
// True when the user is an active member of any council of the unit.
core::Result<bool> sits_on_unit_council(Connection& conn, int64_t unit_id, int64_t user_id);
// kConflict when the user is already a member of the council.
core::Result<int64_t> insert_member(Connection& conn, const core::CouncilMember& m);
core::Status set_member_active(Connection& conn, int64_t member_id, bool active);

// --- Sessions ---------------------------------------------------------------

core::Result<int64_t> insert_session(Connection& conn, int64_t campaign_id, int64_t council_id,
                                     const std::string& held_on, const std::string& place,
                                     std::optional<int64_t> created_by, const std::string& now);
core::Result<std::optional<core::CouncilSession>> find_session(Connection& conn, int64_t id);
// The sessions of a campaign, newest first.
core::Result<std::vector<core::CouncilSession>> list_sessions(Connection& conn, int64_t campaign_id);

core::Result<std::vector<core::Attendance>> session_attendance(Connection& conn, int64_t session_id,
                                                         int64_t council_id);
core::Status set_attendance(Connection& conn, int64_t session_id, int64_t member_id, bool present);
core::Result<int> count_present(Connection& conn, int64_t session_id);

// Adds, after the session's last item, the campaign's `accepted` nominations
// not yet put to any session, in nomination id order. Returns how many.
core::Result<int64_t> add_pending_items(Connection& conn, int64_t session_id, int64_t campaign_id);
core::Result<std::vector<core::SessionItem>> session_items(Connection& conn, int64_t session_id);

// Locks the session row until the end of the caller's transaction when the
// session is in `state`; false (nothing locked) otherwise. Votes, attendance,
// opening and closing take this lock first, so that on PostgreSQL a close
// waits for the votes in flight and later votes see the session closed (on
// SQLite, BEGIN IMMEDIATE already serialises writers).
core::Result<bool> lock_session_in_state(Connection& conn, int64_t session_id, core::SessionState state);

}  // namespace thidua::store
