// Use case: why a person is or is not eligible for each annual title and
// award of a year (issue 11 #4), rule by rule, from their history in thidua:
// annual quality ratings (app/import_evaluations.h) and the annual titles of
// the award register (app/import_awards.h), initiatives, disciplinary
// measures and long absences (app/import_person_facts.h), read against the
// years the office declared complete (app/fact_years.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/award_rules.h"
#include "app/context.h"
#include "core/authz.h"
#include "core/eligibility.h"
#include "core/result.h"

namespace thidua::app {

struct AwardEligibility {
  std::string code;
  std::string name;
  core::Judgement judgement;
};

struct PersonEligibility {
  int64_t person_id = 0;
  std::string full_name;
  int year = 0;
  std::vector<AwardEligibility> awards;  // in the rules file's order
};

// For the person (kNotFound unless the actor may see them, as get_person) and
// the year of achievement `year` (kFirstEvaluationYear .. this year, else
// kValidation on "year"): each award of the rules in force that year.
core::Result<PersonEligibility> person_eligibility(const Services& services, const core::Actor& actor,
                                                   int64_t person_id, int year);

}  // namespace thidua::app
