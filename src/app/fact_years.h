// Use case: the years whose records of initiatives, discipline and absences
// the office declares complete (core/fact_year.h). Anyone who sees people
// reads the declarations; the emulation office (kDraftDecisions on a root
// unit: a declaration speaks for every unit) declares and withdraws them, each change audited. A declaration is what
// lets an eligibility rule read "no record" as "none" (core/eligibility.h).
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/fact_year.h"
#include "core/result.h"

namespace thidua::app {

// kForbidden without kViewPeople somewhere.
core::Result<std::vector<core::FactYear>> list_fact_years(const Services& services, const core::Actor& actor);

// True when the actor may declare or withdraw (the office).
bool may_declare_fact_years(const core::Actor& actor);

// Declares (`complete`) or withdraws the year of a kind (its code:
// "initiatives", "discipline", "absences"). kForbidden unless
// may_declare_fact_years; kValidation on "kind" for an unknown code, on
// "year" outside [kFirstEvaluationYear, this year]. Doing what is already so
// changes nothing and records nothing.
core::Status set_fact_year(const Services& services, const core::Actor& actor, const std::string& kind, int year,
                           bool complete, const RequestMeta& meta);

}  // namespace thidua::app
