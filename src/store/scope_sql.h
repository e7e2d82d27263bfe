// SQL for "inside one of these subtrees": materialised-path prefixes become
// index range scans (col >= '/1/4/' AND col < '/1/40'), portable to both engines.
#pragma once

#include <string>
#include <vector>

#include "store/db.h"

namespace thidua::store {

// Returns a condition on `column` that holds when it lies under any of the
// paths; appends the bound values to `params`. No paths → a false condition.
std::string scope_condition(const std::string& column, const std::vector<std::string>& paths, Params& params);

// The same condition for a scope that covers most rows, written so that the
// planner walks the name-order index and stops at LIMIT instead of reading the
// whole scope through the path index and sorting it. On SQLite the column is
// prefixed with unary `+`, which keeps any index from serving it at no cost per
// row; PostgreSQL's cost-based planner needs no such hint and gets the range.
std::string scope_condition_unindexed(Engine engine, const std::string& column, const std::vector<std::string>& paths,
                                      Params& params);

// The join of a table found through its path index (the units inside a
// scope, or of a few paths) to a larger one looked up by key (a plan's
// tens of thousands of participating units): SQLite, which keeps no
// statistics here and would read the larger table whole, is held to reading
// the left one first ("CROSS JOIN"); PostgreSQL's planner chooses ("JOIN").
const char* join_left_first(Engine engine);

// True when any path is a root's subtree ("/" or "/N/"): such a scope usually
// holds most rows.
bool scope_is_broad(const std::vector<std::string>& paths);

// The path and those above it: each prefix of "/1/4/9/" ending in '/'
// ("/1/", "/1/4/", "/1/4/9/"): the units whose grants reach the unit.
std::vector<std::string> path_and_ancestors(const std::string& path);

// Upper bound for a prefix range: the smallest string greater than every
// string starting with `prefix` (last byte incremented; prefix is ASCII).
std::string prefix_upper_bound(const std::string& prefix);

}  // namespace thidua::store
