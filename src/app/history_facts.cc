#include "app/history_facts.h"

#include <string>

#include "core/messages_vi/eligibility.h"
#include "core/org.h"
#include "store/absences.h"
#include "store/awards.h"
#include "store/discipline.h"
#include "store/evaluations.h"
#include "store/fact_years.h"
#include "store/recognised_initiatives.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Result<std::unordered_map<int64_t, core::PersonFacts>> history_facts(store::Connection& conn,
                                                                         const std::vector<int64_t>& ids) {
  std::unordered_map<int64_t, core::PersonFacts> out;
  out.reserve(ids.size());
  for (int64_t id : ids) out[id];
  if (ids.empty()) return out;

  auto declared = store::fact_years(conn);
  if (!declared.ok()) return declared.error();
  core::PersonFacts blank;
  for (const auto& d : *declared) {
    switch (d.kind) {
      case core::FactKind::kInitiatives: blank.initiative_years.insert(d.year); break;
      case core::FactKind::kDiscipline: blank.discipline_years.insert(d.year); break;
      case core::FactKind::kAbsences: blank.absence_years.insert(d.year); break;
    }
  }
  for (auto& [id, facts] : out) facts = blank;

  auto ratings = store::evaluations_of(conn, ids);
  if (!ratings.ok()) return ratings.error();
  for (const auto& e : *ratings) out[e.person_id].ratings.push_back({e.year, e.rating, e.rated_on});

  auto awards = store::awards_of_recipients(conn, ids, {});
  if (!awards.ok()) return awards.error();
  for (const auto& a : *awards) {
    if (a.occasion != core::AwardOccasion::kAnnual || !a.person_id || !out.count(*a.person_id)) continue;
    out[*a.person_id].titles.push_back(
        {a.year, a.award_name, msg::decision_reference(a.decision_number_symbol, core::display_date(a.decision_date))});
  }

  auto initiatives = store::recognised_initiatives_of(conn, ids);
  if (!initiatives.ok()) return initiatives.error();
  for (const auto& i : *initiatives) {
    const core::InitiativeFact fact{
        i.year, i.title, i.scope, msg::decision_reference(i.decision_number, core::display_date(i.decision_date))};
    for (int64_t author : i.author_ids) {
      if (auto it = out.find(author); it != out.end()) it->second.initiatives.push_back(fact);
    }
  }

  auto discipline = store::discipline_of(conn, ids);
  if (!discipline.ok()) return discipline.error();
  for (const auto& d : *discipline) {
    out[d.person_id].discipline.push_back({d.first_year(), d.last_year(), static_cast<int>(d.measure),
                                           std::string(core::discipline_measure_label(d.measure)),
                                           msg::decision_reference(d.decision_number, core::display_date(d.decided_on))});
  }

  auto absences = store::absences_of(conn, ids);
  if (!absences.ok()) return absences.error();
  for (const auto& a : *absences) out[a.person_id].absences.push_back({a.year, a.days, a.reason});
  return out;
}

}  // namespace thidua::app
