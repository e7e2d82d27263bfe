// Use case: "Việc cần làm", what waits on the actor across every active
// campaign (issue 13 #1), for the home page, the notification bell and the
// API. Each kind of item is shown to exactly the roles that can act on it,
// within their units: registrations to approve and proposals to approve (the
// unit head, kApproveUnitWork), registrations and nominations returned to
// the unit (kSubmitUnitWork), nominations to review (kReviewNominations),
// difficulties to answer (kAnswerDifficulties), passed nominations to draft
// into a decision (kDraftDecisions), drafts to approve (kApproveDecisions),
// plans to approve (kApproveCampaigns), ballots to cast (an account marked
// present at an open session of a council it sits on), one's own returned
// registration (the person registered may send it again). What the actor
// may not act on is left out: their own records (core/own_records.h), and
// returned items whose window to send again has closed. An item disappears when the work is done. Overdue items
// come first (their deadline, in Vietnam, before today), then by deadline,
// items without one last. Reads only: one grouped query per kind the actor
// holds (store/work_list.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

struct WorkItem {
  std::string kind;   // stable code: "registrations_to_approve", ...
  std::string label;  // Vietnamese, with the count
  int64_t campaign_id = 0;
  std::string campaign_title;
  int64_t count = 0;
  std::optional<std::string> due;  // ISO date: the deadline that applies, or the session's day
  bool overdue = false;
  std::string href;  // the page where the work is done
};

struct WorkList {
  std::vector<WorkItem> items;
  int64_t total = 0;  // the sum of the counts
  std::string today;  // in Vietnam, ISO
};

core::Result<WorkList> work_list(const Services& services, const core::Actor& actor);

}  // namespace thidua::app
