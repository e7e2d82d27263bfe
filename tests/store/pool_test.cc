// The pool under concurrent use: every write lands, nothing is corrupted.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "store/db.h"
#include "support/test_db.h"

namespace thidua::store {
namespace {

TEST(Pool, ConcurrentWritersAndReaders) {
  // Fewer connections than threads, so that acquire() has to wait.
  auto db = test::fresh_database(DatabaseOptions{.pool_size = 3, .busy_timeout_ms = 20000});
  if (db == nullptr) return;
  {
    auto conn = db->acquire();
    ASSERT_TRUE(conn->exec_script("CREATE TABLE tally (worker INTEGER NOT NULL, n INTEGER NOT NULL, note TEXT)").ok());
  }
  constexpr int kThreads = 8;
  constexpr int kWrites = 40;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kThreads; ++w) {
    threads.emplace_back([&, w] {
      for (int i = 0; i < kWrites; ++i) {
        auto conn = db->acquire();
        if (i % 2 == 0) {
          // A read-then-write transaction, the pattern that deadlocks without BEGIN IMMEDIATE.
          auto st = in_transaction(*conn, [&]() -> core::Status {
            auto rows = conn->query("SELECT count(*) FROM tally WHERE worker = ?", {int64_t{w}});
            if (!rows.ok()) return rows.error();
            if ((*rows)[0].i64(0) != i) return core::make_error(core::errc::kInternal, "lost write");
            THIDUA_TRY(conn->exec("INSERT INTO tally (worker, n, note) VALUES (?, ?, ?)",
                                  {int64_t{w}, int64_t{i}, std::string("Thi đua khen thưởng")}));
            return {};
          });
          if (!st.ok()) {
            ADD_FAILURE() << st.error().message;
            ++failures;
          }
        } else {
          auto r = conn->exec("INSERT INTO tally (worker, n, note) VALUES (?, ?, ?)",
                              {int64_t{w}, int64_t{i}, std::string("Thi đua khen thưởng")});
          if (!r.ok()) {
            ADD_FAILURE() << r.error().message;
            ++failures;
          }
          auto read = conn->query("SELECT count(*) FROM tally");
          if (!read.ok()) {
            ADD_FAILURE() << read.error().message;
            ++failures;
          }
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures.load(), 0);

  auto conn = db->acquire();
  auto total = conn->query("SELECT count(*), count(DISTINCT worker) FROM tally WHERE note = ?",
                           {std::string("Thi đua khen thưởng")});
  ASSERT_TRUE(total.ok());
  EXPECT_EQ((*total)[0].i64(0), kThreads * kWrites);
  EXPECT_EQ((*total)[0].i64(1), kThreads);
  for (int w = 0; w < kThreads; ++w) {
    auto rows = conn->query("SELECT n FROM tally WHERE worker = ? ORDER BY n", {int64_t{w}});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), static_cast<size_t>(kWrites));
    for (int i = 0; i < kWrites; ++i) EXPECT_EQ((*rows)[static_cast<size_t>(i)].i64(0), i);
  }
}

TEST(Pool, LeasesAreReusedAndMoveable) {
  auto db = test::fresh_database(DatabaseOptions{.pool_size = 1});
  if (db == nullptr) return;
  for (int i = 0; i < 20; ++i) {
    Lease a = db->acquire();  // would wait forever if a lease were not returned
    Lease b = std::move(a);
    auto rows = b->query("SELECT 1");
    ASSERT_TRUE(rows.ok());
  }
}

TEST(Pool, MoveAssignedLeaseReturnsItsConnection) {
  auto db = test::fresh_database(DatabaseOptions{.pool_size = 2});
  if (db == nullptr) return;
  Lease a = db->acquire();
  Lease b = db->acquire();
  a = std::move(b);  // a's first connection goes back to the pool
  Lease c = db->acquire();  // would wait forever otherwise
  ASSERT_TRUE(a->query("SELECT 1").ok());
  ASSERT_TRUE(c->query("SELECT 1").ok());
}

TEST(Pool, PostgresReconnectsAConnectionTheServerDropped) {
  if (test::engine_under_test() != Engine::kPostgres) GTEST_SKIP() << "PostgreSQL only";
  auto db = test::fresh_database(DatabaseOptions{.pool_size = 2});
  if (db == nullptr) return;
  int64_t victim = 0;
  {
    Lease a = db->acquire();
    auto pid = a->query("SELECT pg_backend_pid()");
    ASSERT_TRUE(pid.ok());
    victim = (*pid)[0].i64(0);
    Lease b = db->acquire();
    // Waits (up to 10 s) until the backend has really gone.
    auto killed = b->query("SELECT pg_terminate_backend(?, 10000)", {victim});
    ASSERT_TRUE(killed.ok()) << killed.error().message;
    ASSERT_EQ((*killed)[0].i64(0), 1);
  }
  // Both idle again; take both so the dropped one is surely among them.
  Lease x = db->acquire();
  Lease y = db->acquire();
  for (Lease* l : {&x, &y}) {
    auto rows = (*l)->query("SELECT pg_backend_pid()");
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    EXPECT_NE((*rows)[0].i64(0), victim);
    // The session's settings are made again on the new connection.
    auto jit = (*l)->query("SHOW jit");
    ASSERT_TRUE(jit.ok()) << jit.error().message;
    EXPECT_EQ((*jit)[0].str(0), "off");
  }
}

// PostgreSQL's JIT compilation is off in thidua's sessions (it cost a
// ministry's summary 1.2 s of 2.6 s; pg_connection.cc).
TEST(Pool, PostgresSessionsRunWithoutJit) {
  if (test::engine_under_test() != Engine::kPostgres) GTEST_SKIP() << "PostgreSQL only";
  auto db = test::fresh_database();
  if (db == nullptr) return;
  Lease conn = db->acquire();
  auto jit = conn->query("SHOW jit");
  ASSERT_TRUE(jit.ok()) << jit.error().message;
  EXPECT_EQ((*jit)[0].str(0), "off");
}

TEST(Pool, DescribeHidesThePassword) {
  auto db = test::fresh_database();
  if (db == nullptr) return;
  std::string d = db->describe();
  EXPECT_FALSE(d.empty());
  if (db->engine() == Engine::kSqlite) {
    EXPECT_EQ(d.rfind("sqlite:", 0), 0u) << d;
  } else {
    EXPECT_EQ(d.rfind("postgres", 0), 0u) << d;
  }
}

TEST(Pool, UnknownUrlIsAnError) {
  auto db = open_database("mysql://root:secret@localhost/x");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, core::errc::kStorage);
  EXPECT_EQ(core::describe(db.error()).find("secret"), std::string::npos);
}

TEST(Pool, UnreachablePostgresIsAnErrorWithoutPassword) {
  // Port 1 on loopback: nothing listens there.
  auto db = open_database("postgresql://thidua:s3cret@127.0.0.1:1/thidua?connect_timeout=2");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, core::errc::kStorageUnavailable);
  EXPECT_EQ(core::describe(db.error()).find("s3cret"), std::string::npos) << core::describe(db.error());
}

TEST(Pool, SqliteInMemoryDatabaseKeepsItsData) {
  auto db = open_database("sqlite::memory:", DatabaseOptions{.pool_size = 4});
  ASSERT_TRUE(db.ok()) << db.error().message;
  {
    auto conn = (*db)->acquire();
    ASSERT_TRUE(conn->exec_script("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('Hà Nội');").ok());
  }
  auto conn = (*db)->acquire();
  auto rows = conn->query("SELECT x FROM t");
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  EXPECT_EQ((*rows)[0].str(0), "Hà Nội");
}

TEST(Pool, SqliteRefusesAFileThatIsNotADatabase) {
  std::string path = ::testing::TempDir() + "thidua-not-a-db.txt";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("Đây không phải là cơ sở dữ liệu, chỉ là một tệp văn bản khá dài để SQLite đọc phần đầu.\n", f);
  std::fclose(f);
  auto db = open_database("sqlite:" + path);
  EXPECT_FALSE(db.ok());
  std::remove(path.c_str());
}

}  // namespace
}  // namespace thidua::store
