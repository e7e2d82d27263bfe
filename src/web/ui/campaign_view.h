// Template data shared by the campaign pages and the public pages: a plan laid
// out as the document reads (header block, number, place and date, type and
// summary, body lines, signature block, recipients), and a campaign's list row.
#pragma once

#include <boost/json/object.hpp>

#include "core/campaign.h"
#include "core/campaign.h"

namespace thidua::web {

// {governing_body, issuing_body, number_line, place_date_line, document_type,
//  title, body: [{text, heading}], signer: {authority, position, name},
//  recipients: [..], state, state_label, period_end, ...}
boost::json::object campaign_document_json(const core::Campaign& c);

// {id, title, number_symbol, issuing_unit, state, state_label, kind_label,
//  period_end, issue_date}
boost::json::object campaign_summary_json(const core::CampaignSummary& s);

}  // namespace thidua::web
