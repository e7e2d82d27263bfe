#include "store/scope_sql.h"

#include <algorithm>

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

std::string scope_condition_unindexed(Engine engine, const std::string& column, const std::vector<std::string>& paths,
                                      Params& params) {
  if (engine == Engine::kPostgres) return scope_condition(column, paths, params);
  return scope_condition("+" + column, paths, params);
}

const char* join_left_first(Engine engine) { return engine == Engine::kSqlite ? "CROSS JOIN" : "JOIN"; }

bool scope_is_broad(const std::vector<std::string>& paths) {
  for (const auto& p : paths) {
    if (std::count(p.begin(), p.end(), '/') <= 2) return true;
  }
  return false;
}

std::vector<std::string> path_and_ancestors(const std::string& path) {
  std::vector<std::string> out;
  for (size_t i = 1; i < path.size(); ++i) {
    if (path[i] == '/') out.push_back(path.substr(0, i + 1));
  }
  return out;
}

}  // namespace thidua::store
