// Certificates on pre-printed blanks (core/certificate_blank.h,
// docs/certificate_blank_pdf.h): the layout's limits, and the printed PDF and
// the calibration page read back with pdftotext -bbox against the stored
// coordinates (within 0.5 mm), the printer's offset included.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "core/certificate_blank.h"
#include "docs/certificate_blank_pdf.h"
#include "support/pdf_text.h"

namespace thidua::docs {
namespace {

namespace fs = std::filesystem;
using core::BlankField;

constexpr double kPtPerMm = 72.0 / 25.4;

std::string written(const std::function<core::Status(const std::string&)>& write) {
  std::random_device rd;
  const fs::path path = fs::temp_directory_path() / ("thidua-blank-" + std::to_string(rd()) + std::to_string(rd()) + ".pdf");
  auto status = write(path.string());
  EXPECT_TRUE(status.ok()) << (status.ok() ? "" : status.error().message);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::error_code ec;
  fs::remove(path, ec);
  return bytes;
}

BlankTexts texts(const std::string& name) {
  BlankTexts t;
  t[static_cast<size_t>(BlankField::kRecipient)] = name;
  t[static_cast<size_t>(BlankField::kDetail)] = "Chuyên viên, Phòng Quản lý đất đai";
  t[static_cast<size_t>(BlankField::kReason)] = "Đã có thành tích xuất sắc trong đợt thi đua đặc biệt";
  t[static_cast<size_t>(BlankField::kDecision)] = "Quyết định số 05/QĐ-STNMT ngày 10/11/2023";
  t[static_cast<size_t>(BlankField::kDate)] = "Bắc Giang, ngày 10 tháng 11 năm 2023";
  t[static_cast<size_t>(BlankField::kSigner)] = "Bùi Quang Huy";
  return t;
}

// The words of `page` whose text is one of `words` of `field`'s text, in order.
std::vector<test::PdfWord> words_of(const std::vector<test::PdfWord>& all, int page, const std::string& text) {
  std::vector<std::string> wanted;
  std::string w;
  for (char c : text + " ") {
    if (c == ' ' || c == '\n') {
      if (!w.empty()) wanted.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  std::vector<test::PdfWord> out;
  size_t next = 0;
  for (const auto& word : all) {
    if (word.page == page && next < wanted.size() && word.text == wanted[next]) {
      out.push_back(word);
      ++next;
    }
  }
  EXPECT_EQ(out.size(), wanted.size()) << text;
  return out;
}

TEST(CertificateBlankTest, TheDefaultLayoutIsValidAndFaultsAreNamed) {
  EXPECT_TRUE(core::validate_blank_layout(core::default_blank_layout()).ok());
  auto outside = core::default_blank_layout();
  outside.box(BlankField::kRecipient).x_mm = 200;  // 200 + 200 mm wide > 297
  auto e = core::validate_blank_layout(outside);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().field, "recipient.x_mm");
  auto narrow = core::default_blank_layout();
  narrow.box(BlankField::kSigner).width_mm = 5;
  EXPECT_EQ(core::validate_blank_layout(narrow).error().field, "signer.width_mm");
  auto big = core::default_blank_layout();
  big.box(BlankField::kDate).size_pt = 41;
  EXPECT_EQ(core::validate_blank_layout(big).error().field, "date.size_pt");
  auto offset = core::default_blank_layout();
  offset.offset_y_mm = -21;
  EXPECT_EQ(core::validate_blank_layout(offset).error().field, "offset_y_mm");
  // An offset can push a box off the sheet.
  auto pushed = core::default_blank_layout();
  pushed.box(BlankField::kDecision).x_mm = 1;
  pushed.offset_x_mm = -2;
  EXPECT_EQ(core::validate_blank_layout(pushed).error().field, "decision.x_mm");
  // A box left out is not checked.
  pushed.box(BlankField::kDecision).printed = false;
  EXPECT_TRUE(core::validate_blank_layout(pushed).ok());
  EXPECT_EQ(core::parse_blank_field("reason"), BlankField::kReason);
  EXPECT_FALSE(core::parse_blank_field("frame").has_value());
}

TEST(CertificateBlankTest, EachFieldPrintsInItsBoxWithTheOffsetWithinHalfAMillimetre) {
  core::BlankLayout layout = core::default_blank_layout();
  layout.offset_x_mm = 1.5;
  layout.offset_y_mm = -2.0;
  layout.box(BlankField::kDetail).printed = false;  // pre-printed on this blank
  const std::vector<BlankTexts> batch = {texts("Bà Hoàng Thị Thanh Tâm"), texts("Ông Nguyễn Văn An"),
                                         texts("Văn phòng Đăng ký đất đai")};
  const std::string pdf = written([&](const std::string& p) { return write_blank_certificates_pdf(layout, batch, p); });
  ASSERT_FALSE(pdf.empty());
  test::expect_document_fonts(pdf, "blank certificates");
  const auto all = test::pdf_words_with_boxes(pdf);
  const std::string text = test::pdf_words(pdf);
  EXPECT_EQ(text.find("Chuyên viên"), std::string::npos) << "a field left out is not printed";
  EXPECT_EQ(text.find("GIẤY KHEN"), std::string::npos) << "nothing but the fields";
  for (int page = 1; page <= 3; ++page) {
    for (BlankField f : core::kBlankFields) {
      const core::FieldBox& b = layout.box(f);
      if (!b.printed) continue;
      const auto words = words_of(all, page, batch[static_cast<size_t>(page - 1)][static_cast<size_t>(f)]);
      if (words.empty()) continue;
      const double x = (b.x_mm + layout.offset_x_mm), y = (b.y_mm + layout.offset_y_mm);
      // The first line: its words share the first word's top.
      double left = words.front().x_min, right = words.front().x_max;
      for (const auto& w : words) {
        if (std::fabs(w.y_min - words.front().y_min) > 1) break;
        left = std::min(left, w.x_min);
        right = std::max(right, w.x_max);
      }
      const std::string what = std::string(core::blank_field_code(f)) + " page " + std::to_string(page);
      EXPECT_NEAR(words.front().y_min / kPtPerMm, y, 0.5) << what;
      if (b.centered) {
        EXPECT_NEAR((left + right) / 2 / kPtPerMm, x + b.width_mm / 2, 0.5) << what;
      } else {
        EXPECT_NEAR(left / kPtPerMm, x, 0.5) << what;
      }
      EXPECT_LE(right / kPtPerMm, x + b.width_mm + 0.5) << what;
    }
  }
}

TEST(CertificateBlankTest, TheCalibrationPageMarksTheGridCrossesAndBoxes) {
  core::BlankLayout layout = core::default_blank_layout();
  layout.offset_x_mm = 2;
  const std::string pdf = written([&](const std::string& p) { return write_calibration_pdf(layout, p); });
  ASSERT_FALSE(pdf.empty());
  test::expect_document_fonts(pdf, "calibration page");
  const auto all = test::pdf_words_with_boxes(pdf);
  // Each cross's label starts 1.5 mm right of and below its centre.
  for (const auto& [cx, cy] : {std::pair{50, 50}, std::pair{247, 50}, std::pair{50, 160}, std::pair{247, 160}}) {
    bool found = false;
    for (const auto& w : all) {
      found = found || (w.text == std::to_string(cx) && std::fabs(w.x_min / kPtPerMm - (cx + 1.5)) <= 0.5 &&
                        std::fabs(w.y_min / kPtPerMm - (cy + 1.5)) <= 0.5);
    }
    EXPECT_TRUE(found) << "the label of the cross at " << cx << "," << cy;
  }
  // The grid's labels: "100" sits just right of x = 100 mm at the top.
  bool label = false;
  for (const auto& w : all) {
    if (w.text == "100" && w.y_min / kPtPerMm < 5) {
      EXPECT_NEAR(w.x_min / kPtPerMm, 100.6, 0.5);
      label = true;
    }
  }
  EXPECT_TRUE(label);
  // Each box's frame is labelled with its field's name where it will print (offset in).
  const std::string text = test::pdf_words(pdf);
  EXPECT_NE(text.find("Tên người/tập thể được khen"), std::string::npos);
  EXPECT_NE(text.find("Độ lệch đang dùng: ngang 2.0 mm, dọc 0.0 mm."), std::string::npos) << text;
}

}  // namespace
}  // namespace thidua::docs
