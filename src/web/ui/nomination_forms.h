// The nomination pages' template data: turning the use cases' results into
// what the templates show. (Reading the posted form: web/shared/form_input.h.)
#pragma once

#include <map>
#include <string>

#include <boost/json/object.hpp>

#include "app/nominations.h"
#include "core/result.h"
#include "web/guard.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {

// The nominating unit and the collective nominee of the form: chosen from a
// drop-down, or by code past kUnitChoiceLimit units (web/ui/unit_choice.h).
inline const UnitField kNominatingUnit{"unit_id", "unit_code", false};
inline const UnitField kNomineeUnit{"nominee_unit_id", "nominee_unit_code", false};

// The new-nomination form: the options, with `input` selected/filled in;
// `form` is the form sent back (a unit code typed is shown again), or empty.
// Sets "unit_pick", "nominee_pick" and "template_nominee_pick" (the report
// template's GET form) for the partial unit_choice.
boost::json::object nomination_form_data(const app::NominationFormOptions& options, const app::NominationInput& input,
                                         const std::multimap<std::string, std::string>& form);

// A nomination's page: facts, the criteria table, the report file's link, and the resubmission form
// filled from `entered` when given (else from the stored nomination).
boost::json::object nomination_view_data(const app::NominationView& v, const app::NominationInput* entered);

// The filters of the list (award types and units, the current ones selected);
// `query` is the request's (a unit code typed is shown again).
boost::json::object nomination_filter_data(const app::NominationListing& listing, const app::NominationFilter& f,
                                           const std::multimap<std::string, std::string>& query);


}  // namespace thidua::web
