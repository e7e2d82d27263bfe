// Use case: a civil servant's annual quality rating typed on the person's
// page or sent to the API (issue 11 #2, "imported from XLSX or typed"): one
// per person and year, a correction replacing it, audited with the value
// before (evaluation.record). Who: those who keep the person's records
// (kEditPeople on the person's unit), never for themselves (kOwnRecord).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "app/context.h"
#include "core/authz.h"
#include "core/evaluation.h"
#include "core/person.h"
#include "core/result.h"

namespace thidua::app {

struct PersonRatingInput {
  int year = 0;
  std::string rating;    // a core::EvaluationRating code or label
  std::string rated_on;  // ISO date or ""
  std::string note;
};

bool may_rate_person(const core::Actor& actor, const core::Person& person);

// The check of every record typed for a person (ratings here, the other
// facts in app/person_fact_entry.h): kNotFound for a person the actor does
// not see, kForbidden without may_rate_person (naming `what`), kOwnRecord for
// the actor's own.
core::Status may_keep_records(const Services& services, const core::Actor& actor, int64_t person_id,
                              std::string_view what);

// kNotFound for a person the actor does not see; kForbidden without the
// right; kOwnRecord for the actor's own rating; kValidation naming "rating",
// "year", "rated_on" or "note".
core::Result<core::Evaluation> record_person_evaluation(const Services& services, const core::Actor& actor,
                                                        int64_t person_id, const PersonRatingInput& input,
                                                        const RequestMeta& meta);

}  // namespace thidua::app
