// Collectives' annual ratings (unit_evaluations): one per unit and year; a
// correction replaces the row.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/evaluation.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Records the unit's rating for the year (id ignored), replacing the one
// already recorded, which is returned (nullopt when there was none). Call
// inside a transaction.
core::Result<std::optional<core::UnitEvaluation>> put_unit_evaluation(Connection& conn,
                                                                      const core::UnitEvaluation& e);

// The ratings of these units (one query), by unit then year; empty ids: none.
core::Result<std::vector<core::UnitEvaluation>> unit_evaluations_of(Connection& conn,
                                                                    const std::vector<int64_t>& unit_ids);

}  // namespace thidua::store
