#include "io/csv_reader.h"

#include <cstdint>
#include <string>

#include "core/messages_vi/imports.h"
#include "core/names.h"
#include "core/utf8.h"
#include "io/table_builder.h"

namespace thidua::io {

namespace msg = core::messages_vi;

namespace {

core::Error line_error(const char* code, int line, const std::string& what) {
  return core::make_error(code, msg::at_line(line, what));
}

// Converts UTF-16 (without its BOM) to UTF-8.
core::Result<std::string> utf16_to_utf8(std::string_view bytes, bool little_endian) {
  if (bytes.size() % 2 != 0) {
    return core::make_error(core::errc::kValidation,
                            msg::kCsvUtf16Truncated);
  }
  std::string out;
  out.reserve(bytes.size() * 3 / 2);
  int line = 1;
  auto unit = [&](std::size_t i) -> std::uint32_t {
    auto a = static_cast<unsigned char>(bytes[i]);
    auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    std::uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 < bytes.size()) {
        std::uint32_t lo = unit(i + 2);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          i += 2;
          core::utf8::append(out, static_cast<char32_t>(cp));
          continue;
        }
      }
      return line_error(core::errc::kValidation, line, msg::kCsvUtf16Invalid);
    }
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
      return line_error(core::errc::kValidation, line, msg::kCsvUtf16Invalid);
    }
    if (cp == '\n') ++line;
    core::utf8::append(out, static_cast<char32_t>(cp));
  }
  return out;
}

// The line of the first invalid UTF-8 sequence or NUL byte; 0 if none.
int first_bad_line(std::string_view text) {
  int line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size();
    char c = end ? '\n' : text[i];
    if (c == '\r' || c == '\n') {
      std::string_view segment = text.substr(start, i - start);
      if (segment.find('\0') != std::string_view::npos || !core::is_valid_utf8(segment)) {
        return line;
      }
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      start = i + 1;
    }
  }
  return 0;
}

// Picks the separator from the first non-empty record (outside quotes).
char detect_separator(std::string_view text) {
  std::size_t tabs = 0, semis = 0, commas = 0;
  bool quoted = false;
  auto first = text.find_first_not_of("\r\n");
  if (first != std::string_view::npos) text.remove_prefix(first);
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (c == '\n' || c == '\r') break;
      if (c == '\t') ++tabs;
      if (c == ';') ++semis;
      if (c == ',') ++commas;
    }
  }
  if (tabs > 0 && tabs >= semis && tabs >= commas) return '\t';
  if (semis > 0 && semis >= commas) return ';';
  return ',';
}

}  // namespace

core::Result<Table> read_csv(std::string_view bytes, const ReadLimits& limits, RowSink* sink) {
  if (bytes.size() > limits.max_bytes) {
    return core::make_error(core::errc::kTooLarge,
                            msg::file_too_large_max(size_text(limits.max_bytes)));
  }
  std::string converted;
  std::string_view text = bytes;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  } else if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    bool le = text[0] == '\xFF';
    auto r = utf16_to_utf8(text.substr(2), le);
    if (!r) return r.error();
    converted = std::move(r.value());
    text = converted;
  }
  if (text.find('\0') != std::string_view::npos || !core::is_valid_utf8(text)) {
    int line = first_bad_line(text);
    return line_error(core::errc::kValidation, line > 0 ? line : 1,
                      msg::kCsvNotUtf8);
  }

  int line = 1;
  char sep = 0;
  // Excel's "sep=;" hint line.
  if (text.size() >= 5 && (text.substr(0, 4) == "sep=" || text.substr(0, 4) == "SEP=")) {
    char c = text[4];
    std::string_view rest = text.substr(5);
    if ((c == ',' || c == ';' || c == '\t' || c == '|') &&
        (rest.empty() || rest.front() == '\r' || rest.front() == '\n')) {
      sep = c;
      text = rest;
      if (text.substr(0, 2) == "\r\n") {
        text.remove_prefix(2);
      } else if (!text.empty()) {
        text.remove_prefix(1);
      }
      line = 2;
    }
  }
  if (sep == 0) sep = detect_separator(text);

  TableBuilder builder(limits, TableBuilder::Source::kCsv, sink);
  enum class State { kFieldStart, kUnquoted, kQuoted, kAfterQuote };
  State state = State::kFieldStart;
  std::string field;
  std::size_t col = 0;
  int record_line = line;
  int quote_line = line;
  bool record_started = false;

  auto emit_field = [&]() -> core::Status {
    auto st = builder.add_cell(record_line, col, field);
    field.clear();
    ++col;
    return st;
  };
  auto end_record = [&]() -> core::Status {
    auto st = builder.end_row(record_line);
    col = 0;
    record_started = false;
    return st;
  };

  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    char c = text[i];
    bool newline = c == '\r' || c == '\n';
    std::size_t advance = 1;
    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') advance = 2;
    if (!record_started) {
      record_line = line;
      record_started = true;
    }
    switch (state) {
      case State::kFieldStart:
        if (c == '"') {
          field.clear();
          state = State::kQuoted;
          quote_line = line;
        } else if (c == sep) {
          THIDUA_TRY(emit_field());
        } else if (newline) {
          THIDUA_TRY(emit_field());
          THIDUA_TRY(end_record());
        } else if (c == ' ' || c == '\t') {
          field += c;
        } else {
          field += c;
          state = State::kUnquoted;
        }
        break;
      case State::kUnquoted:
        if (c == sep) {
          THIDUA_TRY(emit_field());
          state = State::kFieldStart;
        } else if (newline) {
          THIDUA_TRY(emit_field());
          THIDUA_TRY(end_record());
          state = State::kFieldStart;
        } else {
          field += c;
        }
        break;
      case State::kQuoted:
        if (c == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            advance = 2;
          } else {
            state = State::kAfterQuote;
          }
        } else if (newline) {
          field += '\n';
        } else {
          field += c;
        }
        break;
      case State::kAfterQuote:
        if (c == sep) {
          THIDUA_TRY(emit_field());
          state = State::kFieldStart;
        } else if (newline) {
          THIDUA_TRY(emit_field());
          THIDUA_TRY(end_record());
          state = State::kFieldStart;
        } else if (c == ' ' || c == '\t') {
          // Spaces after a closing quote are ignored.
        } else {
          return line_error(core::errc::kValidation, line,
                            msg::kCsvTextAfterQuote);
        }
        break;
    }
    if (newline) ++line;
    i += advance;
  }
  if (state == State::kQuoted) {
    return line_error(core::errc::kValidation, quote_line,
                      msg::kCsvQuoteNotClosed);
  }
  if (record_started) {
    THIDUA_TRY(emit_field());
    THIDUA_TRY(end_record());
  }
  return builder.finish();
}

}  // namespace thidua::io
