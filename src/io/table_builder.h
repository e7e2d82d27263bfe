// Shared row acceptance for the CSV and XLSX readers: trimming, NFC, blank
// rows, header width and ReadLimits, with Vietnamese messages that name the
// line (CSV) or the cell (XLSX). Internal to the io layer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "io/table.h"

namespace thidua::io {

// Spreadsheet column name of a 0-based index: 0 → "A", 26 → "AA".
std::string column_name(std::size_t col);

// A byte count for people: "20 MB", "64 KB", "512 byte".
std::string size_text(std::size_t bytes);

// Trims ASCII whitespace and U+00A0 (no-break space) from both ends.
std::string_view trim_cell(std::string_view text);

class TableBuilder {
 public:
  enum class Source { kCsv, kXlsx };
  // `sink` null: rows are kept for finish(); else each goes to the sink as
  // it ends (end_row() returns the sink's error).
  TableBuilder(const ReadLimits& limits, Source source, RowSink* sink = nullptr);

  // Adds a cell of the current row. `col` is 0-based and must be greater
  // than that of the previous cell in the row; gaps are empty cells. `raw`
  // must be valid UTF-8. `row_number` is the 1-based line/row, used in
  // messages. Empty cells (after trimming) are accepted anywhere.
  core::Status add_cell(int row_number, std::size_t col, std::string_view raw);

  // Ends the current row: blank rows are dropped, the first non-blank row
  // becomes the header, later rows are padded to the header width.
  core::Status end_row(int row_number);

  // The table so far (only its header with a sink); an error when no
  // non-blank row was seen.
  core::Result<Table> finish();

  // "Dòng 7, cột 3" for CSV, "Ô C7" for XLSX.
  std::string where(int row_number, std::size_t col) const;

 private:
  const ReadLimits& limits_;
  Source source_;
  RowSink* sink_;
  std::size_t data_rows_ = 0;
  bool has_header_ = false;
  std::vector<std::string> current_;
  std::size_t total_bytes_ = 0;
  Table table_;
};

}  // namespace thidua::io
