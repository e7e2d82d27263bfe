// Civil servants' annual quality ratings (person_evaluations): one per person
// and year.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/evaluation.h"
#include "core/result.h"
#include "store/db.h"
#include "store/person_span.h"

namespace thidua::store {

// Inserts a rating (id ignored); kConflict when the person already has one
// for that year. Returns the id.
core::Result<int64_t> insert_evaluation(Connection& conn, const core::Evaluation& e);

// Records the person's rating of e.year, replacing one already there (a
// correction); returns the one replaced, nullopt when there was none. The
// caller holds the transaction.
core::Result<std::optional<core::Evaluation>> put_evaluation(Connection& conn, const core::Evaluation& e);

// The ratings of these people (one query), by person then year; empty ids: none.
core::Result<std::vector<core::Evaluation>> evaluations_of(Connection& conn, const std::vector<int64_t>& person_ids);

// The latest year any rating is recorded for; nullopt when none is.
core::Result<std::optional<int>> latest_rated_year(Connection& conn);

// The ratings of the people and years of `span` (one range scan), by person then year.
core::Result<std::vector<core::Evaluation>> evaluations_in(Connection& conn, const PersonSpan& span);

}  // namespace thidua::store
