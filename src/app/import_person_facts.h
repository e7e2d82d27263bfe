// Recording the facts of a person's years the eligibility rules read, beside
// the ratings (app/import_evaluations.h), from XLSX or CSV on the import
// pipeline (app/import_pipeline.h): a paged preview, then every row in one
// transaction or none. Each row names one person ("Mã người", or "Họ và tên"
// with "Ngày sinh") among the people of units where the importer edits people
// (kEditPeople: unit officers and administrators; kForbidden otherwise).
//
//  - Initiatives and research topics: one row per author; the rows sharing a
//    title and a recognition decision number are one initiative and must
//    agree on its kind, scope, year, decision date and authority. An
//    initiative the decision already recognised is shown, never added again.
//  - Disciplinary measures: the measure, its decision's number and date, the
//    end of its period when the decision sets one. A person's decision
//    recorded already, or repeated in the file, is a problem of the row.
//  - Long absences: the year, the working days, the reason; one row per
//    person, year and reason (days added up beforehand).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/import_pipeline.h"
#include "app/list_columns.h"
#include "core/absence.h"
#include "core/authz.h"
#include "core/discipline.h"
#include "core/initiative.h"
#include "core/result.h"

namespace thidua::app {

const std::vector<ListColumn>& initiative_import_list_columns();
const std::vector<ListColumn>& discipline_import_list_columns();
const std::vector<ListColumn>& absence_import_list_columns();
core::Result<std::string> initiative_import_template();
core::Result<std::string> discipline_import_template();
core::Result<std::string> absence_import_template();

// kEditPeople somewhere, else kForbidden naming the import.
core::Status may_import_person_facts(const core::Actor& actor, const char* what);

core::Result<ImportSummary> stage_initiative_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& filename);
core::Result<ImportPage> initiative_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page, int page_size);
core::Result<int64_t> confirm_initiative_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta);

core::Result<ImportSummary> stage_discipline_import(const Services& services, const core::Actor& actor,
                                                    std::string_view bytes, const std::string& filename);
core::Result<ImportPage> discipline_import_page(const Services& services, const core::Actor& actor,
                                                const std::string& token, bool only_problems, int page, int page_size);
core::Result<int64_t> confirm_discipline_import(const Services& services, const core::Actor& actor,
                                                const std::string& token, const RequestMeta& meta);

core::Result<ImportSummary> stage_absence_import(const Services& services, const core::Actor& actor,
                                                 std::string_view bytes, const std::string& filename);
core::Result<ImportPage> absence_import_page(const Services& services, const core::Actor& actor,
                                             const std::string& token, bool only_problems, int page, int page_size);
core::Result<int64_t> confirm_absence_import(const Services& services, const core::Actor& actor,
                                             const std::string& token, const RequestMeta& meta);

// A person's records (the caller has been allowed to see the person:
// get_person), oldest first.
struct PersonFactRecords {
  std::vector<core::RecognisedInitiative> initiatives;
  std::vector<core::DisciplineRecord> discipline;
  std::vector<core::Absence> absences;
};
core::Result<PersonFactRecords> person_fact_records(const Services& services, int64_t person_id);

}  // namespace thidua::app
