// Use case: a collective's annual rating (xếp loại tổ chức, issue 11 #2),
// typed on the unit's page or sent to the API: one per unit and year, a
// correction replacing it, audited with the value before
// (unit_evaluation.record). Who: the emulation office (kDraftDecisions) over
// the unit; everyone who sees the unit sees its ratings.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/evaluation.h"
#include "core/org.h"
#include "core/result.h"

namespace thidua::app {

struct UnitRatingInput {
  int year = 0;
  std::string rating;    // a core::EvaluationRating code or label
  std::string rated_on;  // ISO date or ""
  std::string note;
};

bool may_rate_unit(const core::Actor& actor, const core::Unit& unit);

// kNotFound for a unit the actor does not see; kForbidden without the right;
// kValidation naming "rating", "year", "rated_on" or "note".
core::Result<core::UnitEvaluation> record_unit_evaluation(const Services& services, const core::Actor& actor,
                                                          int64_t unit_id, const UnitRatingInput& input,
                                                          const RequestMeta& meta);

// The unit's ratings, oldest first (kNotFound as above).
core::Result<std::vector<core::UnitEvaluation>> unit_evaluations(const Services& services, const core::Actor& actor,
                                                                 int64_t unit_id);

}  // namespace thidua::app
