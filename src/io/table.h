// Tables read from uploaded spreadsheets (CSV or XLSX) and the limits that
// keep a hostile upload from exhausting memory or time. read_table() picks the
// parser from the bytes themselves, never from the file name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::io {

// A rectangular table of text. `header` is the first non-blank row of the
// file; every element of `rows` has exactly header.size() cells. Cells are
// valid UTF-8, NFC-normalised and trimmed; fully blank rows are not included.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // 1-based line (CSV) or spreadsheet row (XLSX) where each row starts, for
  // error messages; row_numbers.size() == rows.size().
  std::vector<int> row_numbers;
};

// Upper bounds applied while reading. Exceeding one yields errc::kTooLarge.
struct ReadLimits {
  std::size_t max_bytes = 20u << 20;  // size of the uploaded file
  std::size_t max_rows = 100000;      // data rows, header excluded
  std::size_t max_columns = 100;      // columns of the header row
  std::size_t max_cell_bytes = 4096;  // one cell after normalisation
  // XLSX: total uncompressed bytes read from the archive; also caps the total
  // text held by the resulting Table.
  std::size_t max_uncompressed = 200u << 20;
};

// Receives a table's rows as they are read, so that no Table of the whole
// file is ever held: header() once with the first non-blank row, then row()
// for each data row, with the guarantees of Table (header width, trimmed NFC
// UTF-8, blank rows left out). An error returned by either stops the reading
// and is returned by the reader as it is.
class RowSink {
 public:
  virtual ~RowSink() = default;
  virtual core::Status header(const std::vector<std::string>& header) = 0;
  virtual core::Status row(std::vector<std::string>&& cells, int row_number) = 0;
};

// Reads an uploaded table, choosing the format by content: a ZIP archive
// (PK\x03\x04) is read as XLSX, text as CSV. Legacy Excel 97-2003 (.xls),
// password-protected workbooks, OpenDocument, HTML disguised as .xls and other
// binary files are refused with errc::kUnsupported and a Vietnamese hint.
// `filename` is only quoted in messages. Errors: kTooLarge (limits),
// kUnsupported (format), kValidation (damaged or malformed content).
core::Result<Table> read_table(std::string_view bytes, std::string_view filename,
                               const ReadLimits& limits = {});

// read_table() delivering its rows to `sink` as they are parsed: memory stays
// bounded by the upload and the current row, whatever the row count.
core::Status read_table_rows(std::string_view bytes, std::string_view filename, RowSink& sink,
                             const ReadLimits& limits = {});

}  // namespace thidua::io
