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

// Stable codes of a refused confirmation (beside forbidden, not_found, ...).
// import_has_errors (422): the staged file has problems (as the preview
// showed, or found on re-checking it against today's data); nothing written.
inline constexpr const char* kImportHasErrors = "import_has_errors";
// import_not_found (404): no staged upload of this kind with this id for the
// caller: unknown, already confirmed, expired (a day), or staged by another
// account (the id is bound to the account that staged it).
inline constexpr const char* kImportNotFound = "import_not_found";

void add_import_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
