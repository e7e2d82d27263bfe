// The JSON API of councils and their members under /api/v1/councils: the
// same use cases and rights as the pages /hoi-dong... (app/council.h). The
// secretariat (and the leader) manage the councils of their units; active
// members see their own council. Bodies are read strictly: an unknown member
// or one of the wrong type is refused with its name in `field`.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// GET/POST /api/v1/councils, GET /api/v1/councils/{cid},
// POST /api/v1/councils/{cid}/members, PATCH /api/v1/councils/{cid}/members/{mid}.
void add_councils_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
