// The import of individual registrations from a spreadsheet (unit officers),
// through the import pipeline (app/import_pipeline.h): stage with a preview,
// read the preview page by page, confirm.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/list_columns.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

// Columns of the template, in order: "Mã người", "Họ và tên", "Ngày sinh",
// "Chỉ tiêu" (one per line; "[2] ..." names the plan content served),
// "Nhiệm vụ tiêu biểu", "Tên sáng kiến", "Nội dung sáng kiến", "Hiệu quả dự
// kiến" (one initiative per row). A person is found by "Mã người" (the
// person's id in the system) or else by full name and birth date, among the
// people of the units the actor may submit for. Imported registrations are
// stored as submitted (the officer sends them to the unit head at once).
// The columns of the registrations' import template, in order, with their
// keys; registration_import_columns() are their headings.
const std::vector<ListColumn>& registration_import_list_columns();
const std::vector<std::string>& registration_import_columns();
core::Result<std::string> registration_import_template();

// Checks an upload and stages it with its preview (app/import_pipeline.h).
// Each chunk of rows costs three queries (people by id, by name, existing
// registrations), never one per row.
core::Result<ImportSummary> stage_registration_import(const Services& services, const core::Actor& actor,
                                                      int64_t campaign_id, std::string_view bytes,
                                                      const std::string& filename);

// A page of the preview staged by the actor for this campaign.
core::Result<ImportPage> registration_import_page(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const std::string& token, bool only_problems,
                                                  int page, int page_size);

// Re-checks the staged file and writes every row in one transaction, or none.
core::Result<int64_t> confirm_registration_import(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const std::string& token,
                                                  const RequestMeta& meta);

}  // namespace thidua::app
