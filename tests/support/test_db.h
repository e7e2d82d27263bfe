// Throwaway databases for storage and HTTP tests, on the engine chosen by
// THIDUA_TEST_ENGINE ("sqlite", the default, or "postgres").
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string>

#include "core/org.h"
#include "store/db.h"

namespace thidua::test {

// The engine named by THIDUA_TEST_ENGINE; anything but "postgres" is SQLite.
store::Engine engine_under_test();

// The URL of a new, empty, fully migrated database:
//  - SQLite: a fresh temporary file, removed when the test program exits;
//  - PostgreSQL: the database THIDUA_TEST_DB_NAME (default "thidua_test") on
//    the server at THIDUA_TEST_PG_URL, created if missing and emptied (schema
//    public dropped and recreated). Each call resets it: one live database at a
//    time per test program.
// Without THIDUA_TEST_PG_URL the current test fails, or is skipped when
// THIDUA_TEST_ALLOW_NO_PG=1; the function then returns "". Any other failure
// is a fatal test failure and also returns "".
// `second`: on PostgreSQL the database THIDUA_TEST_DB_NAME + "_b" instead,
// for a test with two sites (two deployments) alive at once.
std::string fresh_database_url(bool second = false);

// fresh_database_url(), opened. Returns nullptr when the test failed or was
// skipped; callers return at once (or use DatabaseTest, which does).
std::unique_ptr<store::Database> fresh_database(const store::DatabaseOptions& options = {}, bool second = false);

// A fixture holding a fresh database in db_; the test body does not run when
// none could be had.
class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override { db_.reset(); }

  // Records for store tests, stored at a fixed instant (a test failure and 0
  // when refused): a unit "Đơn vị <code>" of `kind` under `parent`, and a
  // person in `unit_id` (born 1985-03-15, position "Chuyên viên").
  int64_t add_unit(const std::string& code, std::optional<int64_t> parent, core::UnitKind kind);
  int64_t add_person(const std::string& full_name, int64_t unit_id);

  std::unique_ptr<store::Database> db_;
};

}  // namespace thidua::test
