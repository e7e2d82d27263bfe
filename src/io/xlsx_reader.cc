#include "io/xlsx_reader.h"

#include <zip.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/messages_vi/imports.h"
#include "io/table_builder.h"
#include "io/xml_reader.h"

namespace thidua::io {

namespace msg = core::messages_vi;

namespace {

constexpr std::size_t kMaxSheetRows = 1048576;
constexpr std::size_t kMaxSheetColumns = 16384;

core::Error damaged(const std::string& what) {
  return core::make_error(core::errc::kValidation, msg::excel_damaged(what));
}

core::Error part_error(const std::string& part, const core::Error& e) {
  if (e.code != core::errc::kValidation) return e;
  return core::make_error(e.code, msg::excel_part_damaged(part, e.message));
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// ---------------------------------------------------------------- archive

struct ZipDiscard {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// The opened archive plus the remaining uncompressed-bytes budget.
class Package {
 public:
  Package(zip_t* zip, std::size_t budget) : zip_(zip), budget_(budget) {}

  bool has(const std::string& name) const {
    return zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE) >= 0;
  }

  // The entry's bytes, std::nullopt when absent. Declared and actual sizes
  // are checked against the budget, so a zip bomb costs at most the budget.
  core::Result<std::optional<std::string>> read(const std::string& name) {
    zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::optional<std::string>();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE)) {
      return damaged(msg::xlsx_entry_unreadable(name));
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
      return core::make_error(core::errc::kUnsupported,
                              msg::kExcelEncrypted);
    }
    if (st.size > budget_) return too_large();
    std::unique_ptr<zip_file_t, ZipFileClose> file(
        zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) return damaged(msg::xlsx_entry_unopenable(name));
    std::string out;
    out.reserve(static_cast<std::size_t>(st.size));
    char buf[65536];
    while (true) {
      zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
      if (n < 0) return damaged(msg::xlsx_entry_bad_compression(name));
      if (n == 0) break;
      out.append(buf, static_cast<std::size_t>(n));
      if (out.size() > st.size) return damaged(msg::xlsx_entry_size_mismatch(name));
    }
    if (out.size() != st.size) return damaged(msg::xlsx_entry_size_mismatch(name));
    if (zip_fclose(file.release()) != 0) {
      return damaged(msg::xlsx_entry_bad_compression(name));
    }
    budget_ -= out.size();
    return std::optional<std::string>(std::move(out));
  }

  static core::Error too_large() {
    return core::make_error(core::errc::kTooLarge,
                            msg::kExcelZipBomb);
  }

 private:
  std::unique_ptr<zip_t, ZipDiscard> zip_;
  std::size_t budget_;
};

// Resolves a relationship target against the folder of its source part.
std::optional<std::string> resolve_target(std::string_view base_dir, std::string_view target) {
  std::string joined;
  if (!target.empty() && target.front() == '/') {
    joined.assign(target.substr(1));
  } else {
    joined.assign(base_dir);
    joined.append(target);
  }
  for (char& c : joined) {
    if (c == '\\') c = '/';
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(std::move(seg));
    }
    start = slash + 1;
  }
  if (parts.empty()) return std::nullopt;
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

std::string folder_of(std::string_view part) {
  auto slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

std::string rels_path_of(std::string_view part) {
  auto slash = part.rfind('/');
  std::string dir = slash == std::string_view::npos ? "" : std::string(part.substr(0, slash + 1));
  std::string file(slash == std::string_view::npos ? part : part.substr(slash + 1));
  return dir + "_rels/" + file + ".rels";
}

// ---------------------------------------------------------------- parts

struct Relationship {
  std::string id;
  std::string type;
  std::string target;
  bool external = false;
};

core::Result<std::vector<Relationship>> parse_relationships(std::string_view xml) {
  std::vector<Relationship> rels;
  XmlReader r(xml);
  while (true) {
    auto ev = r.next();
    if (!ev) return ev.error();
    if (*ev == XmlReader::Event::kDone) break;
    if (*ev == XmlReader::Event::kStart && r.name() == "Relationship") {
      Relationship rel;
      if (auto* v = r.attribute("Id")) rel.id = *v;
      if (auto* v = r.attribute("Type")) rel.type = *v;
      if (auto* v = r.attribute("Target")) rel.target = *v;
      if (auto* v = r.attribute("TargetMode")) rel.external = *v == "External";
      rels.push_back(std::move(rel));
    }
  }
  return rels;
}

struct Workbook {
  std::string sheet_rel_id;
  bool date1904 = false;
};

core::Result<Workbook> parse_workbook(std::string_view xml) {
  Workbook wb;
  std::string first_any;
  XmlReader r(xml);
  while (true) {
    auto ev = r.next();
    if (!ev) return ev.error();
    if (*ev == XmlReader::Event::kDone) break;
    if (*ev != XmlReader::Event::kStart) continue;
    if (r.name() == "workbookPr") {
      if (auto* v = r.attribute("date1904")) wb.date1904 = *v == "1" || *v == "true";
    } else if (r.name() == "sheet") {
      const std::string* id = r.attribute("id");
      if (id == nullptr) continue;
      if (first_any.empty()) first_any = *id;
      const std::string* state = r.attribute("state");
      bool hidden = state != nullptr && (*state == "hidden" || *state == "veryHidden");
      if (!hidden && wb.sheet_rel_id.empty()) wb.sheet_rel_id = *id;
    }
  }
  if (wb.sheet_rel_id.empty()) wb.sheet_rel_id = first_any;
  return wb;
}

// Replaces the _xHHHH_ escapes of OOXML strings with the character.
void unescape_ooxml(std::string& s) {
  if (s.find("_x") == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      std::uint32_t cp = 0;
      bool hex = true;
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        char c = s[k];
        std::uint32_t v;
        if (c >= '0' && c <= '9') {
          v = static_cast<std::uint32_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
          v = static_cast<std::uint32_t>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
          v = static_cast<std::uint32_t>(c - 'A' + 10);
        } else {
          hex = false;
          break;
        }
        cp = cp * 16 + v;
      }
      if (hex && !(cp >= 0xD800 && cp <= 0xDFFF)) {
        if (cp < 0x80) {
          out += static_cast<char>(cp);
        } else if (cp < 0x800) {
          out += static_cast<char>(0xC0 | (cp >> 6));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
          out += static_cast<char>(0xE0 | (cp >> 12));
          out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        }
        i += 7;
        continue;
      }
    }
    out += s[i++];
  }
  s = std::move(out);
}

// Shared strings, stored back to back to keep per-string overhead small.
struct SharedStrings {
  std::string data;
  std::vector<std::size_t> ends;
  std::optional<std::string_view> at(std::size_t i) const {
    if (i >= ends.size()) return std::nullopt;
    std::size_t begin = i == 0 ? 0 : ends[i - 1];
    return std::string_view(data).substr(begin, ends[i] - begin);
  }
};

core::Result<SharedStrings> parse_shared_strings(std::string_view xml, std::size_t max_count) {
  SharedStrings sst;
  XmlReader r(xml);
  bool in_si = false;
  bool in_t = false;
  int rph = 0;
  std::string current;
  while (true) {
    auto ev = r.next();
    if (!ev) return ev.error();
    if (*ev == XmlReader::Event::kDone) break;
    if (*ev == XmlReader::Event::kStart) {
      if (r.name() == "si") {
        if (in_si) return core::make_error(core::errc::kValidation, msg::kXlsxNestedSi);
        in_si = true;
        current.clear();
      } else if (in_si && r.name() == "rPh") {
        ++rph;
      } else if (in_si && rph == 0 && r.name() == "t") {
        in_t = true;
      }
    } else if (*ev == XmlReader::Event::kEnd) {
      if (r.name() == "si" && in_si) {
        in_si = false;
        in_t = false;
        rph = 0;
        if (sst.ends.size() >= max_count) {
          return core::make_error(core::errc::kTooLarge,
                                  msg::kExcelTooManyStrings);
        }
        unescape_ooxml(current);
        sst.data += current;
        sst.ends.push_back(sst.data.size());
      } else if (r.name() == "rPh" && rph > 0) {
        --rph;
      } else if (r.name() == "t") {
        in_t = false;
      }
    } else if (*ev == XmlReader::Event::kText && in_t) {
      current += r.text();
    }
  }
  return sst;
}

enum class NumberKind : std::uint8_t { kNumber, kDate, kDateTime, kTime };

NumberKind builtin_kind(int id) {
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
      (id >= 50 && id <= 58)) {
    return NumberKind::kDate;
  }
  if (id == 22) return NumberKind::kDateTime;
  if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47)) {
    return NumberKind::kTime;
  }
  return NumberKind::kNumber;
}

// Classifies a custom number format code by the date/time letters in its
// first section, ignoring quoted text, escapes and [..] modifiers.
NumberKind classify_format(std::string_view code) {
  bool date = false, time = false, month = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      auto close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
      continue;
    }
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
      continue;
    }
    if (c == '[') {
      auto close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      std::string_view inner = code.substr(i + 1, close - i - 1);
      if (!inner.empty() && (inner[0] == 'h' || inner[0] == 'H' || inner[0] == 's' ||
                             inner[0] == 'S' || ((inner[0] == 'm' || inner[0] == 'M') &&
                                                 inner.find_first_not_of("mM") ==
                                                     std::string_view::npos))) {
        time = true;
      }
      i = close;
      continue;
    }
    switch (c) {
      case 'd': case 'D': case 'y': case 'Y':
        date = true;
        break;
      case 'h': case 'H': case 's': case 'S':
        time = true;
        break;
      case 'm': case 'M':
        month = true;
        break;
      default:
        break;
    }
  }
  if (date) return time ? NumberKind::kDateTime : NumberKind::kDate;
  if (time) return NumberKind::kTime;
  if (month) return NumberKind::kDate;
  return NumberKind::kNumber;
}

core::Result<std::vector<NumberKind>> parse_styles(std::string_view xml) {
  std::map<int, NumberKind> custom;
  std::vector<NumberKind> kinds;
  XmlReader r(xml);
  bool in_numfmts = false;
  bool in_cellxfs = false;
  while (true) {
    auto ev = r.next();
    if (!ev) return ev.error();
    if (*ev == XmlReader::Event::kDone) break;
    if (*ev == XmlReader::Event::kStart) {
      if (r.name() == "numFmts") {
        in_numfmts = true;
      } else if (r.name() == "cellXfs") {
        in_cellxfs = true;
      } else if (in_numfmts && r.name() == "numFmt") {
        const std::string* id = r.attribute("numFmtId");
        const std::string* code = r.attribute("formatCode");
        int n = 0;
        if (id != nullptr && code != nullptr &&
            std::from_chars(id->data(), id->data() + id->size(), n).ec == std::errc()) {
          custom[n] = classify_format(*code);
        }
      } else if (in_cellxfs && r.name() == "xf") {
        int n = 0;
        const std::string* id = r.attribute("numFmtId");
        if (id != nullptr) {
          std::from_chars(id->data(), id->data() + id->size(), n);
        }
        auto it = custom.find(n);
        kinds.push_back(it != custom.end() ? it->second : builtin_kind(n));
      }
    } else if (*ev == XmlReader::Event::kEnd) {
      if (r.name() == "numFmts") in_numfmts = false;
      if (r.name() == "cellXfs") in_cellxfs = false;
    }
  }
  return kinds;
}

// ---------------------------------------------------------------- values

std::string format_number(double v) {
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v == 0 ? 0.0 : v);
  } else {
    std::snprintf(buf, sizeof buf, "%.15g", v);
  }
  return buf;
}

// Days since 1970-01-01 to a civil date (proleptic Gregorian).
void civil_from_days(std::int64_t z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t yy = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(yy + (m <= 2 ? 1 : 0));
}

// Formats an Excel serial date/time; std::nullopt when out of range.
std::optional<std::string> format_serial(double v, NumberKind kind, bool date1904) {
  if (!(v >= 0 && v < 2958466.0)) return std::nullopt;
  auto total = static_cast<std::int64_t>(std::llround(v * 86400.0));
  std::int64_t days = total / 86400;
  std::int64_t secs = total % 86400;
  char buf[64];
  int hh = static_cast<int>(secs / 3600), mi = static_cast<int>(secs / 60 % 60),
      ss = static_cast<int>(secs % 60);
  if (kind == NumberKind::kTime) {
    long long hours = days * 24 + hh;
    if (ss != 0) {
      std::snprintf(buf, sizeof buf, "%02lld:%02d:%02d", hours, mi, ss);
    } else {
      std::snprintf(buf, sizeof buf, "%02lld:%02d", hours, mi);
    }
    return std::string(buf);
  }
  int y = 0;
  unsigned m = 0, d = 0;
  if (date1904) {
    civil_from_days(days - 24107, y, m, d);
  } else if (days == 0) {
    return std::nullopt;
  } else if (days == 60) {
    y = 1900, m = 2, d = 29;  // Excel's fictitious leap day
  } else {
    civil_from_days(days < 60 ? days - 25568 : days - 25569, y, m, d);
  }
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  std::string out = buf;
  if (kind == NumberKind::kDateTime && secs != 0) {
    if (ss != 0) {
      std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", hh, mi, ss);
    } else {
      std::snprintf(buf, sizeof buf, " %02d:%02d", hh, mi);
    }
    out += buf;
  }
  return out;
}

// Parses "C7" into 0-based column and 1-based row; false when malformed.
bool parse_cell_ref(std::string_view ref, std::size_t& col, std::size_t& row) {
  std::size_t i = 0;
  std::size_t c = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    char up = static_cast<char>(ref[i] >= 'a' ? ref[i] - 32 : ref[i]);
    c = c * 26 + static_cast<std::size_t>(up - 'A' + 1);
    if (c > kMaxSheetColumns) return false;
    ++i;
  }
  if (i == 0 || i == ref.size()) return false;
  std::size_t r = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9') return false;
    r = r * 10 + static_cast<std::size_t>(ref[i] - '0');
    if (r > kMaxSheetRows) return false;
  }
  if (r == 0) return false;
  col = c - 1;
  row = r;
  return true;
}

bool parse_index(std::string_view s, std::size_t& out) {
  auto t = trim_cell(s);
  if (t.empty()) return false;
  auto res = std::from_chars(t.data(), t.data() + t.size(), out);
  return res.ec == std::errc() && res.ptr == t.data() + t.size();
}

struct SheetContext {
  const SharedStrings& strings;
  const std::vector<NumberKind>& styles;
  bool date1904;
};

struct CellState {
  std::size_t col = 0;
  std::string type;
  std::size_t style = 0;
  std::string value;
  std::string inline_text;
};

core::Result<std::string> cell_value(const SheetContext& ctx, CellState& cell,
                                     const std::string& where) {
  const std::string& t = cell.type;
  if (t == "s") {
    std::size_t index = 0;
    std::optional<std::string_view> s;
    if (parse_index(cell.value, index)) s = ctx.strings.at(index);
    if (!s) {
      return core::make_error(core::errc::kValidation,
                              msg::xlsx_missing_shared_string(where));
    }
    return std::string(*s);
  }
  if (t == "inlineStr") {
    unescape_ooxml(cell.inline_text);
    return std::move(cell.inline_text);
  }
  if (t == "str") {
    unescape_ooxml(cell.value);
    return std::move(cell.value);
  }
  if (t == "b") {
    auto v = trim_cell(cell.value);
    if (v == "1") return std::string("TRUE");
    if (v == "0") return std::string("FALSE");
    return std::string(v);
  }
  if (t == "e" || t == "d") return std::move(cell.value);
  // Numbers (t="n" or absent).
  std::string_view v = trim_cell(cell.value);
  if (v.empty()) return std::string();
  double d = 0;
  auto res = std::from_chars(v.data(), v.data() + v.size(), d);
  if (res.ec != std::errc() || res.ptr != v.data() + v.size() || !std::isfinite(d)) {
    return std::string(v);
  }
  NumberKind kind =
      cell.style < ctx.styles.size() ? ctx.styles[cell.style] : NumberKind::kNumber;
  if (kind != NumberKind::kNumber) {
    if (auto s = format_serial(d, kind, ctx.date1904)) return std::move(*s);
  }
  return format_number(d);
}

// Reads the worksheet part `path`. Structural faults are reported as a
// damaged file; data faults (limits, stray cells) come from the builder.
core::Result<Table> parse_sheet(const std::string& path, std::string_view xml,
                                const SheetContext& ctx, const ReadLimits& limits, RowSink* sink) {
  TableBuilder builder(limits, TableBuilder::Source::kXlsx, sink);
  XmlReader r(xml);
  bool in_sheet_data = false, in_row = false, in_cell = false, in_v = false, in_is = false,
       in_t = false;
  int rph = 0;
  std::size_t row = 0;
  std::size_t next_col = 0;
  bool any_cell_in_row = false;
  CellState cell;
  auto bad = [&](const std::string& what) {
    return part_error(path, core::make_error(core::errc::kValidation,
                                             msg::xlsx_at_row(row, what)));
  };
  while (true) {
    auto ev = r.next();
    if (!ev) return part_error(path, ev.error());
    if (*ev == XmlReader::Event::kDone) break;
    std::string_view name = r.name();
    if (*ev == XmlReader::Event::kStart) {
      if (name == "sheetData") {
        in_sheet_data = true;
      } else if (in_sheet_data && name == "row") {
        if (in_row) return bad(msg::kXlsxNestedRow);
        in_row = true;
        std::size_t n = row + 1;
        if (const std::string* v = r.attribute("r")) {
          if (!parse_index(*v, n) || n == 0 || n > kMaxSheetRows) {
            return bad(msg::kXlsxRowNumberInvalid);
          }
        }
        if (n <= row) return bad(msg::kXlsxRowsOutOfOrder);
        if (n > kMaxSheetRows) return bad(msg::kXlsxRowNumberInvalid);
        row = n;
        next_col = 0;
        any_cell_in_row = false;
      } else if (in_row && name == "c") {
        if (in_cell) return bad(msg::kXlsxNestedCell);
        in_cell = true;
        cell.type = "n";
        cell.style = 0;
        cell.value.clear();
        cell.inline_text.clear();
        std::size_t col = next_col;
        if (const std::string* v = r.attribute("r")) {
          std::size_t ref_row = 0;
          if (!parse_cell_ref(*v, col, ref_row)) return bad(msg::kXlsxCellRefInvalid);
        }
        if (col >= kMaxSheetColumns || (any_cell_in_row && col < next_col)) {
          return bad(msg::kXlsxCellsOutOfOrder);
        }
        cell.col = col;
        next_col = col + 1;
        any_cell_in_row = true;
        if (const std::string* v = r.attribute("t")) cell.type = *v;
        if (const std::string* v = r.attribute("s")) {
          if (!parse_index(*v, cell.style)) cell.style = 0;
        }
      } else if (in_cell && name == "v") {
        in_v = true;
      } else if (in_cell && name == "is") {
        in_is = true;
      } else if (in_is && name == "rPh") {
        ++rph;
      } else if (in_is && rph == 0 && name == "t") {
        in_t = true;
      }
    } else if (*ev == XmlReader::Event::kText) {
      if (in_v) cell.value += r.text();
      if (in_t) cell.inline_text += r.text();
      if (cell.value.size() + cell.inline_text.size() > 2 * limits.max_cell_bytes + 64) {
        return core::make_error(core::errc::kTooLarge,
                                msg::cell_too_long(builder.where(static_cast<int>(row), cell.col), limits.max_cell_bytes));
      }
    } else if (*ev == XmlReader::Event::kEnd) {
      if (name == "sheetData") {
        in_sheet_data = false;
      } else if (in_row && !in_cell && name == "row") {
        in_row = false;
        THIDUA_TRY(builder.end_row(static_cast<int>(row)));
      } else if (in_cell && name == "c") {
        in_cell = in_v = in_is = in_t = false;
        rph = 0;
        std::string where = builder.where(static_cast<int>(row), cell.col);
        auto value = cell_value(ctx, cell, where);
        if (!value) return part_error(path, value.error());
        THIDUA_TRY(builder.add_cell(static_cast<int>(row), cell.col, *value));
      } else if (name == "v") {
        in_v = false;
      } else if (name == "is") {
        in_is = false;
      } else if (name == "rPh" && rph > 0) {
        --rph;
      } else if (name == "t") {
        in_t = false;
      }
    }
  }
  return builder.finish();
}

// Explains why an archive that is not a workbook was refused.
core::Error not_a_workbook(Package& pkg) {
  if (pkg.has("xl/workbook.bin")) {
    return core::make_error(core::errc::kUnsupported,
                            msg::kXlsbUnsupported);
  }
  if (pkg.has("mimetype") && pkg.has("content.xml")) {
    return core::make_error(core::errc::kUnsupported,
                            msg::kOdsUnsupported);
  }
  if (pkg.has("word/document.xml")) {
    return core::make_error(core::errc::kUnsupported,
                            msg::kWordNotSpreadsheet);
  }
  return core::make_error(core::errc::kUnsupported,
                          msg::kZipNotXlsx);
}

}  // namespace

core::Result<Table> read_xlsx(std::string_view bytes, const ReadLimits& limits, RowSink* sink) {
  if (bytes.size() > limits.max_bytes) {
    return core::make_error(core::errc::kTooLarge,
                            msg::file_too_large_max(size_text(limits.max_bytes)));
  }
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.empty() ? "" : bytes.data(),
                                               bytes.size(), 0, &zerr);
  if (src == nullptr) {
    zip_error_fini(&zerr);
    return damaged(msg::kZipUnreadable);
  }
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
  zip_error_fini(&zerr);
  if (za == nullptr) {
    zip_source_free(src);
    return damaged(msg::kZipTruncated);
  }
  Package pkg(za, limits.max_uncompressed);

  // The workbook part: named by the package relationships, else the default.
  std::string workbook_path;
  {
    auto root = pkg.read("_rels/.rels");
    if (!root) return root.error();
    if (*root) {
      auto rels = parse_relationships(**root);
      if (!rels) return part_error("_rels/.rels", rels.error());
      for (const auto& rel : *rels) {
        if (!rel.external && ends_with(rel.type, "/officeDocument")) {
          if (auto p = resolve_target("", rel.target)) workbook_path = *p;
          break;
        }
      }
    }
  }
  if (workbook_path.empty() || !pkg.has(workbook_path)) workbook_path = "xl/workbook.xml";
  auto workbook_xml = pkg.read(workbook_path);
  if (!workbook_xml) return workbook_xml.error();
  if (!*workbook_xml) return not_a_workbook(pkg);
  auto workbook = parse_workbook(**workbook_xml);
  if (!workbook) return part_error(workbook_path, workbook.error());
  if (workbook->sheet_rel_id.empty()) {
    return core::make_error(core::errc::kValidation, msg::kExcelNoSheet);
  }

  std::string rels_path = rels_path_of(workbook_path);
  auto rels_xml = pkg.read(rels_path);
  if (!rels_xml) return rels_xml.error();
  if (!*rels_xml) return damaged(msg::xlsx_part_missing(rels_path));
  auto rels = parse_relationships(**rels_xml);
  if (!rels) return part_error(rels_path, rels.error());

  std::string base = folder_of(workbook_path);
  std::string sheet_path, strings_path, styles_path;
  for (const auto& rel : *rels) {
    if (rel.external) continue;
    auto target = resolve_target(base, rel.target);
    if (!target) continue;
    if (rel.id == workbook->sheet_rel_id) {
      if (ends_with(rel.type, "/chartsheet")) {
        return core::make_error(core::errc::kValidation,
                                msg::kFirstSheetIsChart);
      }
      sheet_path = *target;
    } else if (ends_with(rel.type, "/sharedStrings") && strings_path.empty()) {
      strings_path = *target;
    } else if (ends_with(rel.type, "/styles") && styles_path.empty()) {
      styles_path = *target;
    }
  }
  if (sheet_path.empty()) return damaged(msg::kFirstSheetNotFound);

  SharedStrings strings;
  if (strings_path.empty()) strings_path = base + "sharedStrings.xml";
  {
    auto xml = pkg.read(strings_path);
    if (!xml) return xml.error();
    if (*xml) {
      auto parsed = parse_shared_strings(**xml, limits.max_rows * limits.max_columns + 1);
      if (!parsed) return part_error(strings_path, parsed.error());
      strings = std::move(*parsed);
    }
  }
  std::vector<NumberKind> styles;
  if (styles_path.empty()) styles_path = base + "styles.xml";
  {
    auto xml = pkg.read(styles_path);
    if (!xml) return xml.error();
    if (*xml) {
      auto parsed = parse_styles(**xml);
      if (!parsed) return part_error(styles_path, parsed.error());
      styles = std::move(*parsed);
    }
  }

  auto sheet_xml = pkg.read(sheet_path);
  if (!sheet_xml) return sheet_xml.error();
  if (!*sheet_xml) return damaged(msg::xlsx_sheet_missing(sheet_path));
  SheetContext ctx{strings, styles, workbook->date1904};
  return parse_sheet(sheet_path, **sheet_xml, ctx, limits, sink);
}

}  // namespace thidua::io
