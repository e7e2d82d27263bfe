#include "app/eligibility.h"

#include "app/clock.h"
#include "app/people.h"
#include "core/evaluation.h"
#include "core/org.h"
#include "core/messages_vi/eligibility.h"
#include "core/messages_vi/evaluations.h"
#include "store/awards.h"
#include "store/evaluations.h"

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
