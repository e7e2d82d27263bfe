// The PostgreSQL engine: a bounded, thread-safe pool of libpq connections and
// backups through pg_dump.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store::postgres {

// Opens a pool on `url` (postgresql://user:pass@host:port/db?...). Connects
// once to check the URL and credentials; fails with kStorage otherwise.
// At most options.pool_size connections exist; acquire() waits beyond that.
core::Result<std::unique_ptr<Database>> open_postgres(const std::string& url, const DatabaseOptions& options);

// `url` without its password (user:pass@ and password=... parameters), for logs.
std::string strip_password(const std::string& url);

// The password in `url`, percent-decoded; empty when there is none.
std::string password_of(const std::string& url);

}  // namespace thidua::store::postgres
