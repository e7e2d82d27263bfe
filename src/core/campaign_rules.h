// The campaign's lifecycle rules (domain.md §3): which state may follow which,
// and which role, granted over the issuing unit, may make each move. Pure: the
// caller supplies the actor, the issuing unit's path and today's date.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/authz.h"
#include "core/campaign.h"
#include "core/result.h"

namespace thidua::core {

// The one state that may follow `from`, or nothing for a finalised campaign.
// The order is linear: draft → approved → published → running → closed → finalised.
std::optional<CampaignState> next_campaign_state(CampaignState from);

// The roles that may move a campaign into `to` (from the state before it):
// approving takes the leader; publishing, starting, closing and finalising
// take the leader or the secretariat (Thường trực Hội đồng TĐKT).
std::vector<Role> roles_for_transition(CampaignState to);

// True when `actor` holds one of roles_for_transition(to) on a unit whose
// subtree holds `issuing_unit_path` (a system actor always may). The role
// half of transition(), for screens that offer the next step.
bool may_move_campaign(const Actor& actor, CampaignState to, std::string_view issuing_unit_path);

// Checks a state change of `campaign` to `to` by `actor`, whose grant must
// cover `issuing_unit_path` (the materialised path of the issuing unit) with
// one of roles_for_transition(to); a system actor (the CLI operator) passes the
// role check. `today` is an ISO date: closing needs the period's end date to
// have passed (today after period.end_date) when the plan names one.
// Publishing needs a number (see publish()). Errors: kValidation (bad today),
// kConflict ("Không thể chuyển từ … sang …", period not over, no number),
// kForbidden. Returns `to` on success; the caller stores it and audits.
Result<CampaignState> transition(const Campaign& campaign, CampaignState to, const Actor& actor,
                                 std::string_view issuing_unit_path, std::string_view today);

// Publishes an approved plan: checks transition(…, kPublished, …) with the
// number given, then returns the campaign with `number` (the next number of
// the agency's register, supplied by the caller), issue_date = today, the
// date text of today ("ngày 05 tháng 02 năm 2023") and state published.
// `number` must be positive (kValidation).
Result<Campaign> publish(const Campaign& campaign, int number, const Actor& actor,
                         std::string_view issuing_unit_path, std::string_view today);

}  // namespace thidua::core
