// The seed campaign, as data, rendered through the Decree 30 layout: the PDF
// read back with pdftotext holds the plan's text in the order issued.
#include "app/plan_document.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "app/seed_campaign.h"
#include "docs/docx_writer.h"
#include "docs/pdf_writer.h"
#include "support/pdf_text.h"

namespace thidua::app {
namespace {

// Collapses runs of whitespace so that justified text compares by words.
std::string words(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

TEST(PlanDocument, TheSeedPlanRendersInOrderWithItsLabelsAsIssued) {
  const core::Campaign c = seed_campaign({});
  const docs::AdministrativeDocument d = plan_document(c);
  EXPECT_EQ(d.doc_type, "KẾ HOẠCH");
  EXPECT_EQ(d.governing_body, "UBND TỈNH BẮC GIANG") << "the header lines are the campaign's own";
  EXPECT_EQ(d.issuing_body, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(d.signature.signer_name, "Bùi Quang Huy");
  ASSERT_FALSE(d.recipients.empty());
  EXPECT_EQ(d.recipients.back(), "Lưu: VT, VP.");

  const auto dir = std::filesystem::temp_directory_path() / ("thidua-plan-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string pdf = (dir / "ke-hoach.pdf").string();
  ASSERT_TRUE(docs::write_pdf(d, pdf).ok());
  ASSERT_TRUE(docs::write_docx(d, (dir / "ke-hoach.docx").string()).ok());
  const std::string text = words(test::pdf_file_text(pdf));
  size_t at = 0;
  for (const std::string expected :
       {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", "Thực hiện Kế hoạch số 25/KH-STNMT ngày 18/4/2023",
        "I. MỤC ĐÍCH YÊU CẦU", "II. ĐỐI TƯỢNG, NỘI DUNG", "1.1. Tập thể:", "2. Nội dung thi đua",
        "3. Tích cực hưởng ứng phong trào thi đua yêu nước", "5. Thi đua đẩy mạnh phong trào văn nghệ",
        "Giám đốc Sở tặng giấy khen", "Chủ tịch UBND tỉnh tặng bằng khen", "IV. TIÊU CHÍ THI ĐUA",
        "V. TỔ CHỨC THỰC HIỆN", "2. Trung tâm Lưu trữ và Phát triển quỹ đất", "Nơi nhận:"}) {
    const size_t found = text.find(expected, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << expected;
    at = found + expected.size();
  }
  const size_t item3 = text.find("3. Tích cực hưởng ứng");
  const size_t item5 = text.find("5. Thi đua đẩy mạnh");
  EXPECT_EQ(text.substr(item3, item5 - item3).find(" 4. "), std::string::npos) << "the seed has no item 4";
  EXPECT_NE(text.find("Lưu: VT, VP."), std::string::npos);
  EXPECT_NE(text.find("Bùi Quang Huy"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace thidua::app
