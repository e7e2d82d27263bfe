// Units of the organisation tree and their name history.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/org.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Every unit inside any of `scopes` (materialised paths; empty = none), in
// sibling order: sort_order (a new unit's id, so the order units were
// added in), then name and id. Not parents first: app::unit_tree puts them
// in tree order. (Path order would put "/1/10/" before "/1/2/".)
core::Result<std::vector<core::Unit>> list_units(Connection& conn, const std::vector<std::string>& scopes);

// The open top units (the deployment's agencies), by sort order and name:
// a few dozen at most.
core::Result<std::vector<core::Unit>> open_top_units(Connection& conn);

core::Result<std::optional<core::Unit>> find_unit(Connection& conn, int64_t id);
// The units with these ids (unknown ids are left out), by id; `lock` takes
// their row locks on PostgreSQL (SELECT ... FOR UPDATE) until the transaction ends.
core::Result<std::vector<core::Unit>> find_units(Connection& conn, const std::vector<int64_t>& ids, bool lock);

// The direct sub-units of these units, open or closed (`lock`: FOR UPDATE on
// PostgreSQL, as find_units).
core::Result<std::vector<core::Unit>> child_units(Connection& conn, const std::vector<int64_t>& parent_ids,
                                                  bool lock = false);

// Puts the unit (with its subtree and the people in it) under `new_parent_id`
// (none: at the top), rewriting their paths. Refuses a parent inside the
// unit's own subtree. Bumps the unit's version.
core::Status move_unit(Connection& conn, int64_t unit_id, std::optional<int64_t> new_parent_id,
                       const std::string& now);

core::Result<std::optional<core::Unit>> find_unit_by_code(Connection& conn, const std::string& code);

// Inserts a unit under unit.parent_id (which must exist), sets its id and path,
// records its first name in the name history. Returns the stored unit.
// A duplicate code is a kConflict error on field "code".
core::Result<core::Unit> insert_unit(Connection& conn, core::Unit unit, const std::string& now);

// Updates the editable fields when the stored version equals unit.version
// (else kConflict); a changed name closes the old name in the history on
// `today` and opens the new one. Moving a unit (parent change) rewrites the
// paths of its subtree and of the people in it. Returns the stored unit.
core::Result<core::Unit> update_unit(Connection& conn, const core::Unit& unit, const std::string& now,
                                     const std::string& today);

core::Result<std::vector<core::UnitName>> unit_name_history(Connection& conn, int64_t unit_id);

// Every unit's name history in one query (units are few beside people):
// unit id -> its names, oldest first.
core::Result<std::map<int64_t, std::vector<core::UnitName>>> all_unit_name_histories(Connection& conn);

// Number of people whose primary unit is each unit (its own people, not its
// subtree's), read from the counters migration 070 keeps; units without
// people are left out.
core::Result<std::vector<std::pair<int64_t, int64_t>>> people_counts(Connection& conn);

// The same for the units at these paths only (a page of units): path ->
// people, paths without people left out. At most a few thousand paths.
core::Result<std::vector<std::pair<std::string, int64_t>>> people_counts_at(Connection& conn,
                                                                          const std::vector<std::string>& paths);

}  // namespace thidua::store
