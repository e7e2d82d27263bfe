#include "core/certificate_blank.h"

#include <cmath>

#include "core/messages_vi/certificate_blanks.h"
#include "core/text_fields.h"
#include "core/utf8.h"

namespace thidua::core {

namespace msg = messages_vi;

std::string_view blank_field_code(BlankField f) {
  switch (f) {
    case BlankField::kRecipient: return "recipient";
    case BlankField::kDetail: return "detail";
    case BlankField::kReason: return "reason";
    case BlankField::kDecision: return "decision";
    case BlankField::kDate: return "date";
    case BlankField::kSigner: return "signer";
  }
  return "";
}

std::optional<BlankField> parse_blank_field(std::string_view code) {
  for (BlankField f : kBlankFields) {
    if (blank_field_code(f) == code) return f;
  }
  return std::nullopt;
}

BlankLayout default_blank_layout() {
  BlankLayout l;
  l.box(BlankField::kRecipient) = {true, 48.5, 88, 200, 22, true, true};
  l.box(BlankField::kDetail) = {true, 48.5, 102, 200, 14, false, true};
  l.box(BlankField::kReason) = {true, 48.5, 114, 200, 14, false, true};
  l.box(BlankField::kDecision) = {true, 30, 160, 110, 12, false, false};
  l.box(BlankField::kDate) = {true, 160, 146, 110, 13, false, true};
  l.box(BlankField::kSigner) = {true, 160, 182, 110, 14, true, true};
  return l;
}

Status validate_blank_layout(const BlankLayout& l) {
  auto bad = [](const std::string& field, std::string message) {
    return make_error(errc::kValidation, std::move(message), field);
  };
  auto finite = [](double v) { return std::isfinite(v); };
  if (!finite(l.page_width_mm) || l.page_width_mm < 100 || l.page_width_mm > 500) {
    return bad("page_width_mm", msg::kBlankPageSize);
  }
  if (!finite(l.page_height_mm) || l.page_height_mm < 100 || l.page_height_mm > 500) {
    return bad("page_height_mm", msg::kBlankPageSize);
  }
  if (!finite(l.offset_x_mm) || std::fabs(l.offset_x_mm) > 20) return bad("offset_x_mm", msg::kBlankOffset);
  if (!finite(l.offset_y_mm) || std::fabs(l.offset_y_mm) > 20) return bad("offset_y_mm", msg::kBlankOffset);
  for (BlankField f : kBlankFields) {
    const FieldBox& b = l.box(f);
    const std::string code(blank_field_code(f));
    const std::string name = msg::blank_field_name(code);
    // Every number is a number, printed or not (stored as JSON, which has no NaN).
    for (const auto& [field, v] : {std::pair{".x_mm", b.x_mm}, std::pair{".y_mm", b.y_mm},
                                   std::pair{".width_mm", b.width_mm}, std::pair{".size_pt", b.size_pt}}) {
      if (!finite(v) || std::fabs(v) > 10000) return bad(code + field, msg::blank_number_invalid(code + field));
    }
    if (!b.printed) continue;
    if (!finite(b.width_mm) || b.width_mm < 10) return bad(code + ".width_mm", msg::blank_box_too_narrow(name));
    if (!finite(b.size_pt) || b.size_pt < 8 || b.size_pt > 40) return bad(code + ".size_pt", msg::blank_box_size(name));
    const double x = b.x_mm + l.offset_x_mm, y = b.y_mm + l.offset_y_mm;
    if (!finite(x) || x < 0 || x + b.width_mm > l.page_width_mm) return bad(code + ".x_mm", msg::blank_box_outside(name));
    if (!finite(y) || y < 0 || y + b.size_pt * 25.4 / 72 > l.page_height_mm) {
      return bad(code + ".y_mm", msg::blank_box_outside(name));
    }
  }
  return {};
}

Status tidy_blank_name(std::string& name) {
  THIDUA_TRY(tidy_line(name, "name", msg::kBlankNameRequired));
  if (name.empty() || utf8::length(name) > 200) return make_error(errc::kValidation, msg::kBlankNameRequired, "name");
  return {};
}

}  // namespace thidua::core
