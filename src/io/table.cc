#include "io/table.h"

#include "core/messages_vi/imports.h"
#include "core/names.h"
#include "io/csv_reader.h"
#include "io/table_builder.h"
#include "io/xlsx_reader.h"

namespace thidua::io {

namespace msg = core::messages_vi;

namespace {

// The file name in quotes for messages, or nothing when unusable.
std::string quoted_name(std::string_view filename) {
  if (filename.empty() || filename.size() > 255 || !core::is_valid_utf8(filename)) return {};
  return " “" + std::string(filename) + "”";
}

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// Case-insensitive search for an ASCII needle in the first bytes of `text`.
bool head_contains_ascii(std::string_view text, std::string_view needle) {
  std::string head(text.substr(0, 4096));
  for (char& c : head) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return contains(head, needle);
}

}  // namespace

namespace {

// The checks and the choice of parser shared by both entry points; `sink`
// null: the rows are collected into the returned Table.
core::Result<Table> read_any(std::string_view bytes, std::string_view filename, const ReadLimits& limits,
                             RowSink* sink) {
  const std::string name = quoted_name(filename);
  if (bytes.size() > limits.max_bytes) {
    return core::make_error(core::errc::kTooLarge,
                            msg::named_file_too_large_max(name, size_text(limits.max_bytes)));
  }
  if (bytes.empty()) {
    return core::make_error(core::errc::kValidation, msg::named_file_empty(name));
  }
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ||
      bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4)) {
    return read_xlsx(bytes, limits, sink);
  }
  if (bytes.substr(0, 4) == "\xD0\xCF\x11\xE0") {
    // An OLE compound file: Excel 97-2003, or an encrypted OOXML workbook.
    if (contains(bytes, std::string_view("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 31))) {
      return core::make_error(core::errc::kUnsupported,
                              msg::named_excel_encrypted(name));
    }
    return core::make_error(core::errc::kUnsupported,
                            msg::kExcel97Unsupported);
  }
  bool utf16 = bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  if (!utf16) {
    if (bytes.substr(0, 4) == "%PDF") {
      return core::make_error(core::errc::kUnsupported,
                              msg::named_file_is_pdf(name));
    }
    std::string_view head = bytes.substr(0, 8192);
    if (contains(head, std::string_view("\0", 1))) {
      return core::make_error(core::errc::kUnsupported,
                              msg::named_file_format_unknown(name));
    }
    std::string_view lead = bytes;
    if (lead.substr(0, 3) == "\xEF\xBB\xBF") lead.remove_prefix(3);
    while (!lead.empty() && (lead.front() == ' ' || lead.front() == '\t' ||
                             lead.front() == '\r' || lead.front() == '\n')) {
      lead.remove_prefix(1);
    }
    if (!lead.empty() && lead.front() == '<' &&
        (head_contains_ascii(lead, "<html") || head_contains_ascii(lead, "<table") ||
         head_contains_ascii(lead, "<?xml") || head_contains_ascii(lead, "<!doctype"))) {
      return core::make_error(core::errc::kUnsupported,
                              msg::named_file_is_html(name));
    }
  }
  return read_csv(bytes, limits, sink);
}

}  // namespace

core::Result<Table> read_table(std::string_view bytes, std::string_view filename, const ReadLimits& limits) {
  return read_any(bytes, filename, limits, nullptr);
}

core::Status read_table_rows(std::string_view bytes, std::string_view filename, RowSink& sink,
                             const ReadLimits& limits) {
  auto read = read_any(bytes, filename, limits, &sink);
  if (!read.ok()) return read.error();
  return {};
}

}  // namespace thidua::io
