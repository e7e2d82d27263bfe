// The campaign dashboard's charts (web/shared/bar_chart.h), from the totals
// over every participating unit (core::ProgressTotals), whatever page of the
// unit table is shown: the overview (plans submitted, units on schedule,
// people registered, average progress), how many units fall in each band of
// registration rate and of progress, and, when some are late, why.
#pragma once

#include <boost/json/array.hpp>

#include "core/unit_progress.h"

namespace thidua::web {

// One bar_chart_json() object per chart, in that order; empty when the
// campaign has no participating unit.
boost::json::array dashboard_charts(const core::ProgressTotals& totals);

}  // namespace thidua::web
