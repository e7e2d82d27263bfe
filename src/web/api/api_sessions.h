// The JSON API of a campaign's council sessions under
// /api/v1/campaigns/{id}/sessions: the same use cases as the pages
// (app/council.h). While a ballot is open no count is served, only how many
// members have voted. (Councils and their members: api_councils.h.)
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// GET/POST /api/v1/campaigns/{id}/sessions, GET /api/v1/campaigns/{id}/sessions/{sid},
// POST /api/v1/campaigns/{id}/sessions/{sid}/attendance, .../recusals, .../open (with the
// counting committee), .../cancel-keying, .../share (a committee member draws their share,
// answered once), .../votes (answers the trackers), .../close (with the shares);
// GET .../record (the published ballots, decryptions and their verification).
// (The minutes, .../sessions/{sid}/minutes.pdf|.docx: api_documents.h.)
void add_session_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
