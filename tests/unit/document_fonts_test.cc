// The documents' one font family (docs/fonts.h, issue 12): every PDF draws
// with Liberation Serif's four faces, all embedded, whatever other fonts the
// machine has (DejaVu is installed beside it here); a character the family
// lacks is refused by name, never drawn as a box or in another font; missing
// font files are a clear error.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>

#include "core/document_lines.h"
#include "docs/certificate_pdf.h"
#include "docs/document.h"
#include "docs/fonts.h"
#include "docs/pdf_writer.h"
#include "support/pdf_text.h"

namespace thidua::docs {
namespace {

namespace fs = std::filesystem;

// Every letter of the Vietnamese alphabet with every tone, both cases.
std::string vietnamese_alphabet() {
  return "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ "
         "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ";
}

AdministrativeDocument every_style() {
  AdministrativeDocument d;
  d.governing_body = "UBND TỈNH BẮC GIANG";
  d.issuing_body = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  d.number_line = "Số: 05/QĐ-STNMT";
  d.place_date_line = "Bắc Giang, ngày 05 tháng 02 năm 2023";
  d.doc_type = "QUYẾT ĐỊNH";
  d.summary = "Về việc khen thưởng " + vietnamese_alphabet();
  d.preamble.push_back({{vietnamese_alphabet(), false, true}});
  d.body.push_back(heading1(vietnamese_alphabet()));
  d.body.push_back(paragraph(RichText{{vietnamese_alphabet(), true, true}, {" – “trích dẫn” … №", false, false}}));
  d.body.push_back(table({{{"Họ và tên", 2}, {"Đơn vị", 3}}, {{"Nguyễn Thị Hường", vietnamese_alphabet()}}}));
  d.signature = {{"GIÁM ĐỐC"}, "Bùi Quang Huy"};
  d.recipients = {"Như Điều 3;", "Lưu: VT, VP."};
  return d;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path scratch(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("thidua-fonts-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

TEST(DocumentFonts, EveryFaceIsLiberationSerifEmbedded) {
  const fs::path pdf = scratch("every-style.pdf");
  auto st = write_pdf(every_style(), pdf.string());
  ASSERT_TRUE(st.ok()) << st.error().message;
  const std::string bytes = read_all(pdf);
  test::expect_document_fonts(bytes, "decision");
  std::set<std::string> faces;
  for (const auto& f : test::pdf_fonts(bytes)) faces.insert(f.name);
  // Regular, bold and italic text all drew with the family's own faces.
  EXPECT_TRUE(faces.count("LiberationSerif")) << ::testing::PrintToString(faces);
  EXPECT_TRUE(faces.count("LiberationSerif-Bold")) << ::testing::PrintToString(faces);
  EXPECT_TRUE(faces.count("LiberationSerif-Italic")) << ::testing::PrintToString(faces);
  EXPECT_TRUE(faces.count("LiberationSerif-BoldItalic")) << ::testing::PrintToString(faces);
  // And every letter reads back as written.
  EXPECT_NE(test::pdf_words(bytes).find(vietnamese_alphabet()), std::string::npos);
  fs::remove(pdf);
}

TEST(DocumentFonts, CertificatesUseTheSameFamily) {
  Certificate c;
  c.nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  c.motto = "Độc lập - Tự do - Hạnh phúc";
  c.granter = "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG";
  c.verb = "TẶNG";
  c.award = "GIẤY KHEN";
  c.recipient = "Bà Hoàng Thị Thanh Tâm";
  c.detail = vietnamese_alphabet();
  c.reason = "Đã có thành tích xuất sắc";
  c.left_lines = {"Quyết định số 05/QĐ-STNMT"};
  c.place_date = "Bắc Giang, ngày 10 tháng 11 năm 2023";
  c.authority_lines = {"GIÁM ĐỐC"};
  c.signer_name = "Bùi Quang Huy";
  const fs::path pdf = scratch("certificate.pdf");
  auto st = write_certificates_pdf({c}, pdf.string());
  ASSERT_TRUE(st.ok()) << st.error().message;
  test::expect_document_fonts(read_all(pdf), "certificate");
  fs::remove(pdf);
}

TEST(DocumentFonts, ACharacterTheFamilyLacksIsRefusedByName) {
  AdministrativeDocument d = every_style();
  d.body.push_back(paragraph("Tên gốc: 阮文安 🏆 阮"));
  const fs::path pdf = scratch("refused.pdf");
  auto st = write_pdf(d, pdf.string());
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kValidation);
  EXPECT_NE(st.error().message.find("“阮” (U+962E)"), std::string::npos) << st.error().message;
  EXPECT_NE(st.error().message.find("“🏆” (U+1F3C6)"), std::string::npos) << st.error().message;
  // Named once each, in order.
  EXPECT_EQ(st.error().message.find("U+962E"), st.error().message.rfind("U+962E"));
  EXPECT_LT(st.error().message.find("U+962E"), st.error().message.find("U+6587"));
  EXPECT_FALSE(fs::exists(pdf));

  Certificate c;
  c.recipient = "Ông Nguyễn Văn 安";
  c.award = "GIẤY KHEN";
  auto cst = write_certificates_pdf({c}, pdf.string());
  ASSERT_FALSE(cst.ok());
  EXPECT_EQ(cst.error().code, core::errc::kValidation);
  EXPECT_NE(cst.error().message.find("U+5B89"), std::string::npos) << cst.error().message;
}

TEST(DocumentFonts, LineBreaksTabsAndZeroWidthCharactersAreNotCounted) {
  auto missing = missing_glyphs({"Dòng một\nDòng hai\tcột", "Nguyễn\u200BVăn\u00ADAn\uFEFF"});
  ASSERT_TRUE(missing.ok()) << missing.error().message;
  EXPECT_EQ(*missing, "");
}

TEST(DocumentFonts, MissingFontFilesAreAClearError) {
  const fs::path empty = scratch("no-fonts");
  fs::create_directories(empty);
  ::setenv("THIDUA_FONT_DIR", empty.c_str(), 1);
  // A new thread loads the fonts afresh (each thread keeps its own).
  core::Status st;
  std::thread([&] {
    st = write_pdf(every_style(), scratch("never.pdf").string());
    release_document_fonts();
  }).join();
  ::unsetenv("THIDUA_FONT_DIR");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, core::errc::kStorage);
  EXPECT_NE(st.error().message.find(empty.string()), std::string::npos) << st.error().message;
  EXPECT_NE(st.error().message.find("fonts-liberation2"), std::string::npos);
  EXPECT_FALSE(fs::exists(scratch("never.pdf")));
  fs::remove_all(empty.parent_path());
}

// pdfinfo's line `key`: its value ("yes", "3"); "" when absent.
std::string pdfinfo_value(const fs::path& pdf, const std::string& key) {
  std::string out;
  FILE* p = popen(("pdfinfo '" + pdf.string() + "' 2>/dev/null").c_str(), "r");
  if (p == nullptr) return out;
  char line[512];
  while (fgets(line, sizeof line, p) != nullptr) {
    std::string l(line);
    if (l.rfind(key + ":", 0) == 0) {
      out = l.substr(key.size() + 1);
      out.erase(0, out.find_first_not_of(' '));
      out.erase(out.find_last_not_of(" \n") + 1);
    }
  }
  pclose(p);
  return out;
}

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// Issue 12: the documents are tagged PDFs (headings, paragraphs, tables) so
// that a screen reader reads them in order.
TEST(TaggedPdf, DocumentsCarryTheirStructure) {
  AdministrativeDocument d = every_style();
  d.attachments.push_back({{"DANH SÁCH", "Cá nhân được tặng Giấy khen"}, "(Kèm theo Quyết định số 05/QĐ-STNMT)",
                           {table({{{"STT", 1}, {"Họ và tên", 3}}, {{"1", "Nguyễn Văn An"}, {"2", "Lê Thị Bình"}}})}});
  const fs::path pdf = scratch("tagged.pdf");
  ASSERT_TRUE(write_pdf(d, pdf.string()).ok());
  EXPECT_EQ(pdfinfo_value(pdf, "Tagged"), "yes");
  const std::string bytes = read_all(pdf);
  EXPECT_EQ(count_of(bytes, "/S /Document"), 1u);
  EXPECT_EQ(count_of(bytes, "/S /H1"), 2u) << "the document type and the attachment's title";
  EXPECT_EQ(count_of(bytes, "/S /H2"), 1u) << "the heading of the body";
  EXPECT_EQ(count_of(bytes, "/S /Table"), 2u);
  EXPECT_EQ(count_of(bytes, "/S /TH"), 4u) << "two header cells in each table";
  EXPECT_EQ(count_of(bytes, "/S /TD"), 6u);
  EXPECT_GE(count_of(bytes, "/S /P"), 10u);
  fs::remove(pdf);
}

TEST(TaggedPdf, CertificatesAreTaggedOnePagePerCertificate) {
  Certificate c;
  c.award = "GIẤY KHEN";
  c.recipient = "Bà Hoàng Thị Thanh Tâm";
  c.reason = "Đã có thành tích xuất sắc";
  const fs::path pdf = scratch("certificates.pdf");
  ASSERT_TRUE(write_certificates_pdf({c, c, c}, pdf.string()).ok());
  EXPECT_EQ(pdfinfo_value(pdf, "Tagged"), "yes");
  EXPECT_EQ(pdfinfo_value(pdf, "Pages"), "3");
  EXPECT_EQ(count_of(read_all(pdf), "/S /H1"), 3u) << "each certificate's award";
  fs::remove(pdf);
}

// A long campaign name in the reason is set smaller or cut, never drawn over
// the date and signature below it (pdftotext -bbox gives each word's box).
TEST(CertificateLayout, ALongReasonStaysAboveTheSignature) {
  Certificate c;
  c.award = "GIẤY KHEN";
  c.recipient = "Bà Hoàng Thị Thanh Tâm";
  c.reason = "Đã có thành tích xuất sắc trong";
  for (int i = 0; i < 160; ++i) c.reason += " phongtrào";
  c.place_date = "Bắc Giang, ngày 10 tháng 11 năm 2023";
  c.authority_lines = {"GIÁM ĐỐC"};
  c.signer_name = "Bùi Quang Huy";
  const fs::path pdf = scratch("long-reason.pdf");
  ASSERT_TRUE(write_certificates_pdf({c}, pdf.string()).ok());
  double reason_bottom = 0, date_top = 1e9;
  int reason_words = 0;
  for (const auto& w : test::pdf_words_with_boxes(read_all(pdf))) {
    if (w.text.rfind("phongtr", 0) == 0) {
      ++reason_words;
      reason_bottom = std::max(reason_bottom, w.y_max);
    }
    if (w.text == "Giang," || w.text == "GIÁM" || w.text == "Bùi") date_top = std::min(date_top, w.y_min);
  }
  EXPECT_GT(reason_words, 20);
  EXPECT_LT(reason_bottom, date_top) << "the reason runs into the date and signature";
  fs::remove(pdf);
}

}  // namespace
}  // namespace thidua::docs
