// Bulk import of organisation units from CSV or XLSX, with the same two steps
// as people: a preview listing every row's errors, then an all-or-nothing
// write on confirmation. A row's parent is an existing unit or a unit on an
// earlier row of the same file, named by its code.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/import_staging.h"
#include "app/list_columns.h"
#include "core/authz.h"
#include "core/org.h"
#include "core/result.h"

namespace thidua::app {

// Checks an upload (kEditOrg on every parent; a root unit needs the system
// actor) and stages it with its preview (app/import_pipeline.h).
core::Result<ImportSummary> stage_units_import(const Services& services, const core::Actor& actor,
                                               std::string_view bytes, const std::string& filename);

// A page of the preview staged by the actor (import_page()).
core::Result<ImportPage> units_import_page(const Services& services, const core::Actor& actor,
                                           const std::string& token, bool only_problems, int page, int page_size);

// Re-checks the staged upload and writes every unit in one transaction, each
// audited. Returns the number of units written.
core::Result<int64_t> confirm_units_import(const Services& services, const core::Actor& actor,
                                           const std::string& token, const RequestMeta& meta);

// The columns of unit lists (export and import template), in order, with
// their keys; unit_columns() are their headings.
const std::vector<ListColumn>& unit_list_columns();
const std::vector<std::string>& unit_columns();

// The XLSX template offered for download.
core::Result<std::string> units_import_template();

}  // namespace thidua::app
