// A campaign's summary as the API answers it in lists (GET /api/v1/campaigns
// and the public GET /api/v1/public/campaigns): schema CampaignSummary of
// openapi.json.
#pragma once

#include <boost/json/object.hpp>

#include "core/campaign.h"

namespace thidua::web {

// id, title, state and kind codes, doc_symbol, number, issue_date,
// issuing_unit_id, issuing_unit_name (today's), issuing_unit_name_at_issue,
// period_start, period_end, version.
boost::json::object api_campaign_summary_json(const core::CampaignSummary& c);

// The issuing unit's name on the plan's issue date (the name it was issued
// under, before a rename or merger); null while not issued.
boost::json::value issuing_name_at_issue(const core::CampaignSummary& c);

}  // namespace thidua::web
