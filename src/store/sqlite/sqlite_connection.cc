// SQLite connection: statement cache, parameter binding and error mapping.
#include "store/sqlite/sqlite_connection.h"

#include <chrono>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace thidua::store::sqlite {

bool WriterSlot::acquire() {
  return sem_.try_acquire_for(std::chrono::milliseconds(timeout_ms_ > 0 ? timeout_ms_ : 1));
}

SqliteConnection::SqliteConnection(sqlite3* db, WriterSlot* writer) : db_(db), writer_(writer) {}

SqliteConnection::~SqliteConnection() {
  reset_state();
  for (auto& entry : lru_) sqlite3_finalize(entry.second);
  sqlite3_close_v2(db_);
}

core::Error SqliteConnection::error_from(int rc, std::string_view context) const {
  int extended = sqlite3_extended_errcode(db_);
  std::string message = "sqlite: ";
  message += sqlite3_errmsg(db_);
  if (!context.empty()) {
    message += " [";
    message += context.substr(0, 200);
    message += "]";
  }
  // Unique, foreign-key, NOT NULL and CHECK violations are conflicts; a
  // trigger's RAISE is a refusal by the schema, reported as on PostgreSQL.
  if ((rc & 0xff) == SQLITE_CONSTRAINT && extended != SQLITE_CONSTRAINT_TRIGGER) {
    return driver_error(core::errc::kConflict, message);
  }
  // The file cannot be read or written just now (disk full, I/O error, a
  // lock held too long, a file system remounted read-only): worth a retry.
  switch (rc & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_NOMEM:
      return driver_error(core::errc::kStorageUnavailable, message);
    default:
      return driver_error(core::errc::kStorage, message);
  }
}

core::Result<sqlite3_stmt*> SqliteConnection::prepare(std::string_view sql) {
  if (auto it = cache_.find(sql); it != cache_.end()) {
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
  }
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return error_from(rc, sql);
  }
  if (stmt == nullptr) {
    return driver_error(core::errc::kStorage, "sqlite: empty statement");
  }
  for (const char* p = tail; p != nullptr && p < sql.data() + sql.size(); ++p) {
    if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != ';') {
      sqlite3_finalize(stmt);
      return driver_error(core::errc::kStorage,
                              "sqlite: several statements in one call (use exec_script): " +
                                  std::string(sql.substr(0, 200)));
    }
  }
  if (lru_.size() >= kStatementCacheSize) {
    auto& oldest = lru_.back();
    cache_.erase(oldest.first);
    sqlite3_finalize(oldest.second);
    lru_.pop_back();
  }
  lru_.emplace_front(std::string(sql), stmt);
  cache_.emplace(lru_.front().first, lru_.begin());
  return stmt;
}

core::Status SqliteConnection::bind(sqlite3_stmt* stmt, const Params& params) {
  int expected = sqlite3_bind_parameter_count(stmt);
  if (expected != static_cast<int>(params.size())) {
    return driver_error(core::errc::kStorage,
                            "sqlite: statement expects " + std::to_string(expected) + " parameters, got " +
                                std::to_string(params.size()));
  }
  for (size_t i = 0; i < params.size(); ++i) {
    int index = static_cast<int>(i) + 1;
    int rc = std::visit(
        [&](const auto& v) -> int {
          using V = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<V, std::nullptr_t>) {
            return sqlite3_bind_null(stmt, index);
          } else if constexpr (std::is_same_v<V, int64_t>) {
            return sqlite3_bind_int64(stmt, index, v);
          } else if constexpr (std::is_same_v<V, double>) {
            return sqlite3_bind_double(stmt, index, v);
          } else if constexpr (std::is_same_v<V, std::string>) {
            // The params outlive the statement's execution: no copy needed.
            return sqlite3_bind_text64(stmt, index, v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8);
          } else {
            return sqlite3_bind_int64(stmt, index, v ? 1 : 0);
          }
        },
        params[i]);
    if (rc != SQLITE_OK) return error_from(rc, "bind");
  }
  return {};
}

core::Status SqliteConnection::run(sqlite3_stmt* stmt, Rows* out) {
  if (out != nullptr) {
    int n = sqlite3_column_count(stmt);
    out->columns.reserve(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c) out->columns.emplace_back(sqlite3_column_name(stmt, c));
  }
  core::Status status;
  for (;;) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc == SQLITE_ROW) {
      if (out == nullptr) continue;
      int n = sqlite3_column_count(stmt);
      std::vector<std::optional<std::string>> cells;
      cells.reserve(static_cast<size_t>(n));
      for (int c = 0; c < n; ++c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
          cells.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
          int len = sqlite3_column_bytes(stmt, c);
          cells.emplace_back(std::string(text != nullptr ? text : "", static_cast<size_t>(len)));
        }
      }
      out->rows.emplace_back(std::move(cells));
      continue;
    }
    status = error_from(rc, sqlite3_sql(stmt));
    break;
  }
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  return status;
}

core::Result<Rows> SqliteConnection::query(std::string_view sql, const Params& params) {
  auto stmt = prepare(sql);
  if (!stmt.ok()) return stmt.error();
  Rows rows;
  auto st = bind(*stmt, params);
  if (st.ok()) st = run(*stmt, &rows);
  else sqlite3_clear_bindings(*stmt);
  sync_writer();
  if (!st.ok()) return st.error();
  return rows;
}

namespace {

// The current row of a stepped statement, read in place.
class StatementRow final : public RowView {
 public:
  explicit StatementRow(sqlite3_stmt* stmt)
      : stmt_(stmt), columns_(static_cast<size_t>(sqlite3_column_count(stmt))) {}
  size_t size() const override { return columns_; }
  bool is_null(size_t i) const override { return sqlite3_column_type(stmt_, column(i)) == SQLITE_NULL; }
  std::string_view text(size_t i) const override {
    const int c = column(i);
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
    return p != nullptr ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : std::string_view();
  }
  int64_t i64(size_t i) const override {
    switch (sqlite3_column_type(stmt_, column(i))) {
      case SQLITE_NULL: return 0;
      case SQLITE_INTEGER: return sqlite3_column_int64(stmt_, column(i));
      default: return RowView::i64(i);  // text or real: read as Row reads it
    }
  }

 private:
  int column(size_t i) const {
    if (i >= columns_) throw std::out_of_range("column " + std::to_string(i) + " of " + std::to_string(columns_));
    return static_cast<int>(i);
  }
  sqlite3_stmt* stmt_;
  size_t columns_;
};

}  // namespace

core::Status SqliteConnection::query_each(std::string_view sql, const Params& params,
                                          const std::function<void(const RowView&)>& row) {
  auto stmt = prepare(sql);
  if (!stmt.ok()) return stmt.error();
  sqlite3_stmt* s = *stmt;
  // The statement goes back to the cache reset, whatever `row` does.
  struct Done {
    SqliteConnection& conn;
    sqlite3_stmt* s;
    ~Done() {
      sqlite3_reset(s);
      sqlite3_clear_bindings(s);
      conn.sync_writer();
    }
  } done{*this, s};
  THIDUA_TRY(bind(s, params));
  const StatementRow view(s);
  for (;;) {
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) return {};
    if (rc != SQLITE_ROW) return error_from(rc, sqlite3_sql(s));
    row(view);
  }
}

core::Result<int64_t> SqliteConnection::exec(std::string_view sql, const Params& params) {
  auto stmt = prepare(sql);
  if (!stmt.ok()) return stmt.error();
  auto st = bind(*stmt, params);
  if (st.ok()) st = run(*stmt, nullptr);
  else sqlite3_clear_bindings(*stmt);
  sync_writer();
  if (!st.ok()) return st.error();
  return static_cast<int64_t>(sqlite3_changes64(db_));
}

core::Status SqliteConnection::exec_script(std::string_view sql) {
  std::string copy(sql);  // sqlite3_exec needs a terminating NUL
  char* err = nullptr;
  int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  sync_writer();
  if (rc != SQLITE_OK) return error_from(rc, "script");
  return {};
}

core::Status SqliteConnection::begin() {
  if (!holds_writer_) {
    if (!writer_->acquire()) {
      return driver_error(core::errc::kStorageUnavailable, "sqlite: timed out waiting for the write lock");
    }
    holds_writer_ = true;
  }
  auto st = exec("BEGIN IMMEDIATE");
  if (!st.ok()) return st.error();
  return {};
}

core::Status SqliteConnection::commit() {
  auto st = exec("COMMIT");
  if (!st.ok()) return st.error();
  return {};
}

core::Status SqliteConnection::rollback() {
  if (sqlite3_get_autocommit(db_) != 0) {
    sync_writer();
    return {};  // SQLite already rolled back (e.g. after a fatal error)
  }
  auto st = exec("ROLLBACK");
  if (!st.ok()) return st.error();
  return {};
}

void SqliteConnection::sync_writer() {
  if (holds_writer_ && sqlite3_get_autocommit(db_) != 0) {
    holds_writer_ = false;
    writer_->release();
  }
}

void SqliteConnection::reset_state() {
  if (sqlite3_get_autocommit(db_) == 0) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  sync_writer();
}

}  // namespace thidua::store::sqlite
