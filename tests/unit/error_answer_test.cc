// How failures reach clients and the log (web/shared/respond.h, store/db.h
// driver_error): a driver's text never reaches an answer, server failures
// name the request id and keep their cause for the error log.
#include <gtest/gtest.h>

#include <string>

#include "core/result.h"
#include "store/db.h"
#include "web/access_log.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace {

TEST(ErrorAnswerTest, AStorageFailureShowsAGenericMessageWithTheRequestId) {
  RequestIdScope scope("a1b2c3d4e5f60718");
  const core::Error e = store::driver_error(core::errc::kStorage, "sqlite: database or disk is full [COMMIT]");
  EXPECT_EQ(e.detail, "sqlite: database or disk is full [COMMIT]");
  Response r = api_error(e);
  EXPECT_EQ(r.status, 500u);
  EXPECT_EQ(r.body.find("sqlite"), std::string::npos) << r.body;
  EXPECT_EQ(r.body.find("COMMIT"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("a1b2c3d4e5f60718"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("storage_error"), std::string::npos);
  EXPECT_NE(r.cause.find("database or disk is full"), std::string::npos) << r.cause;
  EXPECT_TRUE(r.header("retry-after").empty());
}

TEST(ErrorAnswerTest, AnUnreachableDatabaseIs503WithRetryAfter) {
  RequestIdScope scope("ffee");
  Response r = api_error(store::driver_error(core::errc::kStorageUnavailable, "postgres: cannot connect: refused"));
  EXPECT_EQ(r.status, 503u);
  EXPECT_EQ(r.header("retry-after"), kRetryAfterSeconds);
  EXPECT_EQ(r.body.find("refused"), std::string::npos);
  EXPECT_NE(r.body.find("ffee"), std::string::npos);
  EXPECT_NE(r.cause.find("cannot connect"), std::string::npos);
}

TEST(ErrorAnswerTest, AConstraintViolationIsAConflictInVietnamese) {
  Response r = api_error(store::driver_error(core::errc::kConflict,
                                             "sqlite: UNIQUE constraint failed: units.code [INSERT INTO units]"));
  EXPECT_EQ(r.status, 409u);
  EXPECT_EQ(r.body.find("UNIQUE"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("Dữ liệu trùng"), std::string::npos) << r.body;
  EXPECT_TRUE(r.cause.empty()) << "a conflict is the request's problem, not the server's";
}

TEST(ErrorAnswerTest, ARequestsOwnErrorsAreShownAsTheyAre) {
  Response r = api_error(core::make_error(core::errc::kValidation, "Hãy nhập tên đơn vị.", "name"));
  EXPECT_EQ(r.status, 422u);
  EXPECT_NE(r.body.find("Hãy nhập tên đơn vị."), std::string::npos);
  EXPECT_TRUE(r.cause.empty());
}

TEST(ErrorAnswerTest, PagesThatShowTheirOwnErrorNoteTheCause) {
  RequestIdScope scope("0011");
  EXPECT_EQ(failure_status(core::make_error(core::errc::kValidation, "Sai.")), 422u);
  EXPECT_EQ(take_failure_cause(), "");
  EXPECT_EQ(failure_status(store::driver_error(core::errc::kStorage, "postgres: relation missing")), 500u);
  EXPECT_NE(take_failure_cause().find("relation missing"), std::string::npos);
  EXPECT_EQ(take_failure_cause(), "") << "taken once";
}

}  // namespace
}  // namespace thidua::web
