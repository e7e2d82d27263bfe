// The award history as rows of the "award_rows" template partial, shared by
// the person page, the unit page and /khen-thuong.
#pragma once

#include <boost/json/array.hpp>

#include <vector>

#include "store/awards.h"

namespace thidua::web {

// One object per award: the JSON of the award with display dates, and
// person_id false for collectives (the template links people only).
boost::json::array award_history_rows(const std::vector<store::AwardRecord>& awards);

}  // namespace thidua::web
