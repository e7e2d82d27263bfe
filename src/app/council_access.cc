#include "app/council_access.h"

#include "app/access.h"
#include "app/campaigns.h"
#include "core/messages_vi/council.h"

namespace thidua::app {

namespace msg = core::messages_vi;
using core::Action;

bool may_view_council_work(const core::Actor& actor, const std::string& issuing_path) {
  return permits(actor, Action::kReviewNominations, issuing_path) ||
         permits(actor, Action::kManageCampaigns, issuing_path);
}

core::Result<SessionAccess> session_access(store::Connection& conn, const core::Actor& actor, int64_t campaign_id,
                                           int64_t session_id) {
  auto campaign = visible_campaign(conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto session = store::find_session(conn, session_id);
  if (!session.ok()) return session.error();
  if (!session->has_value() || (*session)->campaign_id != campaign_id) return not_found(msg::kWhatCouncilSession);
  SessionAccess a{*campaign, **session, std::nullopt, false, false};
  auto me = store::member_of_user(conn, a.session.council_id, actor.user_id);
  if (!me.ok()) return me.error();
  if (me->has_value() && (*me)->active) a.me = **me;
  a.can_prepare = permits(actor, Action::kReviewNominations, a.campaign.issuing_unit_path);
  a.can_close = a.can_prepare || (a.me && a.me->role == core::CouncilRole::kChair);
  if (!a.can_prepare && !a.me && !may_view_council_work(actor, a.campaign.issuing_unit_path)) {
    return forbidden(msg::kActViewCouncilSession);
  }
  return a;
}


}  // namespace thidua::app
