// read_table_rows(): the rows of a CSV or XLSX upload delivered one by one
// (issue 9 #6: imports never hold a whole table), the same rows read_table()
// collects, and a sink's error stops the reading.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/table.h"
#include "io/xlsx_writer.h"

namespace thidua::io {
namespace {

struct Collect : RowSink {
  std::vector<std::string> heading;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> numbers;
  int header_calls = 0;
  int stop_after = -1;  // refuse the row after this many
  core::Status header(const std::vector<std::string>& h) override {
    ++header_calls;
    heading = h;
    return {};
  }
  core::Status row(std::vector<std::string>&& cells, int n) override {
    if (stop_after >= 0 && static_cast<int>(rows.size()) == stop_after) {
      return core::make_error(core::errc::kValidation, "dừng ở dòng " + std::to_string(n));
    }
    rows.push_back(std::move(cells));
    numbers.push_back(n);
    return {};
  }
};

void expect_same(const std::string& bytes, const std::string& name) {
  auto table = read_table(bytes, name);
  ASSERT_TRUE(table.ok()) << table.error().message;
  Collect sink;
  auto st = read_table_rows(bytes, name, sink);
  ASSERT_TRUE(st.ok()) << st.error().message;
  EXPECT_EQ(sink.header_calls, 1);
  EXPECT_EQ(sink.heading, table->header);
  EXPECT_EQ(sink.rows, table->rows);
  EXPECT_EQ(sink.numbers, table->row_numbers);
}

TEST(RowSink, CsvRowsArriveAsReadTableCollectsThem) {
  expect_same("Họ và tên;Mã đơn vị\n\nNguyễn Văn A;TNMT\n\"Trần, B\";\n  ;  \nLê C;KHTC\n", "a.csv");
}

TEST(RowSink, XlsxRowsArriveAsReadTableCollectsThem) {
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 1200; ++i) rows.push_back({"Người " + std::to_string(i), i % 7 ? "TNMT" : ""});
  auto bytes = write_xlsx_bytes({"Họ và tên", "Mã đơn vị"}, rows, "Danh sách");
  ASSERT_TRUE(bytes.ok());
  expect_same(*bytes, "a.xlsx");
}

TEST(RowSink, TheSinksErrorStopsTheReading) {
  std::string csv = "Tên\n";
  for (int i = 0; i < 100; ++i) csv += "dòng " + std::to_string(i) + "\n";
  Collect sink;
  sink.stop_after = 10;
  auto st = read_table_rows(csv, "a.csv", sink);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().message, "dừng ở dòng 12");
  EXPECT_EQ(sink.rows.size(), 10u);
}

TEST(RowSink, LimitsStillApplyWithoutATable) {
  std::string csv = "Tên\n";
  for (int i = 0; i < 20; ++i) csv += "x\n";
  ReadLimits limits;
  limits.max_rows = 5;
  Collect sink;
  auto st = read_table_rows(csv, "a.csv", sink, limits);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kTooLarge);
  EXPECT_EQ(sink.rows.size(), 5u);
}

}  // namespace
}  // namespace thidua::io
