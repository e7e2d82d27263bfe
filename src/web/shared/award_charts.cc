#include "web/shared/award_charts.h"

#include <algorithm>

#include "app/results_summary.h"
#include "core/messages_vi/charts.h"
#include "core/messages_vi/pages_awards.h"
#include "web/shared/bar_chart.h"

namespace thidua::web {
namespace msg = core::messages_vi;

boost::json::array award_charts(const std::vector<core::AwardCount>& counts) {
  boost::json::array out;
  const app::ResultsSummary sum = app::summarise_results(counts);
  if (sum.individuals + sum.collectives == 0) return out;

  BarChart types{"bieu-do-hinh-thuc", msg::kChartAwardTypesCaption, msg::kChartAwardTypesHead,
                 {msg::kChartIndividuals, msg::kChartCollectives}, {}, 0, ""};
  for (const auto& a : sum.award_types) {
    types.rows.push_back({msg::page_award_of(a.award_name, a.granted_by), {a.individuals, a.collectives}, {}});
  }
  out.push_back(bar_chart_json(types));

  // The units with the most awards; ties keep the summary's order (the tree).
  std::vector<const app::UnitTally*> units;
  units.reserve(sum.units.size());
  for (const auto& u : sum.units) units.push_back(&u);
  std::stable_sort(units.begin(), units.end(), [](const auto* x, const auto* y) {
    return x->individuals + x->collectives > y->individuals + y->collectives;
  });
  const size_t shown = std::min(units.size(), kChartTopUnits);
  BarChart per_unit{"bieu-do-don-vi", msg::kChartUnitsCaption, msg::kChartUnitsHead,
                    {msg::kChartIndividuals, msg::kChartCollectives}, {}, 0, ""};
  for (size_t i = 0; i < shown; ++i) {
    const auto& u = *units[i];
    per_unit.rows.push_back({u.unit_name.empty() ? std::string(msg::kChartNoUnit) : u.unit_name,
                             {u.individuals, u.collectives}, {}});
  }
  if (shown < units.size()) {
    per_unit.note = msg::chart_top_units_note(static_cast<int64_t>(shown), static_cast<int64_t>(units.size()));
  }
  out.push_back(bar_chart_json(per_unit));
  return out;
}

}  // namespace thidua::web
