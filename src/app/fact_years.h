// Use case: the years whose records of initiatives, discipline and absences
// an agency's office declares complete (core/fact_year.h). Each agency (a
// top unit) has its own declarations, speaking for the people and units
// under it only. Whoever sees people of an agency reads its declarations;
// its emulation office (kDraftDecisions on the agency's top unit: a
// declaration speaks for every unit of it) declares and withdraws them, each
// change audited. A declaration is what lets an eligibility rule read "no
// record" as "none" (core/eligibility.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/fact_year.h"
#include "core/result.h"

namespace thidua::app {

struct FactYearAgency {
  int64_t id = 0;
  std::string name;
};

struct FactYearsView {
  std::vector<FactYearAgency> agencies;  // the open agencies whose declarations the actor reads
  FactYearAgency agency;                 // the one shown
  std::vector<core::FactYear> declared;  // its declarations, by kind then year
  bool may_declare = false;              // the actor may declare for it
};

// The declarations of `agency_id` (a top unit), or with none named of the
// agency of the actor's highest grant that sees people. kForbidden without
// kViewPeople in any open agency; kNotFound for a unit that is not an open
// agency the actor sees people of.
core::Result<FactYearsView> list_fact_years(const Services& services, const core::Actor& actor,
                                            std::optional<int64_t> agency_id = std::nullopt);

// True when the actor may declare or withdraw for the agency at `agency_path` (its office).
bool may_declare_fact_years(const core::Actor& actor, const std::string& agency_path);

// Declares (`complete`) or withdraws the year of a kind (its code:
// "titles", "initiatives", "discipline", "absences") for the agency (none
// named: the only one the actor sees; kValidation on "agency_id" when they
// see several and may declare for one of them). kNotFound as list_fact_years; kForbidden unless may_declare_fact_years;
// kValidation on "kind" for an unknown code, on "year" outside
// [kFirstEvaluationYear, this year]. Doing what is already so changes
// nothing and records nothing. Returns the agency's id.
core::Result<int64_t> set_fact_year(const Services& services, const core::Actor& actor, std::optional<int64_t> agency_id,
                           const std::string& kind, int year, bool complete, const RequestMeta& meta);

}  // namespace thidua::app
