#include "support/cli_run.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>

namespace thidua::test {

std::string database_url(TestSite& site) {
  auto conn = site.db().acquire();
  if (site.db().engine() == store::Engine::kSqlite) {
    auto rows = conn->query("PRAGMA database_list");
    if (!rows.ok()) return "";
    for (const auto& r : *rows) {
      if (r.str(1) == "main" && !r.str(2).empty()) return "sqlite:" + r.str(2);
    }
    return "";
  }
  auto name = conn->query("SELECT current_database()");
  const char* server = std::getenv("THIDUA_TEST_PG_URL");
  if (!name.ok() || name->empty() || server == nullptr) return "";
  // The server URL with its database (the path) replaced, as test_db.cc does.
  const std::string url = server;
  const size_t scheme = url.find("://");
  const size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  size_t slash = url.find('/', start);
  const size_t query = url.find('?', start);
  if (slash == std::string::npos || (query != std::string::npos && query < slash)) slash = query;
  const std::string base = slash == std::string::npos ? url : url.substr(0, slash);
  const std::string rest = query == std::string::npos ? std::string() : url.substr(query);
  return base + "/" + name->rows[0].str(0) + rest;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

CliRun run_command(const std::string& command) {
  CliRun run;
  const std::string cmd = command + " 2>&1";
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (pipe == nullptr) return run;
  std::array<char, 4096> buf{};
  size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) run.output.append(buf.data(), n);
  const int status = ::pclose(pipe);
  if (status != -1 && WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
  return run;
}

}  // namespace thidua::test
