#include "web/ui/unit_options.h"

#include <algorithm>
#include <string>

#include <boost/json/object.hpp>

namespace thidua::web {

namespace {

boost::json::object option_of(const app::UnitNode& n, bool selected) {
  std::string label;
  label.reserve(n.unit.name.size() + 4 * static_cast<size_t>(n.depth));
  for (int i = 0; i < n.depth; ++i) label += "— ";
  label += n.unit.name;
  return boost::json::object{{"value", n.unit.id}, {"label", std::move(label)}, {"selected", selected}};
}

}  // namespace

boost::json::array unit_options(const std::vector<app::UnitNode>& nodes,
                                const std::function<bool(const core::Unit&)>& keep,
                                const std::function<bool(int64_t unit_id)>& selected) {
  boost::json::array out;
  out.reserve(nodes.size());
  for (const auto& n : nodes) {
    if (keep && !keep(n.unit)) continue;
    out.push_back(option_of(n, selected && selected(n.unit.id)));
  }
  return out;
}

boost::json::array unit_options(const std::vector<app::UnitNode>& nodes, std::optional<int64_t> selected,
                                const std::function<bool(const core::Unit&)>& keep) {
  return unit_options(nodes, keep, [selected](int64_t id) { return selected && *selected == id; });
}

UnitFilterOptions unit_filter_options(const std::vector<app::UnitNode>& nodes, std::optional<int64_t> selected,
                                      size_t limit) {
  UnitFilterOptions out;
  if (nodes.size() <= limit) {
    out.options = unit_options(nodes, selected);
    return out;
  }
  // How many units each level holds; the deepest level that still fits.
  std::vector<size_t> per_level;
  for (const auto& n : nodes) {
    if (static_cast<size_t>(n.depth) >= per_level.size()) per_level.resize(n.depth + 1, 0);
    ++per_level[n.depth];
  }
  int deepest = -1;
  for (size_t level = 0, total = 0; level < per_level.size(); ++level) {
    total += per_level[level];
    if (total > limit) break;
    deepest = static_cast<int>(level);
  }
  out.shortened = true;
  out.levels = std::max(deepest, 0) + 1;
  size_t tops = 0;
  for (const auto& n : nodes) {
    const bool is_selected = selected && n.unit.id == *selected;
    bool keep = n.depth <= deepest;
    if (deepest < 0 && n.depth == 0) keep = tops++ < limit;  // even the tops do not fit: the first of them
    if (keep || is_selected) out.options.push_back(option_of(n, is_selected));
  }
  return out;
}

void add_unit_filter(boost::json::object& data, UnitFilterOptions filter) {
  data["units"] = std::move(filter.options);
  data["units_shortened"] = filter.shortened;
  data["units_levels"] = filter.levels;
}

boost::json::array unit_kind_options(core::UnitKind selected) {
  boost::json::array out;
  for (auto k : core::all_unit_kinds()) {
    out.push_back(boost::json::object{{"value", std::string(core::unit_kind_code(k))},
                                      {"label", std::string(core::unit_kind_label(k))},
                                      {"selected", k == selected}});
  }
  return out;
}

}  // namespace thidua::web
