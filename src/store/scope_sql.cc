#include "store/scope_sql.h"

namespace thidua::store {

std::string prefix_upper_bound(const std::string& prefix) {
  std::string upper = prefix;
  while (!upper.empty()) {
    unsigned char last = static_cast<unsigned char>(upper.back());
    if (last < 0x7E) {
      upper.back() = static_cast<char>(last + 1);
      return upper;
    }
    upper.pop_back();
  }
  return "~~~~";
}

std::string scope_condition(const std::string& column, const std::vector<std::string>& paths, Params& params) {
  if (paths.empty()) return "1=0";
  std::string sql = "(";
  for (size_t i = 0; i < paths.size(); ++i) {
    if (i) sql += " OR ";
    sql += "(" + column + " >= ? AND " + column + " < ?)";
    params.emplace_back(paths[i]);
    params.emplace_back(prefix_upper_bound(paths[i]));
  }
  return sql + ")";
}

}  // namespace thidua::store
