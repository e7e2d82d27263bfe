// Stored files through the JSON API: a unit plan's file, a progress report's
// evidence and a nomination's achievement report file, sent as the pages send
// them (stored_file_download); 404 (JSON) for whoever may not read them.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// GET /api/v1/campaigns/{id}/unit-plans/{plan_id}/file,
// GET /api/v1/campaigns/{id}/evidence/{evidence_id},
// GET /api/v1/campaigns/{id}/nominations/{nid}/report.
void add_file_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
