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

}  // namespace thidua::app
