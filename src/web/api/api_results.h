// A campaign's closing summary and its public results through the JSON API:
// the figures for those who may follow the campaign (app::campaign_results)
// and, without login, what the public pages under /cong-khai/ show.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// GET /api/v1/campaigns/{id}/summary, .../summary.xlsx (logged in);
// GET /api/v1/public/campaigns, /api/v1/public/campaigns/{id}/results,
// .../results.xlsx (public).
void add_results_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
