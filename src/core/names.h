// Vietnamese personal names: diacritic-insensitive folding for search and the
// conventional sort order (given name, then family name, then middle names,
// each word by its letters in Vietnamese alphabetical order a ă â b c d đ e ê
// ..., then its tones). Pure functions over UTF-8; no I/O, no locale dependence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::core {

// Folds text for search: NFC/NFD input alike, lower case, diacritics and tone
// marks removed, "đ"/"Đ" → "d", runs of whitespace collapsed to one space,
// leading/trailing space trimmed. "Nguyễn  Văn ĐẠT" → "nguyen van dat".
// Invalid UTF-8 bytes are dropped.
std::string fold(std::string_view text);

// Splits a folded or unfolded full name into words (on whitespace).
std::vector<std::string> name_words(std::string_view full_name);

// The given name: the last word of the full name ("Nguyễn Văn An" → "An").
std::string given_name(std::string_view full_name);

// How many of the first words of `full_name` are its family name: 0 for a
// name of one word; the parts of a compound family name (Tôn Nữ, Tôn Thất,
// Công Tằng Tôn Nữ, Âu Dương, Hoàng Phủ, Nguyễn Phúc …, compared regardless
// of case and diacritics) when a given name follows them; otherwise 1.
// `extra`: more compound family names (the administrator's list, folded),
// matched with the built-in ones, the longest match winning.
std::size_t family_name_words(std::string_view full_name, const std::vector<std::string>& extra = {});

// The administrator's compound family names: one per line (or separated by
// commas or semicolons), each of two to four words of letters, at most 40
// characters; as written (NFC, single spaces), those equal to an earlier one
// or to a built-in one once folded left out, in the order given. At most kMaxExtraFamilyNames. Errors (kValidation on
// "family_names", in Vietnamese, naming the line): a name of one word, of
// more than four, too long, or with something other than letters.
inline constexpr std::size_t kMaxExtraFamilyNames = 200;
Result<std::vector<std::string>> parse_family_names(std::string_view text);

// The built-in compound family names, folded, the longest first.
const std::vector<std::string>& builtin_family_names();

// A byte string whose memcmp order is the Vietnamese name order: names are
// compared word by word — the given name first, then the family name (a
// compound one as one word), then the middle names in order — and each word
// wholly before the next: its letters in the Vietnamese alphabet (a < ă < â <
// b < c < d < đ < e < ê < …), case ignored, then its tones (none < huyền <
// hỏi < ngã < sắc < nặng). So every Hương comes before every Hường, and
// "Trương Thị Tuyết" before "Trương Thị Ánh Tuyết". Equal keys mean names
// equal up to case.
// The key is printable ASCII only (0x21..0x7E), so it is valid text on every
// engine and orders the same under binary (SQLite) and "C" (PostgreSQL) collation.
// Stored in the database beside each person so that ORDER BY uses an index.
std::string name_sort_key(std::string_view full_name, const std::vector<std::string>& extra_family_names = {});

// Word-suffixes of the folded name used for index-backed search: for
// "Nguyễn Văn An" → {"nguyen van an", "van an", "an"}. A query matches a person
// when fold(query) is a prefix of one of these.
std::vector<std::string> name_search_suffixes(std::string_view full_name);

// True when the text is well-formed UTF-8 (no overlong forms, no surrogates).
bool is_valid_utf8(std::string_view text);

// Normalises user-entered text to NFC for the Vietnamese repertoire
// (precomposed letters); text outside it is kept as is. Invalid UTF-8 → "".
std::string to_nfc(std::string_view text);

}  // namespace thidua::core
