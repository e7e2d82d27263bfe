// What pages and the API answer with, shared by both surfaces (web/ui,
// web/api): the HTML layout (header, menu fitted to the actor's roles,
// footer), the error page, the JSON error, the mapping from error codes to
// HTTP statuses, and the choice between page and JSON for a failure.
// Downloads: web/shared/downloads.h.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "core/result.h"
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

// True for a refusal (forbidden, not found): a page answers it with the error
// page, never by showing its form again (which would reveal what the actor
// may not see).
bool is_refusal(const core::Error& error);

// Puts `error` (when set) into a form page's template data: "error" (its
// message), "error_field" (the field it concerns) and "error_<field>": true,
// which the templates use to mark the field.
void add_form_error(boost::json::object& data, const core::Error* error);

// The answer to a failed request: the JSON error (api_error) under /api/, the
// HTML error page otherwise.
Response failure_response(const Request& req, const Ctx& ctx, const core::Error& error);

}  // namespace thidua::web
