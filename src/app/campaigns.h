// Use cases for campaigns (đợt thi đua): create a plan, copy one as a new
// draft, edit a draft, move it through its lifecycle (approve, publish with
// the next number of the agency's register, start, close, finalise), read it
// (with the right to see it checked), list it, and list what the public sees.
// Every change is audited and recorded in the campaign's state history.
//
// Who sees a campaign: the public sees published plans and later states; a
// logged-in actor sees a campaign issued inside one of their grants' subtrees
// or one in which a unit inside them takes part; drafts and approved plans
// only those who may manage or approve plans over the issuing unit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/campaign_rules.h"
#include "core/result.h"
#include "store/campaigns.h"

namespace thidua::app {

// A campaign as a screen needs it: the plan, its summary (issuing unit's name
// and path, version), its history, and what the actor may do next.
struct CampaignView {
  core::Campaign campaign;
  core::CampaignSummary summary;
  std::vector<core::CampaignEvent> events;
  std::optional<core::CampaignState> next_state;  // the next step, if the actor may take it
  bool can_edit = false;                          // a draft the actor may edit
  bool can_copy = false;                          // may copy it as a new draft
};

// The campaign `id` if `actor` may see it; kNotFound otherwise (existence is
// not revealed). The building block for every campaign-scoped use case.
core::Result<core::CampaignSummary> visible_campaign(store::Connection& conn, const core::Actor& actor, int64_t id);

// The same for the public: only published and later states.
core::Result<core::CampaignSummary> public_campaign(store::Connection& conn, int64_t id);

// visible_campaign on a connection of its own, for the web layer's checks of
// a campaign in the path before its use case (e.g. an import's template):
// kNotFound when the actor may not see it.
core::Result<core::CampaignSummary> require_visible_campaign(const Services& services, const core::Actor& actor,
                                                              int64_t id);

core::Result<CampaignView> get_campaign(const Services& services, const core::Actor& actor, int64_t id);

// The whole plan for the public pages (published and later states only).
core::Result<core::Campaign> get_public_campaign(const Services& services, int64_t id);

struct CampaignListing {
  std::vector<core::CampaignSummary> items;
  int page = 1;
  int page_size = 20;
  int64_t total = 0;
};
core::Result<CampaignListing> list_campaigns(const Services& services, const core::Actor& actor, int page,
                                             int page_size);
core::Result<CampaignListing> list_public_campaigns(const Services& services, int page, int page_size);

// Checks a plan before it is stored: title, symbol, issuing unit, period end
// (ISO date), deadlines (ISO dates, not after the end... only well-formed),
// award types (code, name, valid ballot rule, unique codes), criteria text.
// kValidation with the field and a Vietnamese message.
core::Status validate_plan(const core::Campaign& c);

// Stores `plan` as a new draft (state, number and date are reset) issued by
// plan.issuing_unit_id; needs kManageCampaigns there. Audited. Returns the id.
core::Result<int64_t> create_campaign(const Services& services, const core::Actor& actor, core::Campaign plan,
                                      const RequestMeta& meta);

// A new draft with the plan of campaign `id` (which the actor must see):
// number, date and state reset, the title kept. kManageCampaigns on the
// issuing unit. Audited. Returns the new id.
core::Result<int64_t> copy_campaign(const Services& services, const core::Actor& actor, int64_t id,
                                    const RequestMeta& meta);

// Replaces the plan of draft `plan.id` when `expected_version` matches (else
// kConflict). Only drafts; kManageCampaigns on the issuing unit. Audited.
core::Status update_campaign(const Services& services, const core::Actor& actor, const core::Campaign& plan,
                             int64_t expected_version, const RequestMeta& meta);

// Moves campaign `id` to `to` (the next state): core::transition's rules;
// publishing takes the next number of the issuing unit's register for plans
// (doc type "KH", the year of today in Vietnam) in the same transaction;
// finalising issues the closing documents likewise (app/closing_reports.h),
// and each published plan or issued closing document is signed once the
// change has committed. `expected_version` guards against a concurrent change (kConflict).
// Audited as "campaign.<new state>" ("campaign.approved", "campaign.published",
// ...). Returns the new state.
core::Result<core::CampaignState> move_campaign(const Services& services, const core::Actor& actor, int64_t id,
                                                core::CampaignState to, int64_t expected_version,
                                                const RequestMeta& meta);

// Stores the seed plan (or any complete plan) as is, state included, by the
// system: used by `thidua demo`. The caller holds the transaction.
core::Result<int64_t> store_campaign_as_is(store::Connection& conn, const Services& services,
                                           const core::Campaign& plan, const RequestMeta& meta);

}  // namespace thidua::app
