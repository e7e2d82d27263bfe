// Recording civil servants' annual quality ratings (xếp loại chất lượng)
// from XLSX or CSV, on the import pipeline (app/import_pipeline.h): a paged
// preview, then every row in one transaction or none.
//
// One row is one person's rating for one year: "Mã người", or "Họ và tên"
// with "Ngày sinh" (app/import_person_match.h), among the people of units
// where the importer edits people (kEditPeople: unit officers and
// administrators); "Năm"; "Xếp loại" (the four ratings, or their short
// forms); optionally "Ngày xếp loại" and "Ghi chú". A person is rated once a
// year: a rating already recorded, or a repeat of an earlier row, is a
// problem of the row.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/list_columns.h"
#include "core/authz.h"
#include "core/evaluation.h"
#include "core/result.h"

namespace thidua::app {

const std::vector<ListColumn>& evaluation_import_list_columns();
core::Result<std::string> evaluation_import_template();

// kEditPeople somewhere, else kForbidden.
core::Status may_import_evaluations(const core::Actor& actor);

core::Result<ImportSummary> stage_evaluation_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& filename);
core::Result<ImportPage> evaluation_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page,
                                                int page_size);
core::Result<int64_t> confirm_evaluation_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta);

// The ratings of a person the caller has been allowed to see (get_person), oldest first.
core::Result<std::vector<core::Evaluation>> person_evaluations(const Services& services, int64_t person_id);

}  // namespace thidua::app
