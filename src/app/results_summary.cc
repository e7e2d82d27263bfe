#include "app/results_summary.h"

#include <map>
#include <utility>

namespace thidua::app {

ResultsSummary summarise_results(const std::vector<core::AwardCount>& counts) {
  ResultsSummary out;
  std::map<std::pair<std::string, std::string>, size_t> unit_at;  // (path, name)
  std::map<std::pair<std::string, std::string>, size_t> award_at;
  for (const auto& c : counts) {
    auto [u, new_unit] = unit_at.emplace(std::pair{c.unit_path, c.unit_name}, out.units.size());
    if (new_unit) out.units.push_back(UnitTally{c.unit_name, c.unit_path, {}, 0, 0});
    UnitTally& unit = out.units[u->second];
    unit.awards.push_back(AwardTally{c.award_name, c.granted_by, c.individuals, c.collectives});
    unit.individuals += c.individuals;
    unit.collectives += c.collectives;

    auto [a, new_award] = award_at.emplace(std::pair{c.award_name, c.granted_by}, out.award_types.size());
    if (new_award) out.award_types.push_back(AwardTally{c.award_name, c.granted_by, 0, 0});
    out.award_types[a->second].individuals += c.individuals;
    out.award_types[a->second].collectives += c.collectives;

    out.individuals += c.individuals;
    out.collectives += c.collectives;
  }
  return out;
}

}  // namespace thidua::app
