#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"

namespace thidua::cli {

int cmd_backup(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "out"}, err);
  if (!args) return fail(err), 2;
  if (!args->has("out")) {
    std::cerr << "Cách dùng: thidua backup --db URL --out ĐƯỜNG_DẪN (tệp chưa tồn tại)\n";
    return 2;
  }
  auto db = open_db(args->get("db", default_db_url()), false, 1);
  if (!db) return 1;
  auto st = db->backup(args->get("out"));
  if (!st.ok()) return fail("sao lưu thất bại: " + st.error().message);
  std::cout << "Đã sao lưu vào " << args->get("out") << ".\n";
  return 0;
}

}  // namespace thidua::cli
