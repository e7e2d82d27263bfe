// Disciplinary measures (kỷ luật) against civil servants and public
// employees: a person disciplined at a given level within a period is not
// considered for some titles (legal.md §6). A measure counts from the date
// of its decision to the end of its period (the decision's date alone when
// the record gives none). Value types and rules only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::core {

// Lightest first; the value is the measure's severity (1–6), the number a
// rule names ("cảnh cáo trở lên" is 2).
enum class DisciplineMeasure {
  kReprimand = 1,        // khiển trách
  kWarning = 2,          // cảnh cáo
  kSalaryReduction = 3,  // hạ bậc lương
  kDemotion = 4,         // giáng chức
  kRemoval = 5,          // cách chức
  kDismissal = 6,        // buộc thôi việc
};
inline constexpr int kMaxDisciplineSeverity = 6;
std::string_view discipline_measure_code(DisciplineMeasure m);   // "reprimand", "warning", ...
std::string_view discipline_measure_label(DisciplineMeasure m);  // "Khiển trách", "Cảnh cáo", ...
// A code or a label, regardless of case and diacritics.
std::optional<DisciplineMeasure> read_discipline_measure(std::string_view text);
// The measure of a severity in [1, 6]; kReprimand below, kDismissal above.
DisciplineMeasure discipline_measure_of(int severity);

struct DisciplineRecord {
  int64_t id = 0;
  int64_t person_id = 0;
  DisciplineMeasure measure = DisciplineMeasure::kReprimand;
  std::string decided_on;       // ISO: the decision's date, where the period starts
  std::string ends_on;          // ISO: the period's end; "" when the record gives none
  std::string decision_number;  // "05/QĐ-STNMT"
  std::string authority;        // who decided
  std::string note;
  std::string created_at;
  // The years the measure counts in: from decided_on's to ends_on's; when the
  // record gives no end, twelve months from the decision (the period a
  // reprimand or a warning is in force, to confirm against the law).
  int first_year() const;
  int last_year() const;
};

// Checks a measure before it is recorded: decided_on an ISO date in
// [1990-01-01, today]; ends_on, when set, an ISO date not before it; a
// decision number (1–100 characters); an authority and a note of at most
// 300 and 1000 characters. kValidation naming the field.
Status validate_discipline(const DisciplineRecord& d, std::string_view today);

// Tidies what a person types (decision number, authority, note) as
// tidy_initiative does; kValidation naming the field.
Status tidy_discipline(DisciplineRecord& d);

}  // namespace thidua::core
