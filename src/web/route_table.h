// A surface's routes as data. Each feature lists its routes in one table:
// method, path pattern, who may call it (the guard's rule), what it costs,
// and the handler. install() adds a table to the router, wrapping every
// handler in guard() (web/guard.h) once, so no route exists without its
// guard. Pattern segments "{name:int}" are ids: after the guard has let the
// request through, each must be a positive integer, which the handler reads
// as ctx.id("name"); anything else is answered 404 not_found (the JSON error
// under /api/, the error page elsewhere), as for a record that does not
// exist. Router::routes() lists the patterns without ":int", as
// openapi.json and the route x role tests spell them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

struct RouteDef {
  std::string_view method;  // "GET", "POST", "PUT", "PATCH", "DELETE"
  std::string pattern;       // "/dot-thi-dua/{id:int}/dang-ky"
  Access access = Access::kLoggedIn;
  AppHandler handler;
  Cost cost = Cost::kLight;
};

using RouteTable = std::vector<RouteDef>;

// The ids of a route to a record inside a campaign
// ("/dot-thi-dua/{id:int}/.../{sid:int}"): ctx.id("id") and, unless
// `record_param` is null, ctx.id(record_param).
struct CampaignRecordIds {
  int64_t campaign = 0;
  int64_t record = 0;
};
CampaignRecordIds campaign_record_ids(const Ctx& ctx, const char* record_param);

// Adds every route of `table` to `r`. Throws std::invalid_argument on a
// malformed pattern or a duplicate route (programmer errors found at
// start-up). Services and options must outlive the router.
void install(Router& r, const app::Services& s, const WebOptions& o, const RouteTable& table);

}  // namespace thidua::web
