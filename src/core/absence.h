// Long absences in a year (nghỉ việc dài ngày) with their reason: Lao động
// tiên tiến is not given to a person absent 40 working days or more in the
// year, except for the leave the decree counts as work (maternity, injury on
// duty, study the agency sent them to; legal.md §6). Which reasons count is
// the rule's data; this file holds the reasons and the records.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::core {

enum class AbsenceReason {
  kMaternity,      // nghỉ thai sản
  kInjuryOnDuty,   // tai nạn lao động, bị thương khi làm nhiệm vụ
  kAssignedStudy,  // đi học, bồi dưỡng theo quyết định cử đi
  kSickness,       // ốm đau
  kPersonal,       // việc riêng, nghỉ không lương
  kOther,          // lý do khác
};
std::string_view absence_reason_code(AbsenceReason r);   // "maternity", "injury_on_duty", ...
std::string_view absence_reason_label(AbsenceReason r);  // "Nghỉ thai sản", ...
// A code or a label, regardless of case and diacritics ("thai sản", "ốm").
std::optional<AbsenceReason> read_absence_reason(std::string_view text);

struct Absence {
  int64_t id = 0;
  int64_t person_id = 0;
  int year = 0;
  int days = 0;  // working days
  AbsenceReason reason = AbsenceReason::kOther;
  std::string note;
  std::string created_at;
};

// Checks an absence before it is recorded: the year within [1990,
// this_year]; 1 to 366 days; a note of at most 1000 characters. kValidation
// naming the field (year, days, note).
Status validate_absence(const Absence& a, int this_year);

// Tidies the note a person types as tidy_initiative does; kValidation on "note".
Status tidy_absence(Absence& a);

}  // namespace thidua::core
