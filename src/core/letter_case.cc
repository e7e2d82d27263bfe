#include "core/letter_case.h"

#include "core/utf8.h"
#include "core/vietnamese_letters.h"

namespace thidua::core {

std::string upper_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = utf8::decode(text, pos);
    if (cp == utf8::kInvalid) continue;
    if (cp >= U'a' && cp <= U'z') {
      out.push_back(static_cast<char>(cp - U'a' + U'A'));
      continue;
    }
    if (auto letter = vietnamese::split(cp); letter && !letter->upper) {
      letter->upper = true;
      if (auto capital = vietnamese::compose(*letter)) cp = *capital;
    }
    utf8::append(out, cp);
  }
  return out;
}

}  // namespace thidua::core
