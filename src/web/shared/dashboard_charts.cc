#include "web/shared/dashboard_charts.h"

#include <algorithm>
#include <string>

#include "core/messages_vi/charts.h"
#include "web/shared/bar_chart.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

ChartRow part_row(const char* label, int64_t part, int64_t whole) {
  const int64_t percent = whole > 0 ? std::min<int64_t>(100, part * 100 / whole) : 0;
  return {label, {percent}, {msg::chart_part_of(part, whole) + " (" + std::to_string(percent) + " %)"}};
}

}  // namespace

boost::json::array dashboard_charts(const core::ProgressTotals& t) {
  boost::json::array out;
  if (t.units == 0) return out;

  BarChart overview{"bieu-do-tinh-hinh", msg::kChartOverviewCaption, msg::kChartOverviewHead,
                    {msg::kChartOverviewSeries}, {}, 100, ""};
  overview.rows.push_back(part_row(msg::kChartPlansSubmitted, t.plans_submitted, t.units));
  overview.rows.push_back(part_row(msg::kChartUnitsOnTime, t.units - t.late_units, t.units));
  overview.rows.push_back(part_row(msg::kChartPeopleRegistered, t.figures.registered, t.figures.people));
  if (auto p = t.average_progress()) {
    overview.rows.push_back({msg::kChartAverageProgress, {*p}, {std::to_string(*p) + " %"}});
  }
  out.push_back(bar_chart_json(overview));

  BarChart bands{"bieu-do-muc", msg::kChartBandsCaption, msg::kChartBandsHead,
                 {msg::kChartBandsRate, msg::kChartBandsProgress}, {}, t.units, ""};
  for (int b = 0; b < core::kPercentBands; ++b) {
    const auto i = static_cast<size_t>(b);
    bands.rows.push_back({msg::kChartBandLabels[i], {t.rate_bands[i], t.progress_bands[i]}, {}});
  }
  if (t.rate_unknown > 0 || t.progress_unknown > 0) {
    bands.rows.push_back({msg::kChartBandUnknown, {t.rate_unknown, t.progress_unknown}, {}});
    bands.note = msg::kChartBandsNote;
  }
  out.push_back(bar_chart_json(bands));

  if (t.late_units > 0) {
    BarChart late{"bieu-do-cham", msg::kChartLateCaption, msg::kChartLateHead,
                  {msg::kChartLateSeries}, {}, t.units, msg::kChartLateNote};
    late.rows.push_back({msg::kChartLatePlan, {t.plan_late_units}, {}});
    late.rows.push_back({msg::kChartLateRegistrations, {t.registration_late_units}, {}});
    out.push_back(bar_chart_json(late));
  }
  return out;
}

}  // namespace thidua::web
