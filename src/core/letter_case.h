// Vietnamese capitals: the header lines of a document print an agency's name
// in capitals ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), which ASCII upper-casing cannot
// spell. Pure; no locale dependence.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core {

// `text` with every ASCII letter and every Vietnamese letter (precomposed
// vowels with their tones, đ) in capitals; anything else, combining marks
// included, is kept as it is. Invalid UTF-8 bytes are dropped.
std::string upper_case(std::string_view text);

}  // namespace thidua::core
