#include "core/names.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "core/latin_letters.h"
#include "core/messages_vi/people.h"
#include "core/utf8.h"
#include "core/vietnamese_letters.h"

namespace thidua::core {
namespace {

using vietnamese::Letter;
using vietnamese::Modifier;
using vietnamese::Tone;

// Decodes UTF-8, dropping bytes that are not well-formed.
std::u32string decode_lenient(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::decode(text, pos);
    if (cp != utf8::kInvalid) out.push_back(cp);
  }
  return out;
}

std::string encode(std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size());
  for (const char32_t cp : cps) utf8::append(out, cp);
  return out;
}

// Applies one combining mark to a letter when Unicode has a precomposed
// character for the pair (the primary composites of the Vietnamese
// repertoire): a modifier goes on a bare letter or on one with a dot below
// (ặ = ạ + breve), except that the horn never follows the dot; a tone goes on
// a letter without a tone, the dot below only on a bare or horned letter
// (ợ = ơ + dot below, while ộ = ọ + circumflex).
std::optional<Letter> apply_mark(Letter letter, char32_t mark) {
  if (const auto modifier = vietnamese::modifier_of_mark(mark)) {
    if (letter.modifier != Modifier::kNone) return std::nullopt;
    if (letter.tone != Tone::kNone && !(letter.tone == Tone::kDotBelow && *modifier != Modifier::kHorn)) {
      return std::nullopt;
    }
    letter.modifier = *modifier;
  } else if (const auto tone = vietnamese::tone_of_mark(mark)) {
    if (letter.tone != Tone::kNone) return std::nullopt;
    if (*tone == Tone::kDotBelow && letter.modifier != Modifier::kNone && letter.modifier != Modifier::kHorn) {
      return std::nullopt;
    }
    letter.tone = *tone;
  } else {
    return std::nullopt;
  }
  if (!vietnamese::compose(letter)) return std::nullopt;
  return letter;
}

// Canonical ordering: marks sorted by combining class, stable among equals.
void put_in_canonical_order(std::u32string& marks) {
  std::stable_sort(marks.begin(), marks.end(), [](char32_t a, char32_t b) {
    return vietnamese::combining_class(a) < vietnamese::combining_class(b);
  });
}

bool all_vietnamese_marks(std::u32string_view marks) {
  return std::all_of(marks.begin(), marks.end(), [](char32_t m) { return vietnamese::combining_class(m) != 0; });
}

// Canonical composition restricted to the Vietnamese repertoire: a letter
// followed by Vietnamese combining marks is decomposed, its marks put in
// canonical order and recomposed as Unicode NFC does, so NFC and NFD input
// give the same code points; after any other character the marks are put in
// canonical order. A run holding any other combining mark is kept as it is.
std::u32string compose_vietnamese(std::u32string_view in) {
  std::u32string out;
  out.reserve(in.size());
  std::size_t i = 0;
  while (i < in.size()) {
    if (utf8::is_combining_mark(in[i])) {
      // Marks with no character before them (start of text): a run of
      // Vietnamese marks only takes its canonical order.
      std::size_t end = i;
      while (end < in.size() && utf8::is_combining_mark(in[end])) ++end;
      std::u32string marks(in.substr(i, end - i));
      if (all_vietnamese_marks(marks)) put_in_canonical_order(marks);
      out.append(marks);
      i = end;
      continue;
    }
    std::size_t end = i + 1;
    while (end < in.size() && utf8::is_combining_mark(in[end])) ++end;
    const auto letter = vietnamese::split(in[i]);
    const bool vietnamese_marks = all_vietnamese_marks(in.substr(i + 1, end - i - 1));
    if (end == i + 1 || !vietnamese_marks) {
      out.append(in.substr(i, end - i));
      i = end;
      continue;
    }
    // Full decomposition, then canonical (stable, by combining class) order.
    std::u32string marks;
    if (letter) {
      if (const char32_t m = vietnamese::mark_of_modifier(letter->modifier)) marks.push_back(m);
      if (const char32_t m = vietnamese::mark_of_tone(letter->tone)) marks.push_back(m);
    }
    marks.append(in.substr(i + 1, end - i - 1));
    put_in_canonical_order(marks);
    if (!letter || letter->modifier == Modifier::kStroke) {
      // No Vietnamese letter to compose with (a consonant, đ, a space): the
      // marks only take their canonical order.
      out.push_back(in[i]);
      out.append(marks);
      i = end;
      continue;
    }
    Letter current{letter->base, Modifier::kNone, Tone::kNone, letter->upper};
    std::u32string left;
    int last_left_class = 0;
    for (const char32_t mark : marks) {
      const int cls = vietnamese::combining_class(mark);
      const bool blocked = !left.empty() && last_left_class >= cls;
      const auto next = blocked ? std::nullopt : apply_mark(current, mark);
      if (next) {
        current = *next;
      } else {
        left.push_back(mark);
        last_left_class = cls;
      }
    }
    out.push_back(*vietnamese::compose(current));
    out.append(left);
    i = end;
  }
  return out;
}

// Splits code points into words on whitespace.
std::vector<std::u32string> split_words(std::u32string_view cps) {
  std::vector<std::u32string> words;
  std::u32string word;
  for (const char32_t cp : cps) {
    if (utf8::is_space(cp)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(cp);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The Vietnamese alphabet with f, j, w, z where Latin puts them; a letter's
// sort code is its position here mapped onto kLetterCodes.
constexpr std::array<std::pair<char, Modifier>, 33> kAlphabet{{
    {'a', Modifier::kNone},  {'a', Modifier::kBreve}, {'a', Modifier::kCircumflex},
    {'b', Modifier::kNone},  {'c', Modifier::kNone},  {'d', Modifier::kNone},
    {'d', Modifier::kStroke}, {'e', Modifier::kNone}, {'e', Modifier::kCircumflex},
    {'f', Modifier::kNone},  {'g', Modifier::kNone},  {'h', Modifier::kNone},
    {'i', Modifier::kNone},  {'j', Modifier::kNone},  {'k', Modifier::kNone},
    {'l', Modifier::kNone},  {'m', Modifier::kNone},  {'n', Modifier::kNone},
    {'o', Modifier::kNone},  {'o', Modifier::kCircumflex}, {'o', Modifier::kHorn},
    {'p', Modifier::kNone},  {'q', Modifier::kNone},  {'r', Modifier::kNone},
    {'s', Modifier::kNone},  {'t', Modifier::kNone},  {'u', Modifier::kNone},
    {'u', Modifier::kHorn},  {'v', Modifier::kNone},  {'w', Modifier::kNone},
    {'x', Modifier::kNone},  {'y', Modifier::kNone},  {'z', Modifier::kNone},
}};
constexpr std::string_view kLetterCodes = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg";
static_assert(kLetterCodes.size() == kAlphabet.size());

// Layout of a sort key (all bytes printable ASCII):
//   word  ( '"'  word )*  '!'  [ '!'  text ]
//   word = letters  '#'  tones
// The words in sort order: the given name, the family name (a compound one,
// "Tôn Nữ", as one word whose parts are joined by '$'), then the middle
// names in order. letters: one code from kLetterCodes per letter, digits as
// themselves (below letters), characters of other scripts as '~' plus six
// hex digits (above letters); punctuation and stray combining marks have no
// code. tones: one digit '0'..'5' per letter code of the word, in the same
// order (Tone order), so a word is compared wholly — letters, then tones —
// before the next one.
// text: present only when letters and tones do not already determine the name
//   up to case, spacing and normalisation form (punctuation, non-Vietnamese
//   accents, other scripts): the lower-cased NFC name, hex-encoded. It is the
//   last tie-breaker and keeps distinct names on distinct keys.
// kEndOfName < kWordSeparator < kEndOfWord < kJoint < every letter code, so a
// name that is a prefix of another (fewer words, a shorter word, a single
// family name before a compound one) sorts first.
constexpr char kEndOfName = '!';
constexpr char kWordSeparator = '"';
constexpr char kEndOfWord = '#';
constexpr char kJoint = '$';
constexpr char kHexDigits[] = "0123456789abcdef";

// Family names of more than one word, folded, the longest first (a name's
// first words are matched against them in this order).
constexpr std::array<std::string_view, 10> kCompoundFamilyNames = {
    "cong tang ton nu", "cong ton nu", "nguyen phuoc", "nguyen phuc", "ton that",
    "ton nu",           "au duong",    "hoang phu",    "gia cat",     "tu ma"};

char letter_code(char base, Modifier modifier) {
  for (std::size_t k = 0; k < kAlphabet.size(); ++k) {
    if (kAlphabet[k].first == base && kAlphabet[k].second == modifier) return kLetterCodes[k];
  }
  return 0;
}

bool is_ignorable_symbol(char32_t cp) {
  return cp < 0x80 || (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 ||
         (cp >= 0x2000 && cp <= 0x206F) || utf8::is_combining_mark(cp) || utf8::is_control(cp);
}

}  // namespace

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::decode(text, pos);
    if (cp == utf8::kInvalid || utf8::is_combining_mark(cp)) continue;
    if (utf8::is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (utf8::is_control(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    const char32_t lower = latin::to_lower(cp);
    const std::string_view spelled = latin::ascii_spelling(lower);
    if (!spelled.empty()) {
      out.append(spelled);
    } else {
      utf8::append(out, lower);
    }
  }
  return out;
}

std::vector<std::string> name_words(std::string_view full_name) {
  std::vector<std::string> words;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < full_name.size();) {
    const std::size_t at = pos;
    const char32_t cp = utf8::decode(full_name, pos);
    if (utf8::is_space(cp)) {
      if (at > start) words.emplace_back(full_name.substr(start, at - start));
      start = pos;
    }
  }
  if (full_name.size() > start) words.emplace_back(full_name.substr(start));
  return words;
}

std::string given_name(std::string_view full_name) {
  auto words = name_words(full_name);
  return words.empty() ? std::string{} : std::move(words.back());
}

std::size_t family_name_words(std::string_view full_name, const std::vector<std::string>& extra) {
  const std::vector<std::string> words = name_words(full_name);
  if (words.size() < 2) return 0;
  // A compound family name counts when a given name follows it; of several
  // that match, the one of most words.
  const std::string folded = fold(full_name);
  std::size_t best = 1;
  const auto consider = [&](std::string_view compound) {
    const std::size_t parts = static_cast<std::size_t>(std::count(compound.begin(), compound.end(), ' ')) + 1;
    if (parts > best && parts < words.size() && folded.size() > compound.size() &&
        folded.compare(0, compound.size(), compound) == 0 && folded[compound.size()] == ' ') {
      best = parts;
    }
  };
  for (const std::string_view compound : kCompoundFamilyNames) consider(compound);
  for (const std::string& compound : extra) consider(compound);
  return best;
}

const std::vector<std::string>& builtin_family_names() {
  static const std::vector<std::string> names(kCompoundFamilyNames.begin(), kCompoundFamilyNames.end());
  return names;
}

Result<std::vector<std::string>> parse_family_names(std::string_view text) {
  std::vector<std::string> out;
  std::vector<std::string> seen;  // folded
  std::size_t line_no = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\n,;", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view entry = text.substr(start, end - start);
    const std::size_t entry_line = line_no;
    if (end < text.size() && text[end] == '\n') ++line_no;
    start = end + 1;
    const std::string folded = fold(entry);
    if (folded.empty()) continue;
    const std::size_t parts = static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
    bool letters = true;
    for (std::size_t pos = 0; pos < folded.size();) {
      const char32_t cp = utf8::decode(folded, pos);
      if (cp != U' ' && !latin::is_letter(cp)) letters = false;
    }
    if (!letters || parts < 2 || parts > 4 || utf8::length(folded) > 40) {
      return make_error(errc::kValidation, messages_vi::family_name_invalid(entry_line, std::string(entry)),
                        "family_names");
    }
    const bool known = std::find(kCompoundFamilyNames.begin(), kCompoundFamilyNames.end(), folded) !=
                           kCompoundFamilyNames.end() ||
                       std::find(seen.begin(), seen.end(), folded) != seen.end();
    if (!known) {
      seen.push_back(folded);
      // As written, in NFC with single spaces.
      std::string shown;
      for (const auto& word : name_words(to_nfc(entry))) shown += (shown.empty() ? "" : " ") + word;
      out.push_back(std::move(shown));
    }
    if (out.size() > kMaxExtraFamilyNames) {
      return make_error(errc::kValidation, messages_vi::family_names_too_many(kMaxExtraFamilyNames), "family_names");
    }
  }
  return out;
}

std::string name_sort_key(std::string_view full_name, const std::vector<std::string>& extra_family_names) {
  std::u32string cps = compose_vietnamese(decode_lenient(full_name));
  for (char32_t& cp : cps) cp = latin::to_lower(cp);
  const std::vector<std::u32string> words = split_words(cps);

  // Given name, then the family name (its words joined), then the middle names.
  const std::size_t family = family_name_words(encode(cps), extra_family_names);
  std::vector<std::vector<const std::u32string*>> ordered;
  if (!words.empty()) {
    ordered.push_back({&words.back()});
    if (family > 0) {
      std::vector<const std::u32string*> parts;
      for (std::size_t w = 0; w < family; ++w) parts.push_back(&words[w]);
      ordered.push_back(std::move(parts));
    }
    for (std::size_t w = family; w + 1 < words.size(); ++w) ordered.push_back({&words[w]});
  }

  std::string key;
  bool letters_and_tones_suffice = true;
  for (std::size_t w = 0; w < ordered.size(); ++w) {
    if (w > 0) key.push_back(kWordSeparator);
    std::string tones;
    const auto add = [&](char code, Tone tone) {
      key.push_back(code);
      tones.push_back(static_cast<char>('0' + static_cast<int>(tone)));
    };
    for (std::size_t part = 0; part < ordered[w].size(); ++part) {
      if (part > 0) key.push_back(kJoint);
      for (const char32_t cp : *ordered[w][part]) {
        if (const auto letter = vietnamese::split(cp)) {
          add(letter_code(letter->base, letter->modifier), letter->tone);
        } else if (cp >= U'a' && cp <= U'z') {
          add(letter_code(static_cast<char>(cp), Modifier::kNone), Tone::kNone);
        } else if (cp >= U'0' && cp <= U'9') {
          add(static_cast<char>(cp), Tone::kNone);
        } else if (const std::string_view spelled = latin::ascii_spelling(cp); !spelled.empty()) {
          for (const char c : spelled) add(letter_code(c, Modifier::kNone), Tone::kNone);
          letters_and_tones_suffice = false;
        } else if (is_ignorable_symbol(cp)) {
          letters_and_tones_suffice = false;
        } else {
          key.push_back('~');
          for (int shift = 20; shift >= 0; shift -= 4) key.push_back(kHexDigits[(cp >> shift) & 0xF]);
          tones.push_back('0');
          letters_and_tones_suffice = false;
        }
      }
    }
    key.push_back(kEndOfWord);
    key.append(tones);
  }
  key.push_back(kEndOfName);
  if (!letters_and_tones_suffice) {
    std::u32string canonical;
    for (const auto& word : words) {
      if (!canonical.empty()) canonical.push_back(U' ');
      canonical.append(word);
    }
    key.push_back(kEndOfName);
    for (const unsigned char byte : encode(canonical)) {
      key.push_back(kHexDigits[byte >> 4]);
      key.push_back(kHexDigits[byte & 0xF]);
    }
  }
  return key;
}

std::vector<std::string> name_search_suffixes(std::string_view full_name) {
  const std::string folded = fold(full_name);
  std::vector<std::string> suffixes;
  if (folded.empty()) return suffixes;
  suffixes.push_back(folded);
  for (std::size_t at = folded.find(' '); at != std::string::npos; at = folded.find(' ', at + 1)) {
    suffixes.push_back(folded.substr(at + 1));
  }
  return suffixes;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (utf8::decode(text, pos) == utf8::kInvalid) return false;
  }
  return true;
}

std::string to_nfc(std::string_view text) {
  // Most text (ASCII, precomposed Vietnamese) holds no combining mark, and
  // compose_vietnamese() changes nothing without one: the text is returned
  // as it is once it is known to be valid UTF-8.
  bool has_mark = false;
  for (std::size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const char32_t cp = utf8::decode(text, pos);
    if (cp == utf8::kInvalid) return {};
    if (utf8::is_combining_mark(cp)) {
      has_mark = true;
      break;
    }
  }
  if (!has_mark) return std::string(text);
  if (!is_valid_utf8(text)) return {};
  return encode(compose_vietnamese(decode_lenient(text)));
}

}  // namespace thidua::core
