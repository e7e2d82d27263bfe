// The kinds of spreadsheet import (people, units, a campaign's
// registrations, the award register's past, annual quality ratings,
// initiatives, disciplinary measures, long absences), each described once
// for both surfaces: the pages' two-step
// form (web/ui/import_pages.cc) and the API's four routes per kind
// (web/api/api_imports.cc) are generated from these descriptors. A kind
// scoped to a campaign takes the campaign's id as `scope`; the others ignore
// it. Every function checks the actor's rights itself.
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

struct ImportKind {
  std::string_view key;            // "people", "units", "registrations", "awards", "evaluations", "initiatives", "discipline", "absences"
  bool per_campaign = false;       // scope is a campaign id
  std::string_view template_file;  // the template's download name
  // The template's columns (key and heading); a problem's `field` is a key.
  const std::vector<ListColumn>& (*columns)();
  // Whether the actor may import this kind (into this campaign): kNotFound
  // for a campaign they do not see, kForbidden without the right anywhere.
  core::Status (*may_import)(const Services&, const core::Actor&, int64_t scope);
  core::Result<std::string> (*template_bytes)();
  // Stages an upload with its preview (app/import_pipeline.h).
  core::Result<ImportSummary> (*stage)(const Services&, const core::Actor&, int64_t scope, std::string_view bytes,
                                       const std::string& filename);
  // A page of the preview the actor staged.
  core::Result<ImportPage> (*page)(const Services&, const core::Actor&, int64_t scope, const std::string& token,
                                   bool only_problems, int page, int page_size);
  // Checks the staged file again and writes it in one transaction, or nothing.
  core::Result<int64_t> (*confirm)(const Services&, const core::Actor&, int64_t scope, const std::string& token,
                                   const RequestMeta&);
  // The shell's one pass without a preview (import_at_once), for the kinds
  // imported in bulk from the shell; nullptr: the shell stages and confirms.
  core::Result<ImportAtOnce> (*at_once)(const Services&, const core::Actor&, std::string_view bytes,
                                        const std::string& filename, const RequestMeta&, bool write) = nullptr;
};

const ImportKind& people_import_kind();
const ImportKind& units_import_kind();
const ImportKind& registrations_import_kind();
const ImportKind& awards_import_kind();
const ImportKind& evaluations_import_kind();
const ImportKind& initiatives_import_kind();
const ImportKind& discipline_import_kind();
const ImportKind& absences_import_kind();

}  // namespace thidua::app
