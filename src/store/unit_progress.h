// The dashboard's figures of a campaign, read from the counters that
// migration 070's triggers keep (a row per unit, never a scan of the people,
// registrations or targets) and rolled up to the participating units by
// core::roll_up (rules in core/unit_progress.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/unit_progress.h"
#include "store/db.h"

namespace thidua::store {

// Every participating unit of the campaign in tree order with its figures
// summed over its subtree; lateness is not set (see core::mark_late).
// Four queries whatever the number of units: the participating units, their
// plans, the people counters in their subtrees, the campaign's unit counters.
core::Result<std::vector<core::UnitProgress>> campaign_progress(Connection& conn, int64_t campaign_id);

}  // namespace thidua::store
