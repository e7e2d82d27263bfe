// The `?` to $n translation used by the PostgreSQL engine (pure text; runs on
// either engine).
#include "store/postgres/parameter_markers.h"

#include <gtest/gtest.h>

#include "store/postgres/pg_database.h"

namespace thidua::store::postgres {
namespace {

std::string tr(std::string_view sql) { return number_parameter_markers(sql).sql; }

TEST(ParameterMarkers, NumbersFromLeftToRight) {
  auto t = number_parameter_markers("SELECT * FROM people WHERE id = ? AND unit_id IN (?, ?) LIMIT ?");
  EXPECT_EQ(t.sql, "SELECT * FROM people WHERE id = $1 AND unit_id IN ($2, $3) LIMIT $4");
  EXPECT_EQ(t.markers, 4);
  EXPECT_EQ(number_parameter_markers("SELECT 1").markers, 0);
}

TEST(ParameterMarkers, SkipsStringLiterals) {
  EXPECT_EQ(tr("SELECT '?', ?"), "SELECT '?', $1");
  EXPECT_EQ(tr("SELECT 'it''s ?', ?"), "SELECT 'it''s ?', $1");
  EXPECT_EQ(tr("SELECT E'a\\'?', ?"), "SELECT E'a\\'?', $1");
  EXPECT_EQ(tr("SELECT 'Tiến độ?'"), "SELECT 'Tiến độ?'");
}

TEST(ParameterMarkers, SkipsQuotedIdentifiers) {
  EXPECT_EQ(tr("SELECT \"why?\" FROM t WHERE a = ?"), "SELECT \"why?\" FROM t WHERE a = $1");
  EXPECT_EQ(tr("SELECT \"a\"\"?\" , ?"), "SELECT \"a\"\"?\" , $1");
}

TEST(ParameterMarkers, SkipsDollarQuotedBodies) {
  EXPECT_EQ(tr("SELECT $$?$$, ?"), "SELECT $$?$$, $1");
  EXPECT_EQ(tr("SELECT $fn$ a ? $$ b ? $fn$, ?"), "SELECT $fn$ a ? $$ b ? $fn$, $1");
  // $1 is a parameter reference, not a quote; a$b is an identifier.
  EXPECT_EQ(tr("SELECT $1, a$b, ?"), "SELECT $1, a$b, $1");
}

TEST(ParameterMarkers, SkipsComments) {
  EXPECT_EQ(tr("SELECT ? -- what?\n, ?"), "SELECT $1 -- what?\n, $2");
  EXPECT_EQ(tr("SELECT /* ? /* ? */ ? */ ?"), "SELECT /* ? /* ? */ ? */ $1");
}

TEST(ParameterMarkers, UnterminatedLiteralRunsToTheEnd) {
  EXPECT_EQ(tr("SELECT 'abc ?"), "SELECT 'abc ?");
}

TEST(PostgresUrl, StripPassword) {
  EXPECT_EQ(strip_password("postgresql://thidua:s%40cret@db.local:5432/thidua"),
            "postgresql://thidua@db.local:5432/thidua");
  EXPECT_EQ(strip_password("postgresql://postgres@127.0.0.1:5432/postgres"),
            "postgresql://postgres@127.0.0.1:5432/postgres");
  EXPECT_EQ(strip_password("postgresql://u@h/db?password=x&sslmode=require"), "postgresql://u@h/db?sslmode=require");
  EXPECT_EQ(strip_password("postgresql://u@h/db?password=x"), "postgresql://u@h/db");
  EXPECT_EQ(strip_password("postgresql://h/db"), "postgresql://h/db");
}

TEST(PostgresUrl, PasswordOf) {
  EXPECT_EQ(password_of("postgresql://thidua:s%40cret@db.local:5432/thidua"), "s@cret");
  EXPECT_EQ(password_of("postgresql://u@h/db?sslmode=require&password=abc"), "abc");
  EXPECT_EQ(password_of("postgresql://u@h/db"), "");
}

}  // namespace
}  // namespace thidua::store::postgres
