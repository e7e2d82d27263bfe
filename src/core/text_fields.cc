#include "core/text_fields.h"

#include "core/names.h"
#include "core/utf8.h"

namespace thidua::core {

std::string tidy_text(std::string_view text) {
  const std::string nfc = to_nfc(text);
  std::string out;
  out.reserve(nfc.size());
  bool pending_space = false;
  for (std::size_t pos = 0; pos < nfc.size();) {
    const std::size_t at = pos;
    const char32_t cp = utf8::decode(nfc, pos);
    if (utf8::is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(nfc, at, pos - at);
  }
  return out;
}

bool has_control_char(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::decode(text, pos);
    if (cp != utf8::kInvalid && utf8::is_control(cp) && cp != U'\t') return true;
  }
  return false;
}

Status tidy_line(std::string& text, const char* field, const char* invalid_message) {
  if (!is_valid_utf8(text) || has_control_char(text)) return make_error(errc::kValidation, invalid_message, field);
  text = tidy_text(text);
  return {};
}

}  // namespace thidua::core
