#include "route_coverage.h"

namespace thidua::test {
namespace {
std::set<RouteKey>& registry() {
  static std::set<RouteKey> routes;
  return routes;
}
}  // namespace

bool cover_routes(const std::vector<RouteKey>& routes) {
  registry().insert(routes.begin(), routes.end());
  return true;
}

const std::set<RouteKey>& covered_routes() { return registry(); }

}  // namespace thidua::test
