#include "core/blanks.h"

namespace thidua::core {

std::string_view trim_view(std::string_view text) {
  while (!text.empty() && is_blank_char(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank_char(text.back())) text.remove_suffix(1);
  return text;
}

std::string trim_blanks(std::string_view text) { return std::string(trim_view(text)); }

bool is_blank(std::string_view text) { return trim_view(text).empty(); }

}  // namespace thidua::core
