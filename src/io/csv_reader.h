// CSV import: RFC 4180 text as produced by Excel, LibreOffice and hand edits,
// with the separator (",", ";" or tab) detected from the header line.
#pragma once

#include <string_view>

#include "core/result.h"
#include "io/table.h"

namespace thidua::io {

// Parses CSV text into a Table.
// - Quoted fields with doubled quotes and embedded newlines; CR, LF and CRLF
//   line ends (a CRLF inside a quoted field becomes "\n").
// - Separator: a first line "sep=X" (Excel's hint) wins; otherwise the most
//   frequent of tab, ";" and "," outside quotes on the header line (ties in
//   that order); a one-column file uses ",".
// - Encoding: UTF-8 (BOM optional and stripped) or UTF-16LE/BE with BOM.
//   Invalid UTF-8 or NUL characters are an error naming the line.
// - Cells are trimmed and NFC-normalised; blank rows are skipped; rows shorter
//   than the header are padded with ""; a non-empty cell beyond the header's
//   last non-empty column is an error.
// Errors (Vietnamese, naming the line): kValidation for malformed text such as
// an unclosed quote, kTooLarge when a ReadLimits bound is exceeded.
// With `sink`, rows go to it as they are read (see RowSink) and the Table
// returned holds only the header.
core::Result<Table> read_csv(std::string_view bytes, const ReadLimits& limits = {}, RowSink* sink = nullptr);

}  // namespace thidua::io
