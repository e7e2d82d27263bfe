#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_backup(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "out"}, err);
  if (!args) return fail(err), 2;
  if (!args->has("out")) {
    std::cerr << msg::kBackupUsage;
    return 2;
  }
  auto db = open_db(args->get("db", default_db_url()), false, 1);
  if (!db) return 1;
  auto st = db->backup(args->get("out"));
  if (!st.ok()) return fail(msg::backup_failed(core::describe(st.error())));
  std::cout << msg::kBackedUpTo << args->get("out") << ".\n";
  return 0;
}

}  // namespace thidua::cli
