// Use case: a person's recognised initiative, disciplinary measure or long
// absence typed one at a time, on the person's page or through the API
// (issue 11 #2, "imported from XLSX or typed"), beside the imports of many
// (app/import_person_facts.h) and the rating typed (app/person_rating.h).
//
// Who: those who keep the person's records (kEditPeople on the person's
// unit), never for themselves (kOwnRecord); kNotFound for a person the actor
// does not see. Each is checked as an import row is (core validate_*, text
// tidied) and audited in its transaction.
//  - An initiative: kind and scope (codes or labels), title, year of its
//    recognition, the recognising decision's number, date and authority, the
//    person its author. When that decision already recognised an initiative
//    of that title (case and diacritics aside), the person is added to its
//    authors, the initiative staying as recorded (what else was typed is
//    not used); kConflict when they are one already.
//  - A measure: kConflict when the person's measure of that decision is
//    recorded already.
//  - An absence: one per person, year and reason; typing one again replaces
//    its days and note (a correction), the audit keeping the value before.
#pragma once

#include <cstdint>
#include <string>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

struct InitiativeEntry {
  std::string kind;   // core::InitiativeKind code or label
  std::string title;
  std::string scope;  // core::InitiativeScope code or label
  int year = 0;
  std::string decision_number;
  std::string decision_date;  // ISO
  std::string authority;
};
// Returns the initiative's id. kValidation naming kind, scope, title, year,
// decision_number, decision_date or authority.
core::Result<int64_t> record_person_initiative(const Services& services, const core::Actor& actor,
                                               int64_t person_id, InitiativeEntry entry, const RequestMeta& meta);

struct DisciplineEntry {
  std::string measure;      // core::DisciplineMeasure code or label
  std::string decided_on;   // ISO
  std::string ends_on;      // ISO or ""
  std::string decision_number;
  std::string authority;
  std::string note;
};
// Returns the measure's id. kValidation naming measure, decided_on, ends_on,
// decision_number, authority or note.
core::Result<int64_t> record_person_discipline(const Services& services, const core::Actor& actor,
                                               int64_t person_id, DisciplineEntry entry, const RequestMeta& meta);

struct AbsenceEntry {
  int year = 0;
  int days = 0;
  std::string reason;  // core::AbsenceReason code or label
  std::string note;
};
// Returns the absence's id (the one replaced keeps its id). kValidation
// naming year, days, reason or note.
core::Result<int64_t> record_person_absence(const Services& services, const core::Actor& actor, int64_t person_id,
                                            AbsenceEntry entry, const RequestMeta& meta);

}  // namespace thidua::app
