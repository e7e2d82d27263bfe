// UTF-8 decoding and encoding used by the Vietnamese name functions and the
// validators of core. Private to core: no other layer includes this header.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace thidua::core::utf8 {

// Marks a byte sequence that is not well-formed UTF-8.
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point starting at text[pos] and advances pos past it.
// Strict: overlong forms, surrogates, values above U+10FFFF and truncated
// sequences yield kInvalid, and pos then advances by exactly one byte so that
// a lenient caller can drop the bad byte and resynchronise.
// Requires pos < text.size().
char32_t decode(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of code point cp (must be a valid scalar value).
void append(std::string& out, char32_t cp);

// Number of code points in well-formed UTF-8 text (invalid bytes count as one).
std::size_t length(std::string_view text);

// True for the whitespace that separates words in names and form input:
// ASCII space, tab, line breaks, no-break space and the Unicode space
// separators (U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
bool is_space(char32_t cp);

// True for C0 and C1 control characters and DEL.
bool is_control(char32_t cp);

// True for combining diacritical marks (U+0300..U+036F).
bool is_combining_mark(char32_t cp);

}  // namespace thidua::core::utf8
