// Parameters and results round-trip through both engines unchanged.
#include <gtest/gtest.h>

#include "store/db.h"
#include "support/test_db.h"

namespace thidua::store {
namespace {

using test::DatabaseTest;

class ParamsTest : public DatabaseTest {
 protected:
  void SetUp() override {
    DatabaseTest::SetUp();
    if (db_ == nullptr) return;
    auto conn = db_->acquire();
    ASSERT_TRUE(conn->exec_script("CREATE TABLE probe (i BIGINT, d DOUBLE PRECISION, t TEXT, b INTEGER, n TEXT)").ok());
  }
};

TEST_F(ParamsTest, EveryTypeRoundTrips) {
  auto conn = db_->acquire();
  auto n = conn->exec("INSERT INTO probe (i, d, t, b, n) VALUES (?, ?, ?, ?, ?)",
                      {int64_t{-9007199254740993}, 2.5, std::string("chữ"), true, nullptr});
  ASSERT_TRUE(n.ok()) << n.error().message;
  EXPECT_EQ(*n, 1);
  ASSERT_TRUE(conn->exec("INSERT INTO probe (i, d, t, b, n) VALUES (?, ?, ?, ?, ?)",
                         {int64_t{0}, -0.125, std::string(), false, std::string("x")})
                  .ok());

  auto rows = conn->query("SELECT i, d, t, b, n FROM probe ORDER BY i");
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 2u);
  ASSERT_EQ(rows->columns, (std::vector<std::string>{"i", "d", "t", "b", "n"}));
  const Row& first = (*rows)[0];
  EXPECT_EQ(first.i64(0), -9007199254740993);
  EXPECT_EQ(first.str(1), "2.5");
  EXPECT_EQ(first.str(2), "chữ");
  EXPECT_EQ(first.i64(3), 1);
  EXPECT_TRUE(first.is_null(4));
  EXPECT_EQ(first.str(4), "");
  EXPECT_EQ(first.opt_str(4), std::nullopt);
  EXPECT_EQ(first.opt_i64(4), std::nullopt);
  EXPECT_EQ(first.i64(4), 0);
  const Row& second = (*rows)[1];
  EXPECT_EQ(second.i64(0), 0);
  EXPECT_EQ(second.str(1), "-0.125");
  EXPECT_FALSE(second.is_null(2));  // empty text is not NULL
  EXPECT_EQ(second.str(2), "");
  EXPECT_EQ(second.i64(3), 0);
  EXPECT_EQ(second.opt_str(4), std::optional<std::string>("x"));
  EXPECT_THROW((void)second.i64(4), std::invalid_argument);
}

TEST_F(ParamsTest, OptionalHelpersBindNull) {
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->exec("INSERT INTO probe (i, t, n) VALUES (?, ?, ?)",
                         {opt(std::optional<int64_t>()), opt(std::optional<std::string>()), null_if_empty("")})
                  .ok());
  ASSERT_TRUE(conn->exec("INSERT INTO probe (i, t, n) VALUES (?, ?, ?)",
                         {opt(std::optional<int64_t>(7)), opt(std::optional<std::string>("a")), null_if_empty("b")})
                  .ok());
  auto nulls = conn->query("SELECT count(*) FROM probe WHERE i IS NULL AND t IS NULL AND n IS NULL");
  ASSERT_TRUE(nulls.ok());
  EXPECT_EQ((*nulls)[0].i64(0), 1);
  auto values = conn->query("SELECT i, t, n FROM probe WHERE i IS NOT NULL");
  ASSERT_TRUE(values.ok());
  ASSERT_EQ(values->size(), 1u);
  EXPECT_EQ((*values)[0].opt_i64(0), std::optional<int64_t>(7));
  EXPECT_EQ((*values)[0].str(1), "a");
  EXPECT_EQ((*values)[0].str(2), "b");
}

TEST_F(ParamsTest, VietnameseAndSqlMetacharactersAreStoredVerbatim) {
  const std::vector<std::string> texts = {
      "Nguyễn Thị Ngọc Ánh",
      "Phòng Tổ chức – Hành chính",
      "'; DROP TABLE people; --",
      "O'Brien \"quoted\" \\ backslash ? $1 $$ % _",
      "Trần Văn Đức\nXuống dòng\ttab",
      "Lê Thị Hoa (Hòa Bình)",
  };
  auto conn = db_->acquire();
  for (const auto& t : texts) {
    auto r = conn->exec("INSERT INTO people (full_name, name_folded, sort_key, category, created_at, updated_at) "
                        "VALUES (?, ?, ?, 'staff', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                        {t, t, t});
    ASSERT_TRUE(r.ok()) << r.error().message;
  }
  for (const auto& t : texts) {
    auto rows = conn->query("SELECT full_name FROM people WHERE full_name = ?", {t});
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 1u) << t;
    EXPECT_EQ((*rows)[0].str(0), t);
  }
  auto count = conn->query("SELECT count(*) FROM people");
  ASSERT_TRUE(count.ok());
  EXPECT_EQ((*count)[0].i64(0), static_cast<int64_t>(texts.size()));
}

TEST_F(ParamsTest, QuestionMarksInsideLiteralsAreNotParameters) {
  auto conn = db_->acquire();
  auto rows = conn->query("SELECT '?', 'it''s ?', ? /* ? */, \"t\" FROM probe -- ?\n UNION ALL SELECT 'a', 'b', 'c', 'd'",
                          {std::string("p")});
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  ASSERT_EQ(rows->size(), 1u);  // probe is empty: only the second SELECT yields
  auto direct = conn->query("SELECT '?', 'it''s ?', ?", {std::string("p")});
  ASSERT_TRUE(direct.ok()) << direct.error().message;
  EXPECT_EQ((*direct)[0].str(0), "?");
  EXPECT_EQ((*direct)[0].str(1), "it's ?");
  EXPECT_EQ((*direct)[0].str(2), "p");
}

TEST_F(ParamsTest, BooleanExpressionsReadAsIntegers) {
  auto conn = db_->acquire();
  auto rows = conn->query("SELECT 1 = 1, 1 = 2, EXISTS (SELECT 1 FROM probe)");
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  EXPECT_EQ((*rows)[0].i64(0), 1);
  EXPECT_EQ((*rows)[0].i64(1), 0);
  EXPECT_EQ((*rows)[0].i64(2), 0);
}

TEST_F(ParamsTest, ReturningGivesTheNewId) {
  auto conn = db_->acquire();
  auto sql = "INSERT INTO units (code, name, kind, created_at, updated_at) VALUES (?, ?, 'agency', ?, ?) RETURNING id";
  auto a = conn->query(sql, {std::string("SO-GD"), std::string("Sở Giáo dục và Đào tạo"),
                             std::string("2026-01-01T00:00:00.000Z"), std::string("2026-01-01T00:00:00.000Z")});
  ASSERT_TRUE(a.ok()) << a.error().message;
  auto b = conn->query(sql, {std::string("SO-YT"), std::string("Sở Y tế"), std::string("2026-01-01T00:00:00.000Z"),
                             std::string("2026-01-01T00:00:00.000Z")});
  ASSERT_TRUE(b.ok()) << b.error().message;
  ASSERT_EQ(a->size(), 1u);
  ASSERT_EQ(b->size(), 1u);
  EXPECT_EQ(a->columns[0], "id");
  EXPECT_GT((*a)[0].i64(0), 0);
  EXPECT_GT((*b)[0].i64(0), (*a)[0].i64(0));
  auto name = conn->query("SELECT name FROM units WHERE id = ?", {(*b)[0].i64(0)});
  ASSERT_TRUE(name.ok());
  EXPECT_EQ((*name)[0].str(0), "Sở Y tế");
}

TEST_F(ParamsTest, ExecCountsChangedRows) {
  auto conn = db_->acquire();
  for (int64_t i = 0; i < 5; ++i) ASSERT_TRUE(conn->exec("INSERT INTO probe (i) VALUES (?)", {i}).ok());
  auto changed = conn->exec("UPDATE probe SET t = 'x' WHERE i >= ?", {int64_t{2}});
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(*changed, 3);
  auto none = conn->exec("DELETE FROM probe WHERE i > ?", {int64_t{100}});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(*none, 0);
}

TEST_F(ParamsTest, WrongParameterCountIsAnError) {
  auto conn = db_->acquire();
  auto r = conn->exec("INSERT INTO probe (i, t) VALUES (?, ?)", {int64_t{1}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::errc::kStorage);
}

TEST_F(ParamsTest, SyntaxErrorIsAStorageError) {
  auto conn = db_->acquire();
  auto r = conn->query("SELEKT 1");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, core::errc::kStorage);
  // The connection stays usable.
  auto ok = conn->query("SELECT 1");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
}

TEST_F(ParamsTest, ManyDistinctStatementsStayCorrect) {
  // More distinct statements than the SQLite statement cache holds, twice.
  auto conn = db_->acquire();
  for (int round = 0; round < 2; ++round) {
    for (int64_t k = 0; k < 100; ++k) {
      auto rows = conn->query("SELECT ? + " + std::to_string(k), {int64_t{1000}});
      ASSERT_TRUE(rows.ok()) << rows.error().message;
      EXPECT_EQ((*rows)[0].i64(0), 1000 + k);
    }
  }
}

TEST_F(ParamsTest, ScriptRunsSeveralStatements) {
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->exec_script("INSERT INTO probe (i) VALUES (1); INSERT INTO probe (i) VALUES (2);\n"
                                "UPDATE probe SET t = 'done';")
                  .ok());
  auto rows = conn->query("SELECT count(*) FROM probe WHERE t = 'done'");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].i64(0), 2);
}

}  // namespace
}  // namespace thidua::store
