// The nomination pages' template data: turning the use cases' results into
// what the templates show. (Reading the posted form: web/shared/form_input.h.)
#pragma once

#include <boost/json/object.hpp>

#include "app/nominations.h"
#include "core/result.h"
#include "web/guard.h"

namespace thidua::web {

// The new-nomination form: the options, with `input` selected/filled in.
boost::json::object nomination_form_data(const app::NominationFormOptions& options, const app::NominationInput& input);

// A nomination's page: facts, the criteria table, the report file's link, and the resubmission form
// filled from `entered` when given (else from the stored nomination).
boost::json::object nomination_view_data(const app::NominationView& v, const app::NominationInput* entered);

// The filters of the list (award types and units, the current ones selected).
boost::json::object nomination_filter_data(const app::NominationListing& listing, const app::NominationFilter& f);


}  // namespace thidua::web
