// XLSX export: a streaming writer over libxlsxwriter in constant-memory mode,
// so exports of any length use bounded memory. Every value is written as a
// string, so text such as "=cmd|..." can never become a formula.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace thidua::io {

class XlsxWriter {
 public:
  // Largest number of rows (header included) and columns of one sheet.
  static constexpr std::size_t kMaxRows = 1048576;
  static constexpr std::size_t kMaxColumns = 16384;
  // Longest cell text Excel accepts, in bytes here (Excel counts characters).
  static constexpr std::size_t kMaxCellBytes = 32767;

  // Starts a workbook at `path` (created or overwritten when close()
  // succeeds) with one sheet. The sheet name is made acceptable to Excel:
  // characters []:*?/\ become "-", it is cut to 31 characters, and an empty
  // name becomes "Sheet1". Errors: kInternal when the workbook cannot start.
  static core::Result<XlsxWriter> create(const std::string& path, std::string_view sheet_name);

  XlsxWriter(XlsxWriter&&) noexcept;
  XlsxWriter& operator=(XlsxWriter&&) noexcept;
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;
  // Destroying a writer that was not closed discards the partial file.
  ~XlsxWriter();

  // Writes the bold header row and freezes it. Call at most once, before any
  // row(). Errors as for row().
  core::Status header(const std::vector<std::string>& cells);

  // Appends a row of text cells; "" leaves the cell empty. Errors:
  // kValidation for invalid UTF-8 or a cell longer than kMaxCellBytes,
  // kTooLarge past kMaxRows/kMaxColumns, kInternal from libxlsxwriter.
  // Control characters other than tab, CR and LF are replaced by spaces.
  core::Status row(const std::vector<std::string>& cells);

  // Ends the current sheet (its column widths set) and starts another, named
  // as in create(); header() may then be called again. Errors: kInternal
  // (closed, or libxlsxwriter refuses the sheet, e.g. a duplicate name).
  core::Status new_sheet(std::string_view sheet_name);

  // Sets column widths from the text seen, writes and closes the file.
  // Further calls to header()/row()/close() fail. Errors: kInternal.
  core::Status close();

 private:
  struct State;
  explicit XlsxWriter(std::unique_ptr<State> state);
  core::Status write_row(const std::vector<std::string>& cells, bool bold);
  std::unique_ptr<State> state_;
};

// Writes a small table to a temporary file with XlsxWriter and returns the
// file's bytes (the file is removed). For small exports and tests; large
// exports should stream with XlsxWriter.
core::Result<std::string> write_xlsx_bytes(const std::vector<std::string>& header,
                                           const std::vector<std::vector<std::string>>& rows,
                                           std::string_view sheet_name);

}  // namespace thidua::io
