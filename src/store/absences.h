// Long absences in a year (person_absences).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/absence.h"
#include "core/result.h"
#include "store/db.h"
#include "store/person_span.h"

namespace thidua::store {

// Inserts an absence (id ignored); kConflict on "reason" when the person has
// one of that reason for that year already. Returns the id.
core::Result<int64_t> insert_absence(Connection& conn, const core::Absence& a);

// Records the person's absence of that year and reason, replacing the one
// recorded (days, note; its id and creation kept). Returns the one replaced,
// if any, and the id.
struct PutAbsence {
  std::optional<core::Absence> before;
  int64_t id = 0;
};
core::Result<PutAbsence> put_absence(Connection& conn, const core::Absence& a);

// The absences of these people (one query), by person then year. Empty ids: none.
core::Result<std::vector<core::Absence>> absences_of(Connection& conn, const std::vector<int64_t>& person_ids);

// The absences of the people and years of `span` (one range scan), by person then year.
core::Result<std::vector<core::Absence>> absences_in(Connection& conn, const PersonSpan& span);

}  // namespace thidua::store
