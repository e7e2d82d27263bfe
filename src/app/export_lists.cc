#include "app/export_lists.h"

#include <map>

#include "app/access.h"
#include "app/audit.h"
#include "app/import_units.h"
#include "app/org.h"
#include "app/users.h"
#include "core/messages_vi/access.h"
#include "core/messages_vi/accounts.h"
#include "core/messages_vi/exports.h"
#include "core/messages_vi/org.h"
#include "io/xlsx_writer.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Result<int64_t> export_units_xlsx(const Services& services, const core::Actor& actor, const std::string& path) {
  if (!permits_somewhere(actor, core::Action::kExportLists)) return forbidden(msg::kActionExportLists);
  auto nodes = browse_units(services, actor);
  if (!nodes.ok()) return nodes.error();
  std::map<int64_t, std::string> code_of;
  for (const auto& n : *nodes) code_of[n.unit.id] = n.unit.code;
  auto code = [&](const std::optional<int64_t>& id) {
    return id && code_of.count(*id) ? code_of[*id] : std::string();
  };
  auto writer = io::XlsxWriter::create(path, msg::kSheetUnits);
  if (!writer.ok()) return writer.error();
  std::vector<std::string> header = unit_columns();
  header.push_back(msg::kColPeopleCount);
  THIDUA_TRY(writer->header(header));
  int64_t rows = 0;
  for (const auto& n : *nodes) {
    const auto& u = n.unit;
    THIDUA_TRY(writer->row({u.code, u.name, u.short_name, std::string(core::unit_kind_label(u.kind)),
                            code(u.parent_id), u.host_agency, u.valid_from, u.valid_to, code(u.successor_id),
                            std::to_string(n.people)}));
    ++rows;
  }
  THIDUA_TRY(writer->close());
  return rows;
}

core::Result<int64_t> export_users_xlsx(const Services& services, const core::Actor& actor, const std::string& path) {
  if (!permits_somewhere(actor, core::Action::kManageUsers)) return forbidden(msg::kActionExportAccounts);
  auto writer = io::XlsxWriter::create(path, msg::kSheetAccounts);
  if (!writer.ok()) return writer.error();
  THIDUA_TRY(writer->header({msg::kColUsername, msg::kColDisplayName, msg::kColAccountState, msg::kColRoles,
                             msg::kColLastLogin}));
  int64_t rows = 0;
  std::string after;
  do {
    auto page = list_users(services, actor, after, 200);
    if (!page.ok()) return page.error();
    for (const auto& u : page->users) {
      std::string roles;
      for (const auto& g : u.grants) {
        if (!roles.empty()) roles += "; ";
        roles += std::string(core::role_label(g.role)) + " — " + g.unit_name;
      }
      THIDUA_TRY(writer->row({u.user.username, u.user.display_name, u.user.disabled ? msg::kAccountStateDisabled : msg::kAccountStateActive, roles,
                              u.user.last_login_at}));
      ++rows;
    }
    after = page->next_after;
  } while (!after.empty());
  THIDUA_TRY(writer->close());
  return rows;
}

core::Result<int64_t> export_audit_xlsx(const Services& services, const core::Actor& actor,
                                        core::AuditFilter filter, const std::string& path) {
  if (!may_browse_audit(actor) ||
      !permits_somewhere(actor, core::Action::kExportLists)) {
    return forbidden(msg::kActionExportAudit);
  }
  auto writer = io::XlsxWriter::create(path, msg::kSheetAudit);
  if (!writer.ok()) return writer.error();
  THIDUA_TRY(writer->header({msg::kColAuditSeq, msg::kColAuditAt, msg::kColAuditActor, msg::kColAuditAction,
                             msg::kColAuditEntity, msg::kColAuditEntityId, msg::kColAuditBefore,
                             msg::kColAuditAfter, msg::kColAuditIp, msg::kColAuditHash}));
  int64_t rows = 0;
  filter.limit = 1000;
  filter.before_seq.reset();
  while (true) {
    auto batch = browse_audit(services, actor, filter);
    if (!batch.ok()) return batch.error();
    for (const auto& r : *batch) {
      THIDUA_TRY(writer->row({std::to_string(r.seq), r.at, r.actor_name, r.action, r.entity, r.entity_id,
                              r.before_json.value_or(""), r.after_json.value_or(""), r.ip, r.hash}));
      ++rows;
    }
    if (static_cast<int>(batch->size()) < filter.limit) break;
    filter.before_seq = batch->back().seq;
  }
  THIDUA_TRY(writer->close());
  return rows;
}

}  // namespace thidua::app
