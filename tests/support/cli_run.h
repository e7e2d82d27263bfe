// Running the operator's command line (`thidua ...`, the binary of this
// build) from a test against a test site's database.
#pragma once

#include <string>

#include "support/test_server.h"

namespace thidua::test {

// The URL of the site's database, for the operator's CLI: the SQLite file the
// server has open, or the PostgreSQL test database on THIDUA_TEST_PG_URL's
// server. "" when it cannot be told.
std::string database_url(TestSite& site);

// `s` quoted for /bin/sh.
std::string shell_quote(const std::string& s);

struct CliRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs `command` through /bin/sh with stderr joined to stdout.
CliRun run_command(const std::string& command);

}  // namespace thidua::test
