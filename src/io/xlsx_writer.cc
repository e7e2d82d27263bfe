#include "io/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <utility>

#include "core/messages_vi/exports.h"
#include "core/names.h"

namespace thidua::io {

namespace msg = core::messages_vi;

namespace {

constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;

core::Error internal(const std::string& what) {
  return core::make_error(core::errc::kInternal, msg::excel_write_failed(what));
}

// Number of code points (continuation bytes not counted).
std::size_t display_length(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string sanitize_sheet_name(std::string_view name) {
  std::string out;
  std::size_t chars = 0;
  std::string valid = core::is_valid_utf8(name) ? std::string(name) : std::string();
  for (std::size_t i = 0; i < valid.size();) {
    auto lead = static_cast<unsigned char>(valid[i]);
    std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (chars == 31) break;
    std::string_view ch = std::string_view(valid).substr(i, len);
    if (ch.size() == 1 && (std::string_view("[]:*?/\\").find(ch[0]) != std::string_view::npos ||
                           static_cast<unsigned char>(ch[0]) < 0x20)) {
      out += '-';
    } else {
      out.append(ch);
    }
    ++chars;
    i += len;
  }
  while (!out.empty() && (out.front() == '\'' || out.front() == ' ')) out.erase(out.begin());
  while (!out.empty() && (out.back() == '\'' || out.back() == ' ')) out.pop_back();
  if (out.empty()) out = "Sheet1";
  return out;
}

}  // namespace

struct XlsxWriter::State {
  std::string path;
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* bold = nullptr;
  std::size_t next_row = 0;
  bool header_written = false;
  bool closed = false;
  std::vector<double> widths;
  std::string scratch;
};

XlsxWriter::XlsxWriter(std::unique_ptr<State> state) : state_(std::move(state)) {}
XlsxWriter::XlsxWriter(XlsxWriter&&) noexcept = default;
XlsxWriter& XlsxWriter::operator=(XlsxWriter&& other) noexcept {
  if (this != &other) {
    XlsxWriter discard(std::move(*this));
    state_ = std::move(other.state_);
  }
  return *this;
}

XlsxWriter::~XlsxWriter() {
  if (state_ && !state_->closed && state_->workbook != nullptr) {
    workbook_close(state_->workbook);
    std::error_code ec;
    std::filesystem::remove(state_->path, ec);
  }
}

core::Result<XlsxWriter> XlsxWriter::create(const std::string& path, std::string_view sheet_name) {
  auto state = std::make_unique<State>();
  state->path = path;
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  state->workbook = workbook_new_opt(path.c_str(), &options);
  if (state->workbook == nullptr) return internal(msg::kXlsxWorkbookInitFailed);
  std::string name = sanitize_sheet_name(sheet_name);
  state->sheet = workbook_add_worksheet(state->workbook, name.c_str());
  if (state->sheet == nullptr) {
    state->sheet = workbook_add_worksheet(state->workbook, nullptr);
  }
  if (state->sheet == nullptr) {
    workbook_close(state->workbook);
    state->workbook = nullptr;
    std::error_code ec;
    std::filesystem::remove(path, ec);
    return internal(msg::kXlsxSheetFailed);
  }
  state->bold = workbook_add_format(state->workbook);
  format_set_bold(state->bold);
  return XlsxWriter(std::move(state));
}

core::Status XlsxWriter::header(const std::vector<std::string>& cells) {
  if (!state_ || state_->closed) return internal(msg::kXlsxClosed);
  if (state_->header_written || state_->next_row != 0) {
    return internal(msg::kXlsxHeaderFirst);
  }
  THIDUA_TRY(write_row(cells, true));
  state_->header_written = true;
  worksheet_freeze_panes(state_->sheet, 1, 0);
  return {};
}

core::Status XlsxWriter::row(const std::vector<std::string>& cells) {
  if (!state_ || state_->closed) return internal(msg::kXlsxClosed);
  return write_row(cells, false);
}

core::Status XlsxWriter::write_row(const std::vector<std::string>& cells, bool bold) {
  State& s = *state_;
  if (s.next_row >= kMaxRows) {
    return core::make_error(core::errc::kTooLarge,
                            msg::kXlsxTooManyRows);
  }
  if (cells.size() > kMaxColumns) {
    return core::make_error(core::errc::kTooLarge,
                            msg::kXlsxTooManyColumns);
  }
  if (s.widths.size() < cells.size()) s.widths.resize(cells.size(), 0);
  for (std::size_t col = 0; col < cells.size(); ++col) {
    const std::string& cell = cells[col];
    if (cell.empty()) continue;
    if (!core::is_valid_utf8(cell)) {
      return core::make_error(core::errc::kValidation,
                              msg::xlsx_cell_not_utf8(s.next_row + 1, col + 1));
    }
    if (cell.size() > kMaxCellBytes) {
      return core::make_error(core::errc::kValidation,
                              msg::xlsx_cell_too_long(s.next_row + 1, col + 1));
    }
    const std::string* text = &cell;
    if (std::any_of(cell.begin(), cell.end(), [](char c) {
          auto u = static_cast<unsigned char>(c);
          return (u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F;
        })) {
      s.scratch = cell;
      for (char& c : s.scratch) {
        auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) c = ' ';
      }
      text = &s.scratch;
    }
    lxw_error err = worksheet_write_string(s.sheet, static_cast<lxw_row_t>(s.next_row),
                                           static_cast<lxw_col_t>(col), text->c_str(),
                                           bold ? s.bold : nullptr);
    if (err != LXW_NO_ERROR) return internal(lxw_strerror(err));
    double width = static_cast<double>(display_length(*text)) + (bold ? 3 : 2);
    s.widths[col] = std::max(s.widths[col], std::min(width, kMaxWidth));
  }
  ++s.next_row;
  return {};
}

namespace {

void set_widths(lxw_worksheet* sheet, const std::vector<double>& widths) {
  for (std::size_t col = 0; col < widths.size(); ++col) {
    worksheet_set_column(sheet, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col),
                         std::max(widths[col], kMinWidth), nullptr);
  }
}

}  // namespace

core::Status XlsxWriter::new_sheet(std::string_view sheet_name) {
  if (!state_ || state_->closed) return internal(msg::kXlsxClosed);
  State& s = *state_;
  lxw_worksheet* next = workbook_add_worksheet(s.workbook, sanitize_sheet_name(sheet_name).c_str());
  if (next == nullptr) return internal(msg::kXlsxSheetFailed);
  set_widths(s.sheet, s.widths);
  s.sheet = next;
  s.next_row = 0;
  s.header_written = false;
  s.widths.clear();
  return {};
}

core::Status XlsxWriter::close() {
  if (!state_ || state_->closed) return internal(msg::kXlsxClosed);
  State& s = *state_;
  set_widths(s.sheet, s.widths);
  s.closed = true;
  lxw_error err = workbook_close(s.workbook);
  s.workbook = nullptr;
  if (err != LXW_NO_ERROR) {
    std::error_code ec;
    std::filesystem::remove(s.path, ec);
    return internal(lxw_strerror(err));
  }
  return {};
}

core::Result<std::string> write_xlsx_bytes(const std::vector<std::string>& header,
                                           const std::vector<std::vector<std::string>>& rows,
                                           std::string_view sheet_name) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string pattern = (dir / "thidua-export-XXXXXX.xlsx").string();
  int fd = mkstemps(pattern.data(), 5);
  if (fd < 0) return internal(msg::kXlsxTempFileFailed);
  ::close(fd);
  struct Remove {
    std::string path;
    ~Remove() {
      std::error_code e;
      std::filesystem::remove(path, e);
    }
  } cleanup{pattern};

  auto writer = XlsxWriter::create(pattern, sheet_name);
  if (!writer) return writer.error();
  if (!header.empty()) THIDUA_TRY(writer->header(header));
  for (const auto& r : rows) THIDUA_TRY(writer->row(r));
  THIDUA_TRY(writer->close());

  std::ifstream in(pattern, std::ios::binary);
  if (!in) return internal(msg::kXlsxTempFileUnreadable);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return bytes;
}

}  // namespace thidua::io
