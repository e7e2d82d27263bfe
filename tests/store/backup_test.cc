// Online backups: a copy that opens and holds the data (SQLite), or a plain
// SQL dump holding it (PostgreSQL); an existing destination is never replaced.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "store/db.h"
#include "support/test_db.h"

namespace thidua::store {
namespace {

using test::DatabaseTest;

std::string temp_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("thidua-backup-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto p = dir / name;
  std::filesystem::remove(p);
  return p.string();
}

class BackupTest : public DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (db_ == nullptr) return;
    auto conn = db_->acquire();
    auto r = conn->exec(
        "INSERT INTO units (code, name, kind, created_at, updated_at) "
        "VALUES ('UB-TINH', ?, 'agency', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
        {std::string("Ủy ban nhân dân tỉnh Quảng Ngãi")});
    ASSERT_TRUE(r.ok()) << r.error().message;
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(std::filesystem::path(temp_path("x")).parent_path(), ec);
    DatabaseTest::TearDown();
  }
};

TEST_F(BackupTest, CopyHoldsTheData) {
  std::string dest = temp_path(db_->engine() == Engine::kSqlite ? "copy.db" : "dump.sql");
  // A lease held open meanwhile: the backup runs while the database is in use.
  auto busy = db_->acquire();
  auto st = db_->backup(dest);
  ASSERT_TRUE(st.ok()) << st.error().message;
  ASSERT_TRUE(std::filesystem::exists(dest));
  if (db_->engine() == Engine::kSqlite) {
    auto copy = open_database("sqlite:" + dest);
    ASSERT_TRUE(copy.ok()) << copy.error().message;
    auto conn = (*copy)->acquire();
    auto rows = conn->query("SELECT name FROM units WHERE code = 'UB-TINH'");
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].str(0), "Ủy ban nhân dân tỉnh Quảng Ngãi");
    auto version = conn->query("SELECT max(version) FROM schema_migrations");
    ASSERT_TRUE(version.ok());
    EXPECT_GE((*version)[0].i64(0), 1);
  } else {
    std::ifstream in(dest);
    std::stringstream text;
    text << in.rdbuf();
    std::string dump = text.str();
    EXPECT_NE(dump.find("CREATE TABLE public.units"), std::string::npos);
    EXPECT_NE(dump.find("Ủy ban nhân dân tỉnh Quảng Ngãi"), std::string::npos);
    EXPECT_NE(dump.find("UB-TINH"), std::string::npos);
  }
}

TEST_F(BackupTest, RefusesAnExistingDestination) {
  std::string dest = temp_path("exists.bak");
  {
    std::ofstream out(dest);
    out << "giữ nguyên";
  }
  auto st = db_->backup(dest);
  ASSERT_FALSE(st.ok());
  std::ifstream in(dest);
  std::string content;
  std::getline(in, content);
  EXPECT_EQ(content, "giữ nguyên");
}

// The online backup API restarted whenever a page changed and never finished
// under sustained writes, leaving a partial file under the final name
// (issue 9 #10). The copy now ends while a writer keeps committing, and only
// the finished copy ever takes the destination's name.
TEST_F(BackupTest, FinishesUnderSustainedWritesAndLeavesNoPartialFile) {
  constexpr int64_t kRows = 20000;
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(conn->exec("CREATE TABLE backup_load (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)").ok());
    // About 20 MB: many steps of the old online backup.
    auto filled = in_transaction(*conn, [&]() -> core::Status {
      for (int64_t i = 1; i <= kRows; ++i) {
        THIDUA_TRY(conn->exec("INSERT INTO backup_load (id, payload) VALUES (?, ?)",
                              {i, std::string(1000, static_cast<char>('a' + i % 26))}));
      }
      return {};
    });
    ASSERT_TRUE(filled.ok()) << filled.error().message;
  }
  std::atomic<bool> stop{false};
  std::atomic<int64_t> written{0};
  std::atomic<bool> capped{false};
  std::thread writer([&] {
    auto conn = db_->acquire();
    const auto cap = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (int64_t id = 100000; !stop; ++id) {
      if (std::chrono::steady_clock::now() > cap) {
        capped = true;  // liveness only: the backup never finished while writes went on
        break;
      }
      auto r = conn->exec("INSERT INTO backup_load (id, payload) VALUES (?, ?)", {id, std::string(3000, 'x')});
      if (r.ok()) ++written;
    }
  });
  while (written < 20) std::this_thread::yield();  // the writer is going
  const std::string dest = temp_path(db_->engine() == Engine::kSqlite ? "under-load.db" : "under-load.sql");
  auto st = db_->backup(dest);
  stop = true;
  writer.join();
  ASSERT_TRUE(st.ok()) << core::describe(st.error());
  EXPECT_FALSE(capped) << "the writer ran a minute and the backup had not finished";
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(dest).parent_path())) {
    EXPECT_EQ(e.path().filename().string().find(".part-"), std::string::npos) << "left behind: " << e.path();
  }
  if (db_->engine() == Engine::kSqlite) {
    auto copy = open_database("sqlite:" + dest);
    ASSERT_TRUE(copy.ok()) << copy.error().message;
    auto conn = (*copy)->acquire();
    auto check = conn->query("PRAGMA integrity_check");
    ASSERT_TRUE(check.ok());
    EXPECT_EQ((*check)[0].str(0), "ok");
    auto rows = conn->query("SELECT COUNT(*) FROM backup_load WHERE id <= ?", {kRows});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ((*rows)[0].i64(0), kRows);
  } else {
    std::ifstream in(dest);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("backup_load"), std::string::npos);
  }
}

TEST_F(BackupTest, AFailedBackupLeavesNothing) {
  const std::string dir = std::filesystem::path(temp_path("x")).parent_path().string();
  const std::string dest = dir + "/missing-folder/copy.bak";
  auto st = db_->backup(dest);
  ASSERT_FALSE(st.ok());
  EXPECT_FALSE(std::filesystem::exists(dir + "/missing-folder"));
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    EXPECT_EQ(e.path().filename().string().find(".part-"), std::string::npos) << "left behind: " << e.path();
  }
}

}  // namespace
}  // namespace thidua::store
