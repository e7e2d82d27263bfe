// One PostgreSQL connection over libpq: `?` parameter markers become $n, parameters
// travel as text, SQLSTATE class 23 (integrity violations) becomes kConflict.
// A lost connection is re-established on the next call outside a transaction.
#pragma once

#include <libpq-fe.h>

#include <string>

#include "store/db.h"

namespace thidua::store::postgres {

class PgConnection final : public Connection {
 public:
  // Connects to `conninfo` (a libpq URI); check ok() / last_error() after.
  explicit PgConnection(std::string conninfo);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Engine engine() const override { return Engine::kPostgres; }
  core::Result<Rows> query(std::string_view sql, const Params& params = {}) override;
  core::Status query_each(std::string_view sql, const Params& params,
                          const std::function<void(const RowView&)>& row) override;
  core::Result<int64_t> exec(std::string_view sql, const Params& params = {}) override;
  core::Status exec_script(std::string_view sql) override;
  // Fails when a transaction is already open (PostgreSQL would only warn).
  core::Status begin() override;
  core::Status commit() override;
  core::Status rollback() override;

  // Connects (or reconnects a broken connection). Ok when usable.
  core::Status ensure_connected();
  // Rolls back a transaction left open; used when returning to the pool.
  void reset_state();
  // Notices a connection the server closed while it sat idle in the pool
  // (restart, pg_terminate_backend, idle timeout) and reconnects it; also
  // replaces a connection left in a transaction. Never blocks on a healthy
  // connection; a failed reconnect shows at the next call.
  void revive_if_dropped();

 private:
  // Runs `sql` with text parameters; the result is owned by the caller.
  core::Result<PGresult*> run(std::string_view sql, const Params& params);
  core::Error error_from(PGresult* res, std::string_view sql) const;

  std::string conninfo_;
  PGconn* conn_ = nullptr;
  // Set between begin() and commit()/rollback(): a connection lost meanwhile
  // is not silently replaced, since the transaction went with it.
  bool in_transaction_ = false;
};

}  // namespace thidua::store::postgres
