// The charts of a campaign's awards (web/shared/bar_chart.h), shown with its
// closing summary (the decisions page) and its public results: individuals
// and collectives per award type, and per unit, the units with the most
// awards first (at most kChartTopUnits of them; the note says how many were
// left out, their figures being in the summary table and its XLSX).
#pragma once

#include <boost/json/array.hpp>

#include <vector>

#include "core/award.h"

namespace thidua::web {

inline constexpr size_t kChartTopUnits = 15;

// One bar_chart_json() object per chart; empty when there is no award.
boost::json::array award_charts(const std::vector<core::AwardCount>& counts);

}  // namespace thidua::web
