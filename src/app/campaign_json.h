// A whole campaign plan as the API's JSON (GET /api/v1/campaigns/{id}, and
// the body of POST/PUT): every part of core::Campaign under stable names.
// Reading is strict: a member of the wrong type, an unknown code (kind,
// level, subject, check...) or a malformed item is a kValidation error naming
// the member by its path ("award_types[1].ballot.threshold"), never ignored.
#pragma once

#include <boost/json/object.hpp>

#include "core/campaign.h"
#include "core/result.h"

namespace thidua::app {

boost::json::object campaign_to_json(const core::Campaign& c);

// Overlays the members present in `o` onto `base`: each present member
// replaces that part whole (lists are replaced, not merged). Read-only
// members (id, state, number, issue_date) are ignored; ids of award types
// and criteria are ignored too (the store assigns them).
core::Result<core::Campaign> campaign_from_json(const boost::json::object& o, core::Campaign base);

}  // namespace thidua::app
