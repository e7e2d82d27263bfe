// Bulk import of people from CSV or XLSX: a preview lists every row with its
// errors (row, column, reason, in Vietnamese); nothing is written until the
// user confirms, and then all rows are written in one transaction or none.
// The upload waits between the two steps in data_dir/imports/, bound to the
// user who staged it, for at most a day.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/import_staging.h"
#include "core/authz.h"
#include "core/person.h"
#include "core/result.h"

namespace thidua::app {


struct ImportRow {
  int row = 0;
  core::Person person;
  std::string unit_code;
  bool ok = true;
};

struct ImportPreview {
  std::string token;               // pass to confirm_people_import()
  std::string filename;
  std::vector<ImportRow> rows;
  std::vector<ImportIssue> issues; // every problem found; empty → confirmable
  bool confirmable() const { return issues.empty() && !rows.empty(); }
};

// Parses and checks an upload, stages it, and returns the preview. The actor
// needs kImportPeople on every target unit (checked per row).
core::Result<ImportPreview> stage_people_import(const Services& services, const core::Actor& actor,
                                                std::string_view bytes, const std::string& filename);

// Re-reads the staged upload, re-checks it (the data may have changed), and
// writes every row in one transaction, each audited. Returns rows written.
// Fails with kValidation when any row has an issue, kNotFound for an unknown
// or expired token or one staged by another user.
core::Result<int64_t> confirm_people_import(const Services& services, const core::Actor& actor,
                                            const std::string& token, const RequestMeta& meta);

// Parses a date as written in Vietnamese spreadsheets (31/12/1980, 31-12-1980,
// 31.12.1980) or ISO (1980-12-31). Returns ISO or "" when not a date.
std::string parse_vietnamese_date(std::string_view text);

// The XLSX template offered for download: headings and one example row.
core::Result<std::string> people_import_template();

}  // namespace thidua::app
