// Throwaway databases for tests: temporary SQLite files or a reset PostgreSQL
// database on a server the test script started.
#include "support/test_db.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

#include "store/migrations.h"
#include "store/people.h"
#include "store/units.h"

namespace thidua::test {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v != nullptr ? std::string(v) : std::string();
}

// Temporary SQLite files (and their -wal/-shm companions), removed at exit.
class TempFiles {
 public:
  ~TempFiles() {
    std::error_code ec;
    for (const auto& p : paths_) {
      std::filesystem::remove(p, ec);
      std::filesystem::remove(p + "-wal", ec);
      std::filesystem::remove(p + "-shm", ec);
      std::filesystem::remove(p + "-journal", ec);
    }
  }
  void add(std::string path) {
    std::lock_guard lock(mu_);
    paths_.push_back(std::move(path));
  }

 private:
  std::mutex mu_;
  std::vector<std::string> paths_;
};

TempFiles& temp_files() {
  static TempFiles files;
  return files;
}

// Records a fatal failure in the running test (usable outside void functions).
void fail(const std::string& message) { [&] { FAIL() << message; }(); }
void skip(const std::string& message) { [&] { GTEST_SKIP() << message; }(); }

// Replaces the database name (the URL path) of a postgresql:// URL.
std::string with_database(const std::string& server_url, const std::string& name) {
  size_t scheme = server_url.find("://");
  size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  size_t slash = server_url.find('/', start);
  size_t query = server_url.find('?', start);
  if (slash == std::string::npos || (query != std::string::npos && query < slash)) {
    slash = query;
  }
  std::string base = slash == std::string::npos ? server_url : server_url.substr(0, slash);
  std::string rest = query == std::string::npos ? std::string() : server_url.substr(query);
  return base + "/" + name + rest;
}

bool migrate_url(const std::string& url) {
  auto db = store::open_database(url, store::DatabaseOptions{.pool_size = 1});
  if (!db.ok()) {
    fail("cannot open " + url + ": " + db.error().message);
    return false;
  }
  auto ran = store::migrate(**db);
  if (!ran.ok()) {
    fail("cannot migrate " + url + ": " + ran.error().message);
    return false;
  }
  return true;
}

std::string fresh_sqlite_url() {
  std::string pattern = (std::filesystem::temp_directory_path() / "thidua-test-XXXXXX.db").string();
  int fd = ::mkstemps(pattern.data(), 3);
  if (fd < 0) {
    fail("cannot create a temporary database file");
    return {};
  }
  ::close(fd);  // an empty file is a valid empty SQLite database
  temp_files().add(pattern);
  std::string url = "sqlite:" + pattern;
  return migrate_url(url) ? url : std::string();
}

std::string fresh_postgres_url(bool second) {
  std::string server = env("THIDUA_TEST_PG_URL");
  if (server.empty()) {
    if (env("THIDUA_TEST_ALLOW_NO_PG") == "1") {
      skip("THIDUA_TEST_PG_URL is unset; PostgreSQL tests skipped (THIDUA_TEST_ALLOW_NO_PG=1)");
    } else {
      fail("THIDUA_TEST_ENGINE=postgres needs THIDUA_TEST_PG_URL (see scripts/pg-throwaway.sh), "
           "or THIDUA_TEST_ALLOW_NO_PG=1 to skip");
    }
    return {};
  }
  std::string name = env("THIDUA_TEST_DB_NAME");
  if (name.empty()) name = "thidua_test";
  if (second) name += "_b";
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      fail("THIDUA_TEST_DB_NAME must be lower-case letters, digits and _: " + name);
      return {};
    }
  }
  {
    auto admin = store::open_database(server, store::DatabaseOptions{.pool_size = 1});
    if (!admin.ok()) {
      fail("cannot reach the PostgreSQL test server: " + admin.error().message);
      return {};
    }
    auto conn = (*admin)->acquire();
    auto found = conn->query("SELECT 1 FROM pg_database WHERE datname = ?", {name});
    if (!found.ok()) {
      fail(found.error().message);
      return {};
    }
    if (found->empty()) {
      auto created = conn->exec_script("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
      // Another test program may have created it meanwhile: check again.
      auto again = conn->query("SELECT 1 FROM pg_database WHERE datname = ?", {name});
      if (!created.ok() && (!again.ok() || again->empty())) {
        fail("cannot create database " + name + ": " + created.error().message);
        return {};
      }
    }
  }
  std::string url = with_database(server, name);
  {
    auto db = store::open_database(url, store::DatabaseOptions{.pool_size = 1});
    if (!db.ok()) {
      fail("cannot open " + url + ": " + db.error().message);
      return {};
    }
    auto conn = (*db)->acquire();
    auto reset = conn->exec_script("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    if (!reset.ok()) {
      fail("cannot reset database " + name + ": " + reset.error().message);
      return {};
    }
  }
  return migrate_url(url) ? url : std::string();
}

}  // namespace

store::Engine engine_under_test() {
  return env("THIDUA_TEST_ENGINE") == "postgres" ? store::Engine::kPostgres : store::Engine::kSqlite;
}

std::string fresh_database_url(bool second) {
  return engine_under_test() == store::Engine::kPostgres ? fresh_postgres_url(second) : fresh_sqlite_url();
}

std::unique_ptr<store::Database> fresh_database(const store::DatabaseOptions& options, bool second) {
  std::string url = fresh_database_url(second);
  if (url.empty()) return nullptr;
  auto db = store::open_database(url, options);
  if (!db.ok()) {
    fail("cannot open " + url + ": " + db.error().message);
    return nullptr;
  }
  return std::move(*db);
}

void DatabaseTest::SetUp() {
  db_ = fresh_database();
  if (db_ == nullptr && !IsSkipped() && !HasFatalFailure()) FAIL() << "no test database";
}

int64_t DatabaseTest::add_unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind) {
  core::Unit u;
  u.code = code;
  u.name = "Đơn vị " + code;
  u.kind = kind;
  u.parent_id = parent;
  auto conn = db_->acquire();
  auto stored = store::insert_unit(*conn, u, "2026-01-01T00:00:00.000Z");
  EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message);
  return stored.ok() ? stored->id : 0;
}

int64_t DatabaseTest::add_person(const std::string& full_name, int64_t unit_id) {
  core::Person p;
  p.full_name = full_name;
  p.unit_id = unit_id;
  p.birth_date = "1985-03-15";
  p.position = "Chuyên viên";
  auto conn = db_->acquire();
  auto stored = store::insert_person(*conn, p, "2026-01-01T00:00:00.000Z", "2026-01-01");
  EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message);
  return stored.ok() ? stored->id : 0;
}

}  // namespace thidua::test
