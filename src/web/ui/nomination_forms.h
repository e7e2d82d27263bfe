// The nomination pages' form fields and template data: reading what a unit
// entered, and turning the use cases' results into what the templates show.
#pragma once

#include <boost/json/object.hpp>

#include "app/nominations.h"
#include "core/result.h"
#include "web/guard.h"

namespace thidua::web {

// award_type_id, subject, unit_id, person_id, nominee_unit_id, report,
// attestation_<criterion id>, remove_report_file fields and the report_file
// upload of a posted form (urlencoded or multipart).
app::NominationInput nomination_input_from(const Ctx& ctx);

// The new-nomination form: the options, with `input` selected/filled in.
boost::json::object nomination_form_data(const app::NominationFormOptions& options, const app::NominationInput& input);

// A nomination's page: facts, the criteria table, the report file's link, and the resubmission form
// filled from `entered` when given (else from the stored nomination).
boost::json::object nomination_view_data(const app::NominationView& v, const app::NominationInput* entered);

// The filters of the list (award types and units, the current ones selected).
boost::json::object nomination_filter_data(const app::NominationListing& listing, const app::NominationFilter& f);

// "error", "error_field", "error_<field>": true, when `error` is set.
void add_form_error(boost::json::object& data, const core::Error* error);

}  // namespace thidua::web
