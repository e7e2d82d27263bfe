// The unit tree as the options of a form's <select>: each unit's name after
// one "— " per level below the top the actor sees, in tree order.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <boost/json/array.hpp>

#include "app/org.h"

namespace thidua::web {

// {"value": id, "label": "— — name", "selected": bool} for every unit `keep`
// accepts (all when empty), selected when `selected` says so (none when empty).
boost::json::array unit_options(const std::vector<app::UnitNode>& nodes,
                                const std::function<bool(const core::Unit&)>& keep,
                                const std::function<bool(int64_t unit_id)>& selected);

// The same with at most one unit selected.
boost::json::array unit_options(const std::vector<app::UnitNode>& nodes, std::optional<int64_t> selected,
                                const std::function<bool(const core::Unit&)>& keep = {});

// {"value": code, "label": "Phòng", "selected": bool} for every kind of unit.
boost::json::array unit_kind_options(core::UnitKind selected);

}  // namespace thidua::web
