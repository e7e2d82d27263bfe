#include "store/bulk_load.h"

namespace thidua::store {

BulkLoad::BulkLoad(Connection& conn) : conn_(conn) {
  if (conn_.engine() != Engine::kSqlite) return;
  // A failure leaves the default: slower, never wrong.
  set_ = conn_.exec("PRAGMA temp_store=MEMORY").ok();
}

BulkLoad::~BulkLoad() {
  if (set_) (void)conn_.exec("PRAGMA temp_store=DEFAULT");
}

}  // namespace thidua::store
