#include "web/api/api_downloads.h"

#include "web/api/api_documents.h"
#include "web/api/api_files.h"
#include "web/api/api_results.h"

namespace thidua::web {

void add_download_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  add_document_api_routes(r, s, o);
  add_file_api_routes(r, s, o);
  add_results_api_routes(r, s, o);
}

}  // namespace thidua::web
