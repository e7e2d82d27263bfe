// The change counters of migration 121: one row per cached table, raised by
// triggers on every insert, update and delete of that table, whichever
// process wrote. A server that keeps rows between requests reads the counter
// first, then the rows: a write committed between the two raises the counter
// again, so a copy labelled with a counter is never older than that counter.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// The counter of the units table (every write to units raises it).
core::Result<int64_t> units_change_counter(Connection& conn);

}  // namespace thidua::store
