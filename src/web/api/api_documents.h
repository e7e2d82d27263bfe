// The documents of a campaign's end through the JSON API: the page
// downloads' handlers (web/ui/document_downloads.h) on /api/v1 paths, so the
// bytes and the rights are the page's; every failure is a JSON error.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// GET /api/v1/campaigns/{id}/sessions/{sid}/minutes.pdf, .../minutes.docx,
// GET /api/v1/campaigns/{id}/decisions/{did}/document.pdf, .../document.docx,
// GET /api/v1/campaigns/{id}/decisions/{did}/dossier.zip, .../certificates.pdf,
// GET /api/v1/awards/{aid}/certificate.pdf.
void add_document_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
