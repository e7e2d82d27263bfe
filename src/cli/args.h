// Command-line arguments of the subcommands: positional words and
// `--name value` / `--name=value` / `--flag` options. Unknown options are errors.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace thidua::cli {

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // flags map to "1"

  std::string get(const std::string& name, const std::string& fallback = "") const;
  bool has(const std::string& name) const { return options.count(name) > 0; }
};

// Parses argv[first..]; `flags` are options that take no value. Returns the
// error text (Vietnamese) in `error` on failure.
std::optional<Args> parse_args(int argc, char** argv, int first, const std::set<std::string>& flags,
                               const std::set<std::string>& valued, std::string& error);

// Default database URL: $THIDUA_DB or sqlite:data/thidua.db.
std::string default_db_url();

}  // namespace thidua::cli
