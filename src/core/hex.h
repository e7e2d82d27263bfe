// Lower-case hexadecimal of bytes (digests, random tokens, cursors): two
// digits a byte, the high half first. The one hex writer of the code base;
// percent-encoding and PDF strings write upper-case digits of their own.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace thidua::core {

// Appends the two digits of `byte` to `out`.
inline void append_hex(std::string& out, uint8_t byte) {
  static constexpr char kDigits[] = "0123456789abcdef";
  out += kDigits[byte >> 4];
  out += kDigits[byte & 0x0f];
}

// The digits of `bytes`, 2 × size characters.
std::string to_hex(std::span<const uint8_t> bytes);

// The same of the bytes of a string (a sort key, a file's contents).
std::string to_hex(std::string_view bytes);

}  // namespace thidua::core
