// The dashboard's figures of a campaign, read with a fixed number of grouped
// aggregate queries (never one query per unit) and rolled up to the
// participating units by core::roll_up (rules in core/unit_progress.h).
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
// Six queries whatever the number of units.
core::Result<std::vector<core::UnitProgress>> campaign_progress(Connection& conn, int64_t campaign_id);


}  // namespace thidua::store
