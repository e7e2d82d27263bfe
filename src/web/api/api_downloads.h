// Documents and files through the JSON API (/api/v1): the same bytes as the
// page downloads, from the same use cases and with the same rights, but every
// failure answered as a JSON error with its stable code (never an HTML page).
// One registration for the three groups, each with its own header and routes:
//
//   api_documents.h  minutes, decision/proposal documents, dossier ZIP, certificates
//   api_files.h      stored files: a unit plan's file, evidence, a nomination's report
//   api_results.h    the closing summary (JSON, XLSX) and the public results
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// add_document_api_routes, add_file_api_routes and add_results_api_routes.
void add_download_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
