#include "core/absence.h"

#include "core/evaluation.h"
#include "core/messages_vi/person_facts.h"
#include "core/names.h"
#include "core/text_fields.h"
#include "core/utf8.h"

namespace thidua::core {

namespace msg = messages_vi;

namespace {

constexpr AbsenceReason kReasons[] = {AbsenceReason::kMaternity,     AbsenceReason::kInjuryOnDuty,
                                      AbsenceReason::kAssignedStudy, AbsenceReason::kSickness,
                                      AbsenceReason::kPersonal,      AbsenceReason::kOther};

}  // namespace

std::string_view absence_reason_code(AbsenceReason r) {
  switch (r) {
    case AbsenceReason::kMaternity:
      return "maternity";
    case AbsenceReason::kInjuryOnDuty:
      return "injury_on_duty";
    case AbsenceReason::kAssignedStudy:
      return "assigned_study";
    case AbsenceReason::kSickness:
      return "sickness";
    case AbsenceReason::kPersonal:
      return "personal";
    case AbsenceReason::kOther:
      return "other";
  }
  return "other";
}

std::string_view absence_reason_label(AbsenceReason r) {
  switch (r) {
    case AbsenceReason::kMaternity:
      return msg::kAbsenceMaternity;
    case AbsenceReason::kInjuryOnDuty:
      return msg::kAbsenceInjuryOnDuty;
    case AbsenceReason::kAssignedStudy:
      return msg::kAbsenceAssignedStudy;
    case AbsenceReason::kSickness:
      return msg::kAbsenceSickness;
    case AbsenceReason::kPersonal:
      return msg::kAbsencePersonal;
    case AbsenceReason::kOther:
      return msg::kAbsenceOther;
  }
  return msg::kAbsenceOther;
}

std::optional<AbsenceReason> read_absence_reason(std::string_view text) {
  const std::string f = fold(text);
  if (f.empty()) return std::nullopt;
  for (auto r : kReasons) {
    if (f == absence_reason_code(r) || f == fold(absence_reason_label(r))) return r;
  }
  if (f == "thai san") return AbsenceReason::kMaternity;
  if (f == "tai nan lao dong" || f == "bi thuong khi lam nhiem vu") return AbsenceReason::kInjuryOnDuty;
  if (f == "di hoc" || f == "cu di hoc") return AbsenceReason::kAssignedStudy;
  if (f == "om" || f == "om dau") return AbsenceReason::kSickness;
  if (f == "viec rieng" || f == "nghi khong luong" || f == "khong luong") return AbsenceReason::kPersonal;
  if (f == "khac") return AbsenceReason::kOther;
  return std::nullopt;
}



Status tidy_absence(Absence& a) { return tidy_line(a.note, "note", msg::kFactTextInvalid); }

Status validate_absence(const Absence& a, int this_year) {
  if (a.year < kFirstEvaluationYear || a.year > this_year) {
    return make_error(errc::kValidation, msg::fact_year_invalid(kFirstEvaluationYear, this_year), "year");
  }
  if (a.days < 1 || a.days > 366) return make_error(errc::kValidation, msg::kAbsenceDaysInvalid, "days");
  if (!is_valid_utf8(a.note) || utf8::length(a.note) > 1000) {
    return make_error(errc::kValidation, msg::kFactNoteTooLong, "note");
  }
  return {};
}

}  // namespace thidua::core
