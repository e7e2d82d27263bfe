// Tidying of free-text form fields (names, titles): NFC, trimmed, single
// spaces. Private to core.
#pragma once

#include <string>
#include <string_view>

#include "core/blanks.h"  // trim_blanks, kept reachable for the callers of this header
#include "core/result.h"

namespace thidua::core {

// Returns text in NFC with leading/trailing whitespace removed and each run of
// whitespace (space, tab, no-break space ...) replaced by one ASCII space.
// Requires well-formed UTF-8 (check with is_valid_utf8 first); other text
// yields "".
std::string tidy_text(std::string_view text);

// True when text contains a control character other than tab: single-line
// fields reject line breaks, NUL and the like; tabs are tidied to spaces.
bool has_control_char(std::string_view text);

// One typed line tidied in place (tidy_text); kValidation on `field` with
// `invalid_message` when it is not UTF-8 or holds a control character.
Status tidy_line(std::string& text, const char* field, const char* invalid_message);

}  // namespace thidua::core
