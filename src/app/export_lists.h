// XLSX exports of the lists other than people (which app/people.h exports):
// units, accounts, and the audit trail. Each checks the same permission as
// the list on screen plus core::Action::kExportLists, writes to `path` with
// bounded memory, and returns the number of rows written.
#pragma once

#include <string>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/audit_log.h"

namespace thidua::app {

core::Result<int64_t> export_units_xlsx(const Services& services, const core::Actor& actor, const std::string& path);
core::Result<int64_t> export_users_xlsx(const Services& services, const core::Actor& actor, const std::string& path);
// Newest first, all entries matching the filter (its limit and before_seq are ignored).
core::Result<int64_t> export_audit_xlsx(const Services& services, const core::Actor& actor,
                                        core::AuditFilter filter, const std::string& path);

}  // namespace thidua::app
