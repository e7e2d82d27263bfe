#include "core/latin_letters.h"

#include <array>

#include "core/vietnamese_letters.h"

namespace thidua::core::latin {
namespace {

// ASCII spellings of U+00C0..U+00FF, indexed from U+00C0; empty for × and ÷.
constexpr std::array<std::string_view, 64> kLatin1{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",   "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",   "o", "u", "u", "u", "u", "y", "th", "y"};

// ASCII letters of U+0100..U+017F, one per code point; '*' marks the
// ligatures spelled with two letters (Ĳ ĳ → ij, Œ œ → oe).
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii**jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oo**rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";

constexpr std::string_view kAsciiLetters = "abcdefghijklmnopqrstuvwxyz0123456789";

}  // namespace

char32_t to_lower(char32_t cp) {
  if (cp >= U'A' && cp <= U'Z') return cp + 0x20;
  if (cp < 0x80) return cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x130) return U'i';
    if (cp == 0x178) return 0xFF;
    const bool even_upper = (cp <= 0x137 && cp != 0x131) || (cp >= 0x14A && cp <= 0x177);
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (even_upper && cp % 2 == 0) return cp + 1;
    if (odd_upper && cp % 2 == 1) return cp + 1;
    return cp;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 0x20;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;                  // Cyrillic
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
  if (const auto letter = vietnamese::split(cp); letter && letter->upper) {
    vietnamese::Letter lower = *letter;
    lower.upper = false;
    if (const auto composed = vietnamese::compose(lower)) return *composed;
  }
  return cp;
}

std::string_view ascii_spelling(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= U'A' && cp <= U'Z') cp += 0x20;
    const auto at = kAsciiLetters.find(static_cast<char>(cp));
    return at == std::string_view::npos ? std::string_view{} : kAsciiLetters.substr(at, 1);
  }
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x132 || cp == 0x133) return "ij";
    if (cp == 0x152 || cp == 0x153) return "oe";
    return kLatinExtendedA.substr(cp - 0x100, 1);
  }
  if (const auto letter = vietnamese::split(cp)) {
    const auto at = kAsciiLetters.find(letter->base);
    return kAsciiLetters.substr(at, 1);
  }
  return {};
}

bool is_letter(char32_t cp) {
  if (cp >= U'0' && cp <= U'9') return false;
  if (!ascii_spelling(cp).empty()) return true;
  if (cp < 0x370) return false;
  // General punctuation, symbols, CJK punctuation, private use, specials.
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
  return true;
}

}  // namespace thidua::core::latin
