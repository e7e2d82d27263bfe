// The counts behind the home page's work list (app/work_list.h): for each
// kind of pending item, per active campaign (published, running or closed;
// for plans awaiting approval, drafts), how many wait under the given unit
// paths, and the earliest date attached (a session's day). One grouped query
// per kind, each on an index whose prefix is the campaign and the state.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

enum class WorkKind {
  kRegistrationsToApprove,  // submitted, under the unit paths (unit heads)
  kRegistrationsReturned,   // returned to the unit (unit officers)
  kNominationsToApprove,    // pending the unit head (annual review)
  kNominationsReturned,     // returned to the unit
  kNominationsToReview,     // submitted, campaigns issued under the paths (the office)
  kDifficultiesOpen,        // not answered, campaigns issued under the paths
  kDecisionsToDraft,        // passed by the council, in no decision yet
  kDecisionsToApprove,      // drafts, campaigns issued under the paths (the leader)
  kPlansToApprove,          // campaign drafts issued under the paths (the leader)
  kBallotsToCast,           // open sessions where `user_id` is present and has items left
  kOwnRegistrationReturned, // the person's own registration, returned to them
};

// Who asks, for what is theirs: the items they may not act on themselves
// (core/own_records.h: what they entered, submitted, drafted or raised, and
// what names them) are left out.
struct WorkAsker {
  int64_t user_id = 0;
  int64_t person_id = 0;  // 0: the account is no person's
  std::string today;      // ISO, in Vietnam: windows that have closed
};

struct WorkCount {
  WorkKind kind;
  int64_t campaign_id = 0;
  std::string campaign_title;
  int64_t count = 0;
  int64_t session_id = 0;  // kBallotsToCast: the session (one row per session)
  std::string registration_deadline, nomination_deadline, review_deadline;  // ISO or ""
  std::string held_on;                                                         // kBallotsToCast
};

// The counts of `kind` under `paths` (materialised unit paths; "/" is
// everywhere); nothing when `paths` is empty. kBallotsToCast ignores the
// paths and reads the asker's council seats; kOwnRegistrationReturned reads
// the asker's person. Returned items count only while they can still be
// sent again (registrations: the campaign published or running;
// nominations: running or closed, its nomination deadline not passed).
core::Result<std::vector<WorkCount>> work_counts(Connection& conn, WorkKind kind, const std::vector<std::string>& paths,
                                                 const WorkAsker& asker);

}  // namespace thidua::store
