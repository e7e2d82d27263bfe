// Documents and files through the JSON API (/api/v1): the same bytes as the
// page downloads, from the same use cases and with the same rights, but every
// failure answered as a JSON error with its stable code (never an HTML page).
//
//   api_documents.cc  minutes, decision/proposal documents, dossier ZIP, certificates
//   api_files.cc      stored files: a unit plan's file, evidence, a nomination's report
//   api_results.cc    the closing summary (JSON, XLSX) and the public results
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

void add_document_api_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_file_api_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_results_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
