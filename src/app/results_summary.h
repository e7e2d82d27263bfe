// The closing summary of a campaign's awards (tổng kết) as figures: per unit
// (with its award types), per award type, and the totals, from the counts of
// store::award_counts. Pure; shared by the JSON API and any page that shows
// the same figures.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/awards.h"

namespace thidua::app {

// Individuals and collectives awarded one award type (name and granting
// authority, as written on the awards).
struct AwardTally {
  std::string award_name;
  std::string granted_by;
  int64_t individuals = 0;
  int64_t collectives = 0;
};

// One unit (told apart by its path, named by the unit name written on its
// awards) and its award types.
struct UnitTally {
  std::string unit_name;
  std::string unit_path;  // as in core::AwardCount; "" when the awards name no unit
  std::vector<AwardTally> awards;  // in the order of the counts
  int64_t individuals = 0;
  int64_t collectives = 0;
};

struct ResultsSummary {
  std::vector<UnitTally> units;         // in the order first met in the counts
  std::vector<AwardTally> award_types;  // in the order first met in the counts
  int64_t individuals = 0;
  int64_t collectives = 0;
};

// Groups `counts` (one row per unit and award type, as ordered by the store)
// by unit and by award type and adds them up. Rows of the same unit (same
// path and name) are gathered under one unit wherever they come; two units
// that share a name but not a path stay two units, as in the XLSX summary.
ResultsSummary summarise_results(const std::vector<core::AwardCount>& counts);

}  // namespace thidua::app
