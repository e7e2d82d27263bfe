#include "app/eligibility.h"

#include <algorithm>
#include <unordered_map>

#include "app/clock.h"
#include "app/org.h"
#include "app/people.h"
#include "core/evaluation.h"
#include "core/names.h"
#include "core/org.h"
#include "core/messages_vi/eligibility.h"
#include "core/messages_vi/evaluations.h"
#include "app/access.h"
#include "app/history_facts.h"
#include "core/messages_vi/org.h"
#include "core/messages_vi/person_facts.h"
#include "store/evaluations.h"
#include "store/fact_years.h"
#include "store/people.h"
#include "store/registrations.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

core::Status check_year(const Services& services, int year) {
  const int this_year = current_year(services.clock);
  if (year < core::kFirstEvaluationYear || year > this_year) {
    return core::make_error(core::errc::kValidation, msg::evaluation_year_invalid(core::kFirstEvaluationYear, this_year),
                            "year");
  }
  return {};
}

// The line a list shows for a judgement: what is wanting first (the first
// rule not met, else the first missing), else the first record used.
std::string reason_of(const core::Judgement& j) {
  for (auto want : {core::Verdict::kNotMet, core::Verdict::kMissing}) {
    for (const auto& r : j.rules) {
      if (r.verdict == want && !r.wanting.empty()) return r.wanting.front();
    }
  }
  for (const auto& r : j.rules) {
    if (!r.used.empty()) return r.used.front();
  }
  return std::string();
}

// The years the sets' rules look at, ending at the year judged: the window
// of the widest rule.
int window_of(const std::vector<AwardRules>& sets) {
  int span = 1;
  for (const auto& set : sets) {
    for (const auto& r : set.rules) span = std::max(span, std::max(1, r.years) + std::max(0, r.offset));
  }
  return span;
}

// Whether the unit existed at some time in the year.
bool existed_in(const core::Unit& u, int year) {
  const std::string first = std::to_string(year) + "-01-01", last = std::to_string(year) + "-12-31";
  return (u.valid_from.empty() || u.valid_from <= last) && (u.valid_to.empty() || u.valid_to >= first);
}

// eligible_list for a collective award: see the header.
core::Result<EligibleList> collective_list(const Services& services, const core::Actor& actor,
                                           const EligibleQuery& query, const AwardRules& rules, int first_year,
                                           EligibleList out) {
  auto tree = unit_tree(services, actor);
  if (!tree.ok()) return tree.error();
  const std::vector<UnitNode>& nodes = **tree;
  std::string within;
  if (query.unit_id) {
    for (const auto& n : nodes) {
      if (n.unit.id == *query.unit_id) within = n.unit.path;
    }
    if (within.empty()) return not_found(msg::kWhatUnit);
  }
  std::vector<const core::Unit*> units;
  for (const auto& n : nodes) {
    if (!within.empty() && !core::path_within(n.unit.path, within)) continue;
    if (!existed_in(n.unit, query.year) || !permits(actor, core::Action::kViewPeople, n.unit.path)) continue;
    units.push_back(&n.unit);
  }

  // Pass 1: every unit's verdict, one unit's facts in memory at a time, of
  // its members only the kinds the member rules read.
  auto conn = services.db.acquire();
  const core::FactsNeeded members_need = core::facts_needed(rules.rules, true);
  std::vector<core::Verdict> verdicts;
  verdicts.reserve(units.size());
  for (const core::Unit* u : units) {
    auto facts = unit_facts(*conn, u->id, u->path, first_year, query.year, members_need);
    if (!facts.ok()) return facts.error();
    verdicts.push_back(core::judge_all(rules.rules, *facts, query.year, false).verdict);
    switch (verdicts.back()) {
      case core::Verdict::kMet: ++out.met; break;
      case core::Verdict::kNotMet: ++out.not_met; break;
      case core::Verdict::kMissing: ++out.missing; break;
    }
  }

  // Pass 2: the page's units of the verdict shown, in tree order, judged
  // again to say why.
  const int64_t first_row = static_cast<int64_t>(out.page - 1) * out.page_size;
  int64_t seen = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    if (verdicts[i] != query.shown) continue;
    if (seen >= first_row + out.page_size) {
      out.has_more = true;
      break;
    }
    if (seen++ < first_row) continue;
    auto facts = unit_facts(*conn, units[i]->id, units[i]->path, first_year, query.year);
    if (!facts.ok()) return facts.error();
    const core::Judgement j = core::judge_all(rules.rules, *facts, query.year);
    EligibleRow row;
    row.unit_id = units[i]->id;
    row.unit_name = units[i]->name;
    row.verdict = j.verdict;
    row.reason = reason_of(j);
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace

core::Result<PersonEligibility> person_eligibility(const Services& services, const core::Actor& actor,
                                                   int64_t person_id, int year) {
  THIDUA_TRY(check_year(services, year));
  auto person = get_person(services, actor, person_id);
  if (!person.ok()) return person.error();
  auto conn = services.db.acquire();
  auto rules = award_rules_in_use(*conn);
  if (!rules.ok()) return rules.error();
  auto facts = history_facts(*conn, {person_id});
  if (!facts.ok()) return facts.error();

  PersonEligibility out;
  out.person_id = person_id;
  out.full_name = person->person.full_name;
  out.year = year;
  for (const auto& set : rules_for(rules_in_force(*rules, year), kIndividual)) {
    out.awards.push_back({set.code, set.name, core::judge_all(set.rules, facts->at(person_id), year)});
  }
  std::vector<const core::Judgement*> judged;
  for (const auto& a : out.awards) judged.push_back(&a.judgement);
  out.within_reach = core::within_reach(judged);
  return out;
}

core::Result<UnitEligibility> unit_eligibility(const Services& services, const core::Actor& actor, int64_t unit_id,
                                               int year) {
  THIDUA_TRY(check_year(services, year));
  auto unit = get_unit(services, actor, unit_id);
  if (!unit.ok()) return unit.error();
  if (!permits(actor, core::Action::kViewPeople, unit->unit.path)) return not_found(msg::kWhatUnit);
  auto conn = services.db.acquire();
  auto rules = award_rules_in_use(*conn);
  if (!rules.ok()) return rules.error();
  const std::vector<AwardRules> sets = rules_for(rules_in_force(*rules, year), kCollective);
  auto facts = unit_facts(*conn, unit_id, unit->unit.path, year - window_of(sets) + 1, year);
  if (!facts.ok()) return facts.error();
  UnitEligibility out;
  out.unit_id = unit_id;
  out.name = unit->unit.name;
  out.year = year;
  out.members = static_cast<int64_t>(facts->members.size());
  for (const auto& set : sets) out.awards.push_back({set.code, set.name, core::judge_all(set.rules, *facts, year)});
  return out;
}

core::Result<std::optional<AwardEligibility>> judge_nominee(store::Connection& conn, const std::string& code,
                                                            int year, std::optional<int64_t> person_id,
                                                            std::optional<int64_t> unit_id,
                                                            const ProvisionalTitles* proposed) {
  std::optional<AwardEligibility> none;
  if (code.empty()) return none;
  auto rules = award_rules_in_use(conn);
  if (!rules.ok()) return rules.error();
  for (const auto& set : rules_in_force(*rules, year)) {
    if (set.code != code) continue;
    if (person_id && set.subject == kIndividual) {
      auto facts = history_facts(conn, {*person_id});
      if (!facts.ok()) return facts.error();
      core::PersonFacts& f = facts->at(*person_id);
      if (proposed) add_provisional(f, *person_id, *proposed);
      return std::optional<AwardEligibility>(AwardEligibility{set.code, set.name, core::judge_all(set.rules, f, year)});
    }
    if (unit_id && !person_id && set.subject == kCollective) {
      auto unit = store::find_unit(conn, *unit_id);
      if (!unit.ok()) return unit.error();
      if (!unit->has_value()) return none;
      auto facts = unit_facts(conn, *unit_id, (*unit)->path, year - window_of({set}) + 1, year);
      if (!facts.ok()) return facts.error();
      if (proposed) add_provisional(*facts, *unit_id, *proposed);
      return std::optional<AwardEligibility>(AwardEligibility{set.code, set.name, core::judge_all(set.rules, *facts, year)});
    }
  }
  return none;
}

core::Result<int> default_eligibility_year(const Services& services) {
  auto conn = services.db.acquire();
  auto latest = store::latest_rated_year(*conn);
  if (!latest.ok()) return latest.error();
  const int this_year = current_year(services.clock);
  return latest->has_value() ? std::min(**latest, this_year) : this_year;
}

core::Result<EligibleList> eligible_list(const Services& services, const core::Actor& actor,
                                        const EligibleQuery& query) {
  if (!permits_somewhere(actor, core::Action::kViewPeople)) return forbidden(msg::kActViewEligibleList);
  THIDUA_TRY(check_year(services, query.year));
  std::vector<AwardRules> all;
  {
    auto conn = services.db.acquire();
    auto in_use = award_rules_in_use(*conn);
    if (!in_use.ok()) return in_use.error();
    all = std::move(*in_use);
  }
  EligibleList out;
  out.year = query.year;
  out.page = std::clamp(query.page, 1, 100000);
  out.page_size = std::clamp(query.page_size, 1, 200);
  out.shown = query.shown;
  // Individual awards first, then collective ones (the file's order within each).
  std::vector<AwardRules> in_force = rules_for(rules_in_force(all, query.year), kIndividual);
  for (auto& set : rules_for(rules_in_force(all, query.year), kCollective)) in_force.push_back(std::move(set));
  for (const auto& set : in_force) out.awards.push_back({set.code, set.name});
  const AwardRules* rules = nullptr;
  for (const auto& set : in_force) {
    if (set.code == query.award_code) rules = &set;
  }
  if (!rules) return core::make_error(core::errc::kValidation, msg::eligible_award_unknown(query.year), "award");
  out.code = rules->code;
  out.name = rules->name;
  out.collective = rules->subject == kCollective;
  const int first_year = query.year - window_of({*rules}) + 1;
  // The interval rules' earlier awards are read of every year.
  std::vector<std::string> earlier_awards;
  for (const auto& r : rules->rules) {
    if (r.kind == core::RuleKind::kSinceAward) earlier_awards.push_back(core::fold(r.title));
  }
  if (out.collective) return collective_list(services, actor, query, *rules, first_year, std::move(out));

  auto conn = services.db.acquire();
  PeopleFilter filter;
  filter.unit_id = query.unit_id;
  auto q = people_query(*conn, actor, filter);
  if (!q.ok()) return q.error();

  // Pass 1, by id: each batch's facts by range scans (only the kinds the
  // rules read), every person judged, only the verdict kept.
  const core::FactsNeeded needed = core::facts_needed(rules->rules);
  std::unordered_map<int64_t, core::Verdict> verdicts;
  core::Status failed;
  auto declared = store::all_fact_years(*conn);  // once, not per batch
  if (!declared.ok()) return declared.error();
  auto judged = store::for_each_person_ids(*conn, *q, store::PersonOrder::kById, kEligibleBatch,
                                           [&](const std::vector<int64_t>& ids) {
    auto facts = history_facts_in(*conn, ids, first_year, query.year, earlier_awards, needed, &*declared);
    if (!facts.ok()) {
      failed = facts.error();
      return false;
    }
    for (int64_t id : ids) {
      const core::Verdict v = core::judge_all(rules->rules, facts->at(id), query.year, false).verdict;
      verdicts.emplace(id, v);
      switch (v) {
        case core::Verdict::kMet: ++out.met; break;
        case core::Verdict::kNotMet: ++out.not_met; break;
        case core::Verdict::kMissing: ++out.missing; break;
      }
    }
    return true;
  });
  if (!judged.ok()) return judged.error();
  if (!failed.ok()) return failed.error();

  // Pass 2, in name order: the page's people of the verdict shown, stopping
  // as soon as the page (and whether more follow) is known.
  const int64_t first_row = static_cast<int64_t>(out.page - 1) * out.page_size;
  int64_t seen = 0;
  std::vector<int64_t> page_ids;
  auto paged = store::for_each_person_ids(*conn, *q, store::PersonOrder::kByName, kEligibleBatch,
                                          [&](const std::vector<int64_t>& ids) {
    for (int64_t id : ids) {
      auto it = verdicts.find(id);
      if (it == verdicts.end() || it->second != query.shown) continue;
      if (seen >= first_row + out.page_size) {
        out.has_more = true;
        return false;
      }
      if (seen >= first_row) page_ids.push_back(id);
      ++seen;
    }
    return true;
  });
  if (!paged.ok()) return paged.error();

  // The page's people, judged again with every year to say why.
  auto people = store::people_by_ids(*conn, page_ids);
  if (!people.ok()) return people.error();
  std::unordered_map<int64_t, const core::Person*> by_id;
  for (const auto& p : *people) by_id.emplace(p.id, &p);
  auto facts = history_facts(*conn, page_ids);
  if (!facts.ok()) return facts.error();
  for (int64_t id : page_ids) {
    const core::Person* p = by_id.count(id) ? by_id.at(id) : nullptr;
    if (!p) continue;  // gone since the first pass
    const core::Judgement j = core::judge_all(rules->rules, facts->at(id), query.year);
    out.rows.push_back({id, p->full_name, 0, p->unit_name, j.verdict, reason_of(j)});
  }
  return out;
}

}  // namespace thidua::app
