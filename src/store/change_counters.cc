#include "store/change_counters.h"

namespace thidua::store {

core::Result<int64_t> units_change_counter(Connection& conn) {
  auto rows = conn.query("SELECT counter FROM change_counters WHERE name = 'units'");
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return driver_error(core::errc::kStorage, "change_counters row missing: units");
  return (*rows)[0].i64(0);
}

}  // namespace thidua::store
