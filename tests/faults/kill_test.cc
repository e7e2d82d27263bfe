// Faults the outside testers inflicted, kept as tests (issue 9): the real
// `thidua serve` killed with SIGKILL under writes loses no acknowledged write
// (on PostgreSQL with synchronous_commit=on, as production runs it: the
// throwaway server turns it off for speed); `thidua backup` finishes while the
// server writes; a PostgreSQL database that stops taking connections is
// answered 503, never 401, and the same server recovers when it returns.
#include <gtest/gtest.h>

#include <boost/json/object.hpp>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "app/access.h"
#include "app/clock.h"
#include "app/context.h"
#include "app/crypto.h"
#include "app/demo.h"
#include "app/users.h"
#include "faults/server_process.h"
#include "store/db.h"
#include "support/http_client.h"
#include "support/test_db.h"

namespace thidua::test {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

class FaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ::setenv("THIDUA_ARGON2_FAST", "1", 1);
    app::init_crypto();
    url_ = fresh_database_url();
    if (url_.empty()) return;
    auto db = store::open_database(url_);
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(*db);
    dir_ = fs::temp_directory_path() / ("thidua-faults-" + app::random_token(8));
    fs::create_directories(dir_);
    app::Services services{*db_, clock_, app::SecurityPolicy{}, dir_.string()};
    app::DemoOptions demo;
    demo.people = 20;
    demo.activity = false;
    auto loaded = app::load_demo(services, demo, {"127.0.0.1", "faults", "tests"});
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    auto conn = db_->acquire();
    if (db_->engine() == store::Engine::kPostgres) {
      // Production durability for these tests (the throwaway server has it off).
      auto name = conn->query("SELECT current_database()");
      ASSERT_TRUE(name.ok());
      db_name_ = (*name)[0].str(0);
      ASSERT_TRUE(conn->exec("ALTER DATABASE \"" + db_name_ + "\" SET synchronous_commit = on").ok());
    }
    auto unit = conn->query("SELECT id FROM units WHERE code = 'PTNMT-LN'");
    ASSERT_TRUE(unit.ok() && !unit->empty());
    unit_ = (*unit)[0].i64(0);
    token_ = mint_token();
  }

  void TearDown() override {
    if (db_ && db_->engine() == store::Engine::kPostgres && !db_name_.empty()) {
      if (auto a = admin()) {
        auto conn = a->acquire();
        (void)conn->exec("ALTER DATABASE \"" + db_name_ + "\" ALLOW_CONNECTIONS true");
        (void)conn->exec("ALTER DATABASE \"" + db_name_ + "\" RESET synchronous_commit");
      }
    }
    db_.reset();
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }

  std::string mint_token() {
    app::Services services{*db_, clock_, app::SecurityPolicy{}, dir_.string()};
    auto conn = db_->acquire();
    auto id = conn->query("SELECT id FROM users WHERE username = 'canbo'");
    EXPECT_TRUE(id.ok() && !id->empty());
    auto t = app::create_api_token(services, app::system_actor(), (*id)[0].i64(0), "faults",
                                   {"127.0.0.1", "faults", "tests"});
    EXPECT_TRUE(t.ok());
    return t.ok() ? t->secret : "";
  }

  // A connection to the server's maintenance database (THIDUA_TEST_PG_URL):
  // a database cannot refuse connections while the caller is connected to it.
  std::unique_ptr<store::Database> admin() {
    const char* server = std::getenv("THIDUA_TEST_PG_URL");
    if (server == nullptr) return nullptr;
    auto db = store::open_database(server);
    return db.ok() ? std::move(*db) : nullptr;
  }

  Headers bearer() const { return {{"Authorization", "Bearer " + token_}}; }
  std::string log_path() const { return (dir_ / "server.log").string(); }

  // Writers adding people as fast as the server answers until `stop`; the
  // names it acknowledged (201) are appended to `acked`.
  void write_until(unsigned short port, int writer, const std::string& tag, std::atomic<bool>& stop,
                   std::mutex& mu, std::vector<std::string>& acked) {
    TestClient client("127.0.0.1", port);
    for (int i = 0; !stop; ++i) {
      const std::string name = "Người thử " + tag + " " + std::to_string(writer) + "-" + std::to_string(i);
      HttpResult r;
      try {
        r = client.post_json("/api/v1/people", json::object{{"full_name", name}, {"unit_id", unit_}}, bearer());
      } catch (const std::exception&) {
        r.status = 0;  // the server is gone: no answer, so nothing acknowledged
      }
      if (r.status == 201) {
        std::lock_guard lock(mu);
        acked.push_back(name);
      } else if (r.status == 0) {
        if (stop) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    }
  }

  int64_t stored(const std::string& name) {
    auto conn = db_->acquire();
    auto rows = conn->query("SELECT COUNT(*) FROM people WHERE full_name = ?", {name});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? (*rows)[0].i64(0) : -1;
  }

  app::SystemClock clock_;
  std::string url_;
  std::unique_ptr<store::Database> db_;
  std::string db_name_;
  fs::path dir_;
  int64_t unit_ = 0;
  std::string token_;
};

TEST_F(FaultTest, KillingTheServerUnderWritesLosesNoAcknowledgedWrite) {
  if (!db_) return;
  size_t total = 0;
  for (int round = 0; round < 3; ++round) {
    ServerProcess server(url_, dir_.string(), log_path());
    ASSERT_TRUE(server.start()) << "round " << round << "; see " << log_path();
    std::atomic<bool> stop{false};
    std::mutex mu;
    std::vector<std::string> acked;
    std::vector<std::thread> writers;
    for (int w = 0; w < 3; ++w) {
      writers.emplace_back([&, w] { write_until(server.port(), w, "r" + std::to_string(round), stop, mu, acked); });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(400 + 300 * round));
    server.kill_now();  // mid-write: requests in flight get no answer
    stop = true;
    for (auto& t : writers) t.join();
    ASSERT_FALSE(acked.empty()) << "round " << round << " wrote nothing before the kill";
    for (const auto& name : acked) EXPECT_EQ(stored(name), 1) << "acknowledged, then lost: " << name;
    total += acked.size();
  }
  // The database is whole and the server starts again on it.
  if (db_->engine() == store::Engine::kSqlite) {
    auto conn = db_->acquire();
    auto check = conn->query("PRAGMA integrity_check");
    ASSERT_TRUE(check.ok());
    EXPECT_EQ((*check)[0].str(0), "ok");
  }
  EXPECT_EQ(run_thidua({"audit", "verify", "--db", url_}, log_path()), 0) << "the audit chain survived every kill";
  ServerProcess again(url_, dir_.string(), log_path());
  ASSERT_TRUE(again.start());
  TestClient client("127.0.0.1", again.port());
  EXPECT_EQ(client.post_json("/api/v1/people", json::object{{"full_name", "Người thử sau cùng"}, {"unit_id", unit_}},
                             bearer())
                .status,
            201u);
  EXPECT_EQ(again.stop(), 0);
  RecordProperty("acknowledged_writes", static_cast<int>(total));
}

TEST_F(FaultTest, TheBackupCommandFinishesWhileTheServerWrites) {
  if (!db_) return;
  ServerProcess server(url_, dir_.string(), log_path());
  ASSERT_TRUE(server.start()) << "see " << log_path();
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::vector<std::string> acked;
  std::vector<std::thread> writers;
  for (int w = 0; w < 2; ++w) writers.emplace_back([&, w] { write_until(server.port(), w, "sao-luu", stop, mu, acked); });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const std::string out = (dir_ / (db_->engine() == store::Engine::kSqlite ? "copy.db" : "copy.sql")).string();
  const int status = run_thidua({"backup", "--db", url_, "--out", out}, log_path());
  stop = true;
  for (auto& t : writers) t.join();
  EXPECT_EQ(status, 0) << "see " << log_path();
  ASSERT_TRUE(fs::exists(out));
  for (const auto& e : fs::directory_iterator(dir_)) {
    EXPECT_EQ(e.path().filename().string().find(".part-"), std::string::npos) << e.path();
  }
  if (db_->engine() == store::Engine::kSqlite) {
    auto copy = store::open_database("sqlite:" + out);
    ASSERT_TRUE(copy.ok());
    auto conn = (*copy)->acquire();
    auto check = conn->query("PRAGMA integrity_check");
    ASSERT_TRUE(check.ok());
    EXPECT_EQ((*check)[0].str(0), "ok");
  }
  EXPECT_FALSE(acked.empty());
  EXPECT_EQ(server.stop(), 0);
}

TEST_F(FaultTest, APostgresOutageIs503NeverUnauthenticatedAndTheServerRecovers) {
  if (!db_) return;
  if (db_->engine() != store::Engine::kPostgres) GTEST_SKIP() << "PostgreSQL only";
  ServerProcess server(url_, dir_.string(), log_path());
  ASSERT_TRUE(server.start()) << "see " << log_path();
  auto maintenance = admin();
  ASSERT_NE(maintenance, nullptr) << "THIDUA_TEST_PG_URL";
  db_.reset();  // our own connections go too
  {
    auto conn = maintenance->acquire();
    auto refused = conn->exec("ALTER DATABASE \"" + db_name_ + "\" ALLOW_CONNECTIONS false");
    ASSERT_TRUE(refused.ok()) << core::describe(refused.error());
    ASSERT_TRUE(conn->query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?", {db_name_}).ok());
  }
  TestClient client("127.0.0.1", server.port());
  std::set<unsigned> statuses;
  for (int i = 0; i < 20; ++i) {
    HttpResult r = i % 2 == 0 ? client.get("/api/v1/units", bearer())
                              : client.post_json("/api/v1/people",
                                                 json::object{{"full_name", "Trong lúc mất kết nối"}, {"unit_id", unit_}},
                                                 bearer());
    statuses.insert(r.status);
    if (r.status == 503) {
      EXPECT_EQ(r.header("retry-after"), "10");
    }
    EXPECT_EQ(r.body.find("postgres"), std::string::npos) << r.body;
  }
  EXPECT_EQ(statuses, std::set<unsigned>{503u});
  {
    auto conn = maintenance->acquire();
    ASSERT_TRUE(conn->exec("ALTER DATABASE \"" + db_name_ + "\" ALLOW_CONNECTIONS true").ok());
  }
  auto reopened = store::open_database(url_);
  ASSERT_TRUE(reopened.ok());
  db_ = std::move(*reopened);
  EXPECT_EQ(stored("Trong lúc mất kết nối"), 0) << "nothing was written during the outage";
  unsigned back = 0;
  for (int i = 0; i < 100 && back != 200; ++i) {
    back = client.get("/api/v1/units", bearer()).status;
    if (back != 200) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(back, 200u) << "the same server serves again without a restart";
  EXPECT_EQ(server.stop(), 0);
}

// A full disk on SQLite: the server runs in a private mount namespace on a
// small tmpfs holding its database and a filler file, so that writes soon find
// no space (ENOSPC, SQLITE_FULL). Writes are answered 503 storage_unavailable
// with no driver text, reads go on, nothing acknowledged is lost, and when the
// filler goes the same server writes again.
TEST_F(FaultTest, AFullDiskIs503AndTheServerWritesAgainWhenSpaceReturns) {
  if (!db_) return;
  if (db_->engine() != store::Engine::kSqlite) GTEST_SKIP() << "SQLite only: PostgreSQL's disk is its server's";
  const std::string seed = url_.substr(std::string("sqlite:").size());
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(conn->query("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  }
  db_.reset();
  const fs::path disk = dir_ / "disk";
  fs::create_directories(disk);
  const unsigned short port = free_port();
  const std::string script =
      "set -e; mount -t tmpfs -o size=16m tmpfs '" + disk.string() + "'; cp '" + seed + "' '" + disk.string() +
      "/thidua.db'; free=$(df --output=avail -B1 '" + disk.string() + "' | tail -1); fallocate -l $((free - 600000)) '" +
      disk.string() + "/filler'; exec '" + std::string(THIDUA_BIN) + "' serve --db 'sqlite:" + disk.string() +
      "/thidua.db' --listen 127.0.0.1:" + std::to_string(port) + " --data-dir '" + disk.string() + "/data' --threads 2";
  const std::string probe = "/usr/bin/unshare --mount --propagation private /bin/sh -c \"mount -t tmpfs -o size=1m tmpfs '" +
                            disk.string() + "'\" > /dev/null 2>&1";
  if (std::system(probe.c_str()) != 0) {
    GTEST_SKIP() << "this machine cannot mount a tmpfs in a private mount namespace (root and CAP_SYS_ADMIN needed)";
  }
  ServerProcess server(url_, dir_.string(), log_path());
  ASSERT_TRUE(server.start_command({"/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sh", "-c", script},
                                   port))
      << "see " << log_path();
  const std::string inside = "/proc/" + std::to_string(server.pid()) + "/root" + disk.string();

  TestClient client("127.0.0.1", port);
  std::vector<std::string> acked;
  int full = 0;
  std::set<unsigned> statuses;
  for (int i = 0; i < 5000 && full < 10; ++i) {
    const std::string name = "Người thử đầy đĩa " + std::to_string(i);
    HttpResult r = client.post_json("/api/v1/people", json::object{{"full_name", name}, {"unit_id", unit_}}, bearer());
    statuses.insert(r.status);
    if (r.status == 201) acked.push_back(name);
    if (r.status == 503) {
      ++full;
      EXPECT_NE(r.body.find("storage_unavailable"), std::string::npos) << r.body;
      EXPECT_EQ(r.body.find("sqlite"), std::string::npos) << r.body;
      EXPECT_EQ(r.body.find("disk"), std::string::npos) << r.body;
    }
  }
  EXPECT_GE(full, 10) << "the disk never filled";
  statuses.erase(201);
  statuses.erase(503);
  EXPECT_TRUE(statuses.empty()) << "only 201 and 503, got " << *statuses.begin();
  EXPECT_FALSE(acked.empty());
  EXPECT_EQ(client.get("/api/v1/units", bearer()).status, 200u) << "reads go on with the disk full";

  // Space returns: the same server writes again.
  std::error_code ec;
  fs::remove(inside + "/filler", ec);
  ASSERT_FALSE(ec) << ec.message();
  unsigned again = 0;
  for (int i = 0; i < 50 && again != 201; ++i) {
    again = client.post_json("/api/v1/people", json::object{{"full_name", "Người thử sau khi dọn đĩa"}, {"unit_id", unit_}},
                             bearer())
                .status;
  }
  EXPECT_EQ(again, 201u);

  // Nothing acknowledged is missing, and the file is whole. SQLite resolves
  // the /proc/<pid>/root link to this namespace's path, so the database and
  // its WAL are copied out (the server is idle: no write is under way).
  const fs::path checked = dir_ / "checked";
  fs::create_directories(checked);
  fs::copy_file(inside + "/thidua.db", checked / "thidua.db", ec);
  ASSERT_FALSE(ec) << ec.message();
  if (fs::exists(inside + "/thidua.db-wal")) fs::copy_file(inside + "/thidua.db-wal", checked / "thidua.db-wal", ec);
  ASSERT_FALSE(ec) << ec.message();
  auto copy = store::open_database("sqlite:" + (checked / "thidua.db").string());
  ASSERT_TRUE(copy.ok()) << copy.error().message;
  {
    auto conn = (*copy)->acquire();
    for (const auto& name : acked) {
      auto rows = conn->query("SELECT COUNT(*) FROM people WHERE full_name = ?", {name});
      ASSERT_TRUE(rows.ok()) << core::describe(rows.error());
      EXPECT_EQ((*rows)[0].i64(0), 1) << "acknowledged, then lost: " << name;
    }
    auto check = conn->query("PRAGMA integrity_check");
    ASSERT_TRUE(check.ok());
    EXPECT_EQ((*check)[0].str(0), "ok");
  }
  copy->reset();
  EXPECT_EQ(server.stop(), 0);
}

}  // namespace
}  // namespace thidua::test
