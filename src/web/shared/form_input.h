// Reading what a user entered in a posted form (urlencoded or multipart)
// into a use case's input, shared by the pages and the API routes that accept
// the same form.
#pragma once

#include "app/nominations.h"
#include "web/guard.h"

namespace thidua::web {

// The prefix of a nomination form's attestation fields: "attestation_<criterion id>".
inline constexpr const char* kAttestationPrefix = "attestation_";

// award_type_id, subject, unit_id, person_id, nominee_unit_id, report,
// attestation_<criterion id>, remove_report_file fields and the report_file
// upload of a posted form (urlencoded or multipart).
app::NominationInput nomination_input_from(const Ctx& ctx);

}  // namespace thidua::web
