// A regular unit tree for the tests of unit lists (drop-downs, the tree page).
#pragma once

#include <string>
#include <vector>

#include "app/org.h"

namespace thidua::testing_units {

// `tops` tops, each with `children` children, each with `leaves` leaves, in
// tree order; ids count from 1 in that order, names are "U" + id, codes
// "C" + id.
inline std::vector<app::UnitNode> sample_unit_tree(int tops, int children, int leaves) {
  std::vector<app::UnitNode> out;
  auto add = [&](int depth) {
    app::UnitNode n;
    n.unit.id = static_cast<int64_t>(out.size()) + 1;
    n.unit.name = "U" + std::to_string(n.unit.id);
    n.unit.code = "C" + std::to_string(n.unit.id);
    n.depth = depth;
    out.push_back(n);
  };
  for (int t = 0; t < tops; ++t) {
    add(0);
    for (int c = 0; c < children; ++c) {
      add(1);
      for (int l = 0; l < leaves; ++l) add(2);
    }
  }
  return out;
}

}  // namespace thidua::testing_units
