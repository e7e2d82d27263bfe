// What every session-scoped use case of the council checks first (council.cc,
// ballot.cc): the campaign is visible, the session belongs to it, and the
// actor may see the council's work; with the actor's membership and rights.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/authz.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/council.h"

namespace thidua::app {

struct SessionAccess {
  core::CampaignSummary campaign;
  core::CouncilSession session;
  std::optional<core::CouncilMember> me;  // the actor's active membership of the session's council
  bool can_prepare = false;                // kReviewNominations on the issuing unit
  bool can_close = false;                  // a preparer or the council's chair
};

// kReviewNominations or kManageCampaigns on the issuing unit.
bool may_view_council_work(const core::Actor& actor, const std::string& issuing_path);

// kNotFound when the campaign is not visible or the session is not its;
// kForbidden for a viewer who neither prepares, sits on the council, nor
// may view the council's work.
core::Result<SessionAccess> session_access(store::Connection& conn, const core::Actor& actor, int64_t campaign_id,
                                           int64_t session_id);

}  // namespace thidua::app
