// XLSX import: the first visible worksheet of an Office Open XML workbook,
// read from memory with libzip and a small bounded XML tokenizer.
#pragma once

#include <string_view>

#include "core/result.h"
#include "io/table.h"

namespace thidua::io {

// Reads the first worksheet (the first one not hidden, else the first) into
// a Table, resolving it through xl/workbook.xml and its relationships.
// Cell values: shared strings (rich text runs joined, phonetic runs dropped),
// inline strings, formula string results, booleans as TRUE/FALSE, error
// values as shown (#N/A), numbers with up to 15 significant digits and no
// ".0" on integers. A number whose style is a date format (built-in 14-17, 22
// or a custom code with d/y/m outside quotes) becomes YYYY-MM-DD (with
// " HH:MM" when the format shows a non-zero time); time-only formats give
// HH:MM or HH:MM:SS. Both the 1900 and 1904 date systems are honoured.
// Cells are placed by their reference ("C7"), so skipped rows and columns are
// kept apart; row_numbers are spreadsheet row numbers.
// Bounds: every part's declared and actual uncompressed size counts against
// limits.max_uncompressed; XML nesting and attribute counts are capped.
// Errors (Vietnamese): kValidation for a damaged archive or XML, missing parts
// or bad references; kUnsupported for encrypted entries, .xlsb, OpenDocument
// and other non-workbook archives; kTooLarge for limits.
// With `sink`, rows go to it as they are read (see RowSink) and the Table
// returned holds only the header.
core::Result<Table> read_xlsx(std::string_view bytes, const ReadLimits& limits = {}, RowSink* sink = nullptr);

}  // namespace thidua::io
