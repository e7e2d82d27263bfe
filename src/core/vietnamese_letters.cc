#include "core/vietnamese_letters.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace thidua::core::vietnamese {
namespace {

// One row per base letter and modifier; each string spells the letter with
// the six tones in Tone order (none, huyền, hỏi, ngã, sắc, nặng).
struct Row {
  char base;
  Modifier modifier;
  std::string_view lower;
  std::string_view upper;
};

constexpr std::array<Row, 12> kRows{{
    {'a', Modifier::kNone, "aàảãáạ", "AÀẢÃÁẠ"},
    {'a', Modifier::kBreve, "ăằẳẵắặ", "ĂẰẲẴẮẶ"},
    {'a', Modifier::kCircumflex, "âầẩẫấậ", "ÂẦẨẪẤẬ"},
    {'e', Modifier::kNone, "eèẻẽéẹ", "EÈẺẼÉẸ"},
    {'e', Modifier::kCircumflex, "êềểễếệ", "ÊỀỂỄẾỆ"},
    {'i', Modifier::kNone, "iìỉĩíị", "IÌỈĨÍỊ"},
    {'o', Modifier::kNone, "oòỏõóọ", "OÒỎÕÓỌ"},
    {'o', Modifier::kCircumflex, "ôồổỗốộ", "ÔỒỔỖỐỘ"},
    {'o', Modifier::kHorn, "ơờởỡớợ", "ƠỜỞỠỚỢ"},
    {'u', Modifier::kNone, "uùủũúụ", "UÙỦŨÚỤ"},
    {'u', Modifier::kHorn, "ưừửữứự", "ƯỪỬỮỨỰ"},
    {'y', Modifier::kNone, "yỳỷỹýỵ", "YỲỶỸÝỴ"},
}};

constexpr std::size_t kTones = 6;

struct Tables {
  std::vector<std::pair<char32_t, Letter>> by_code;  // sorted by code point
  // code point for [row][tone][upper]
  std::array<std::array<std::array<char32_t, 2>, kTones>, kRows.size()> by_letter{};

  Tables() {
    for (std::size_t r = 0; r < kRows.size(); ++r) {
      for (int upper = 0; upper < 2; ++upper) {
        const std::string_view spelled = upper ? kRows[r].upper : kRows[r].lower;
        std::size_t pos = 0;
        for (std::size_t t = 0; t < kTones; ++t) {
          const char32_t cp = utf8::decode(spelled, pos);
          by_letter[r][t][upper] = cp;
          by_code.push_back({cp, Letter{kRows[r].base, kRows[r].modifier, static_cast<Tone>(t), upper == 1}});
        }
      }
    }
    by_code.push_back({U'd', Letter{'d', Modifier::kNone, Tone::kNone, false}});
    by_code.push_back({U'D', Letter{'d', Modifier::kNone, Tone::kNone, true}});
    by_code.push_back({0x0111, Letter{'d', Modifier::kStroke, Tone::kNone, false}});  // đ
    by_code.push_back({0x0110, Letter{'d', Modifier::kStroke, Tone::kNone, true}});   // Đ
    std::sort(by_code.begin(), by_code.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

}  // namespace

std::optional<Letter> split(char32_t cp) {
  const auto& codes = tables().by_code;
  const auto it = std::lower_bound(codes.begin(), codes.end(), cp,
                                   [](const auto& entry, char32_t c) { return entry.first < c; });
  if (it == codes.end() || it->first != cp) return std::nullopt;
  return it->second;
}

std::optional<char32_t> compose(const Letter& letter) {
  if (letter.base == 'd') {
    if (letter.tone != Tone::kNone) return std::nullopt;
    if (letter.modifier == Modifier::kNone) return letter.upper ? U'D' : U'd';
    if (letter.modifier == Modifier::kStroke) return letter.upper ? char32_t{0x0110} : char32_t{0x0111};
    return std::nullopt;
  }
  for (std::size_t r = 0; r < kRows.size(); ++r) {
    if (kRows[r].base == letter.base && kRows[r].modifier == letter.modifier) {
      return tables().by_letter[r][static_cast<std::size_t>(letter.tone)][letter.upper ? 1 : 0];
    }
  }
  return std::nullopt;
}

std::optional<Tone> tone_of_mark(char32_t cp) {
  switch (cp) {
    case 0x0300: return Tone::kGrave;
    case 0x0309: return Tone::kHook;
    case 0x0303: return Tone::kTilde;
    case 0x0301: return Tone::kAcute;
    case 0x0323: return Tone::kDotBelow;
    default: return std::nullopt;
  }
}

std::optional<Modifier> modifier_of_mark(char32_t cp) {
  switch (cp) {
    case 0x0306: return Modifier::kBreve;
    case 0x0302: return Modifier::kCircumflex;
    case 0x031B: return Modifier::kHorn;
    default: return std::nullopt;
  }
}

char32_t mark_of_tone(Tone tone) {
  switch (tone) {
    case Tone::kGrave: return 0x0300;
    case Tone::kHook: return 0x0309;
    case Tone::kTilde: return 0x0303;
    case Tone::kAcute: return 0x0301;
    case Tone::kDotBelow: return 0x0323;
    case Tone::kNone: break;
  }
  return 0;
}

char32_t mark_of_modifier(Modifier modifier) {
  switch (modifier) {
    case Modifier::kBreve: return 0x0306;
    case Modifier::kCircumflex: return 0x0302;
    case Modifier::kHorn: return 0x031B;
    case Modifier::kNone:
    case Modifier::kStroke: break;
  }
  return 0;
}

int combining_class(char32_t mark) {
  switch (mark) {
    case 0x031B: return 216;
    case 0x0323: return 220;
    case 0x0300: case 0x0301: case 0x0302: case 0x0303: case 0x0306: case 0x0309: return 230;
    default: return 0;
  }
}

}  // namespace thidua::core::vietnamese
