// The council's JSON API under /api/v1/campaigns/{id}/sessions: the same use
// cases as the pages (app/council.h). While a ballot is open no count is
// served, only how many members have voted.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

void add_council_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
