#include "cli/args.h"

#include <cstdlib>

#include "core/messages_vi/cli.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

std::string Args::get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

std::optional<Args> parse_args(int argc, char** argv, int first, const std::set<std::string>& flags,
                               const std::set<std::string>& valued, std::string& error) {
  Args a;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) {
      a.positional.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2), value;
    bool inline_value = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inline_value = true;
    }
    if (flags.count(name)) {
      a.options[name] = "1";
    } else if (valued.count(name)) {
      if (!inline_value) {
        if (i + 1 >= argc) {
          error = msg::option_missing_value(name);
          return std::nullopt;
        }
        value = argv[++i];
      }
      a.options[name] = value;
    } else {
      error = msg::option_unknown(name);
      return std::nullopt;
    }
  }
  return a;
}

std::string default_db_url() {
  const char* env = std::getenv("THIDUA_DB");
  return env && *env ? env : "sqlite:data/thidua.db";
}

}  // namespace thidua::cli
