// Shared by the pages and the API of the units' campaign work (unit plans,
// progress with evidence, difficulties): sending a stored file safely.
#pragma once

#include "app/unit_work_access.h"
#include "web/guard.h"
#include "web/http.h"
#include "web/router.h"

namespace thidua::web {

// Streams a stored file as an attachment: its stored media type, the safe
// name (RFC 5987 + ASCII fallback), X-Content-Type-Options: nosniff,
// Content-Security-Policy: sandbox, Cache-Control: private, no-store.
Response stored_file_download(const app::DownloadFile& file);

// The API routes of the same features (web/api/unit_work_api.cc).
void add_unit_work_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
