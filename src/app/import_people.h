// Bulk import of people from CSV or XLSX, on the import pipeline
// (app/import_pipeline.h): a paged preview lists every row with its errors
// (row, column, reason, in Vietnamese); nothing is written until the user
// confirms, and then all rows are written in one transaction or none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/import_staging.h"
#include "core/authz.h"
#include "core/person.h"
#include "core/result.h"

namespace thidua::app {

// Checks an upload and stages it with its preview (app/import_pipeline.h).
// The actor needs kImportPeople somewhere; each row's unit is checked
// against kImportPeople there (a unit the actor cannot see reads as unknown).
core::Result<ImportSummary> stage_people_import(const Services& services, const core::Actor& actor,
                                                std::string_view bytes, const std::string& filename);

// A page of the preview staged by the actor (import_page()).
core::Result<ImportPage> people_import_page(const Services& services, const core::Actor& actor,
                                            const std::string& token, bool only_problems, int page, int page_size);

// Re-reads the staged upload, re-checks it (the data may have changed), and
// writes every row in one transaction, each audited. Returns rows written.
// Fails with kImportHasErrors when any row has an issue, kImportNotFound for
// an unknown or expired token or one staged by another user.
core::Result<int64_t> confirm_people_import(const Services& services, const core::Actor& actor,
                                            const std::string& token, const RequestMeta& meta);

// Parses a date as written in Vietnamese spreadsheets (31/12/1980, 31-12-1980,
// 31.12.1980) or ISO (1980-12-31). Returns ISO or "" when not a date.
std::string parse_vietnamese_date(std::string_view text);

// The XLSX template offered for download: headings and one example row.
core::Result<std::string> people_import_template();

}  // namespace thidua::app
