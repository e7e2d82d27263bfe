// Transactions commit or roll back as a whole; constraint violations are conflicts.
#include <gtest/gtest.h>

#include <stdexcept>

#include "store/db.h"
#include "support/test_db.h"

namespace thidua::store {
namespace {

using test::DatabaseTest;

constexpr const char* kInsertUnit =
    "INSERT INTO units (code, name, kind, created_at, updated_at) "
    "VALUES (?, ?, 'agency', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')";

int64_t count_units(Connection& conn) {
  auto rows = conn.query("SELECT count(*) FROM units");
  EXPECT_TRUE(rows.ok());
  return rows.ok() ? (*rows)[0].i64(0) : -1;
}

TEST_F(DatabaseTest, CommitKeepsWrites) {
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->begin().ok());
  ASSERT_TRUE(conn->exec(kInsertUnit, {std::string("UB-XA"), std::string("UBND xã Tân Phú")}).ok());
  ASSERT_TRUE(conn->commit().ok());
  EXPECT_EQ(count_units(*conn), 1);
  auto other = db_->acquire();  // visible from another connection
  EXPECT_EQ(count_units(*other), 1);
}

TEST_F(DatabaseTest, RollbackDiscardsWrites) {
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->begin().ok());
  ASSERT_TRUE(conn->exec(kInsertUnit, {std::string("UB-XA"), std::string("UBND xã Tân Phú")}).ok());
  EXPECT_EQ(count_units(*conn), 1);
  ASSERT_TRUE(conn->rollback().ok());
  EXPECT_EQ(count_units(*conn), 0);
}

TEST_F(DatabaseTest, InTransactionCommitsOnSuccess) {
  auto conn = db_->acquire();
  auto id = in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto rows = conn->query(std::string(kInsertUnit) + " RETURNING id",
                            {std::string("SO-TC"), std::string("Sở Tài chính")});
    if (!rows.ok()) return rows.error();
    return (*rows)[0].i64(0);
  });
  ASSERT_TRUE(id.ok()) << id.error().message;
  EXPECT_GT(*id, 0);
  EXPECT_EQ(count_units(*conn), 1);
}

TEST_F(DatabaseTest, InTransactionRollsBackWhenBodyFails) {
  auto conn = db_->acquire();
  auto st = in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(conn->exec(kInsertUnit, {std::string("SO-TC"), std::string("Sở Tài chính")}));
    return core::make_error(core::errc::kValidation, "Dữ liệu không hợp lệ", "name");
  });
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kValidation);
  EXPECT_EQ(st.error().field, "name");
  EXPECT_EQ(count_units(*conn), 0);
  // The connection is out of the transaction and usable again.
  ASSERT_TRUE(conn->begin().ok());
  ASSERT_TRUE(conn->rollback().ok());
}

TEST_F(DatabaseTest, InTransactionRollsBackWhenBodyFailsOnSql) {
  auto conn = db_->acquire();
  auto st = in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(conn->exec(kInsertUnit, {std::string("SO-TC"), std::string("Sở Tài chính")}));
    THIDUA_TRY(conn->exec(kInsertUnit, {std::string("SO-TC"), std::string("Trùng mã")}));
    return {};
  });
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kConflict);
  EXPECT_EQ(count_units(*conn), 0);
}

TEST_F(DatabaseTest, InTransactionRollsBackAndRethrowsOnException) {
  auto conn = db_->acquire();
  EXPECT_THROW((void)in_transaction(*conn,
                                    [&]() -> core::Status {
                                      THIDUA_TRY(conn->exec(kInsertUnit, {std::string("SO-TC"), std::string("x")}));
                                      throw std::runtime_error("boom");
                                    }),
               std::runtime_error);
  EXPECT_EQ(count_units(*conn), 0);
}

TEST_F(DatabaseTest, LeaseReturnedMidTransactionIsRolledBack) {
  {
    auto conn = db_->acquire();
    ASSERT_TRUE(conn->begin().ok());
    ASSERT_TRUE(conn->exec(kInsertUnit, {std::string("SO-TC"), std::string("Sở Tài chính")}).ok());
  }
  auto conn = db_->acquire();
  EXPECT_EQ(count_units(*conn), 0);
  ASSERT_TRUE(conn->begin().ok());  // no transaction left open, no write lock held
  ASSERT_TRUE(conn->commit().ok());
}

TEST_F(DatabaseTest, UniqueViolationIsConflict) {
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->exec(kInsertUnit, {std::string("SO-TC"), std::string("Sở Tài chính")}).ok());
  auto dup = conn->exec(kInsertUnit, {std::string("SO-TC"), std::string("Sở Tài chính (trùng)")});
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, core::errc::kConflict);
  EXPECT_EQ(count_units(*conn), 1);
}

TEST_F(DatabaseTest, ForeignKeyViolationIsConflict) {
  auto conn = db_->acquire();
  auto bad = conn->exec(
      "INSERT INTO unit_names (unit_id, name) VALUES (?, ?)", {int64_t{424242}, std::string("Không tồn tại")});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::errc::kConflict);
}

TEST_F(DatabaseTest, NestedBeginIsRefused) {
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->begin().ok());
  EXPECT_FALSE(conn->begin().ok());
  ASSERT_TRUE(conn->rollback().ok());
}

}  // namespace
}  // namespace thidua::store
