// A bulk load on one connection (the imports' write of thousands of rows in
// one transaction). While a BulkLoad lives, SQLite keeps its temporary
// structures in memory (PRAGMA temp_store=MEMORY): the statement journal of
// each insert (the pages one statement changed, kept to undo that statement
// alone) and the small ephemeral tables of the checks' IN lists. With the
// default, each statement of a long transaction wrote its journal to a
// temporary file, two system calls a page; that was half the register
// import's time (docs/performance.md). Memory stays bounded by the largest
// single statement, which the imports keep to 50 rows. On destruction the
// connection goes back to the default, so a pooled connection serves other
// requests as before. PostgreSQL needs nothing: a no-op.
#pragma once

#include "store/db.h"

namespace thidua::store {

class BulkLoad {
 public:
  explicit BulkLoad(Connection& conn);
  ~BulkLoad();
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

 private:
  Connection& conn_;
  bool set_ = false;
};

}  // namespace thidua::store
