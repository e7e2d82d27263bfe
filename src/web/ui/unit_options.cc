#include "web/ui/unit_options.h"

#include <string>

#include <boost/json/object.hpp>

namespace thidua::web {

boost::json::array unit_options(const std::vector<app::UnitNode>& nodes,
                                const std::function<bool(const core::Unit&)>& keep,
                                const std::function<bool(int64_t unit_id)>& selected) {
  boost::json::array out;
  for (const auto& n : nodes) {
    if (keep && !keep(n.unit)) continue;
    std::string label;
    for (int i = 0; i < n.depth; ++i) label += "— ";
    label += n.unit.name;
    out.push_back(boost::json::object{
        {"value", n.unit.id}, {"label", std::move(label)}, {"selected", selected && selected(n.unit.id)}});
  }
  return out;
}

boost::json::array unit_options(const std::vector<app::UnitNode>& nodes, std::optional<int64_t> selected,
                                const std::function<bool(const core::Unit&)>& keep) {
  return unit_options(nodes, keep, [selected](int64_t id) { return selected && *selected == id; });
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
