#include "core/fact_year.h"

#include "core/messages_vi/person_facts.h"

namespace thidua::core {

std::string_view fact_kind_code(FactKind k) {
  switch (k) {
    case FactKind::kTitles: return "titles";
    case FactKind::kInitiatives: return "initiatives";
    case FactKind::kDiscipline: return "discipline";
    case FactKind::kAbsences: return "absences";
  }
  return "initiatives";
}

std::string_view fact_kind_label(FactKind k) {
  switch (k) {
    case FactKind::kTitles: return messages_vi::kFactKindTitles;
    case FactKind::kInitiatives: return messages_vi::kFactKindInitiatives;
    case FactKind::kDiscipline: return messages_vi::kFactKindDiscipline;
    case FactKind::kAbsences: return messages_vi::kFactKindAbsences;
  }
  return messages_vi::kFactKindInitiatives;
}

std::optional<FactKind> read_fact_kind(std::string_view code) {
  for (auto k : kFactKinds) {
    if (code == fact_kind_code(k)) return k;
  }
  return std::nullopt;
}

}  // namespace thidua::core
