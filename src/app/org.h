// Use cases of the organisation tree: browse, create, edit (rename, move,
// dissolve, merge into a successor). Every call is authorised on the server.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/org.h"
#include "core/result.h"
#include "store/units.h"

namespace thidua::app {

struct UnitNode {
  core::Unit unit;
  int depth = 0;             // 0 for the top of what the actor sees
  int64_t people = 0;        // people whose primary unit is this unit
};

// Units the actor may see (core::Action::kViewOrg), in tree order (each
// parent followed by its children, siblings in the order of
// store::list_units), with the number of people of each.
core::Result<std::vector<UnitNode>> browse_units(const Services& services, const core::Actor& actor);

// The same units in the same order without the people counts (all 0), shared
// and read-only: what drop-downs of units need. Served from the server's
// UnitTreeCache (app/unit_tree_cache.h) while no unit has changed, at the
// cost of one single-row read; built afresh when the server has none.
using UnitTree = std::shared_ptr<const std::vector<UnitNode>>;
core::Result<UnitTree> unit_tree(const Services& services, const core::Actor& actor);

// The unit with this code when the actor may see it (kViewOrg); nullopt
// when there is none or it lies outside the actor's sight. For forms that
// take a unit by its code (a tree too large to list).
core::Result<std::optional<core::Unit>> visible_unit_by_code(const Services& services, const core::Actor& actor,
                                                             const std::string& code);

struct UnitDetail {
  core::Unit unit;
  std::optional<core::Unit> parent;
  std::optional<core::Unit> successor;
  std::vector<core::UnitName> names;
  bool can_edit = false;
};
core::Result<UnitDetail> get_unit(const Services& services, const core::Actor& actor, int64_t id);

// Creates a unit under unit.parent_id (kEditOrg on the parent; a root needs a
// system actor). Validates with core::validate_unit. Audited.
core::Result<core::Unit> create_unit(const Services& services, const core::Actor& actor, core::Unit unit,
                                     const RequestMeta& meta);

// Saves edits when unit.version matches (else kConflict). kEditOrg is needed
// on the unit and, when moved, on the new parent. Audited with before/after.
core::Result<core::Unit> update_unit(const Services& services, const core::Actor& actor, core::Unit unit,
                                     const RequestMeta& meta);

}  // namespace thidua::app
