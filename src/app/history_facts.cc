#include "app/history_facts.h"

#include <algorithm>
#include <string>

#include "core/messages_vi/eligibility.h"
#include "core/org.h"
#include "store/absences.h"
#include "store/awards.h"
#include "store/discipline.h"
#include "store/evaluations.h"
#include "store/fact_years.h"
#include "store/people.h"
#include "store/recognised_initiatives.h"
#include "store/unit_evaluations.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

constexpr size_t kFactsBatch = 1000;

// Files the records into `out` (only people already in it) and into every
// entry the years its agency declared (none for an entry of no agency).
struct Records {
  std::vector<core::FactYear> declared;
  std::unordered_map<int64_t, int64_t> agency_of;  // entry (person or unit) -> top unit
  std::vector<core::Evaluation> ratings;
  std::vector<core::AwardRecord> awards;
  std::vector<core::RecognisedInitiative> initiatives;
  std::vector<core::DisciplineRecord> discipline;
  std::vector<core::Absence> absences;
};

void file(const Records& r, std::unordered_map<int64_t, core::PersonFacts>& out) {
  std::unordered_map<int64_t, core::PersonFacts> blank;  // by agency
  for (const auto& d : r.declared) {
    auto& b = blank[d.agency_id];
    switch (d.kind) {
      case core::FactKind::kTitles: b.title_years.insert(d.year); break;
      case core::FactKind::kInitiatives: b.initiative_years.insert(d.year); break;
      case core::FactKind::kDiscipline: b.discipline_years.insert(d.year); break;
      case core::FactKind::kAbsences: b.absence_years.insert(d.year); break;
    }
  }
  for (auto& [id, facts] : out) {
    auto agency = r.agency_of.find(id);
    auto declared = agency == r.agency_of.end() ? blank.end() : blank.find(agency->second);
    facts = declared == blank.end() ? core::PersonFacts{} : declared->second;
  }
  auto of = [&](int64_t person) -> core::PersonFacts* {
    auto it = out.find(person);
    return it == out.end() ? nullptr : &it->second;
  };
  for (const auto& e : r.ratings) {
    if (auto* f = of(e.person_id)) f->ratings.push_back({e.year, e.rating, e.rated_on});
  }
  for (const auto& a : r.awards) {
    if (!a.person_id) continue;
    auto* f = of(*a.person_id);
    if (!f) continue;
    std::string decision = msg::decision_reference(a.decision_number_symbol, core::display_date(a.decision_date));
    if (a.occasion == core::AwardOccasion::kAnnual) f->titles.push_back({a.year, a.award_name, std::move(decision)});
    else f->awards.push_back({a.year, a.award_name, std::move(decision)});
  }
  for (const auto& i : r.initiatives) {
    const core::InitiativeFact fact{i.year, i.title, i.scope,
                                    msg::decision_reference(i.decision_number, core::display_date(i.decision_date)),
                                    i.kind};
    for (int64_t author : i.author_ids) {
      if (auto* f = of(author)) f->initiatives.push_back(fact);
    }
  }
  for (const auto& d : r.discipline) {
    if (auto* f = of(d.person_id)) {
      f->discipline.push_back({d.first_year(), d.last_year(), static_cast<int>(d.measure),
                               std::string(core::discipline_measure_label(d.measure)),
                               msg::decision_reference(d.decision_number, core::display_date(d.decided_on))});
    }
  }
  for (const auto& a : r.absences) {
    if (auto* f = of(a.person_id)) f->absences.push_back({a.year, a.days, a.reason});
  }
}

template <class T>
core::Status take(core::Result<T> got, T& into) {
  if (!got.ok()) return got.error();
  into = std::move(*got);
  return {};
}

// The declarations (`known` when given, else read), and the agencies of the
// entries only when some exist.
template <class Lookup>
core::Status take_declared(store::Connection& conn, Records& r, Lookup agencies,
                           const std::vector<core::FactYear>* known = nullptr) {
  if (known) {
    r.declared = *known;
  } else {
    THIDUA_TRY(take(store::all_fact_years(conn), r.declared));
  }
  if (r.declared.empty()) return {};
  return take(agencies(), r.agency_of);
}

}  // namespace

core::Result<std::unordered_map<int64_t, core::PersonFacts>> history_facts(store::Connection& conn,
                                                                         const std::vector<int64_t>& ids) {
  std::unordered_map<int64_t, core::PersonFacts> out;
  out.reserve(ids.size());
  for (int64_t id : ids) out[id];
  if (ids.empty()) return out;
  Records r;
  THIDUA_TRY(take_declared(conn, r, [&] { return store::agencies_of_people(conn, ids); }));
  THIDUA_TRY(take(store::evaluations_of(conn, ids), r.ratings));
  THIDUA_TRY(take(store::awards_of_recipients(conn, ids, {}), r.awards));
  THIDUA_TRY(take(store::recognised_initiatives_of(conn, ids), r.initiatives));
  THIDUA_TRY(take(store::discipline_of(conn, ids), r.discipline));
  THIDUA_TRY(take(store::absences_of(conn, ids), r.absences));
  file(r, out);
  return out;
}

core::Result<std::unordered_map<int64_t, core::PersonFacts>> history_facts_in(
    store::Connection& conn, const std::vector<int64_t>& ids, int first_year, int last_year,
    const std::vector<std::string>& any_year_titles, const core::FactsNeeded& needed,
    const std::vector<core::FactYear>* declared) {
  std::unordered_map<int64_t, core::PersonFacts> out;
  out.reserve(ids.size());
  for (int64_t id : ids) out[id];
  if (ids.empty()) return out;
  // People spread thinly over the ids (a caller who sees few, scattered
  // people): a range would read everyone between them; look them up by id.
  if (ids.back() - ids.front() + 1 > 4 * static_cast<int64_t>(ids.size())) return history_facts(conn, ids);
  const store::PersonSpan span{ids.front(), ids.back(), first_year, last_year};
  Records r;
  THIDUA_TRY(take_declared(conn, r, [&] { return store::agencies_of_people_in(conn, span); }, declared));
  if (needed.ratings) THIDUA_TRY(take(store::evaluations_in(conn, span), r.ratings));
  if (needed.titles || needed.awards) THIDUA_TRY(take(store::annual_titles_in(conn, span, any_year_titles), r.awards));
  if (needed.initiatives) THIDUA_TRY(take(store::recognised_initiatives_in(conn, span), r.initiatives));
  if (needed.discipline) THIDUA_TRY(take(store::discipline_in(conn, span), r.discipline));
  if (needed.absences) THIDUA_TRY(take(store::absences_in(conn, span), r.absences));
  file(r, out);
  return out;
}

core::Result<std::unordered_map<int64_t, core::PersonFacts>> unit_own_facts(store::Connection& conn,
                                                                          const std::vector<int64_t>& unit_ids) {
  std::unordered_map<int64_t, core::PersonFacts> out;
  if (unit_ids.empty()) return out;
  Records r;
  THIDUA_TRY(take_declared(conn, r, [&] { return store::agencies_of_units(conn, unit_ids); }));
  std::vector<core::UnitEvaluation> ratings;
  THIDUA_TRY(take(store::unit_evaluations_of(conn, unit_ids), ratings));
  THIDUA_TRY(take(store::awards_of_recipients(conn, {}, unit_ids), r.awards));
  for (int64_t id : unit_ids) out[id];
  file(r, out);  // the declared years (the awards of people only: none here)
  for (const auto& e : ratings) {
    auto it = out.find(e.unit_id);
    if (it != out.end()) it->second.ratings.push_back({e.year, e.rating, e.rated_on});
  }
  for (const auto& a : r.awards) {
    if (a.occasion != core::AwardOccasion::kAnnual || a.subject != "collective" || !a.unit_id) continue;
    auto it = out.find(*a.unit_id);
    if (it == out.end()) continue;
    it->second.titles.push_back(
        {a.year, a.award_name, msg::decision_reference(a.decision_number_symbol, core::display_date(a.decision_date))});
  }
  return out;
}

core::Result<core::UnitFacts> unit_facts(store::Connection& conn, int64_t unit_id, const std::string& unit_path,
                                         int first_year, int last_year, const core::FactsNeeded& members_need) {
  core::UnitFacts out;
  auto own = unit_own_facts(conn, {unit_id});
  if (!own.ok()) return own.error();
  out.own = std::move(own->at(unit_id));

  store::PeopleQuery q;
  q.scopes = {unit_path};
  q.unit_path = unit_path;
  std::vector<std::pair<int64_t, std::string>> people;  // in name order
  THIDUA_TRY(store::for_each_person(conn, q, [&](const core::Person& p) { people.emplace_back(p.id, p.full_name); }));
  std::vector<int64_t> ids;
  ids.reserve(people.size());
  for (const auto& p : people) ids.push_back(p.first);
  std::sort(ids.begin(), ids.end());
  std::unordered_map<int64_t, core::PersonFacts> facts;
  auto declared = store::all_fact_years(conn);  // once, not per batch
  if (!declared.ok()) return declared.error();
  for (size_t at = 0; at < ids.size(); at += kFactsBatch) {
    const std::vector<int64_t> batch(ids.begin() + static_cast<std::ptrdiff_t>(at),
                                     ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), at + kFactsBatch)));
    auto got = history_facts_in(conn, batch, first_year, last_year, {}, members_need, &*declared);
    if (!got.ok()) return got.error();
    for (auto& [id, f] : *got) facts.emplace(id, std::move(f));
  }
  out.members.reserve(people.size());
  for (auto& [id, name] : people) out.members.push_back({std::move(name), std::move(facts[id]), id});
  return out;
}

}  // namespace thidua::app
