// Connection::query_each on both engines: every row in order, read in place,
// the same cells query() gives (NULL, text, integers, booleans as 1/0), errors
// as values, and a statement usable again after a callback that throws.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "support/test_db.h"

namespace thidua::store {
namespace {

class QueryEachTest : public test::DatabaseTest {};

std::string describe(const RowView& r) {
  std::string out;
  for (size_t i = 0; i < r.size(); ++i) {
    if (i > 0) out += "|";
    out += r.is_null(i) ? "NULL" : std::string(r.text(i));
  }
  return out;
}

TEST_F(QueryEachTest, HandsOverTheSameCellsAsQuery) {
  auto conn = db_->acquire();
  ASSERT_TRUE(conn->exec("CREATE TABLE qe (id BIGINT PRIMARY KEY, name TEXT, n BIGINT, r REAL)").ok());
  ASSERT_TRUE(conn->exec("INSERT INTO qe VALUES (1, 'Lê Thị Hoa', 42, 3.0), (2, NULL, NULL, NULL), "
                         "(3, '', -7, 2.5)")
                  .ok());
  const std::string sql = "SELECT id, name, n, r, id = ? FROM qe WHERE id >= ? ORDER BY id";
  const Params params{int64_t{3}, int64_t{1}};
  auto rows = conn->query(sql, params);
  ASSERT_TRUE(rows.ok());
  std::vector<std::string> expected;
  for (const auto& r : *rows) expected.push_back(describe(r));

  std::vector<std::string> seen;
  std::vector<int64_t> ids, ns;
  std::vector<bool> null_n;
  auto st = conn->query_each(sql, params, [&](const RowView& r) {
    seen.push_back(describe(r));
    ids.push_back(r.i64(0));
    ns.push_back(r.i64(2));
    null_n.push_back(!r.opt_i64(2).has_value());
  });
  ASSERT_TRUE(st.ok()) << st.error().message;
  EXPECT_EQ(seen, expected);
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0].rfind("1|Lê Thị Hoa|42|3", 0), 0u) << seen[0];
  EXPECT_EQ(seen[2].substr(seen[2].size() - 2), "|1") << "a comparison reads 1/0 on both engines";
  EXPECT_EQ(ids, (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(ns, (std::vector<int64_t>{42, 0, -7}));
  EXPECT_EQ(null_n, (std::vector<bool>{false, true, false}));
}

TEST_F(QueryEachTest, ErrorsAreValuesAndAThrowingCallbackLeavesTheConnectionUsable) {
  auto conn = db_->acquire();
  auto bad = conn->query_each("SELECT nothing FROM no_such_table", {}, [](const RowView&) {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, core::errc::kStorage);

  ASSERT_TRUE(conn->exec("CREATE TABLE qe2 (id BIGINT PRIMARY KEY, name TEXT)").ok());
  ASSERT_TRUE(conn->exec("INSERT INTO qe2 VALUES (1, 'a'), (2, 'b'), (3, 'c')").ok());
  const std::string sql = "SELECT id, name FROM qe2 ORDER BY id";
  int calls = 0;
  EXPECT_THROW((void)conn->query_each(sql, {},
                                      [&](const RowView& r) {
                                        ++calls;
                                        (void)r.text(5);  // no such column
                                      }),
               std::out_of_range);
  EXPECT_EQ(calls, 1);
  std::vector<std::string> names;
  auto again = conn->query_each(sql, {}, [&](const RowView& r) { names.emplace_back(r.text(1)); });
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(names, (std::vector<std::string>{"a", "b", "c"})) << "from the first row again";
  // And a write after it: no read left open.
  EXPECT_TRUE(conn->exec("UPDATE qe2 SET name = 'z' WHERE id = 1").ok());
}

}  // namespace
}  // namespace thidua::store
