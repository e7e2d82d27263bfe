// The columns of the spreadsheet lists (exports, import templates): each
// column's heading (Vietnamese, as in the file) paired with a stable key
// that programs may rely on (the API names a column at fault by its key).
// One list per kind of row is the only place its columns are written down.
#pragma once

#include <string>
#include <vector>

namespace thidua::app {

struct ListColumn {
  std::string heading;  // Vietnamese, from the message catalogue
  std::string key;      // stable, ASCII, e.g. "full_name"
};

// The headings of `columns`, in order.
inline std::vector<std::string> headings_of(const std::vector<ListColumn>& columns) {
  std::vector<std::string> out;
  out.reserve(columns.size());
  for (const auto& c : columns) out.push_back(c.heading);
  return out;
}

}  // namespace thidua::app
