// Online backups: a copy that opens and holds the data (SQLite), or a plain
// SQL dump holding it (PostgreSQL); an existing destination is never replaced.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

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

}  // namespace
}  // namespace thidua::store
