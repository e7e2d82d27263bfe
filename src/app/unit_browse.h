// One page of the organisation tree, as /don-vi and GET /api/v1/units show it.
// At national scale a reader sees tens of thousands of units: neither the page
// nor the API lists them all at once.
//   - The page: while the units shown are at most `level_limit`, all of them;
//     past that, as many whole upper levels as fit (at least the tops, or the
//     root and its children), each unit at the last level shown telling how
//     many units lie below it (reached by opening that branch: root_id).
//   - The API: every unit of the (sub)tree, a page at a time.
// Either way the units come in tree order (each parent followed by its
// children, as app::unit_tree), `page_size` per page; people are counted for
// the page's units only. Authorised: the reader's kViewOrg scopes; a root the
// reader cannot see is kNotFound.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "app/org.h"

namespace thidua::app {

struct UnitBrowseRequest {
  std::optional<int64_t> root_id;  // only this unit and its subtree
  int page = 1;                    // 1-based; past the last: no units
  size_t page_size = 500;
  bool whole_levels = false;       // the page's rule above; false: every unit
  size_t level_limit = 500;
};

struct BrowsedUnit {
  UnitNode node;       // depth as in app::unit_tree; people counted
  int level = 0;       // 0 for the root (or the tops) of this view
  int64_t hidden = 0;  // units below it left out of this view
};

struct UnitBrowsePage {
  std::optional<core::Unit> root;
  std::vector<core::Unit> crumbs;  // the root's visible ancestors, top first
  std::vector<BrowsedUnit> units;
  int64_t total = 0;               // units in this view, all pages
  int page = 1;
  size_t page_size = 0;
  bool has_more = false;
  bool shortened = false;          // some units below are left out
  int levels = 0;                  // levels shown when shortened
};

core::Result<UnitBrowsePage> browse_unit_page(const Services& services, const core::Actor& actor,
                                              const UnitBrowseRequest& request);

// What browse_unit_page shows of `nodes` (a tree in tree order), without the
// people counts: no I/O, for tests. A root_id not among the nodes gives
// nullopt.
std::optional<UnitBrowsePage> lay_out_unit_page(const std::vector<UnitNode>& nodes, const UnitBrowseRequest& request);

}  // namespace thidua::app
