#include <iostream>

#include "app/access.h"
#include "app/audit.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/messages_vi/cli.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_audit(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "limit", "entity", "entity-id"}, err);
  if (!args) return fail(err), 2;
  if (args->positional.size() != 1) {
    std::cerr << msg::kAuditUsage;
    return 2;
  }
  auto svc = make_services(args->get("db", default_db_url()));
  if (!svc) return 1;
  if (args->positional[0] == "verify") {
    auto v = app::verify_audit_chain(*svc->db);
    if (!v.ok()) return fail(core::describe(v.error()));
    if (!v->ok) {
      std::cout << msg::kAuditTampered << v->problem << "\n";
      return 1;
    }
    std::cout << msg::kAuditIntact << v->entries << msg::kAuditIntactEntries;
    return 0;
  }
  if (args->positional[0] == "list") {
    core::AuditFilter f;
    f.entity = args->get("entity");
    f.entity_id = args->get("entity-id");
    try {
      f.limit = std::stoi(args->get("limit", "50"));
    } catch (const std::exception&) {
      return fail(msg::kLimitNotNumber), 2;
    }
    auto rows = app::browse_audit(*svc->services, app::system_actor(), f);
    if (!rows.ok()) return fail(core::describe(rows.error()));
    for (const auto& r : *rows) {
      std::cout << r.seq << "\t" << r.at << "\t" << (r.actor_name.empty() ? "-" : r.actor_name) << "\t" << r.action
                << "\t" << r.entity << ":" << r.entity_id << "\n";
    }
    return 0;
  }
  std::cerr << msg::kAuditCommandUnknown << args->positional[0] << "\n";
  return 2;
}

}  // namespace thidua::cli
