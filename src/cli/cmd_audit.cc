#include <iostream>

#include "app/access.h"
#include "app/audit.h"
#include "cli/args.h"
#include "cli/commands.h"

namespace thidua::cli {

int cmd_audit(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "limit", "entity", "entity-id"}, err);
  if (!args) return fail(err), 2;
  if (args->positional.size() != 1) {
    std::cerr << "Cách dùng: thidua audit verify|list --db URL [--limit N] [--entity person --entity-id 12]\n";
    return 2;
  }
  auto svc = make_services(args->get("db", default_db_url()));
  if (!svc) return 1;
  if (args->positional[0] == "verify") {
    auto v = app::verify_audit_chain(*svc->db);
    if (!v.ok()) return fail(v.error().message);
    if (!v->ok) {
      std::cout << "NHẬT KÝ BỊ SỬA ĐỔI: " << v->problem << "\n";
      return 1;
    }
    std::cout << "Nhật ký toàn vẹn: " << v->entries << " mục, chuỗi băm khớp.\n";
    return 0;
  }
  if (args->positional[0] == "list") {
    store::AuditFilter f;
    f.entity = args->get("entity");
    f.entity_id = args->get("entity-id");
    try {
      f.limit = std::stoi(args->get("limit", "50"));
    } catch (const std::exception&) {
      return fail("--limit phải là số."), 2;
    }
    auto rows = app::browse_audit(*svc->services, app::system_actor(), f);
    if (!rows.ok()) return fail(rows.error().message);
    for (const auto& r : *rows) {
      std::cout << r.seq << "\t" << r.at << "\t" << (r.actor_name.empty() ? "-" : r.actor_name) << "\t" << r.action
                << "\t" << r.entity << ":" << r.entity_id << "\n";
    }
    return 0;
  }
  std::cerr << "Lệnh audit không hợp lệ: " << args->positional[0] << "\n";
  return 2;
}

}  // namespace thidua::cli
