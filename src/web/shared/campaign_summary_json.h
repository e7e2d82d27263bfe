// A campaign's summary as the API answers it in lists (GET /api/v1/campaigns
// and the public GET /api/v1/public/campaigns): schema CampaignSummary of
// openapi.json.
#pragma once

#include <boost/json/object.hpp>

#include "core/campaign.h"

namespace thidua::web {

// id, title, state and kind codes, doc_symbol, number, issue_date,
// issuing_unit_id, issuing_unit_name, period_start, period_end, version.
boost::json::object api_campaign_summary_json(const core::CampaignSummary& c);

}  // namespace thidua::web
