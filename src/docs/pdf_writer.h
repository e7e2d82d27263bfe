// PDF output of an administrative document (A4, Decree 30/2020/NĐ-CP layout)
// with cairo and Pango.
#pragma once

#include <string>

#include "core/result.h"
#include "docs/document.h"

namespace thidua::docs {

// Writes `doc` as a PDF file at `path` (created or replaced). Layout: A4,
// margins top/bottom 20 mm, left 30 mm, right 15 mm; Liberation Serif only
// (docs/fonts.h: pinned, never a fallback; a character it lacks is a
// validation error naming it; missing font files a storage error);
// two-column header; type and summary centred; body 14 pt justified with a
// 1.27 cm first-line indent; page numbers from page 2 centred in the top
// margin; "Nơi nhận:" and the signature block side by side at the end.
// The body is laid out one block at a time (tables one row at a time), so
// memory does not grow with the length of the document; table header rows
// repeat on each page. Fails with a validation error for malformed text and a
// storage error when the file cannot be written.
core::Status write_pdf(const AdministrativeDocument& doc, const std::string& path);

}  // namespace thidua::docs
