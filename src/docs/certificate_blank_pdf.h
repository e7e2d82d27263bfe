// Certificates printed on pre-printed blanks (core/certificate_blank.h): only
// the fields, each in its measured box, one page per certificate; and the
// calibration page an office prints on plain paper to read its printer's
// offset. cairo and Pango, the pinned font (docs/fonts.h).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/certificate_blank.h"
#include "core/result.h"

namespace thidua::docs {

// One certificate's texts, indexed by core::BlankField; '\n' breaks a line.
using BlankTexts = std::array<std::string, core::kBlankFieldCount>;

// Writes one page per certificate (the layout's page size), each printed box
// holding its text: the box's left edge and the top of its first line at
// (x + offset x, y + offset y), wrapped to its width, left-aligned or centred,
// its size and weight. Nothing else is drawn. Needs a valid layout and at
// least one certificate; malformed text or a character the font lacks is a
// validation error, an unwritable file a storage error. Pages are drawn one
// at a time (memory does not grow with the batch).
core::Status write_blank_certificates_pdf(const core::BlankLayout& layout, const std::vector<BlankTexts>& certificates,
                                          const std::string& path);

// The calibration page (plain paper, the layout's page size): a millimetre
// grid from the sheet's top left corner (a line every 5 mm, labelled every
// 10 mm), crosses 50 mm in from each corner labelled with their nominal
// position, each printed box's frame (offset included) with the field's name,
// the offsets in use and how to read them.
core::Status write_calibration_pdf(const core::BlankLayout& layout, const std::string& path);

}  // namespace thidua::docs
