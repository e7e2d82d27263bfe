// Rendering of HTML pages: the shared layout (header, menu fitted to the
// actor's roles, footer), error pages, and the mapping from error codes to
// HTTP statuses shared by pages and the API.
#pragma once

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

// A full error page for an Error (status from its code).
Response error_page(const Request& req, const Ctx& ctx, const core::Error& error);

// JSON error body {"error": {"code", "message", "field"}} with the mapped status.
Response api_error(const core::Error& error);

// Parses a positive integer id from a path parameter; nullopt when malformed.
std::optional<int64_t> parse_id(std::string_view text);

}  // namespace thidua::web
