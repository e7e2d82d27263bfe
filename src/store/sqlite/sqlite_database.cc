// SQLite database: a bounded pool of configured connections and online backup.
#include "store/sqlite/sqlite_database.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include "store/backup_file.h"
#include "store/sqlite/sqlite_connection.h"

namespace thidua::store::sqlite {
namespace {

core::Error open_error(sqlite3* db, const std::string& path, std::string_view what) {
  std::string message = "sqlite: cannot " + std::string(what) + " " + path + ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  return driver_error(core::errc::kStorageUnavailable, message);
}

class SqliteDatabase final : public Database, public Pool {
 public:
  SqliteDatabase(std::string path, const DatabaseOptions& options)
      : path_(std::move(path)), options_(options), writer_(options.busy_timeout_ms) {
    if (options_.pool_size < 1) options_.pool_size = 1;
    // Each connection to ":memory:" is its own database: keep exactly one,
    // which the pool never closes, so the data lives as long as the pool.
    if (path_ == ":memory:") options_.pool_size = 1;
  }

  ~SqliteDatabase() override = default;

  Engine engine() const override { return Engine::kSqlite; }

  // Opens and configures one connection. `first` also switches the file to WAL.
  core::Result<std::unique_ptr<SqliteConnection>> connect(bool first) {
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    int rc = sqlite3_open_v2(path_.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
      auto err = open_error(db, path_, "open");
      sqlite3_close_v2(db);
      return err;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, options_.busy_timeout_ms);
    // No memory map (mmap_size=0): pages are read into each connection's own
    // cache (16 MiB) from the OS page cache. A connection whose view of the
    // database changed (any commit by another connection) drops its cache and,
    // with a memory map, unmaps the whole file; under steady writes that
    // unmapping (a TLB shootdown on every CPU) and the page faults after it
    // cost every request more as the file grew (docs/performance.md, the soak).
    // secure_delete: deleted rows are overwritten with zeros, so that nothing
    // of an emptied ballot box (store/ballot.h) or any other deleted record
    // lingers in free space of the file.
    // recursive_triggers: a row deleted by REPLACE conflict resolution fires its
    // delete triggers too, so the counters of migration 070 see it go.
    std::string pragmas =
        "PRAGMA foreign_keys=ON; PRAGMA recursive_triggers=ON; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON; "
        "PRAGMA mmap_size=0; PRAGMA cache_size=-16384;";
    if (first) pragmas = "PRAGMA journal_mode=WAL; " + pragmas;
    char* err = nullptr;
    rc = sqlite3_exec(db, pragmas.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) {
      auto e = open_error(db, path_, "configure");
      sqlite3_close_v2(db);
      return e;
    }
    return std::make_unique<SqliteConnection>(db, &writer_);
  }

  // Checks the file really is a database (sqlite3_open is lazy).
  core::Status validate() {
    auto conn = connect(true);
    if (!conn.ok()) return conn.error();
    auto rows = (*conn)->query("SELECT count(*) FROM sqlite_master");
    if (!rows.ok()) return rows.error();
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(*conn));
    ++open_;
    return {};
  }

  Lease acquire() override {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !idle_.empty() || open_ < options_.pool_size; });
    if (!idle_.empty()) {
      auto conn = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(conn));
    }
    ++open_;
    lock.unlock();
    auto conn = connect(false);
    if (conn.ok()) return Lease(this, std::move(*conn));
    // Opening failed (file removed, descriptors exhausted): hand out a
    // connection whose every call reports the failure; releasing it frees the
    // slot so that the next acquire tries again.
    return Lease(this, std::make_unique<FailedConnection>(conn.error()));
  }

  void release(std::unique_ptr<Connection> conn) override {
    if (auto* sc = dynamic_cast<SqliteConnection*>(conn.get()); sc != nullptr) {
      sc->reset_state();
      std::lock_guard lock(mu_);
      conn.release();
      idle_.emplace_back(sc);
    } else {
      conn.reset();
      std::lock_guard lock(mu_);
      --open_;
    }
    cv_.notify_one();
  }

  // VACUUM INTO copies the database as one read transaction sees it: under
  // WAL it neither waits for writers nor restarts when they commit (the
  // online backup API restarted on every change and never finished under
  // sustained writes), so it ends in time bounded by the database's size.
  // The copy is checked (quick_check) before it takes the destination's name.
  core::Status backup(const std::string& destination) override {
    auto file = BackupFile::prepare(destination);
    if (!file.ok()) return file.error();
    {
      Lease lease = acquire();
      auto copied = lease->exec("VACUUM INTO ?", {file->temp_path()});
      if (!copied.ok()) return copied.error();
    }
    sqlite3* copy = nullptr;
    int rc = sqlite3_open_v2(file->temp_path().c_str(), &copy, SQLITE_OPEN_READONLY, nullptr);
    std::string verdict;
    if (rc == SQLITE_OK) {
      sqlite3_stmt* stmt = nullptr;
      rc = sqlite3_prepare_v2(copy, "PRAGMA quick_check", -1, &stmt, nullptr);
      if (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        const unsigned char* text = sqlite3_column_text(stmt, 0);
        verdict = text != nullptr ? reinterpret_cast<const char*>(text) : "";
      }
      sqlite3_finalize(stmt);
    }
    if (verdict != "ok") {
      auto err = driver_error(core::errc::kStorage, "backup copy " + file->temp_path() + " failed its check: " +
                                                       (verdict.empty() ? std::string(sqlite3_errmsg(copy)) : verdict));
      sqlite3_close_v2(copy);
      return err;
    }
    sqlite3_close_v2(copy);
    return file->publish();
  }

  std::string describe() const override { return "sqlite:" + path_; }

 private:
  // Stands in for a connection that could not be opened.
  class FailedConnection final : public Connection {
   public:
    explicit FailedConnection(core::Error error) : error_(std::move(error)) {}
    Engine engine() const override { return Engine::kSqlite; }
    core::Result<Rows> query(std::string_view, const Params&) override { return error_; }
    core::Result<int64_t> exec(std::string_view, const Params&) override { return error_; }
    core::Status exec_script(std::string_view) override { return error_; }
    core::Status begin() override { return error_; }
    core::Status commit() override { return error_; }
    core::Status rollback() override { return error_; }

   private:
    core::Error error_;
  };

  std::string path_;
  DatabaseOptions options_;
  WriterSlot writer_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<SqliteConnection>> idle_;
  int open_ = 0;  // connections in existence, idle or leased
};

}  // namespace

core::Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, const DatabaseOptions& options) {
  auto db = std::make_unique<SqliteDatabase>(path, options);
  THIDUA_TRY(db->validate());
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace thidua::store::sqlite
