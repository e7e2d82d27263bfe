// Recording the agency's past in the award register (sổ khen thưởng) from
// XLSX or CSV, on the import pipeline (app/import_pipeline.h): a paged
// preview lists every row with its problems; nothing is written until the
// user confirms, and then every row in one transaction, or none.
//
// One row is one award of one person ("Cá nhân": "Mã người", or "Họ và tên"
// with "Ngày sinh", among the people of the units the actor keeps the
// register for; "Mã đơn vị" may name the unit they were in) or one collective
// ("Tập thể": "Mã đơn vị"; the entry carries the unit's name in force on the
// decision's date). Required: the award, the year of achievement, the
// decision's number and date, the granting authority. A row recording an
// award already in the register, or repeating an earlier row of the file, is
// a problem of that row (named), never added twice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/list_columns.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

// The template's columns, in order, with their keys.
const std::vector<ListColumn>& award_import_list_columns();
core::Result<std::string> award_import_template();

// Who may record the past: kDraftDecisions (the emulation office) somewhere;
// each row's unit must lie in that scope.
core::Status may_import_awards(const core::Actor& actor);

core::Result<ImportSummary> stage_award_import(const Services& services, const core::Actor& actor,
                                               std::string_view bytes, const std::string& filename);
core::Result<ImportPage> award_import_page(const Services& services, const core::Actor& actor,
                                           const std::string& token, bool only_problems, int page, int page_size);
// Re-checks the staged file against today's register and writes every row,
// each audited, in one transaction; or none (kImportHasErrors).
core::Result<int64_t> confirm_award_import(const Services& services, const core::Actor& actor,
                                           const std::string& token, const RequestMeta& meta);
// The shell's one pass (app/import_pipeline.h import_at_once): checked and
// written at once, or nothing with the problems listed.
core::Result<ImportAtOnce> import_awards_at_once(const Services& services, const core::Actor& actor,
                                                 std::string_view bytes, const std::string& filename,
                                                 const RequestMeta& meta, bool write);

}  // namespace thidua::app
