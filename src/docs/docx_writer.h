// DOCX (WordprocessingML) output of an administrative document, editable in
// Word and LibreOffice, with the same layout as the PDF writer.
#pragma once

#include <string>

#include "core/result.h"
#include "docs/document.h"

namespace thidua::docs {

// Writes `doc` as a .docx package at `path` (created or replaced): A4, margins
// top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the header as a
// borderless two-column table; body styles matching the PDF; page numbers from
// page 2 (a title page without header, then a header with a PAGE field);
// table header rows marked to repeat on each page. All text is XML-escaped.
// Fails with a validation error for malformed text and a storage error when
// the file cannot be written.
core::Status write_docx(const AdministrativeDocument& doc, const std::string& path);

}  // namespace thidua::docs
