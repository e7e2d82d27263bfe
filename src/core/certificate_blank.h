// Printing certificates on an agency's pre-printed blanks (phôi giấy khen,
// bằng khen): the blank's design is already on the paper, so only the
// fields are printed, each in a box measured on the blank. Pure values and
// rules; the PDF is docs/certificate_blank_pdf.h, the stored templates
// store/certificate_blanks.h.
//
// Coordinates are millimetres from the top left corner of the sheet as it
// goes through the printer. A box is its left edge, the top of its first line
// of text, and its width; its text wraps inside the width and is left-aligned
// or centred in it. The printer offset (read off a calibration page) is added
// to every box when printing.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::core {

// The fields of a certificate a blank leaves empty, in printing order.
enum class BlankField { kRecipient, kDetail, kReason, kDecision, kDate, kSigner };
inline constexpr size_t kBlankFieldCount = 6;
inline constexpr std::array<BlankField, kBlankFieldCount> kBlankFields{
    BlankField::kRecipient, BlankField::kDetail, BlankField::kReason,
    BlankField::kDecision,  BlankField::kDate,   BlankField::kSigner};

// "recipient", "detail", "reason", "decision", "date", "signer".
std::string_view blank_field_code(BlankField f);
std::optional<BlankField> parse_blank_field(std::string_view code);

struct FieldBox {
  bool printed = true;  // false: the blank has it pre-printed, or the office leaves it out
  double x_mm = 0;
  double y_mm = 0;
  double width_mm = 100;
  double size_pt = 14;
  bool bold = false;
  bool centered = true;
};

struct BlankLayout {
  double page_width_mm = 297;   // A4 landscape by default
  double page_height_mm = 210;
  double offset_x_mm = 0;       // the printer's offset (calibration page): + moves right
  double offset_y_mm = 0;       //                                          + moves down
  std::array<FieldBox, kBlankFieldCount> boxes{};  // indexed by BlankField

  FieldBox& box(BlankField f) { return boxes[static_cast<size_t>(f)]; }
  const FieldBox& box(BlankField f) const { return boxes[static_cast<size_t>(f)]; }
};

// A layout for the common Giấy khen blank (A4 landscape, the heading, the
// title and the frame pre-printed): the recipient centred under the title,
// the detail and the reason beneath, the decision line bottom left, the date
// and the signer's name bottom right.
BlankLayout default_blank_layout();

// The limits a layout must keep: every number finite (within ±10,000, boxes
// left out included); a page from 100 to 500 mm each way; offsets within
// ±20 mm; each printed box inside the page (offset included), at least 10 mm
// wide, its size 8–40 pt. A validation error names the first fault (field
// "<code>.x_mm" and so on).
Status validate_blank_layout(const BlankLayout& layout);

// Tidies a blank's name in place (NFC, single spaces, trimmed); a validation
// error (field "name") when it is empty, longer than 200 characters, not
// UTF-8 or holds a line break.
Status tidy_blank_name(std::string& name);

}  // namespace thidua::core
