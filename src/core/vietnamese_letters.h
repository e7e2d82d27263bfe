// The Vietnamese letter repertoire as data: every precomposed letter (the 134
// toned and modified vowels plus đ/Đ) split into base letter, modifier (breve,
// circumflex, horn, stroke) and tone, the combining marks that spell them in
// decomposed form, and the reverse composition. Private to core.
#pragma once

#include <cstdint>
#include <optional>

namespace thidua::core::vietnamese {

enum class Modifier : std::uint8_t { kNone, kBreve, kCircumflex, kHorn, kStroke };

// Declared in the conventional sort order of tones: none (ngang), huyền, hỏi,
// ngã, sắc, nặng.
enum class Tone : std::uint8_t { kNone, kGrave, kHook, kTilde, kAcute, kDotBelow };

struct Letter {
  char base = 0;  // lower-case ASCII: a e i o u y, or d for đ
  Modifier modifier = Modifier::kNone;
  Tone tone = Tone::kNone;
  bool upper = false;
};

// The parts of a Vietnamese letter, including the plain ASCII vowels and d/D;
// nullopt for any other code point.
std::optional<Letter> split(char32_t cp);

// The precomposed code point spelling `letter`, or nullopt when Unicode has
// none (e.g. a breve on e).
std::optional<char32_t> compose(const Letter& letter);

// The combining marks of Vietnamese: U+0300 grave, U+0301 acute, U+0303 tilde,
// U+0309 hook above, U+0323 dot below (tones) and U+0306 breve, U+0302
// circumflex, U+031B horn (modifiers).
std::optional<Tone> tone_of_mark(char32_t cp);
std::optional<Modifier> modifier_of_mark(char32_t cp);
char32_t mark_of_tone(Tone tone);
char32_t mark_of_modifier(Modifier modifier);

// Canonical combining class of the marks above (216 horn, 220 dot below,
// 230 the others); 0 for anything else.
int combining_class(char32_t mark);

}  // namespace thidua::core::vietnamese
