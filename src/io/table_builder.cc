#include "io/table_builder.h"

#include <utility>

#include "core/messages_vi/imports.h"
#include "core/names.h"

namespace thidua::io {

namespace msg = core::messages_vi;

std::string column_name(std::size_t col) {
  std::string out;
  std::size_t n = col + 1;
  while (n > 0) {
    std::size_t rem = (n - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return out;
}

std::string size_text(std::size_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
  if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KB";
  return std::to_string(bytes) + " byte";
}

std::string_view trim_cell(std::string_view text) {
  auto is_space_at_front = [&](std::size_t& len) {
    if (text.empty()) return false;
    unsigned char c = static_cast<unsigned char>(text.front());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
      len = 1;
      return true;
    }
    if (text.size() >= 2 && c == 0xC2 && static_cast<unsigned char>(text[1]) == 0xA0) {
      len = 2;
      return true;
    }
    return false;
  };
  auto is_space_at_back = [&](std::size_t& len) {
    if (text.empty()) return false;
    unsigned char c = static_cast<unsigned char>(text.back());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
      len = 1;
      return true;
    }
    if (text.size() >= 2 && c == 0xA0 &&
        static_cast<unsigned char>(text[text.size() - 2]) == 0xC2) {
      len = 2;
      return true;
    }
    return false;
  };
  std::size_t len = 0;
  while (is_space_at_front(len)) text.remove_prefix(len);
  while (is_space_at_back(len)) text.remove_suffix(len);
  return text;
}

TableBuilder::TableBuilder(const ReadLimits& limits, Source source, RowSink* sink)
    : limits_(limits), source_(source), sink_(sink) {}

std::string TableBuilder::where(int row_number, std::size_t col) const {
  if (source_ == Source::kXlsx) {
    return msg::where_cell(column_name(col), row_number);
  }
  return msg::where_line_column(row_number, col + 1);
}

core::Status TableBuilder::add_cell(int row_number, std::size_t col, std::string_view raw) {
  std::string_view trimmed = trim_cell(raw);
  if (trimmed.empty()) return {};
  // NFC never shrinks text by half, so this rejects oversized cells before
  // spending time normalising them.
  if (trimmed.size() > 2 * limits_.max_cell_bytes + 16) {
    return core::make_error(core::errc::kTooLarge,
                            msg::cell_too_long(where(row_number, col), limits_.max_cell_bytes));
  }
  if (!has_header_ && col >= limits_.max_columns) {
    return core::make_error(core::errc::kTooLarge,
                            msg::header_too_wide(limits_.max_columns, where(row_number, col)));
  }
  if (has_header_ && col >= table_.header.size()) {
    return core::make_error(core::errc::kValidation,
                            msg::cell_outside_header(where(row_number, col), table_.header.size()));
  }
  std::string value = core::to_nfc(trimmed);
  if (value.empty()) value.assign(trimmed);
  if (value.size() > limits_.max_cell_bytes) {
    return core::make_error(core::errc::kTooLarge,
                            msg::cell_too_long(where(row_number, col), limits_.max_cell_bytes));
  }
  total_bytes_ += value.size();
  if (total_bytes_ > limits_.max_uncompressed) {
    return core::make_error(core::errc::kTooLarge,
                            msg::file_too_much_data(where(row_number, col)));
  }
  if (current_.size() <= col) current_.resize(col + 1);
  current_[col] = std::move(value);
  return {};
}

core::Status TableBuilder::end_row(int row_number) {
  if (current_.empty()) return {};  // only empty cells were added
  if (!has_header_) {
    table_.header = std::move(current_);
    has_header_ = true;
    current_.clear();
    if (sink_) return sink_->header(table_.header);
    return {};
  }
  if (data_rows_ >= limits_.max_rows) {
    return core::make_error(core::errc::kTooLarge, msg::file_too_many_rows(limits_.max_rows, row_number));
  }
  ++data_rows_;
  current_.resize(table_.header.size());
  if (sink_) {
    auto delivered = sink_->row(std::move(current_), row_number);
    current_.clear();
    return delivered;
  }
  table_.rows.push_back(std::move(current_));
  table_.row_numbers.push_back(row_number);
  current_.clear();
  return {};
}

core::Result<Table> TableBuilder::finish() {
  if (!has_header_) {
    return core::make_error(core::errc::kValidation,
                            msg::kFileNoHeaderRow);
  }
  return std::move(table_);
}

}  // namespace thidua::io
