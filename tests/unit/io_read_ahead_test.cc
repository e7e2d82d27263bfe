// read_table_rows_ahead(): the same header and rows, in the same order and
// with the same row numbers, as read_table_rows(), always on the calling
// thread; a sink's error or exception stops the parser; a reading error comes
// after the rows read before it.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "io/read_ahead.h"
#include "io/table.h"
#include "io/xlsx_writer.h"

namespace thidua::io {
namespace {

struct Collect : RowSink {
  std::vector<std::string> heading;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> numbers;
  int header_calls = 0;
  int stop_after = -1;   // refuse the row after this many
  int throw_after = -1;  // throw at the row after this many
  bool header_fails = false;
  bool other_thread = false;  // a call came on a thread other than the test's
  std::thread::id caller = std::this_thread::get_id();

  core::Status header(const std::vector<std::string>& h) override {
    other_thread |= std::this_thread::get_id() != caller;
    ++header_calls;
    heading = h;
    if (header_fails) return core::make_error(core::errc::kValidation, "thiếu cột");
    return {};
  }
  core::Status row(std::vector<std::string>&& cells, int n) override {
    other_thread |= std::this_thread::get_id() != caller;
    if (stop_after >= 0 && static_cast<int>(rows.size()) == stop_after) {
      return core::make_error(core::errc::kValidation, "dừng ở dòng " + std::to_string(n));
    }
    if (throw_after >= 0 && static_cast<int>(rows.size()) == throw_after) throw std::runtime_error("hỏng");
    rows.push_back(std::move(cells));
    numbers.push_back(n);
    return {};
  }
};

std::string long_csv(int n) {
  std::string csv = "Họ và tên;Năm\n";
  for (int i = 0; i < n; ++i) {
    csv += "Người " + std::to_string(i) + ";" + std::to_string(2000 + i % 30) + "\n";
    if (i % 97 == 0) csv += "\n";  // blank lines are left out, and numbered past
  }
  return csv;
}

void expect_same_as_direct(const std::string& bytes, const std::string& name) {
  Collect direct;
  ASSERT_TRUE(read_table_rows(bytes, name, direct).ok());
  Collect ahead;
  auto st = read_table_rows_ahead(bytes, name, ahead);
  ASSERT_TRUE(st.ok()) << st.error().message;
  EXPECT_EQ(ahead.header_calls, 1);
  EXPECT_EQ(ahead.heading, direct.heading);
  EXPECT_EQ(ahead.rows, direct.rows);
  EXPECT_EQ(ahead.numbers, direct.numbers);
  EXPECT_FALSE(ahead.other_thread);
}

TEST(ReadAhead, CsvRowsArriveAsReadTableRowsGivesThem) {
  // Several times the read-ahead window, and a last batch that is not full.
  expect_same_as_direct(long_csv(static_cast<int>(kReadAheadRows) * 3 + 77), "a.csv");
}

TEST(ReadAhead, XlsxRowsArriveAsReadTableRowsGivesThem) {
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 5000; ++i) rows.push_back({"Nguyễn Văn " + std::to_string(i), i % 7 ? "TNMT" : ""});
  auto bytes = write_xlsx_bytes({"Họ và tên", "Mã đơn vị"}, rows, "Danh sách");
  ASSERT_TRUE(bytes.ok());
  expect_same_as_direct(*bytes, "a.xlsx");
}

TEST(ReadAhead, AHeaderOnlyFileGivesTheHeaderAndNoRow) {
  Collect sink;
  ASSERT_TRUE(read_table_rows_ahead("Tên;Năm\n", "a.csv", sink).ok());
  EXPECT_EQ(sink.header_calls, 1);
  EXPECT_TRUE(sink.rows.empty());
}

TEST(ReadAhead, TheSinksErrorStopsTheReadingAndIsReturned) {
  Collect sink;
  sink.stop_after = 3000;
  auto st = read_table_rows_ahead(long_csv(20000), "a.csv", sink);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kValidation);
  EXPECT_EQ(st.error().message.rfind("dừng ở dòng ", 0), 0u);
  EXPECT_EQ(sink.rows.size(), 3000u);
}

TEST(ReadAhead, TheHeadersErrorIsReturnedWithNoRowGiven) {
  Collect sink;
  sink.header_fails = true;
  auto st = read_table_rows_ahead(long_csv(10000), "a.csv", sink);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().message, "thiếu cột");
  EXPECT_TRUE(sink.rows.empty());
}

TEST(ReadAhead, AnExceptionFromTheSinkReachesTheCallerWithTheParserJoined) {
  Collect sink;
  sink.throw_after = 2500;
  EXPECT_THROW((void)read_table_rows_ahead(long_csv(20000), "a.csv", sink), std::runtime_error);
  EXPECT_EQ(sink.rows.size(), 2500u);
}

TEST(ReadAhead, AReadingErrorComesAfterTheRowsReadBeforeIt) {
  ReadLimits limits;
  limits.max_rows = 4000;
  Collect direct;
  auto d = read_table_rows(long_csv(9000), "a.csv", direct, limits);
  Collect ahead;
  auto a = read_table_rows_ahead(long_csv(9000), "a.csv", ahead, limits);
  ASSERT_FALSE(d.ok());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().code, core::errc::kTooLarge);
  EXPECT_EQ(a.error().message, d.error().message);
  EXPECT_EQ(ahead.rows.size(), direct.rows.size());
  EXPECT_EQ(ahead.rows.size(), 4000u);
}

TEST(ReadAhead, AnUnreadableFileIsRefusedAsByReadTableRows) {
  const std::string bytes = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0');
  Collect direct;
  auto d = read_table_rows(bytes, "cu.xls", direct);
  Collect ahead;
  auto a = read_table_rows_ahead(bytes, "cu.xls", ahead);
  ASSERT_FALSE(a.ok());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(a.error().code, d.error().code);
  EXPECT_EQ(a.error().message, d.error().message);
  EXPECT_EQ(ahead.header_calls, 0);
}

}  // namespace
}  // namespace thidua::io
