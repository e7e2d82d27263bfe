#include "core/campaign_rules.h"

#include <algorithm>
#include <string>

#include "core/messages_vi/campaigns.h"
#include "core/org.h"

namespace thidua::core {
namespace {

namespace msg = messages_vi;

// "2023-09-30" → "30/09/2023".
std::string dmy(std::string_view iso) {
  return std::string(iso.substr(8, 2)) + "/" + std::string(iso.substr(5, 2)) + "/" + std::string(iso.substr(0, 4));
}

bool actor_may(const Actor& actor, const std::vector<Role>& roles, std::string_view unit_path) {
  if (actor.system) return true;
  return std::any_of(actor.grants.begin(), actor.grants.end(), [&](const Grant& g) {
    return std::find(roles.begin(), roles.end(), g.role) != roles.end() && path_within(unit_path, g.unit_path);
  });
}

}  // namespace

std::optional<CampaignState> next_campaign_state(CampaignState from) {
  switch (from) {
    case CampaignState::kDraft: return CampaignState::kApproved;
    case CampaignState::kApproved: return CampaignState::kPublished;
    case CampaignState::kPublished: return CampaignState::kRunning;
    case CampaignState::kRunning: return CampaignState::kClosed;
    case CampaignState::kClosed: return CampaignState::kFinalised;
    case CampaignState::kFinalised: return std::nullopt;
  }
  return std::nullopt;
}

std::vector<Role> roles_for_transition(CampaignState to) {
  switch (to) {
    case CampaignState::kDraft: return {};
    // The leader approves plans (domain.md §2).
    case CampaignState::kApproved: return {Role::kLeader};
    // The secretariat runs the campaign on the leader's behalf (domain.md §2, seed V.3).
    case CampaignState::kPublished:
    case CampaignState::kRunning:
    case CampaignState::kClosed:
    case CampaignState::kFinalised: return {Role::kLeader, Role::kSecretariat};
  }
  return {};
}

bool may_move_campaign(const Actor& actor, CampaignState to, std::string_view issuing_unit_path) {
  return actor_may(actor, roles_for_transition(to), issuing_unit_path);
}

Result<CampaignState> transition(const Campaign& campaign, CampaignState to, const Actor& actor,
                                 std::string_view issuing_unit_path, std::string_view today) {
  if (!is_iso_date(today)) return make_error(errc::kValidation, msg::kCampaignTodayInvalid, "today");
  const CampaignState from = campaign.state;
  if (next_campaign_state(from) != to) {
    return make_error(errc::kConflict,
                      msg::campaign_cannot_move(campaign_state_label(from), campaign_state_label(to)), "state");
  }
  if (!may_move_campaign(actor, to, issuing_unit_path)) {
    return make_error(errc::kForbidden,
                      msg::campaign_move_forbidden(campaign_state_label(from), campaign_state_label(to)), "state");
  }
  if (to == CampaignState::kPublished && !campaign.number) {
    return make_error(errc::kConflict, msg::kCampaignNoNumber, "number");
  }
  // "Đến hết ngày 30/9/2023": the last day belongs to the period.
  if (to == CampaignState::kClosed && is_iso_date(campaign.period.end_date) &&
      std::string_view(campaign.period.end_date) >= today) {
    return make_error(errc::kConflict, msg::campaign_period_not_over(dmy(campaign.period.end_date)), "state");
  }
  return to;
}

Result<Campaign> publish(const Campaign& campaign, int number, const Actor& actor,
                         std::string_view issuing_unit_path, std::string_view today) {
  if (number <= 0) return make_error(errc::kValidation, msg::kCampaignNumberInvalid, "number");

  Campaign out = campaign;
  out.number = number;
  auto state = transition(out, CampaignState::kPublished, actor, issuing_unit_path, today);
  if (!state.ok()) return state.error();
  out.state = *state;
  out.issue_date = std::string(today);
  out.date_text = vietnamese_date_text(today);
  return out;
}

}  // namespace thidua::core
