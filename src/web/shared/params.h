// Reading the parameters of a request, shared by pages and the API: ids,
// integer and page-number query parameters (ids from the path: ctx.id,
// web/route_table.h). Malformed values are
// answered as absent (nullopt or the fallback), never as an exception.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "web/http.h"

namespace thidua::web {

// Parses a positive integer id; nullopt when malformed.
std::optional<int64_t> parse_id(std::string_view text);

// An integer query parameter clamped to [lo, hi]; `fallback` when absent or not a number.
int int_param(const Request& req, const char* name, int fallback, int lo, int hi);

// The page number of a paginated page (query parameter `name`, "trang" on
// the pages): 1 when absent or malformed, at most kMaxPageNumber.
inline constexpr int kMaxPageNumber = 1000000;
int page_number(const Request& req, const char* name = "trang");

}  // namespace thidua::web
