#include "web/shared/fairness_views.h"

#include <boost/json/array.hpp>

#include <string>

#include "core/messages_vi/fairness.h"
#include "web/shared/bar_chart.h"

namespace thidua::web {
namespace json = boost::json;
namespace msg = core::messages_vi;

namespace {

double percent(int64_t tenths) { return static_cast<double>(tenths) / 10.0; }

std::string chart_id(const core::FairnessTable& t) {
  return "co-cau-" + std::string(core::fairness_basis_code(t.basis)) + "-" +
         std::string(core::fairness_dimension_code(t.dimension));
}

}  // namespace

namespace {
json::array predecessors_json(const app::FairnessReport& r) {
  json::array out;
  for (const auto& u : r.predecessors) {
    out.push_back(json::object{{"unit_id", u.id}, {"name", u.name}, {"closed_on", u.valid_to}});
  }
  return out;
}
}  // namespace

json::object fairness_api_json(const app::FairnessReport& r) {
  json::array tables;
  for (const auto& t : r.tables) {
    json::array groups;
    for (const auto& g : t.groups) {
      groups.push_back(json::object{{"code", g.code},
                                    {"label", g.label},
                                    {"awards", g.awards},
                                    {"award_share", percent(g.award_share)},
                                    {"base", g.base},
                                    {"base_share", percent(g.base_share)},
                                    {"gap", percent(g.gap)}});
    }
    tables.push_back(json::object{{"dimension", core::fairness_dimension_code(t.dimension)},
                                  {"basis", core::fairness_basis_code(t.basis)},
                                  {"caption", app::fairness_table_caption(t)},
                                  {"awards", t.awards},
                                  {"base", t.base},
                                  {"groups", std::move(groups)}});
  }
  const bool years = !r.campaign;
  return json::object{{"campaign_id", r.campaign ? json::value(r.campaign->id) : json::value(nullptr)},
                      {"unit_id", r.unit_id},
                      {"unit_name", r.unit_name},
                      {"from_year", years ? json::value(r.from_year) : json::value(nullptr)},
                      {"to_year", years ? json::value(r.to_year) : json::value(nullptr)},
                      {"scope", app::fairness_scope_text(r)},
                      {"predecessors", predecessors_json(r)},
                      {"tables", std::move(tables)}};
}

json::object fairness_page_json(const app::FairnessReport& r) {
  json::array tables;
  for (const auto& t : r.tables) {
    const bool people = t.basis == core::FairnessBasis::kIndividuals;
    const std::string caption = app::fairness_table_caption(t);
    BarChart chart{chart_id(t), caption, msg::kFairColGroup,
                   {msg::kFairSeriesAwards, people ? msg::kFairSeriesPeople : msg::kFairSeriesUnits},
                   {}, 1000, ""};
    chart.table = false;  // the table below holds the figures
    json::array rows;
    for (const auto& g : t.groups) {
      chart.rows.push_back({g.label,
                            {g.award_share, g.base_share},
                            {core::share_text(g.award_share), core::share_text(g.base_share)}});
      rows.push_back(json::object{{"label", g.label},
                                  {"awards", g.awards},
                                  {"award_share", core::share_text(g.award_share)},
                                  {"base", g.base},
                                  {"base_share", core::share_text(g.base_share)},
                                  {"gap", core::gap_text(g.gap)},
                                  {"under", g.gap < 0}});
    }
    tables.push_back(json::object{{"caption", caption},
                                  {"chart", bar_chart_json(chart)},
                                  {"base_head", people ? msg::kFairColPeople : msg::kFairColUnits},
                                  {"rows", std::move(rows)},
                                  {"empty", t.groups.empty()},
                                  {"awards", t.awards},
                                  {"base", t.base}});
  }
  json::array predecessors;
  for (const auto& u : r.predecessors) {
    predecessors.push_back(json::object{{"name", u.name}, {"closed_on", core::display_date(u.valid_to)}});
  }
  const bool has_predecessors = !predecessors.empty();
  return json::object{{"scope", app::fairness_scope_text(r)},
                      {"what_base_is", msg::kFairWhatBaseIs},
                      {"predecessors", std::move(predecessors)},
                      {"has_predecessors", has_predecessors},
                      {"tables", std::move(tables)}};
}

}  // namespace thidua::web
