// Rendering of HTML pages: the shared layout (header, menu fitted to the
// actor's roles, footer), error pages, and the mapping from error codes to
// HTTP statuses shared by pages and the API.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "core/result.h"
#include "docs/document.h"
#include "web/guard.h"
#include "web/http.h"

namespace thidua::web {

// HTTP status for a core::errc code (validation 422, not_found 404, ...).
unsigned status_for(std::string_view code);

// Renders `template_name` with `data`, then the layout around it. `data` gets
// "csrf" and "user" added; `title` is the page title (Vietnamese).
Response render_page(const Request& req, const Ctx& ctx, std::string_view template_name, std::string_view title,
                     boost::json::object data, unsigned status = 200);

// Seconds a client is asked to wait (Retry-After) when the database cannot be
// reached (503 storage_unavailable).
inline constexpr const char* kRetryAfterSeconds = "10";

// The message a client may see for `error`: its own, except for failures of
// the server (core::is_server_failure), which never show a driver's text: a
// generic Vietnamese message naming `request_id` (the database's own
// "unavailable" message for storage_unavailable).
std::string shown_message(const core::Error& error, std::string_view request_id);

// status_for(error.code); for a server failure it also notes the cause for the
// error log (note_failure_cause). For pages that show the error themselves.
unsigned failure_status(const core::Error& error);

// For a server failure: records the cause on `res` for the error log
// (Response::cause) and, for storage_unavailable, adds Retry-After.
void mark_failure(Response& res, const core::Error& error);

// A full error page for an Error (status from its code; message as
// shown_message; marked with mark_failure).
Response error_page(const Request& req, const Ctx& ctx, const core::Error& error);

// JSON error body {"error": {"code", "message", "field"}} with the mapped
// status; message as shown_message for the request this thread handles
// (current_request_id); marked with mark_failure.
Response api_error(const core::Error& error);

// Streams the file at `path` as an attachment named `filename` (ASCII) and
// deletes the file once sent (exports are written to data_dir/exports first).
Response file_download(const std::string& path, const std::string& content_type, const std::string& filename);

// Media types of the files the site sends.
inline constexpr const char* kPdfType = "application/pdf";
inline constexpr const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kZipType = "application/zip";

// The answer to a failed request: the JSON error (api_error) under /api/, the
// HTML error page otherwise.
Response failure_response(const Request& req, const Ctx& ctx, const core::Error& error);

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

// The ids of a route to a record inside a campaign ("/dot-thi-dua/{id}/.../{sid}"):
// "id" and `record_param` as positive integers; nullopt when either is malformed.
struct CampaignRecordIds {
  int64_t campaign = 0;
  int64_t record = 0;
};
std::optional<CampaignRecordIds> campaign_record_ids(const Request& req, const char* record_param);

// Parses a positive integer id from a path parameter; nullopt when malformed.
std::optional<int64_t> parse_id(std::string_view text);

}  // namespace thidua::web
