#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "store/migrations.h"

namespace thidua::cli {

int cmd_migrate(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db"}, err);
  if (!args) return fail(err), 2;
  auto db = open_db(args->get("db", default_db_url()), false, 1);
  if (!db) return 1;
  auto ran = store::migrate(*db);
  if (!ran.ok()) return fail("nâng cấp lược đồ thất bại: " + ran.error().message);
  std::cout << "Lược đồ ở phiên bản " << store::latest_version() << " (" << *ran << " bước vừa chạy).\n";
  return 0;
}

}  // namespace thidua::cli
