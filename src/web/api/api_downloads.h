// Documents and files through the JSON API (/api/v1): the same bytes as the
// page downloads, from the same use cases and with the same rights, but every
// failure answered as a JSON error with its stable code (never an HTML page).
//
//   api_documents.cc  minutes, decision/proposal documents, dossier ZIP, certificates
//   api_files.cc      stored files: a unit plan's file, evidence, a nomination's report
//   api_results.cc    the closing summary (JSON, XLSX) and the public results
#pragma once

#include <functional>
#include <string>

#include "app/context.h"
#include "core/result.h"
#include "web/guard.h"
#include "web/http.h"
#include "web/router.h"

namespace thidua::web {

// Runs `write(path)` for a new file under data_dir/exports (named with a
// random token and `ext`) and streams it as an attachment named `filename`
// (ASCII) with `content_type`; the file is removed once sent. When `write`
// fails the file is removed and its error answered as JSON (api_error).
Response api_export_download(const std::string& data_dir, const std::string& ext, const std::string& content_type,
                             const std::string& filename,
                             const std::function<core::Status(const std::string& path)>& write);

// Media types of the documents.
inline constexpr const char* kPdfType = "application/pdf";
inline constexpr const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kZipType = "application/zip";

void add_document_api_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_file_api_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_results_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
