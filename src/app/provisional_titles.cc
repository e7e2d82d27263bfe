#include "app/provisional_titles.h"

#include <algorithm>

#include "core/messages_vi/eligibility.h"
#include "core/names.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

void add_into(std::vector<core::TitleFact>& into, const std::vector<core::TitleFact>& titles) {
  for (const auto& t : titles) {
    const std::string folded = core::fold(t.title);
    const bool there = std::any_of(into.begin(), into.end(), [&](const core::TitleFact& x) {
      return x.year == t.year && core::fold(x.title) == folded;
    });
    if (!there) into.push_back(t);
  }
}

}  // namespace

ProvisionalTitles provisional_titles(const std::vector<store::Nominee>& nominees,
                                     const std::vector<core::AwardType>& award_types, int year,
                                     const std::vector<AwardRules>& rules) {
  ProvisionalTitles out;
  std::unordered_map<int64_t, std::string> title;  // award type id → the title it gives
  for (const auto& t : award_types) {
    if (!t.eligibility_code.empty()) title[t.id] = title_of(rules, t.eligibility_code, year, t.name);
  }
  for (const auto& n : nominees) {
    if (!core::nomination_live(n.state)) continue;
    auto it = title.find(n.award_type_id);
    if (it == title.end()) continue;
    core::TitleFact f{year, it->second, msg::kTitleProposed, true};
    if (n.person_id) add_into(out.people[*n.person_id], {f});
    else if (n.unit_id) add_into(out.units[*n.unit_id], {f});
  }
  return out;
}

void add_titles(core::PersonFacts& facts, const std::vector<core::TitleFact>& titles) {
  add_into(facts.titles, titles);
}

void add_provisional(core::PersonFacts& facts, int64_t person_id, const ProvisionalTitles& p) {
  if (auto it = p.people.find(person_id); it != p.people.end()) add_titles(facts, it->second);
}

void add_provisional(core::UnitFacts& facts, int64_t unit_id, const ProvisionalTitles& p) {
  if (auto it = p.units.find(unit_id); it != p.units.end()) add_titles(facts.own, it->second);
  for (auto& m : facts.members) add_provisional(m.facts, m.person_id, p);
}

}  // namespace thidua::app
