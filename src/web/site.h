// The whole site: the pages (web/ui/routes.h), the JSON API
// (web/api/routes.h), static assets, and the 404/405 answers (a page, or the
// JSON error under /api/).
#pragma once

#include <memory>

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// The site's router with every route. Services and options must outlive it.
std::shared_ptr<Router> build_router(const app::Services& s, const WebOptions& o);

// build_router() as one handler, for the server.
Handler build_site(const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
