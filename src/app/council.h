// Use cases of the emulation and commendation council (Hội đồng TĐKT):
// councils and members; a campaign's sessions (phiên họp) with attendance,
// the nominations put to the ballot, the secret ballot (open, vote, close)
// and the results (legal.md §3). Every change is audited; no audit entry,
// log line or stored row links a member to a choice.
//
// Who may do what (the choices of this module):
// - councils: kManageCampaigns on the council's unit manages it (create,
//   add or deactivate members: the secretariat, also the leader); active
//   members see their own council;
// - a campaign's sessions: the actor must see the campaign (404 otherwise);
//   they are shown to those with kReviewNominations or kManageCampaigns on
//   the issuing unit and to the council's active members (403 otherwise);
// - preparing a session (create, attendance, open the ballot): kReviewNominations
//   on the issuing unit (the secretariat prepares council sessions);
// - closing the ballot: kReviewNominations on the issuing unit, or the
//   council's chair (an active member with role chair);
// - voting: membership is the authority. An active member of the session's
//   council marked present votes; the kVote role action is neither required
//   nor sufficient (the leader chairs with no kVote; a council_member account
//   that is not on this council may not vote).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign_vote.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/ballot.h"
#include "store/council.h"

namespace thidua::app {

// --- Councils ------------------------------------------------------------------

struct CouncilListing {
  std::vector<core::Council> items;
  int page = 1;
  int page_size = 0;  // councils per page
  bool has_more = false;
  bool can_create = false;
};
// The councils the actor manages (kManageCampaigns scopes) or sits on.
// kForbidden when the actor does neither anywhere.
core::Result<CouncilListing> list_councils(const Services& services, const core::Actor& actor, int page);

// kManageCampaigns on the unit; name required. Audited. Returns the id.
core::Result<int64_t> create_council(const Services& services, const core::Actor& actor, int64_t unit_id,
                                     const std::string& name, const RequestMeta& meta);

struct CouncilView {
  core::Council council;
  std::vector<core::CouncilMember> members;
  bool can_manage = false;
};
// kNotFound unless the actor manages the council's unit or is an active member.
core::Result<CouncilView> get_council(const Services& services, const core::Actor& actor, int64_t council_id);

struct NewMember {
  std::string username;   // an existing, active account
  std::string full_name;  // defaults to the account's display name
  std::string position;   // "Phó Giám đốc Sở"
  std::optional<core::CouncilRole> role;  // nullopt: none chosen (refused)
};
// Adds a member (kManageCampaigns on the council's unit). One chair and one
// secretary at most among active members. Audited. Returns the member id.
core::Result<int64_t> add_council_member(const Services& services, const core::Actor& actor, int64_t council_id,
                                         const NewMember& m, const RequestMeta& meta);
// Deactivates or reactivates a member (a no-op when already so). Reactivating
// a chair or secretary while another of that role is active fails with
// kValidation on "role", as add_council_member does. Audited.
core::Status set_council_member_active(const Services& services, const core::Actor& actor, int64_t council_id,
                                       int64_t member_id, bool active, const RequestMeta& meta);

// --- Sessions ------------------------------------------------------------------

struct SessionsView {
  core::CampaignSummary campaign;
  std::vector<core::CouncilSession> sessions;
  std::vector<core::Council> councils;  // of the issuing unit, for a new session
  bool can_prepare = false;
};
core::Result<SessionsView> list_sessions(const Services& services, const core::Actor& actor, int64_t campaign_id);

// A planned session of a council of the campaign's issuing unit, with the
// campaign's accepted nominations not yet put to a ballot as its items.
// held_on: ISO date. Audited. Returns the session id.
core::Result<int64_t> create_session(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                     int64_t council_id, const std::string& held_on, const std::string& place,
                                     const RequestMeta& meta);

// The actor's own ballot on one item, as their session page shows it.
struct MyBallot {
  int64_t item_id = 0;
  bool voted = false;    // while voting: the actor's mark exists; after the close: voted in the session
  bool recused = false;  // the actor does not vote on this item
  // The tracker, when the caller still holds it (the web layer keeps it in a
  // cookie of the member's browser; the server stores no link) and it is in
  // the session's box or published record.
  std::string tracker;
};

struct SessionView {
  core::CampaignSummary campaign;
  core::CouncilSession session;
  std::vector<core::Attendance> attendance;
  // Outcome fields are set only once closed (never a partial count).
  std::vector<core::SessionItem> items;
  std::vector<core::CommitteeSeat> committee;  // from the opening on
  std::vector<core::Recusal> recusals;
  int present = 0;
  int active_members = 0;
  int members_voted = 0;  // "N of M members have voted" while voting
  bool can_prepare = false;
  bool can_close = false;
  std::optional<core::CouncilMember> me;  // the actor's membership of this council
  bool me_present = false;
  bool may_vote = false;                    // voting, active, present, items left
  bool me_on_committee = false;
  bool may_draw_share = false;              // keying, on the committee, share not drawn yet
  std::vector<MyBallot> my_ballots;         // per item, when the actor is a member
  // Once closed: the published trackers per item (in tracker order).
  std::vector<core::StoredBallot> published;
};
// The session `session_id` of campaign `campaign_id` (404 when either is not
// visible or they do not belong together; 403 for a viewer of the campaign
// who is neither preparing nor on the council). `my_trackers` are trackers
// the actor's browser kept; only those found in this session are shown.
core::Result<SessionView> get_session(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                      int64_t session_id, const std::vector<std::string>& my_trackers = {});

// The receipt check: true when the session is closed and `typed` (a tracker
// as a member copied it: any case, with or without the dashes and spaces of
// its display) is one of its published ballots.
bool tracker_published(const SessionView& v, std::string_view typed);

// Marks exactly the members in `present_member_ids` present, every other
// member of the council absent. Planned sessions only. Audited.
core::Status set_session_attendance(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                    int64_t session_id, const std::vector<int64_t>& present_member_ids,
                                    const RequestMeta& meta);

}  // namespace thidua::app
