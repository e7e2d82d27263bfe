#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"
#include "store/migrations.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_migrate(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db"}, err);
  if (!args) return fail(err), 2;
  auto db = open_db(args->get("db", default_db_url()), false, 1, true);
  if (!db) return 1;
  auto ran = store::migrate(*db);
  if (!ran.ok()) return fail(msg::migrate_failed(core::describe(ran.error())));
  std::cout << msg::kSchemaAtVersion << store::latest_version() << " (" << *ran << msg::kStepsJustRun;
  return 0;
}

}  // namespace thidua::cli
