#include "core/discipline.h"

#include "core/messages_vi/person_facts.h"
#include "core/names.h"
#include "core/org.h"
#include "core/text_fields.h"
#include "core/utf8.h"

namespace thidua::core {

namespace msg = messages_vi;

namespace {

constexpr DisciplineMeasure kMeasures[] = {DisciplineMeasure::kReprimand,       DisciplineMeasure::kWarning,
                                           DisciplineMeasure::kSalaryReduction, DisciplineMeasure::kDemotion,
                                           DisciplineMeasure::kRemoval,         DisciplineMeasure::kDismissal};

}  // namespace

std::string_view discipline_measure_code(DisciplineMeasure m) {
  switch (m) {
    case DisciplineMeasure::kReprimand:
      return "reprimand";
    case DisciplineMeasure::kWarning:
      return "warning";
    case DisciplineMeasure::kSalaryReduction:
      return "salary_reduction";
    case DisciplineMeasure::kDemotion:
      return "demotion";
    case DisciplineMeasure::kRemoval:
      return "removal";
    case DisciplineMeasure::kDismissal:
      return "dismissal";
  }
  return "reprimand";
}

std::string_view discipline_measure_label(DisciplineMeasure m) {
  switch (m) {
    case DisciplineMeasure::kReprimand:
      return msg::kMeasureLabelReprimand;
    case DisciplineMeasure::kWarning:
      return msg::kMeasureLabelWarning;
    case DisciplineMeasure::kSalaryReduction:
      return msg::kMeasureLabelSalaryReduction;
    case DisciplineMeasure::kDemotion:
      return msg::kMeasureLabelDemotion;
    case DisciplineMeasure::kRemoval:
      return msg::kMeasureLabelRemoval;
    case DisciplineMeasure::kDismissal:
      return msg::kMeasureLabelDismissal;
  }
  return msg::kMeasureLabelReprimand;
}

std::optional<DisciplineMeasure> read_discipline_measure(std::string_view text) {
  const std::string f = fold(text);
  if (f.empty()) return std::nullopt;
  for (auto m : kMeasures) {
    if (f == discipline_measure_code(m) || f == fold(discipline_measure_label(m))) return m;
  }
  return std::nullopt;
}

DisciplineMeasure discipline_measure_of(int severity) {
  if (severity <= 1) return DisciplineMeasure::kReprimand;
  if (severity >= kMaxDisciplineSeverity) return DisciplineMeasure::kDismissal;
  return static_cast<DisciplineMeasure>(severity);
}

int DisciplineRecord::first_year() const { return decided_on.size() >= 4 ? std::stoi(decided_on.substr(0, 4)) : 0; }

int DisciplineRecord::last_year() const {
  if (ends_on.size() >= 4) return std::stoi(ends_on.substr(0, 4));
  // Twelve months from the decision end in its year only when it was taken on 1 January.
  return decided_on.size() >= 10 && decided_on.compare(5, 5, "01-01") == 0 ? first_year() : first_year() + 1;
}



Status tidy_discipline(DisciplineRecord& d) {
  THIDUA_TRY(tidy_line(d.decision_number, "decision_number", msg::kFactTextInvalid));
  THIDUA_TRY(tidy_line(d.authority, "authority", msg::kFactTextInvalid));
  THIDUA_TRY(tidy_line(d.note, "note", msg::kFactTextInvalid));
  return {};
}

Status validate_discipline(const DisciplineRecord& d, std::string_view today) {
  if (!is_iso_date(d.decided_on) || d.decided_on < "1990-01-01" || d.decided_on > today) {
    return make_error(errc::kValidation, msg::kDisciplineDateInvalid, "decided_on");
  }
  if (!d.ends_on.empty() && (!is_iso_date(d.ends_on) || d.ends_on < d.decided_on)) {
    return make_error(errc::kValidation, msg::kDisciplineEndInvalid, "ends_on");
  }
  const auto len = [](const std::string& s) { return is_valid_utf8(s) ? utf8::length(s) : size_t{100000}; };
  if (d.decision_number.empty() || len(d.decision_number) > 100) {
    return make_error(errc::kValidation, msg::kDisciplineDecisionInvalid, "decision_number");
  }
  if (len(d.authority) > 300) return make_error(errc::kValidation, msg::kDisciplineAuthorityTooLong, "authority");
  if (len(d.note) > 1000) return make_error(errc::kValidation, msg::kFactNoteTooLong, "note");
  return {};
}

}  // namespace thidua::core
