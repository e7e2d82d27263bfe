// Cutting UTF-8 text to a byte budget (a spreadsheet cell, a log field, an
// encoded mail header, a line of a document) without splitting a character.
// Pure.
#pragma once

#include <cstddef>
#include <string_view>

namespace thidua::core {

// The longest prefix of `text` of at most `max_bytes` bytes that ends on a
// character boundary: the cut backs off over continuation bytes (10xxxxxx),
// so a multi-byte sequence is kept whole or left out. `text` itself when it
// fits. Bytes that are not well-formed UTF-8 are treated as they come.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace thidua::core
