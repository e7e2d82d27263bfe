// Disciplinary measures (person_discipline).
#pragma once

#include <cstdint>
#include <vector>

#include "core/discipline.h"
#include "core/result.h"
#include "store/db.h"
#include "store/person_span.h"

namespace thidua::store {

// Inserts a measure (id ignored); kConflict on "decision_number" when the
// person already has a measure of that decision. Returns the id.
core::Result<int64_t> insert_discipline(Connection& conn, const core::DisciplineRecord& d);

// The measures of these people (one query), by person then date. Empty ids: none.
core::Result<std::vector<core::DisciplineRecord>> discipline_of(Connection& conn,
                                                                const std::vector<int64_t>& person_ids);

// The measures of the people of `span` (one range scan; every year: a
// measure's period may reach into the years asked), by person then date.
core::Result<std::vector<core::DisciplineRecord>> discipline_in(Connection& conn, const PersonSpan& span);

}  // namespace thidua::store
