// File types by content, safe download names and the Content-Disposition
// header (core/file_type.h); progress rules and multi-line text (core/unit_work.h).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/file_type.h"
#include "core/names.h"
#include "core/unit_work.h"

namespace thidua::core {
namespace {

void put16(std::string& s, uint32_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, uint32_t v) {
  put16(s, v & 0xFFFF);
  put16(s, v >> 16);
}

// A stored (uncompressed) ZIP archive with these entries, each holding "x".
std::string zip_with(const std::vector<std::string>& names) {
  std::string out, dir;
  for (const auto& n : names) {
    const uint32_t offset = static_cast<uint32_t>(out.size());
    out += "PK\x03\x04";
    put16(out, 20); put16(out, 0); put16(out, 0); put16(out, 0); put16(out, 0);
    put32(out, 0); put32(out, 1); put32(out, 1);
    put16(out, static_cast<uint32_t>(n.size())); put16(out, 0);
    out += n;
    out += "x";
    dir += "PK\x01\x02";
    put16(dir, 20); put16(dir, 20); put16(dir, 0); put16(dir, 0); put16(dir, 0); put16(dir, 0);
    put32(dir, 0); put32(dir, 1); put32(dir, 1);
    put16(dir, static_cast<uint32_t>(n.size())); put16(dir, 0); put16(dir, 0); put16(dir, 0); put16(dir, 0);
    put32(dir, 0); put32(dir, offset);
    dir += n;
  }
  const uint32_t dir_offset = static_cast<uint32_t>(out.size());
  out += dir;
  out += "PK\x05\x06";
  put16(out, 0); put16(out, 0);
  put16(out, static_cast<uint32_t>(names.size())); put16(out, static_cast<uint32_t>(names.size()));
  put32(out, static_cast<uint32_t>(dir.size())); put32(out, dir_offset);
  put16(out, 0);
  return out;
}

const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);

TEST(FileType, RecognisesAcceptedTypesByTheirBytes) {
  EXPECT_EQ(sniff_file_type("%PDF-1.7\n%âãÏÓ\n1 0 obj"), FileType::kPdf);
  EXPECT_EQ(sniff_file_type(kPng), FileType::kPng);
  EXPECT_EQ(sniff_file_type(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)), FileType::kJpeg);
  EXPECT_EQ(sniff_file_type(zip_with({"[Content_Types].xml", "_rels/.rels", "word/document.xml"})), FileType::kDocx);
  EXPECT_EQ(sniff_file_type(zip_with({"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"})),
            FileType::kXlsx);
}

TEST(FileType, RefusesEverythingElse) {
  EXPECT_FALSE(sniff_file_type(""));
  EXPECT_FALSE(sniff_file_type("MZ\x90\0\x03\0\0\0 This program cannot be run in DOS mode"));  // Windows executable
  EXPECT_FALSE(sniff_file_type("\x7F" "ELF\x02\x01\x01"));                                     // Linux executable
  EXPECT_FALSE(sniff_file_type("<!DOCTYPE html><html><script>alert(1)</script>"));
  EXPECT_FALSE(sniff_file_type("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>"));
  EXPECT_FALSE(sniff_file_type("  %PDF-1.4 not at the start"));
  EXPECT_FALSE(sniff_file_type("%PD"));
  // ZIP archives that are not Office Open XML documents.
  EXPECT_FALSE(sniff_file_type(zip_with({"virus.exe", "readme.txt"})));
  EXPECT_FALSE(sniff_file_type(zip_with({"word/document.xml"})));  // no [Content_Types].xml
  EXPECT_FALSE(sniff_file_type(zip_with({"[Content_Types].xml", "word/document.xml", "xl/workbook.xml"})));
  // Damaged archives: truncated (no end record), directory out of bounds.
  const std::string docx = zip_with({"[Content_Types].xml", "word/document.xml"});
  EXPECT_FALSE(sniff_file_type(docx.substr(0, docx.size() - 10)));
  std::string bad = docx;
  bad[bad.size() - 6] = '\x7F';  // central directory offset far beyond the end
  EXPECT_FALSE(sniff_file_type(bad));
}

TEST(FileType, MediaTypesAndExtensionsRoundTrip) {
  for (auto t : {FileType::kPdf, FileType::kPng, FileType::kJpeg, FileType::kDocx, FileType::kXlsx}) {
    EXPECT_EQ(file_type_for_media_type(media_type(t)), t);
  }
  EXPECT_EQ(media_type(FileType::kPng), "image/png");
  EXPECT_EQ(extension(FileType::kJpeg), "jpg");
  EXPECT_FALSE(file_type_for_media_type("text/html"));
}

TEST(SafeFileName, KeepsTheExtensionOfTheDetectedType) {
  EXPECT_EQ(safe_file_name("Báo cáo quý 3.pdf", FileType::kPdf), "Báo cáo quý 3.pdf");
  EXPECT_EQ(safe_file_name("anh-chup.pdf", FileType::kPng), "anh-chup.png");  // a PNG named .pdf
  EXPECT_EQ(safe_file_name("Ảnh.JPEG", FileType::kJpeg), "Ảnh.jpg");
  EXPECT_EQ(safe_file_name("setup.exe", FileType::kPdf), "setup.pdf");
  EXPECT_EQ(safe_file_name("ghi chú.txt", FileType::kDocx), "ghi chú.docx");
  EXPECT_EQ(safe_file_name("bao-cao.v2", FileType::kPdf), "bao-cao.v2.pdf");
}

TEST(SafeFileName, RemovesPathsAndTricks) {
  EXPECT_EQ(safe_file_name("../../etc/passwd", FileType::kPdf), "passwd.pdf");
  EXPECT_EQ(safe_file_name("..\\..\\x.docx", FileType::kDocx), "x.docx");
  EXPECT_EQ(safe_file_name("C:\\Users\\An\\Desktop\\kế hoạch.docx", FileType::kDocx), "kế hoạch.docx");
  EXPECT_EQ(safe_file_name("..", FileType::kPdf), "tep-dinh-kem.pdf");
  EXPECT_EQ(safe_file_name("", FileType::kXlsx), "tep-dinh-kem.xlsx");
  EXPECT_EQ(safe_file_name("a..b....pdf", FileType::kPdf), "a.b.pdf");
  EXPECT_EQ(safe_file_name(std::string("evil\0name\r\n.pdf", 16), FileType::kPdf), "evilname.pdf");
  EXPECT_EQ(safe_file_name("a<b>c:d\"e|f?g*h.pdf", FileType::kPdf), "abcdefgh.pdf");
  EXPECT_EQ(safe_file_name("\xE2\x80\xAEgpj.exe", FileType::kJpeg), "gpj.jpg");  // right-to-left override
  EXPECT_EQ(safe_file_name("bad\xC3utf8.pdf", FileType::kPdf), "badutf8.pdf");
  EXPECT_EQ(safe_file_name("  .hidden.pdf  ", FileType::kPdf), "hidden.pdf");
}

TEST(SafeFileName, IsNfcAndBounded) {
  // "Nguyễn" typed decomposed (e + combining circumflex + combining tilde).
  const std::string decomposed = "Nguye\xCC\x82\xCC\x83n.pdf";
  EXPECT_EQ(safe_file_name(decomposed, FileType::kPdf), to_nfc("Nguyễn") + ".pdf");
  std::string long_name;
  for (int i = 0; i < 200; ++i) long_name += "ệ";
  const std::string safe = safe_file_name(long_name + ".pdf", FileType::kPdf);
  EXPECT_LE(safe.size(), kMaxFileNameBytes);
  EXPECT_TRUE(is_valid_utf8(safe)) << "cut on a character boundary";
  EXPECT_EQ(safe.substr(safe.size() - 4), ".pdf");
}

TEST(ContentDisposition, HasRfc5987NameAndAsciiFallback) {
  EXPECT_EQ(content_disposition_attachment("Kế hoạch.pdf"),
            "attachment; filename=\"Ke hoach.pdf\"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch.pdf");
  EXPECT_EQ(content_disposition_attachment("a\"b\\c.pdf"),
            "attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf");
  EXPECT_EQ(content_disposition_attachment("Đơn.docx").find("filename=\"Don.docx\""), 12u);
}

TEST(UnitWork, ProgressRules) {
  EXPECT_TRUE(check_progress(ProgressStatus::kInProgress, 40).ok());
  EXPECT_TRUE(check_progress(ProgressStatus::kDone, 100).ok());
  EXPECT_TRUE(check_progress(ProgressStatus::kNotStarted, 0).ok());
  EXPECT_EQ(check_progress(ProgressStatus::kInProgress, 101).error().field, "percent");
  EXPECT_FALSE(check_progress(ProgressStatus::kInProgress, -1).ok());
  EXPECT_FALSE(check_progress(ProgressStatus::kDone, 90).ok());
  EXPECT_FALSE(check_progress(ProgressStatus::kNotStarted, 10).ok());
  EXPECT_EQ(parse_progress_status("in_progress"), ProgressStatus::kInProgress);
  EXPECT_FALSE(parse_progress_status("Đang thực hiện"));
  EXPECT_EQ(progress_status_label(ProgressStatus::kDone), "Hoàn thành");
  EXPECT_TRUE(accepts_unit_work(CampaignState::kRunning));
  EXPECT_TRUE(accepts_unit_work(CampaignState::kPublished));
  EXPECT_FALSE(accepts_unit_work(CampaignState::kDraft));
  EXPECT_FALSE(accepts_unit_work(CampaignState::kClosed));
}

TEST(UnitWork, TidiesMultilineText) {
  EXPECT_EQ(tidy_multiline("\r\n  Dòng 1  \r\nDòng 2\rDòng\x01 3\n\n"), "  Dòng 1\nDòng 2\nDòng 3");
  EXPECT_EQ(tidy_multiline("\n \n"), "");
  EXPECT_EQ(tidy_multiline("bad\xC3"), "");
}

TEST(CleanFileNameTest, KeepsTheExtensionAndDropsControlsAndBidiOverrides) {
  EXPECT_EQ(clean_file_name(std::string("nhan-su\xE2\x80\xAEvsc.exe", 17) + std::string(1, '\0') + "x.csv"),
            "nhan-suvsc.exex.csv");
  EXPECT_EQ(clean_file_name("C:\\Users\\an\\Danh sách.xlsx"), "Danh sách.xlsx");
  EXPECT_EQ(clean_file_name("\xE2\x81\xA6" "a.csv" "\xE2\x81\xA9"), "a.csv") << "isolates too";
  EXPECT_EQ(clean_file_name(""), "tep");
  EXPECT_EQ(clean_file_name("../.."), "tep");
}

}  // namespace
}  // namespace thidua::core
