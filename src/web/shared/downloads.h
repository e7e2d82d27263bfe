// Files the site sends, shared by pages and the API: a temporary export
// streamed and removed once sent, XLSX exports, administrative documents as
// PDF or DOCX, and stored files (uploads) sent safely. A failure while
// writing is answered by failure_response (web/shared/respond.h): the JSON
// error under /api/, the error page elsewhere.
#pragma once

#include <functional>
#include <string>

#include "app/unit_work_access.h"
#include "core/result.h"
#include "docs/document.h"
#include "web/guard.h"
#include "web/http.h"

namespace thidua::web {

// Streams the file at `path` as an attachment named `filename` (ASCII) and
// deletes the file once sent (exports are written to data_dir/exports first).
Response file_download(const std::string& path, const std::string& content_type, const std::string& filename);

// Media types of the files the site sends.
inline constexpr const char* kPdfType = "application/pdf";
inline constexpr const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kZipType = "application/zip";

// Runs `write(path)` for a new file under data_dir/exports (named with a
// random token and `ext`, e.g. ".pdf") and streams it as an attachment named
// `filename` (ASCII) with `media_type`; the file is removed once sent. When
// `write` fails the file is removed and its error answered by
// failure_response (JSON under /api/, the error page otherwise).
Response export_download(const Request& req, const Ctx& ctx, const std::string& data_dir, const std::string& ext,
                         const std::string& media_type, const std::string& filename,
                         const std::function<core::Status(const std::string& path)>& write);

// export_download of an XLSX file whose writer answers the rows written.
Response xlsx_download(const Request& req, const Ctx& ctx, const std::string& data_dir, const std::string& filename,
                       const std::function<core::Result<int64_t>(const std::string& path)>& write);

// The two formats every administrative document is offered in.
enum class DocFormat { kPdf, kDocx };

// Writes `doc` as PDF or DOCX under data_dir/exports and streams it as an
// attachment named `stem` + ".pdf"/".docx" (`stem` ASCII); the error page (or
// the JSON error under /api/) when writing fails.
Response document_download(const Request& req, const Ctx& ctx, const std::string& data_dir,
                           const docs::AdministrativeDocument& doc, DocFormat format, const std::string& stem);

// Streams a stored file as an attachment: its stored media type, the safe
// name (RFC 5987 + ASCII fallback), X-Content-Type-Options: nosniff,
// Content-Security-Policy: sandbox, Cache-Control: private, no-store. The
// JSON not_found when the file cannot be opened.
Response stored_file_download(const app::DownloadFile& file);

}  // namespace thidua::web
