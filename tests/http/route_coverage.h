// Which routes the authorisation tables cover. The foundation matrix
// (authz_matrix_test.cc) checks that every route of the router is covered by
// its own table or by a table registered here from another file, so that each
// feature's file keeps its own matrix (role × route → outcome) next to the
// fixtures it needs. Register at static-initialisation time:
//
//   const bool kCovered = cover_routes({{"GET", "/dot-thi-dua"}, ...});
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace thidua::test {

using RouteKey = std::pair<std::string, std::string>;  // method, pattern as registered

// Adds routes to the covered set; returns true (for a static initialiser).
bool cover_routes(const std::vector<RouteKey>& routes);

// Every route registered so far.
const std::set<RouteKey>& covered_routes();

}  // namespace thidua::test
