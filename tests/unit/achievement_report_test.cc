// The achievement report's model (app/achievement_report_document.h): what
// each form holds, pre-filled from the data, and the capitals of its header
// (core/letter_case.h). The PDF read back is document_fidelity_test.cc's.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/achievement_report_document.h"
#include "core/letter_case.h"
#include "sample_documents.h"

namespace thidua::app {
namespace {

TEST(LetterCase, VietnameseCapitals) {
  EXPECT_EQ(core::upper_case("Sở Tài nguyên và Môi trường"), "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(core::upper_case("Văn phòng Đăng ký đất đai"), "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI");
  EXPECT_EQ(core::upper_case("ỹ ự ẳ ậ đ"), "Ỹ Ự Ẳ Ậ Đ");
  EXPECT_EQ(core::upper_case("Tổ 3 – Hà Nội (cũ)"), "TỔ 3 – HÀ NỘI (CŨ)");
  // Decomposed input: the base letter is raised, its marks kept.
  EXPECT_EQ(core::upper_case("to\xCC\x82\xCC\x89"), "TO\xCC\x82\xCC\x89");
  EXPECT_EQ(core::upper_case("a\xFF" "b"), "AB");  // an invalid byte is dropped
}

TEST(AchievementReport, TitlesAreToldFromForms) {
  EXPECT_TRUE(is_emulation_title("Lao động tiên tiến"));
  EXPECT_TRUE(is_emulation_title("Chiến sĩ thi đua cơ sở"));
  EXPECT_TRUE(is_emulation_title("chiến sĩ thi đua cấp tỉnh"));
  EXPECT_TRUE(is_emulation_title("Tập thể lao động xuất sắc"));
  EXPECT_TRUE(is_emulation_title("Cờ thi đua của Ủy ban nhân dân tỉnh"));
  EXPECT_FALSE(is_emulation_title("Giấy khen"));
  EXPECT_FALSE(is_emulation_title("Bằng khen"));
  EXPECT_FALSE(is_emulation_title("Huân chương Lao động hạng Ba"));
  EXPECT_TRUE(is_emulation_title("Danh hiệu Lao động tiên tiến"));
  // State honorary titles are forms of award, not emulation titles.
  EXPECT_FALSE(is_emulation_title("Anh hùng Lao động"));
  EXPECT_FALSE(is_emulation_title("Danh hiệu Nhà giáo nhân dân"));
}

// Every text of the document's body, blocks and table cells, in order.
std::vector<std::string> body_texts(const docs::AdministrativeDocument& doc) {
  std::vector<std::string> out;
  for (const auto& b : doc.body) {
    std::string text = b.label;
    for (const auto& run : b.text) text += run.text;
    if (!text.empty()) out.push_back(text);
    for (const auto& row : b.table.rows) {
      for (const auto& cell : row) out.push_back(cell);
    }
  }
  return out;
}

size_t index_of(const std::vector<std::string>& texts, const std::string& text) {
  for (size_t i = 0; i < texts.size(); ++i) {
    if (texts[i] == text) return i;
  }
  ADD_FAILURE() << "missing: " << text;
  return texts.size();
}

TEST(AchievementReport, APersonsReportIsFilledFromTheirRecords) {
  const auto doc = samples::achievement_reports().at("bao-cao-ca-nhan");
  EXPECT_TRUE(doc.issuing_body.empty()) << "a person's report has no agency column";
  EXPECT_TRUE(doc.number_line.empty());
  EXPECT_EQ(doc.place_date_line, "Bắc Giang, ngày      tháng      năm 2023");
  EXPECT_EQ(doc.doc_type, "BÁO CÁO THÀNH TÍCH");
  EXPECT_EQ(doc.summary, "Đề nghị xét tặng danh hiệu Chiến sĩ thi đua cơ sở");
  const auto texts = body_texts(doc);
  // What thidua does not hold is a line to complete.
  index_of(texts, "Quê quán: ………………");
  index_of(texts, "Họ và tên (viết đầy đủ, không viết tắt): Hoàng Thị Thanh Tâm");
  // The titles newest first, the forms apart.
  const size_t titles = index_of(texts, "1. Danh hiệu thi đua");
  const size_t forms = index_of(texts, "2. Hình thức khen thưởng");
  const size_t newest = index_of(texts, "Số 30/QĐ-STNMT ngày 28/12/2022 của Giám đốc Sở");
  const size_t oldest = index_of(texts, "Số 20/QĐ-STNMT ngày 28/12/2021 của Giám đốc Sở");
  const size_t form = index_of(texts, "Số 31/QĐ-STNMT ngày 29/12/2022 của Giám đốc Sở");
  EXPECT_LT(titles, newest);
  EXPECT_LT(newest, oldest);
  EXPECT_LT(oldest, forms);
  EXPECT_LT(forms, form);
  // The targets with their progress and note, in order.
  EXPECT_LT(index_of(texts, "Hoàn thành (100%). Đã giải quyết 412 hồ sơ, không hồ sơ nào quá hạn"),
            index_of(texts, "Đang thực hiện (80%)"));
  EXPECT_EQ(doc.signature.authority_lines, std::vector<std::string>{"NGƯỜI BÁO CÁO THÀNH TÍCH"});
  EXPECT_EQ(doc.signature.signer_name, "Hoàng Thị Thanh Tâm");
  EXPECT_EQ(doc.signature.note, "(Ký, ghi rõ họ và tên)");
  EXPECT_EQ(doc.countersignature.authority_lines, std::vector<std::string>{"THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ"});
  EXPECT_EQ(doc.countersignature.note, "(Ký, đóng dấu)");
  EXPECT_TRUE(doc.recipients.empty());
  EXPECT_TRUE(docs::validate(doc).ok());
}

TEST(AchievementReport, ACollectivesReportIsHeadedByItsParent) {
  const auto doc = samples::achievement_reports().at("bao-cao-tap-the");
  EXPECT_EQ(doc.governing_body, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
  EXPECT_EQ(doc.issuing_body, "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI");
  const auto texts = body_texts(doc);
  index_of(texts, "Chưa có bản đăng ký thi đua được duyệt trong đợt thi đua này.");
  index_of(texts, "Chưa có.");  // no form of award
  EXPECT_EQ(doc.signature.authority_lines, std::vector<std::string>{"THỦ TRƯỞNG ĐƠN VỊ"});
  EXPECT_TRUE(doc.signature.signer_name.empty());
  EXPECT_EQ(doc.countersignature.authority_lines, std::vector<std::string>{"XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG"});
}

TEST(AchievementReport, ARootUnitIsHeadedByTheGoverningBody) {
  AchievementReportData d;
  d.form = AchievementForm::kCollective;
  d.unit_name = "Sở Tài nguyên và Môi trường";
  d.governing_body = "UBND TỈNH BẮC GIANG";
  const auto doc = achievement_report_document(d);
  EXPECT_EQ(doc.governing_body, "UBND TỈNH BẮC GIANG");
  EXPECT_EQ(doc.issuing_body, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
}

TEST(AchievementReport, ADocumentHasRecipientsOrACountersignatureNotBoth) {
  auto doc = samples::achievement_reports().at("bao-cao-ca-nhan");
  doc.recipients = {"Lưu: VT."};
  const auto st = docs::validate(doc);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().field, "countersignature");
}

}  // namespace
}  // namespace thidua::app
