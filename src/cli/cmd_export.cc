#include <iostream>

#include "app/access.h"
#include "app/people.h"
#include "cli/args.h"
#include "cli/commands.h"

namespace thidua::cli {

int cmd_export(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "out", "q"}, err);
  if (!args) return fail(err), 2;
  if (args->positional.size() != 1 || args->positional[0] != "people" || !args->has("out")) {
    std::cerr << "Cách dùng: thidua export people --db URL --out TỆP.xlsx [--q \"tìm kiếm\"]\n";
    return 2;
  }
  auto svc = make_services(args->get("db", default_db_url()));
  if (!svc) return 1;
  app::PeopleFilter filter;
  filter.query = args->get("q");
  auto rows = app::export_people_xlsx(*svc->services, app::system_actor(), filter, args->get("out"));
  if (!rows.ok()) return fail(rows.error().message);
  std::cout << "Đã xuất " << *rows << " người ra " << args->get("out") << ".\n";
  return 0;
}

}  // namespace thidua::cli
