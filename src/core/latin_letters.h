// Case mapping and accent folding for the Latin letters people's names use
// (ASCII, Latin-1, Latin Extended-A and Vietnamese), plus basic Greek and
// Cyrillic case mapping. Private to core.
#pragma once

#include <string_view>

namespace thidua::core::latin {

// The lower-case form of cp for the scripts above; cp itself otherwise.
char32_t to_lower(char32_t cp);

// The unaccented ASCII spelling of a lower-case letter from Latin-1,
// Latin Extended-A or the Vietnamese repertoire ("é" → "e", "ß" → "ss",
// "đ" → "d", "ệ" → "e"); ASCII letters and digits map to themselves. Empty when
// cp is not such a letter or digit.
std::string_view ascii_spelling(char32_t lower_cp);

// True for letters: anything with an ASCII spelling above except digits, and
// code points of other alphabetic scripts (U+0370 and above, excluding
// combining marks, punctuation, symbols and spaces).
bool is_letter(char32_t cp);

}  // namespace thidua::core::latin
