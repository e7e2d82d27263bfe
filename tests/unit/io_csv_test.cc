// CSV import (read_csv, read_table on text) and CSV export escaping.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/table.h"

namespace thidua::io {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string fixture(const std::string& name) {
  auto path = std::filesystem::path(THIDUA_FIXTURES_DIR) / "import" / name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

Table read_ok(std::string_view text, const ReadLimits& limits = {}) {
  auto r = read_csv(text, limits);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r.value()) : Table{};
}

core::Error read_err(std::string_view text, const ReadLimits& limits = {}) {
  auto r = read_csv(text, limits);
  EXPECT_FALSE(r.ok());
  return r.ok() ? core::Error{} : r.error();
}

TEST(IoCsv, CommaSeparatedWithQuotesAndDoubledQuotes) {
  Table t = read_ok("Họ tên,Đơn vị\n\"Nguyễn Văn An\",\"Phòng \"\"Tổ chức\"\", cán bộ\"\n");
  EXPECT_EQ(t.header, (std::vector<std::string>{"Họ tên", "Đơn vị"}));
  EXPECT_EQ(t.rows, (Rows{{"Nguyễn Văn An", "Phòng \"Tổ chức\", cán bộ"}}));
  EXPECT_EQ(t.row_numbers, (std::vector<int>{2}));
}

TEST(IoCsv, DetectsSemicolonAndTab) {
  EXPECT_EQ(read_ok("a;b;c\n1;2,5;3\n").rows, (Rows{{"1", "2,5", "3"}}));
  EXPECT_EQ(read_ok("a\tb\n1\t2\n").rows, (Rows{{"1", "2"}}));
  // Commas inside a quoted header do not count.
  EXPECT_EQ(read_ok("\"x,y,z\";b\n1;2\n").header, (std::vector<std::string>{"x,y,z", "b"}));
}

TEST(IoCsv, ExcelSepHintLine) {
  Table t = read_ok("sep=;\r\na,b;c\r\n1,5;2\r\n");
  EXPECT_EQ(t.header, (std::vector<std::string>{"a,b", "c"}));
  EXPECT_EQ(t.rows, (Rows{{"1,5", "2"}}));
  EXPECT_EQ(t.row_numbers, (std::vector<int>{3}));
}

TEST(IoCsv, LineEndingsAndNewlinesInQuotes) {
  Table t = read_ok("a,b\r1,\"x\r\ny\"\r\n2,z\n3,w");
  EXPECT_EQ(t.rows, (Rows{{"1", "x\ny"}, {"2", "z"}, {"3", "w"}}));
  EXPECT_EQ(t.row_numbers, (std::vector<int>{2, 4, 5}));
}

TEST(IoCsv, BomUtf16AndNfc) {
  EXPECT_EQ(read_ok("\xEF\xBB\xBFTên\nAn\n").header, (std::vector<std::string>{"Tên"}));

  std::u16string text = u"Tên;Đơn vị\r\nĐặng Thị Ánh;Sở 𝔸\r\n";
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (char16_t c : text) {
    le += static_cast<char>(c & 0xFF);
    le += static_cast<char>(c >> 8);
    be += static_cast<char>(c >> 8);
    be += static_cast<char>(c & 0xFF);
  }
  for (const auto& bytes : {le, be}) {
    Table t = read_ok(bytes);
    EXPECT_EQ(t.header, (std::vector<std::string>{"Tên", "Đơn vị"}));
    EXPECT_EQ(t.rows, (Rows{{"Đặng Thị Ánh", "Sở 𝔸"}}));
  }
  // Decomposed input (as typed on some systems) comes out precomposed.
  Table t = read_ok("Tên\nNguye\xCC\x82\xCC\x83n\n");
  EXPECT_EQ(t.rows, (Rows{{"Nguyễn"}}));
}

TEST(IoCsv, TrimsAndSkipsBlankRowsPadsShortRows) {
  Table t = read_ok("\n  a , b ,c\n;;\n , ,\n\xC2\xA0x\xC2\xA0,  \"  y \"  \n1\n");
  EXPECT_EQ(t.header, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(t.rows, (Rows{{";;", "", ""}, {"x", "y", ""}, {"1", "", ""}}));
  EXPECT_EQ(t.row_numbers, (std::vector<int>{3, 5, 6}));
}

TEST(IoCsv, LongRowIsAnErrorButTrailingEmptyCellsAreNot) {
  EXPECT_EQ(read_ok("a;b\n1;2;;;\n").rows, (Rows{{"1", "2"}}));
  core::Error e = read_err("a;b\n1;2\n1;2;3\n");
  EXPECT_EQ(e.code, core::errc::kValidation);
  EXPECT_EQ(e.message, "Dòng 3, cột 3: có dữ liệu nằm ngoài các cột của dòng tiêu đề (2 cột).");
}

TEST(IoCsv, UnclosedQuoteNamesTheLineWhereItOpened) {
  core::Error e = read_err("a,b\n1,2\n3,\"bốn\n5,6\n");
  EXPECT_EQ(e.code, core::errc::kValidation);
  EXPECT_EQ(e.message, "Dòng 3: dấu ngoặc kép không được đóng.");
}

TEST(IoCsv, TextAfterClosingQuoteIsAnError) {
  core::Error e = read_err("a,b\n\"x\"y,2\n");
  EXPECT_EQ(e.code, core::errc::kValidation);
  EXPECT_EQ(e.message.rfind("Dòng 2: ", 0), 0u) << e.message;
}

TEST(IoCsv, InvalidUtf8NamesTheLine) {
  // "Nguyễn" in Windows-1258-like bytes on line 3.
  core::Error e = read_err("a\nb\nNguy\xEA\xDE n\n");
  EXPECT_EQ(e.code, core::errc::kValidation);
  EXPECT_EQ(e.message.rfind("Dòng 3: văn bản không phải UTF-8 hợp lệ.", 0), 0u) << e.message;
  EXPECT_EQ(read_err(std::string("a\r\nb\0c\r\n", 8)).message.rfind("Dòng 2:", 0), 0u);
  // Unpaired surrogate in UTF-16.
  EXPECT_EQ(read_err(std::string("\xFF\xFE" "a\0\n\0\x00\xD8", 8)).code, core::errc::kValidation);
}

TEST(IoCsv, Limits) {
  ReadLimits limits;
  limits.max_rows = 2;
  EXPECT_EQ(read_ok("h\n1\n2\n\n", limits).rows.size(), 2u);
  EXPECT_EQ(read_err("h\n1\n2\n3\n", limits).code, core::errc::kTooLarge);

  limits = {};
  limits.max_columns = 3;
  EXPECT_EQ(read_ok("a,b,c,,\n1\n", limits).header.size(), 3u);
  core::Error e = read_err("a,b,c,d\n", limits);
  EXPECT_EQ(e.code, core::errc::kTooLarge);
  EXPECT_EQ(e.message, "Dòng tiêu đề có quá 3 cột (Dòng 1, cột 4).");

  limits = {};
  limits.max_cell_bytes = 8;
  EXPECT_EQ(read_ok("a\n12345678\n", limits).rows.size(), 1u);
  EXPECT_EQ(read_err("a\n123456789\n", limits).code, core::errc::kTooLarge);

  limits = {};
  limits.max_bytes = 10;
  EXPECT_EQ(read_err("a,b\n1234,5678\n", limits).code, core::errc::kTooLarge);
}

TEST(IoCsv, EmptyOrHeaderOnly) {
  EXPECT_EQ(read_err("").code, core::errc::kValidation);
  EXPECT_EQ(read_err("\n ; \n").code, core::errc::kValidation);
  Table t = read_ok("a;b");
  EXPECT_EQ(t.header.size(), 2u);
  EXPECT_TRUE(t.rows.empty());
}

TEST(IoCsv, FixtureExportedByVietnameseExcel) {
  Table t = read_ok(fixture("people.csv"));
  EXPECT_EQ(t.header,
            (std::vector<std::string>{"STT", "Họ và tên", "Ngày sinh", "Đơn vị", "Ghi chú"}));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"2", "Trần Thị Bích Ngọc", "02/11/1990",
                                                 "Văn phòng Sở; Tổ tổng hợp",
                                                 "Khen thưởng \"đột xuất\""}));
  EXPECT_EQ(t.rows[2][4], "Hai dòng\nghi chú");
  EXPECT_EQ(t.row_numbers, (std::vector<int>{2, 3, 5}));
}

TEST(IoCsv, ReadTableRoutesTextAndRefusesBinary) {
  EXPECT_TRUE(read_table("a,b\n1,2\n", "danh-sach.xlsx").ok());
  auto html = read_table("<html><table><tr><td>a</td></tr></table></html>", "ds.xls");
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.error().code, core::errc::kUnsupported);
  auto bin = read_table(std::string("\x7F" "ELF\0\0\0", 7), "a.csv");
  ASSERT_FALSE(bin.ok());
  EXPECT_EQ(bin.error().code, core::errc::kUnsupported);
  auto empty = read_table("", "rong.csv");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().message, "Tệp “rong.csv” rỗng.");
}

TEST(IoCsvWriter, QuotesAndNeutralisesFormulas) {
  EXPECT_EQ(csv_escape_row({"a", "b,c", "say \"hi\"", "x\ny", " pad"}),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\" pad\"\r\n");
  EXPECT_EQ(csv_escape_row({"=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "ok"}, ';'),
            "'=cmd|' /C calc'!A0;'+1;'-2;'@SUM(A1);ok\r\n");
  EXPECT_EQ(csv_escape_row({}), "\r\n");
}

TEST(IoCsvWriter, RoundTripsThroughReader) {
  std::vector<std::string> header{"Họ và tên", "Ghi chú"};
  std::vector<std::string> row{"Phạm \"Tí\"; Hòa", "dòng 1\ndòng 2"};
  std::string csv = std::string(kUtf8Bom) + csv_escape_row(header, ';') + csv_escape_row(row, ';');
  Table t = read_ok(csv);
  EXPECT_EQ(t.header, header);
  EXPECT_EQ(t.rows, (Rows{row}));
}

}  // namespace
}  // namespace thidua::io
