// Blanks around typed text: space, tab, CR and LF (ASCII only; a no-break
// space or other Unicode space is text). Pure functions, no allocation in the
// view forms. The one trim of the code base: the web layer (headers, forms,
// configuration, templates) and core use these instead of private copies.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core {

// True for ' ', '\t', '\r' and '\n'.
constexpr bool is_blank_char(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// `text` without leading and trailing blanks; a view into the same bytes.
std::string_view trim_view(std::string_view text);

// trim_view as an owned string.
std::string trim_blanks(std::string_view text);

// True when `text` holds nothing but blanks (or nothing).
bool is_blank(std::string_view text);

}  // namespace thidua::core
