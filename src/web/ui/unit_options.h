// The unit tree as the options of a form's <select>: each unit's name after
// one "— " per level below the top the actor sees, in tree order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

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

// The unit filter of a list page (people, awards, eligible lists): the
// options of every unit while there are at most `limit`; past that (a
// ministry or the nation: tens of thousands of units, megabytes of options)
// the units of the upper levels only, as many whole levels as fit in `limit`
// (at least the first `limit` tops), plus the selected unit wherever it is.
// A unit further down is reached from its own page (/don-vi/ID links its
// people and awards).
inline constexpr size_t kUnitFilterLimit = 500;
struct UnitFilterOptions {
  boost::json::array options;
  bool shortened = false;  // some units are left out
  int levels = 0;          // the levels listed when shortened
};
UnitFilterOptions unit_filter_options(const std::vector<app::UnitNode>& nodes, std::optional<int64_t> selected,
                                      size_t limit = kUnitFilterLimit);

// Puts a page's unit filter in its data: "units", "units_shortened" and
// "units_levels", as the filter templates read them.
void add_unit_filter(boost::json::object& data, UnitFilterOptions filter);

// {"value": code, "label": "Phòng", "selected": bool} for every kind of unit.
boost::json::array unit_kind_options(core::UnitKind selected);

}  // namespace thidua::web
