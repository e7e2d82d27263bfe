// Versioned schema migrations shared by both engines. Each migration is a
// numbered .sql file in src/store/migrations/ compiled into the binary; where a
// dialect differs, NNN_name.sqlite.sql / NNN_name.postgres.sql add to it.
// Portable tokens in shared files: {{pk}} (auto-increment integer primary key),
// {{blob}} (binary column), {{without_rowid}} after a CREATE TABLE's closing
// parenthesis (SQLite: the table is stored in primary-key order, with no rowid
// recording the order of insertion; PostgreSQL: nothing).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct Migration {
  int version;
  std::string name;
  std::string sql;  // already specialised for the engine
};

// All migrations for `engine`, in version order.
std::vector<Migration> migrations_for(Engine engine);

// Applies every migration newer than the database's version, each in its own
// transaction, recording it in schema_migrations. Returns how many ran.
core::Result<int> migrate(Database& db);

// The version the database is at (0 when empty) and the version this binary
// expects. serve refuses to start when they differ.
core::Result<int> current_version(Database& db);
int latest_version();

}  // namespace thidua::store
