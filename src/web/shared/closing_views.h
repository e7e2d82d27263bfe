// How the pages and the API show a campaign's closing documents
// (app/closing_reports.h): what was issued, with its number and date and
// whether its PDF is signed; drafts before; and, for a finalised campaign,
// whether some are still to issue and the actor may issue them.
#pragma once

#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/authz.h"
#include "core/campaign.h"
#include "core/campaign_report.h"
#include "core/decision.h"

namespace thidua::web {

// For the decisions page: {"lines": [text…], "drafts": text (before
// finalisation), "pending": text and "issue_href" (finalised, some still to
// issue, and the actor may), "results_notice"/"summary_report": their number}.
boost::json::object closing_view(const core::Actor& actor, const core::CampaignSummary& campaign,
                                 const std::vector<core::DecisionRecord>& decisions,
                                 const std::vector<core::CampaignReport>& issued);

// For the API: [{"kind", "number_symbol", "issue_date", "signed", "sha256"}].
boost::json::array closing_documents_json(const std::vector<core::CampaignReport>& issued);

}  // namespace thidua::web
