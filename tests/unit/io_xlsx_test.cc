// XLSX import (read_xlsx, read_table on archives) and the streaming writer.
#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "io/table.h"
#include "io/xlsx_reader.h"
#include "io/xlsx_writer.h"

namespace thidua::io {
namespace {

using Rows = std::vector<std::vector<std::string>>;
using Parts = std::map<std::string, std::string>;

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string fixture(const std::string& name) {
  return slurp(std::filesystem::path(THIDUA_FIXTURES_DIR) / "import" / name);
}

// Builds a ZIP archive (deflated entries) from name → content with libzip.
std::string make_zip(const Parts& parts) {
  auto path = std::filesystem::temp_directory_path() /
              ("thidua-io-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
               "-" + std::to_string(reinterpret_cast<std::uintptr_t>(&parts)) + ".zip");
  int err = 0;
  zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  EXPECT_NE(za, nullptr);
  for (const auto& [name, data] : parts) {
    zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
    EXPECT_GE(zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(za), 0);
  std::string bytes = slurp(path);
  std::filesystem::remove(path);
  return bytes;
}

const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char* kWorkbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* kWorkbookRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";

// A minimal workbook whose first sheet has the given <sheetData> content.
Parts workbook_parts(const std::string& sheet_data, const std::string& shared = "",
                     const std::string& workbook = kWorkbook) {
  Parts p;
  p["_rels/.rels"] = kRootRels;
  p["xl/workbook.xml"] = workbook;
  p["xl/_rels/workbook.xml.rels"] = kWorkbookRels;
  p["xl/worksheets/sheet1.xml"] =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
      sheet_data + "</sheetData></worksheet>";
  if (!shared.empty()) {
    p["xl/sharedStrings.xml"] =
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + shared +
        "</sst>";
  }
  // xf 0 general, 1 built-in date 14, 2 custom dd/mm/yyyy, 3 custom
  // date-time, 4 time 20, 5 a quoted-text number format that is not a date.
  p["xl/styles.xml"] =
      R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy\ hh:mm"/><numFmt numFmtId="166" formatCode="#,##0&quot; đồng&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/><xf numFmtId="166"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs></styleSheet>)";
  return p;
}

Table read_ok(const std::string& bytes, const ReadLimits& limits = {}) {
  auto r = read_xlsx(bytes, limits);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  return r.ok() ? std::move(r.value()) : Table{};
}

core::Error read_err(const std::string& bytes, const ReadLimits& limits = {}) {
  auto r = read_table(bytes, "ds.xlsx", limits);
  EXPECT_FALSE(r.ok());
  return r.ok() ? core::Error{} : r.error();
}

TEST(IoXlsx, WriterRoundTrip) {
  std::vector<std::string> header{"Họ và tên", "Điện thoại", "Ngày sinh", "Ghi chú"};
  Rows rows{
      {"Nguyễn Văn An", "0912345678", "1985-03-12", "=cmd|' /C calc'!A0"},
      {"Trần Thị Bích Ngọc", "", "", "Khen thưởng \"đột xuất\" <2024> & hơn"},
      {"", "", "", ""},
      {"Lê Hoàng Đức", "", "1978-07-30", "Hai dòng\nghi chú"},
  };
  auto bytes = write_xlsx_bytes(header, rows, "Danh sách: cá nhân?");
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  Table t = read_ok(*bytes);
  EXPECT_EQ(t.header, header);
  EXPECT_EQ(t.rows, (Rows{rows[0], rows[1], rows[3]}));
  EXPECT_EQ(t.row_numbers, (std::vector<int>{2, 3, 5}));
}

TEST(IoXlsx, WriterStreamsManyRowsAndDiscardsUnclosedFiles) {
  auto dir = std::filesystem::temp_directory_path();
  auto path = (dir / "thidua-io-writer-test.xlsx").string();
  {
    auto w = XlsxWriter::create(path, "Sheet");
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->header({"STT", "Tên"}).ok());
    for (int i = 1; i <= 20000; ++i) {
      ASSERT_TRUE(w->row({std::to_string(i), "Cá nhân số " + std::to_string(i)}).ok());
    }
    EXPECT_FALSE(w->header({"x"}).ok());
    EXPECT_FALSE(w->row({std::string("\xFF")}).ok());
    ASSERT_TRUE(w->close().ok());
    EXPECT_FALSE(w->row({"x"}).ok());
  }
  Table t = read_ok(slurp(path));
  ASSERT_EQ(t.rows.size(), 20000u);
  EXPECT_EQ(t.rows.back(), (std::vector<std::string>{"20000", "Cá nhân số 20000"}));
  std::filesystem::remove(path);
  {
    auto w = XlsxWriter::create(path, "");
    ASSERT_TRUE(w.ok());
    ASSERT_TRUE(w->row({"bỏ dở"}).ok());
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(IoXlsx, FixtureMadeWithSharedStringsNumbersAndDates) {
  Table t = read_ok(fixture("people.xlsx"));
  EXPECT_EQ(t.header, (std::vector<std::string>{"STT", "Họ và tên", "Ngày sinh", "Đơn vị",
                                                "Chức vụ", "Điểm"}));
  EXPECT_EQ(t.rows, (Rows{
                        {"1", "Nguyễn Văn An", "1985-03-12", "Phòng Tổ chức cán bộ", "Trưởng phòng", "9.5"},
                        {"2", "Trần Thị Bích Ngọc", "1990-11-02", "Văn phòng Sở", "Chuyên viên", "8"},
                        {"3", "Lê Hoàng Đức", "1978-07-30", "Thanh tra Sở", "", "10"},
                    }));
  EXPECT_EQ(t.row_numbers, (std::vector<int>{2, 3, 5}));
}

TEST(IoXlsx, CellTypesReferencesAndStyles) {
  std::string shared =
      R"(<si><t>Họ tên</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Nguyễn </t></r><r><t>Thị Hà</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>A&amp;B &#7889;&#x1EA1; _x000D_x</t></si>)";
  std::string data =
      R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="inlineStr"><is><t>Ngày</t></is></c><c r="D2" t="str"><f>"x"</f><v>Giờ</v></c><c r="E2"><v>E</v></c><c r="F2"><v>F</v></c><c r="G2"><v>G</v></c><c r="H2"><v>H</v></c><c r="I2"><v>I</v></c></row>)"
      R"(<row r="4"><c r="A4" t="s"><v>1</v></c><c r="C4" s="1"><v>45306</v></c><c r="D4" s="4"><v>0.3125</v></c><c r="E4" t="b"><v>1</v></c><c r="F4"><v>0.30000000000000004</v></c><c r="G4" s="5"><v>1500000</v></c><c r="H4" s="3"><v>45306.5</v></c><c r="I4" t="e"><v>#N/A</v></c></row>)"
      R"(<row r="7"><c r="A7" t='s'><v>2</v></c><c r="B7"><v>-12</v></c><c r="C7" s="2"><v>60</v></c><c r="E7"><v>1E-3</v></c><c r="H7" s="3"><v>45306</v></c><c r="I7"><![CDATA[]]></c></row>)";
  Table t = read_ok(make_zip(workbook_parts(data, shared)));
  EXPECT_EQ(t.header, (std::vector<std::string>{"Họ tên", "", "Ngày", "Giờ", "E", "F", "G", "H", "I"}));
  EXPECT_EQ(t.rows, (Rows{
                        {"Nguyễn Thị Hà", "", "2024-01-15", "07:30", "TRUE", "0.3", "1500000",
                         "2024-01-15 12:00", "#N/A"},
                        {"A&B ốạ \rx", "-12", "1900-02-29", "", "0.001", "", "", "2024-01-15", ""},
                    }));
  EXPECT_EQ(t.row_numbers, (std::vector<int>{4, 7}));
}

TEST(IoXlsx, Date1904AndFirstVisibleSheet) {
  std::string workbook =
      R"(<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="Ẩn" sheetId="2" r:id="rId9" state="hidden"/><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>)";
  std::string data = R"(<row><c t="inlineStr"><is><t>Ngày</t></is></c></row><row><c s="1"><v>0</v></c></row>)";
  Table t = read_ok(make_zip(workbook_parts(data, "", workbook)));
  EXPECT_EQ(t.rows, (Rows{{"1904-01-01"}}));
}

TEST(IoXlsx, NamespacePrefixedElements) {
  Parts p = workbook_parts("");
  p["xl/worksheets/sheet1.xml"] =
      R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>Tên</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>)";
  Table t = read_ok(make_zip(p));
  EXPECT_EQ(t.header, (std::vector<std::string>{"", "Tên"}));
}

TEST(IoXlsx, DamagedArchives) {
  auto good = write_xlsx_bytes({"a"}, {{"1"}}, "S");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(read_err(good->substr(0, good->size() / 2)).code, core::errc::kValidation);
  EXPECT_EQ(read_err("PK\x03\x04garbage").code, core::errc::kValidation);

  Parts no_sheet = workbook_parts("");
  no_sheet.erase("xl/worksheets/sheet1.xml");
  EXPECT_EQ(read_err(make_zip(no_sheet)).code, core::errc::kValidation);

  Parts no_workbook{{"hello.txt", "xin chào"}};
  EXPECT_EQ(read_err(make_zip(no_workbook)).code, core::errc::kUnsupported);

  Parts ods{{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}};
  core::Error e = read_err(make_zip(ods));
  EXPECT_EQ(e.code, core::errc::kUnsupported);
  EXPECT_NE(e.message.find(".ods"), std::string::npos);
}

TEST(IoXlsx, MalformedXml) {
  for (const std::string& data : {
           std::string(R"(<row r="1"><c r="A1"><v>1</v></row>)"),         // unclosed <c>
           std::string(R"(<row r="1"><c r="A1"><v>1</v></c>)"),            // unclosed <row>
           std::string(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>)"),
           std::string(R"(<row r="1"><c r="A1" t="s"><v>5</v></c></row>)"),  // no such string
           std::string(R"(<row r="1"><c r=A1><v>1</v></c></row>)"),
           std::string(R"(<row r="2"/><row r="1"/>)"),
           std::string(R"(<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>)"),
           std::string(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)"),
           std::string(R"(<row r="1048577"><c><v>1</v></c></row>)"),
           std::string(R"(<row r="1"><c r="A1"><v>&#0;</v></c></row>)"),
       }) {
    core::Error e = read_err(make_zip(workbook_parts(data)));
    EXPECT_EQ(e.code, core::errc::kValidation) << data;
    EXPECT_EQ(e.message.rfind("Tệp Excel bị hỏng", 0), 0u) << e.message;
  }
  Parts dtd = workbook_parts("");
  dtd["xl/worksheets/sheet1.xml"] =
      R"(<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet><sheetData/></worksheet>)";
  EXPECT_EQ(read_err(make_zip(dtd)).code, core::errc::kValidation);
}

TEST(IoXlsx, ZipBombsAndDeclaredSizes) {
  ReadLimits limits;
  limits.max_uncompressed = 1 << 20;
  Parts bomb = workbook_parts("");
  bomb["xl/worksheets/sheet1.xml"] =
      "<worksheet><sheetData>" + std::string(4 << 20, ' ') + "</sheetData></worksheet>";
  std::string bytes = make_zip(bomb);
  EXPECT_LT(bytes.size(), 64u * 1024);
  EXPECT_EQ(read_err(bytes, limits).code, core::errc::kTooLarge);

  // An entry whose headers claim a huge uncompressed size.
  std::string lying = make_zip(workbook_parts(R"(<row><c t="inlineStr"><is><t>a</t></is></c></row>)"));
  ASSERT_TRUE(read_table(lying, "x.xlsx").ok());
  for (std::size_t pos = 0; (pos = lying.find("PK\x01\x02", pos)) != std::string::npos; pos += 4) {
    lying.replace(pos + 24, 4, "\xF0\xFF\xFF\x7F");
  }
  for (std::size_t pos = 0; (pos = lying.find("PK\x03\x04", pos)) != std::string::npos; pos += 4) {
    lying.replace(pos + 22, 4, "\xF0\xFF\xFF\x7F");
  }
  core::Error e = read_err(lying);
  EXPECT_TRUE(e.code == core::errc::kTooLarge || e.code == core::errc::kValidation) << e.code;
}

TEST(IoXlsx, RowAndColumnLimits) {
  ReadLimits limits;
  limits.max_rows = 2;
  limits.max_columns = 3;
  std::string rows;
  for (int r = 1; r <= 3; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>" +
            std::to_string(r) + "</v></c></row>";
  }
  EXPECT_EQ(read_ok(make_zip(workbook_parts(rows)), limits).rows.size(), 2u);
  rows += R"(<row r="9"><c r="A9"><v>9</v></c></row>)";
  EXPECT_EQ(read_err(make_zip(workbook_parts(rows)), limits).code, core::errc::kTooLarge);

  // Empty styled cells far to the right are ignored; data there is not.
  EXPECT_TRUE(read_table(make_zip(workbook_parts(R"(<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="1"/></row>)")),
                         "x", limits).ok());
  core::Error e = read_err(make_zip(workbook_parts(R"(<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row>)")), limits);
  EXPECT_EQ(e.code, core::errc::kTooLarge);
  e = read_err(make_zip(workbook_parts(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>4</v></c></row>)")), limits);
  EXPECT_EQ(e.code, core::errc::kValidation);
  EXPECT_EQ(e.message, "Ô B2: có dữ liệu nằm ngoài các cột của dòng tiêu đề (1 cột).");
}

TEST(IoXlsx, LegacyAndEncryptedExcelAreRefused) {
  std::string xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  xls += std::string(512, '\0');
  core::Error e = read_err(xls);
  EXPECT_EQ(e.code, core::errc::kUnsupported);
  EXPECT_EQ(e.message, "Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx.");
  std::string encrypted = xls + std::string("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
  EXPECT_NE(read_err(encrypted).message.find("mật khẩu"), std::string::npos);
}

TEST(IoXlsx, ReadTableChoosesByContentNotName) {
  auto bytes = write_xlsx_bytes({"Tên"}, {{"An"}}, "S");
  ASSERT_TRUE(bytes.ok());
  auto t = read_table(*bytes, "danh-sach.csv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->rows, (Rows{{"An"}}));
}

}  // namespace
}  // namespace thidua::io
