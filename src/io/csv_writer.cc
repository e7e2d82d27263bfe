#include "io/csv_writer.h"

namespace thidua::io {

std::string csv_escape_row(const std::vector<std::string>& cells, char separator) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += separator;
    std::string cell;
    const std::string& raw = cells[i];
    if (!raw.empty() && (raw[0] == '=' || raw[0] == '+' || raw[0] == '-' || raw[0] == '@' ||
                         raw[0] == '\t' || raw[0] == '\r')) {
      cell = "'" + raw;
    } else {
      cell = raw;
    }
    bool quote = cell.find_first_of(std::string{separator, '"', '\r', '\n'}) != std::string::npos ||
                 (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
    if (!quote) {
      out += cell;
      continue;
    }
    out += '"';
    for (char c : cell) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
  return out;
}

}  // namespace thidua::io
