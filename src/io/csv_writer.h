// CSV export that Excel opens correctly and safely: RFC 4180 quoting, CRLF
// line ends, and neutralised spreadsheet formulas.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace thidua::io {

// Prepended to a CSV export so that Excel reads it as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// One CSV record ending in "\r\n". A cell that starts with = + - @, tab or
// CR gets a leading apostrophe so that spreadsheet software shows it as text
// instead of evaluating it (CSV/formula injection). Cells containing the
// separator, a quote, CR, LF or leading/trailing spaces are quoted, quotes
// doubled. `separator` is usually ',' (or ';' for Vietnamese Excel locales).
std::string csv_escape_row(const std::vector<std::string>& cells, char separator = ',');

}  // namespace thidua::io
