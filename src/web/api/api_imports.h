// The JSON API of the two-step spreadsheet imports: people
// (/api/v1/people/imports), units (/api/v1/units/imports) and a campaign's
// individual registrations (/api/v1/campaigns/{id}/registrations/imports),
// each with its XLSX template. The same use cases as the import pages
// (app/import_people.h, app/import_units.h, app/registrations.h): a POST of
// the file (multipart/form-data, field `file`) stages it and answers the
// preview (import id, rows with their parsed values, every problem by row
// and column) without writing anything; POST .../imports/{import_id}/confirm
// writes every row in one transaction, or none.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// A refused confirmation answers, beside forbidden and the campaign's
// not_found, the imports' own codes of core/result.h returned by the use
// cases: import_has_errors (422) and import_not_found (404).
void add_import_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
