#include <iostream>

#include "app/access.h"
#include "app/export_lists.h"
#include "app/people.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_export(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "out", "q"}, err);
  if (!args) return fail(err), 2;
  const std::string what = args->positional.size() == 1 ? args->positional[0] : "";
  if ((what != "people" && what != "units" && what != "users" && what != "audit") || !args->has("out")) {
    std::cerr << msg::kExportUsage;
    return 2;
  }
  auto svc = make_services(args->get("db", default_db_url()));
  if (!svc) return 1;
  const auto& s = *svc->services;
  const core::Actor system = app::system_actor();
  const std::string out = args->get("out");
  core::Result<int64_t> rows = int64_t{0};
  if (what == "people") {
    app::PeopleFilter filter;
    filter.query = args->get("q");
    rows = app::export_people_xlsx(s, system, filter, out);
  } else if (what == "units") {
    rows = app::export_units_xlsx(s, system, out);
  } else if (what == "users") {
    rows = app::export_users_xlsx(s, system, out);
  } else {
    rows = app::export_audit_xlsx(s, system, core::AuditFilter{}, out);
  }
  if (!rows.ok()) return fail(core::describe(rows.error()));
  std::cout << msg::exported_rows(*rows, out);
  return 0;
}

}  // namespace thidua::cli
