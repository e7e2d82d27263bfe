// The SQLite engine: a file database in WAL mode behind a bounded pool of
// connections (foreign keys on, busy timeout, synchronous=NORMAL).
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store::sqlite {

// Opens (creating if missing) the database file at `path` and configures it.
// Fails with kStorage when the file cannot be opened or is not a database.
// ":memory:" gives a private in-memory database behind a single connection.
core::Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, const DatabaseOptions& options);

}  // namespace thidua::store::sqlite
