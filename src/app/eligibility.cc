#include "app/eligibility.h"

#include "app/clock.h"
#include "app/people.h"
#include "core/evaluation.h"
#include "core/org.h"
#include "core/messages_vi/eligibility.h"
#include "core/messages_vi/evaluations.h"
#include "store/awards.h"
#include "store/absences.h"
#include "store/discipline.h"
#include "store/evaluations.h"
#include "store/fact_years.h"
#include "store/recognised_initiatives.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Result<PersonEligibility> person_eligibility(const Services& services, const core::Actor& actor,
                                                   int64_t person_id, int year) {
  const int this_year = current_year(services.clock);
  if (year < core::kFirstEvaluationYear || year > this_year) {
    return core::make_error(core::errc::kValidation, msg::evaluation_year_invalid(core::kFirstEvaluationYear, this_year),
                            "year");
  }
  auto person = get_person(services, actor, person_id);
  if (!person.ok()) return person.error();
  auto rules = shipped_award_rules();
  if (!rules.ok()) return rules.error();

  core::PersonFacts facts;
  auto conn = services.db.acquire();
  auto ratings = store::evaluations_of(*conn, {person_id});
  if (!ratings.ok()) return ratings.error();
  for (const auto& e : *ratings) facts.ratings.push_back({e.year, e.rating, e.rated_on});
  auto awards = store::awards_of_recipients(*conn, {person_id}, {});
  if (!awards.ok()) return awards.error();
  for (const auto& a : *awards) {
    if (a.occasion != core::AwardOccasion::kAnnual) continue;
    facts.titles.push_back({a.year, a.award_name, msg::decision_reference(a.decision_number_symbol, core::display_date(a.decision_date))});
  }

  auto initiatives = store::recognised_initiatives_of(*conn, {person_id});
  if (!initiatives.ok()) return initiatives.error();
  for (const auto& i : *initiatives) {
    facts.initiatives.push_back(
        {i.year, i.title, i.scope, msg::decision_reference(i.decision_number, core::display_date(i.decision_date))});
  }
  auto discipline = store::discipline_of(*conn, {person_id});
  if (!discipline.ok()) return discipline.error();
  for (const auto& d : *discipline) {
    facts.discipline.push_back({d.first_year(), d.last_year(), static_cast<int>(d.measure),
                                std::string(core::discipline_measure_label(d.measure)),
                                msg::decision_reference(d.decision_number, core::display_date(d.decided_on))});
  }
  auto absences = store::absences_of(*conn, {person_id});
  if (!absences.ok()) return absences.error();
  for (const auto& a : *absences) facts.absences.push_back({a.year, a.days, a.reason});
  auto declared = store::fact_years(*conn);
  if (!declared.ok()) return declared.error();
  for (const auto& d : *declared) {
    switch (d.kind) {
      case core::FactKind::kInitiatives: facts.initiative_years.insert(d.year); break;
      case core::FactKind::kDiscipline: facts.discipline_years.insert(d.year); break;
      case core::FactKind::kAbsences: facts.absence_years.insert(d.year); break;
    }
  }

  PersonEligibility out;
  out.person_id = person_id;
  out.full_name = person->person.full_name;
  out.year = year;
  for (const auto& set : rules_in_force(*rules, year)) {
    out.awards.push_back({set.code, set.name, core::judge_all(set.rules, facts, year)});
  }
  return out;
}

}  // namespace thidua::app
