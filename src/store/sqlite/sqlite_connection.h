// One SQLite connection: prepared statements cached by SQL text, constraint
// violations reported as core::errc::kConflict, and the writer slot of its
// database taken for the length of each write transaction.
#pragma once

#include <sqlite3.h>

#include <list>
#include <semaphore>
#include <string>
#include <unordered_map>

#include "store/db.h"

namespace thidua::store::sqlite {

// Serialises write transactions of one database across its connections: SQLite
// admits one writer at a time, and waiting here is fairer than busy polling.
// Released from any thread (a Lease may move between threads).
class WriterSlot {
 public:
  explicit WriterSlot(int timeout_ms) : timeout_ms_(timeout_ms) {}
  // Waits up to the busy timeout; false when the slot stayed taken.
  bool acquire();
  void release() { sem_.release(); }

 private:
  std::binary_semaphore sem_{1};
  int timeout_ms_;
};

class SqliteConnection final : public Connection {
 public:
  // Takes ownership of `db`. `writer` must outlive the connection.
  SqliteConnection(sqlite3* db, WriterSlot* writer);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Engine engine() const override { return Engine::kSqlite; }
  core::Result<Rows> query(std::string_view sql, const Params& params = {}) override;
  core::Status query_each(std::string_view sql, const Params& params,
                          const std::function<void(const RowView&)>& row) override;
  core::Result<int64_t> exec(std::string_view sql, const Params& params = {}) override;
  core::Status exec_script(std::string_view sql) override;
  core::Status begin() override;
  core::Status commit() override;
  core::Status rollback() override;

  // Ends a transaction left open by a careless caller; used when the
  // connection goes back to the pool.
  void reset_state();
  sqlite3* handle() { return db_; }

  static constexpr size_t kStatementCacheSize = 64;

 private:
  // A prepared statement from the cache (or freshly prepared and cached).
  core::Result<sqlite3_stmt*> prepare(std::string_view sql);
  core::Status bind(sqlite3_stmt* stmt, const Params& params);
  // Steps `stmt` to the end, collecting rows when `out` is given.
  core::Status run(sqlite3_stmt* stmt, Rows* out);
  core::Error error_from(int rc, std::string_view context) const;
  // Gives the writer slot back once SQLite is out of its transaction.
  void sync_writer();

  sqlite3* db_;
  WriterSlot* writer_;
  bool holds_writer_ = false;
  // LRU cache: most recently used at the front.
  std::list<std::pair<std::string, sqlite3_stmt*>> lru_;
  std::unordered_map<std::string_view, std::list<std::pair<std::string, sqlite3_stmt*>>::iterator> cache_;
};

}  // namespace thidua::store::sqlite
