// The storage interface: one SQL-level contract, two engines (SQLite, PostgreSQL).
// Callers write portable SQL with `?` parameter markers; engines translate (PostgreSQL
// gets $1, $2 ...). Values travel as text or NULL; typed accessors convert.
// Connections come from a pool; a Lease returns its connection when destroyed.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace thidua::store {

enum class Engine { kSqlite, kPostgres };

// A bound parameter. Booleans bind as 0/1 integers on both engines.
using Param = std::variant<std::nullptr_t, int64_t, double, std::string, bool>;
using Params = std::vector<Param>;

// Convenience: an optional string/int binds as NULL when empty.
Param opt(const std::optional<std::string>& v);
Param opt(std::optional<std::string>&& v);  // moves the text
Param opt(const std::optional<int64_t>& v);
Param null_if_empty(const std::string& v);

// Appends `ids` to `params` and returns their markers ("?,?,?") for an
// IN list; the caller answers an empty list without a query.
inline std::string bind_ids(const std::vector<int64_t>& ids, Params& params) {
  std::string list;
  list.reserve(ids.size() * 2);
  for (int64_t id : ids) {
    list += list.empty() ? "?" : ",?";
    params.emplace_back(id);
  }
  return list;
}

// A row's cells, read-only: a stored Row, or a row as a statement holds it
// while Connection::query_each hands it over (valid only during that call:
// its text points into the engine's buffers, nothing is copied).
class RowView {
 public:
  virtual size_t size() const = 0;
  virtual bool is_null(size_t i) const = 0;
  // Text of a cell; "" for NULL.
  virtual std::string_view text(size_t i) const = 0;
  // Integer of a cell; 0 for NULL. Throws std::invalid_argument on non-numbers
  // (a programmer error: the SQL chose the column).
  virtual int64_t i64(size_t i) const;
  std::optional<int64_t> opt_i64(size_t i) const;

 protected:
  ~RowView() = default;
};

class Row final : public RowView {
 public:
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}
  size_t size() const override { return cells_.size(); }
  bool is_null(size_t i) const override { return !cells_.at(i).has_value(); }
  std::string_view text(size_t i) const override { return str(i); }
  // Text of a cell; "" for NULL.
  const std::string& str(size_t i) const;
  std::optional<std::string> opt_str(size_t i) const { return cells_.at(i); }

 private:
  std::vector<std::optional<std::string>> cells_;
};

struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  bool empty() const { return rows.empty(); }
  size_t size() const { return rows.size(); }
  const Row& operator[](size_t i) const { return rows.at(i); }
  auto begin() const { return rows.begin(); }
  auto end() const { return rows.end(); }
};

// One database connection. Not thread-safe: use it from one thread at a time
// (a Lease guarantees that). Errors come back as driver_error() builds them:
// kStorage, kStorageUnavailable (no connection, disk full, lock timeout) or
// kConflict for unique/foreign-key violations, with a Vietnamese message and
// the engine's text in Error::detail (logs only, never shown to users).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Engine engine() const = 0;
  // Runs one statement and returns its rows (SELECT, or ... RETURNING).
  virtual core::Result<Rows> query(std::string_view sql, const Params& params = {}) = 0;
  // Runs one statement and hands each row to `row` as it is read, without
  // copying its cells (a page of rows on its way to a template or a JSON
  // writer). `row` must not use this connection. The default reads the rows
  // with query() first; both engines override it.
  virtual core::Status query_each(std::string_view sql, const Params& params,
                                  const std::function<void(const RowView&)>& row);
  // Runs one statement; returns the number of rows changed.
  virtual core::Result<int64_t> exec(std::string_view sql, const Params& params = {}) = 0;
  // Runs several ;-separated statements without parameters (migrations).
  virtual core::Status exec_script(std::string_view sql) = 0;
  // Transactions. begin() takes the write lock at once on SQLite (BEGIN IMMEDIATE)
  // so that read-then-write sequences do not deadlock.
  virtual core::Status begin() = 0;
  virtual core::Status commit() = 0;
  virtual core::Status rollback() = 0;
};

class Pool;

// "?,?,?" with `n` markers, for an IN (...) list of `n` bound values.
std::string sql_markers(size_t n);

// An error of a database engine: `code` is kStorage (a failed statement),
// kStorageUnavailable (the database cannot be reached or written just now: no
// connection, disk full, lock timeout) or kConflict (a constraint violated).
// The message is the Vietnamese one users see for that code (or `message_vi`
// when given); the engine's own text goes to Error::detail, for logs only.
core::Error driver_error(const char* code, std::string detail, const char* message_vi = nullptr);

// A connection borrowed from the pool; returned on destruction.
class Lease {
 public:
  Lease(Pool* pool, std::unique_ptr<Connection> conn) : pool_(pool), conn_(std::move(conn)) {}
  Lease(Lease&&) noexcept = default;
  // Returns the connection this lease held (if any) before taking `other`'s.
  Lease& operator=(Lease&& other) noexcept;
  ~Lease();
  Connection* operator->() { return conn_.get(); }
  Connection& operator*() { return *conn_; }

 private:
  Pool* pool_;
  std::unique_ptr<Connection> conn_;
};

// Runs `body` inside a transaction: commits when it returns ok, rolls back
// otherwise (and when it throws, rethrowing). Returns body's result.
template <class T>
core::Result<T> in_transaction(Connection& conn, const std::function<core::Result<T>()>& body);
core::Status in_transaction(Connection& conn, const std::function<core::Status()>& body);

template <class T>
core::Result<T> in_transaction(Connection& conn, const std::function<core::Result<T>()>& body) {
  THIDUA_TRY(conn.begin());
  try {
    core::Result<T> result = body();
    if (!result.ok()) {
      (void)conn.rollback();  // the body's error is the one worth reporting
      return result;
    }
    if (auto committed = conn.commit(); !committed.ok()) {
      (void)conn.rollback();  // no-op when the failed COMMIT already ended it
      return committed.error();
    }
    return result;
  } catch (...) {
    (void)conn.rollback();
    throw;
  }
}

struct DatabaseOptions {
  int pool_size = 8;            // connections kept open (PostgreSQL); SQLite readers
  int busy_timeout_ms = 5000;   // SQLite busy timeout
};

// A database: the pool and the engine behind it. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;
  virtual Engine engine() const = 0;
  // Borrows a connection, waiting if all are in use.
  virtual Lease acquire() = 0;
  // Writes a consistent copy of the whole database to `destination` while the
  // server keeps running: a SQLite file (online backup API) or, for PostgreSQL,
  // a plain SQL dump (pg_dump). Fails if the destination exists.
  virtual core::Status backup(const std::string& destination) = 0;
  // The URL it was opened with, password removed (for logs).
  virtual std::string describe() const = 0;
};

// Opens `sqlite:PATH` (file created if missing; WAL, foreign keys, busy timeout)
// or `postgresql://user:pass@host:port/db` (libpq URI). Does not migrate.
core::Result<std::unique_ptr<Database>> open_database(const std::string& url,
                                                      const DatabaseOptions& options = {});

// Pool used by engines; returns connections to the free list.
class Pool {
 public:
  virtual ~Pool() = default;
  virtual void release(std::unique_ptr<Connection> conn) = 0;
};

}  // namespace thidua::store
