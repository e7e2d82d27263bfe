// The grouped counts behind the fairness figures (core/fairness.h): within
// the subtree at `agency_path`, the people of today (in units in force
// today) and the individual
// awards, per gender, category, position and unit (kind, depth); the units of
// today and the collective awards, per kind and depth. Awards are those of
// one campaign, or of the years of a range (imported ones included). An
// individual award counts under its person (today's gender, category and
// position) and under the unit that nominated them (else their unit today);
// an award whose person is not in the register is not counted. Four grouped
// queries, whatever the size of the subtree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/fairness.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct FairnessQuery {
  std::string agency_path;
  std::optional<int64_t> campaign_id;  // else the years below
  int from_year = 0;
  int to_year = 0;
  std::string today;  // ISO: units in force today (valid_from <= today < valid_to, either may be empty)
};

core::Result<std::vector<core::FairnessPersonCount>> fairness_people(Connection& conn, const FairnessQuery& q);
core::Result<std::vector<core::FairnessUnitCount>> fairness_units(Connection& conn, const FairnessQuery& q);

}  // namespace thidua::store
