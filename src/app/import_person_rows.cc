#include "app/import_person_rows.h"

#include "core/messages_vi/person_facts.h"

namespace thidua::app {

std::string read_year_cell(const std::string& cell, int& year) {
  if (cell.empty()) return std::string();
  if (cell.size() != 4 || !std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return core::messages_vi::fact_not_a_year(cell);
  }
  year = std::stoi(cell);
  return std::string();
}

core::Status may_import_person_rows(const core::Actor& actor, const char* what) {
  if (!permits_somewhere(actor, core::Action::kEditPeople)) return forbidden(what);
  return {};
}

core::Result<ImportPage> person_rows_page(const Services& services, const core::Actor& actor, std::string_view kind,
                                          const char* what, const std::string& token, bool only_problems, int page,
                                          int page_size) {
  THIDUA_TRY(may_import_person_rows(actor, what));
  return import_page(services, actor.user_id, kind, token, only_problems, page, page_size);
}

}  // namespace thidua::app
