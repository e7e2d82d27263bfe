// Titles of the year still being decided (issue 11 #3): in the year's review
// a collective title asks for the year's Lao động tiên tiến of its members,
// an upward one for the year's Chiến sĩ thi đua cơ sở, and those exist in the
// register only once the review decides them. While it runs, a live
// nomination of the campaign (core::nomination_live) for an award type
// naming a rule set stands for that set's title of the year, provisionally
// (core::TitleFact::provisional, its line saying it is proposed, not
// decided): so the unit's proposals of its people make its own proposal
// judgeable. Pure over rows already read.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "app/award_rules.h"
#include "core/campaign.h"
#include "core/eligibility.h"
#include "store/nominations.h"

namespace thidua::app {

struct ProvisionalTitles {
  std::unordered_map<int64_t, std::vector<core::TitleFact>> people;  // person id → titles proposed
  std::unordered_map<int64_t, std::vector<core::TitleFact>> units;   // unit id → titles proposed
};

// From nominees of the campaign (store::nominees_of_person, nominees_within:
// those around the subject judged) and its award types, the
// titles of `year` under the rule sets in force (title_of: the register's
// name for them).
ProvisionalTitles provisional_titles(const std::vector<store::Nominee>& nominees,
                                     const std::vector<core::AwardType>& award_types, int year,
                                     const std::vector<AwardRules>& rules);

// Adds the titles to `facts` (each only once per title and year).
void add_titles(core::PersonFacts& facts, const std::vector<core::TitleFact>& titles);

// Adds the proposed titles to a collective's own facts and to its members'.
void add_provisional(core::UnitFacts& facts, int64_t unit_id, const ProvisionalTitles& p);
void add_provisional(core::PersonFacts& facts, int64_t person_id, const ProvisionalTitles& p);

}  // namespace thidua::app
