// Each document type read back from its PDF (issue 12): the lines Decree
// 30/2020 requires (legal.md §5) in their order, one font family embedded,
// A4 pages and the margins measured from where the words stand.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app/certificates.h"
#include "app/closing_documents.h"
#include "docs/certificate_pdf.h"
#include "docs/pdf_writer.h"
#include "sample_documents.h"
#include "support/pdf_text.h"

namespace thidua::app {
namespace {

namespace fs = std::filesystem;

constexpr double kMm = 72.0 / 25.4;

std::string pdf_of(const docs::AdministrativeDocument& doc, const std::string& name) {
  const fs::path p = fs::temp_directory_path() / ("thidua-fidelity-" + std::to_string(::getpid()) + "-" + name + ".pdf");
  EXPECT_TRUE(docs::write_pdf(doc, p.string()).ok()) << name;
  std::ifstream in(p, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  fs::remove(p);
  return bytes;
}

// Each of `lines` in the PDF's words, in this order.
void expect_in_order(const std::string& words, const std::vector<std::string>& lines, const std::string& what) {
  size_t at = 0;
  for (const auto& line : lines) {
    const size_t found = words.find(line, at);
    EXPECT_NE(found, std::string::npos) << what << ": missing or out of order: " << line;
    if (found != std::string::npos) at = found + line.size();
  }
}

// A4 portrait, and every word inside the margins (left 30 mm, right 15 mm,
// top and bottom 20 mm), page numbers in the top margin aside.
void expect_a4_margins(const std::string& pdf, const std::string& what) {
  const auto words = test::pdf_words_with_boxes(pdf);
  ASSERT_FALSE(words.empty()) << what;
  const double page_w = 210 * kMm, page_h = 297 * kMm, slack = 0.5;
  for (const auto& w : words) {
    const bool page_number = w.page > 1 && w.y_max < 20 * kMm && w.text.find_first_not_of("0123456789") == std::string::npos;
    if (page_number) continue;
    EXPECT_GE(w.x_min, 30 * kMm - slack) << what << " p." << w.page << ": " << w.text;
    EXPECT_LE(w.x_max, page_w - 15 * kMm + slack) << what << " p." << w.page << ": " << w.text;
    EXPECT_GE(w.y_min, 20 * kMm - slack) << what << " p." << w.page << ": " << w.text;
    EXPECT_LE(w.y_max, page_h - 20 * kMm + slack) << what << " p." << w.page << ": " << w.text;
  }
}

class DocumentFidelity : public ::testing::Test {
 protected:
  std::map<std::string, docs::AdministrativeDocument> docs_ = samples::documents();
};

TEST_F(DocumentFidelity, ThePlan) {
  const std::string pdf = pdf_of(docs_.at("ke-hoach"), "ke-hoach");
  test::expect_document_fonts(pdf, "plan");
  expect_a4_margins(pdf, "plan");
  expect_in_order(test::pdf_words(pdf),
                  {"UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                   "Số: 07/KH-STNMT", "Bắc Giang, ngày tháng 6 năm 2023", "KẾ HOẠCH", "Phát động đợt thi đua đặc biệt",
                   "I. MỤC ĐÍCH YÊU CẦU", "Nơi nhận:", "GIÁM ĐỐC", "- Lưu: VT, VP.", "Bùi Quang Huy"},
                  "plan");
}

TEST_F(DocumentFidelity, TheDecisionAndItsList) {
  const std::string pdf = pdf_of(docs_.at("quyet-dinh"), "quyet-dinh");
  test::expect_document_fonts(pdf, "decision");
  expect_a4_margins(pdf, "decision");
  const std::string words = test::pdf_words(pdf);
  expect_in_order(words,
                  {"UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 05/QĐ-STNMT",
                   "Bắc Giang, ngày 10 tháng 11 năm 2023", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
                   "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                   "Căn cứ Nghị định số 98/2023/NĐ-CP", "Căn cứ Kế hoạch số 07/KH-STNMT", "QUYẾT ĐỊNH:", "Điều 1.",
                   "(có danh sách kèm theo).", "Điều 2.", "Điều 3.", "Nơi nhận:", "GIÁM ĐỐC", "- Như Điều 3;",
                   "- Lưu: VT, VP.", "Bùi Quang Huy", "DANH SÁCH", "Tập thể, cá nhân được tặng Giấy khen của Giám đốc Sở",
                   "(Kèm theo Quyết định số 05/QĐ-STNMT ngày 10/11/2023)", "I. TẬP THỂ", "Văn phòng Đăng ký đất đai",
                   "II. CÁ NHÂN", "Nguyễn Văn An", "Hoàng Thị Thanh Tâm"},
                  "decision");
  // The list starts on its own page, after the signature.
  int signer_page = 0, list_page = 0;
  for (const auto& w : test::pdf_words_with_boxes(pdf)) {
    if (w.text == "Huy" && !signer_page) signer_page = w.page;
    if (w.text == "SÁCH") list_page = w.page;
  }
  EXPECT_GT(list_page, signer_page);
}

TEST_F(DocumentFidelity, TheProposalAndItsList) {
  const std::string pdf = pdf_of(docs_.at("to-trinh"), "to-trinh");
  test::expect_document_fonts(pdf, "proposal");
  expect_a4_margins(pdf, "proposal");
  expect_in_order(test::pdf_words(pdf),
                  {"Số: 05/TTr-STNMT", "TỜ TRÌNH", "Kính gửi: Chủ tịch UBND tỉnh.", "(có danh sách kèm theo).",
                   "Kính trình Chủ tịch UBND tỉnh xem xét, quyết định./.", "Nơi nhận:", "GIÁM ĐỐC", "- Như trên;",
                   "Bùi Quang Huy",
                   "DANH SÁCH", "đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh", "(Kèm theo Tờ trình số 05/TTr-STNMT",
                   "I. TẬP THỂ", "II. CÁ NHÂN"},
                  "proposal");
}

TEST_F(DocumentFidelity, TheMinutes) {
  const std::string pdf = pdf_of(docs_.at("bien-ban"), "bien-ban");
  test::expect_document_fonts(pdf, "minutes");
  expect_a4_margins(pdf, "minutes");
  expect_in_order(test::pdf_words(pdf),
                  {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 03/BB-HĐTĐKT", "Bắc Giang, ngày 05 tháng 10 năm 2023",
                   "BIÊN BẢN", "xét khen thưởng đợt thi đua đặc biệt", "I. THỜI GIAN, ĐỊA ĐIỂM", "II. THÀNH PHẦN",
                   "III. NỘI DUNG VÀ KẾT QUẢ BỎ PHIẾU KÍN", "Nguyễn Văn An", "Đạt", "THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG",
                   "Bùi Quang Huy"},
                  "minutes");
}

TEST_F(DocumentFidelity, TheCertificate) {
  core::Campaign plan = seed_campaign({{"STNMT", 1}});
  plan.number = 7;
  core::DecisionRecord d;
  d.signer_authority = "GIÁM ĐỐC";
  d.signer_name = "Bùi Quang Huy";
  core::AwardRecord a;
  a.subject = "individual";
  a.recipient_name = "Nguyễn Văn An";
  a.unit_name = "Phòng Tài nguyên và Môi trường huyện Lục Nam";
  a.award_name = "Giấy khen";
  a.decision_number_symbol = "05/QĐ-STNMT";
  a.decision_date = "2023-11-10";
  a.certificate_number = "03/GK-STNMT";
  const fs::path p = fs::temp_directory_path() / ("thidua-fidelity-" + std::to_string(::getpid()) + "-gk.pdf");
  ASSERT_TRUE(docs::write_certificates_pdf({certificate_for(plan, d, a)}, p.string()).ok());
  std::ifstream in(p, std::ios::binary);
  const std::string pdf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  fs::remove(p);
  test::expect_document_fonts(pdf, "certificate");
  expect_in_order(test::pdf_words(pdf),
                  {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TẶNG", "GIẤY KHEN",
                   "Nguyễn Văn An", "Đã có thành tích xuất sắc trong đợt thi đua đặc biệt"},
                  "certificate");
  // A4 landscape: every word on the sheet, inside the frame (15 mm).
  for (const auto& w : test::pdf_words_with_boxes(pdf)) {
    EXPECT_GE(w.x_min, 15 * kMm) << w.text;
    EXPECT_LE(w.x_max, 297 * kMm - 15 * kMm) << w.text;
    EXPECT_GE(w.y_min, 15 * kMm) << w.text;
    EXPECT_LE(w.y_max, 210 * kMm - 15 * kMm) << w.text;
  }
}

// The first word `text` of the PDF (page 0 when none).
test::PdfWord first_word(const std::vector<test::PdfWord>& words, const std::string& text) {
  for (const auto& w : words) {
    if (w.text == text) return w;
  }
  return {};
}

// A person's report (Decree 98/2023): the national title alone at the top
// (no agency column, no number), the sections in order with the data
// pre-filled, the titles newest first, and the two signatures side by side:
// the unit head's confirmation on the left, the reporter on the right.
TEST_F(DocumentFidelity, TheIndividualAchievementReport) {
  const std::string pdf = pdf_of(docs_.at("bao-cao-ca-nhan"), "bao-cao-ca-nhan");
  test::expect_document_fonts(pdf, "individual report");
  expect_a4_margins(pdf, "individual report");
  const std::string words = test::pdf_words(pdf);
  expect_in_order(words,
                  {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Giang, ngày tháng năm 2023",
                   "BÁO CÁO THÀNH TÍCH", "Đề nghị xét tặng danh hiệu Chiến sĩ thi đua cơ sở", "I. THÔNG TIN CHUNG",
                   "Họ và tên (viết đầy đủ, không viết tắt): Hoàng Thị Thanh Tâm", "Ngày, tháng, năm sinh: 07/03/1985",
                   "Giới tính: Nữ", "Đơn vị công tác: Phòng Quản lý đất đai",
                   "Chức vụ (Đảng, chính quyền, đoàn thể): Phó Trưởng phòng", "Chức danh, ngạch: Chuyên viên chính",
                   "II. THÀNH TÍCH ĐẠT ĐƯỢC", "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận",
                   "2. Kết quả thực hiện các chỉ tiêu, nhiệm vụ đã đăng ký thi đua",
                   "Giải quyết đúng hạn 100% hồ sơ được giao", "Hoàn thành (100%). Đã giải quyết 412 hồ sơ",
                   "Đang thực hiện (80%)", "Nhiệm vụ, công trình tiêu biểu đã đăng ký: Số hóa hồ sơ địa chính",
                   "Sáng kiến, giải pháp đã đăng ký: Quy trình kiểm tra",
                   "4. Sáng kiến, đề tài khoa học đã được công nhận", "Phần mềm theo dõi hồ sơ", "Số 15/QĐ-STNMT ngày", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "1. Danh hiệu thi đua",
                   "2022 Lao động tiên tiến của", "Số 30/QĐ-STNMT", "2021 Lao động tiên tiến của", "Số 20/QĐ-STNMT",
                   "2. Hình thức khen thưởng", "2022 Giấy khen của Giám đốc Sở", "Số 31/QĐ-STNMT"},
                  "individual report");
  EXPECT_EQ(words.find("Số: "), std::string::npos) << "a person's report has no number";
  EXPECT_EQ(words.find("Nơi nhận"), std::string::npos);
  const auto boxes = test::pdf_words_with_boxes(pdf);
  // Nothing in the header's left column: the first line starts right of the middle.
  const auto nation = first_word(boxes, "CỘNG");
  ASSERT_GT(nation.page, 0);
  for (const auto& w : boxes) {
    if (w.page == 1 && w.y_max <= nation.y_max + 1) {
      EXPECT_GE(w.x_min, nation.x_min - 0.5) << w.text;
    }
  }
  const auto confirm = first_word(boxes, "XÁC");  // THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ
  const auto reporter = first_word(boxes, "NGƯỜI");  // NGƯỜI BÁO CÁO THÀNH TÍCH
  ASSERT_GT(confirm.page, 0);
  ASSERT_GT(reporter.page, 0);
  EXPECT_EQ(confirm.page, reporter.page);
  EXPECT_LT(confirm.x_max, 110 * kMm) << "the confirmation stands on the left";
  EXPECT_GT(reporter.x_min, 105 * kMm) << "the reporter signs on the right";
  const auto name = boxes.back();
  EXPECT_EQ(name.text, "Tâm") << "the reporter's name closes the report";
  EXPECT_GT(name.y_min, reporter.y_max + 50) << "room for the signature";
  expect_in_order(words, {"(Ký, đóng dấu)"}, "individual report");
  expect_in_order(words, {"(Ký, ghi rõ họ và tên)"}, "individual report");
}

// A collective's report is headed by its parent and itself; the level
// proposing the award confirms on the left, the unit head signs on the right.
TEST_F(DocumentFidelity, TheCollectiveAchievementReport) {
  const std::string pdf = pdf_of(docs_.at("bao-cao-tap-the"), "bao-cao-tap-the");
  test::expect_document_fonts(pdf, "collective report");
  expect_a4_margins(pdf, "collective report");
  const std::string words = test::pdf_words(pdf);
  expect_in_order(words,
                  {"SỞ TÀI NGUYÊN", "VĂN PHÒNG", "BÁO CÁO THÀNH TÍCH",
                   "Đề nghị xét tặng danh hiệu Tập thể lao động xuất sắc", "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
                   "Tên đơn vị: Văn phòng Đăng ký đất đai", "Trực thuộc: Sở Tài nguyên và Môi trường",
                   "II. THÀNH TÍCH ĐẠT ĐƯỢC", "1. Kết quả thực hiện nhiệm vụ được giao",
                   "Chưa có bản đăng ký thi đua được duyệt trong đợt thi đua này.",
                   "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "1. Danh hiệu thi đua",
                   "Tập thể lao động tiên tiến", "2. Hình thức khen thưởng", "Chưa có."},
                  "collective report");
  EXPECT_EQ(words.find("Sáng kiến, đề tài khoa học"), std::string::npos) << "a person's section only";
  const auto boxes = test::pdf_words_with_boxes(pdf);
  const auto level = first_word(boxes, "CẤP");  // XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG
  const auto head = first_word(boxes, "THỦ");   // THỦ TRƯỞNG ĐƠN VỊ
  ASSERT_GT(level.page, 0);
  ASSERT_GT(head.page, 0);
  EXPECT_LT(level.x_max, 110 * kMm);
  EXPECT_GT(head.x_min, 105 * kMm);
}

// The report for a campaign's award names the campaign under its summary and
// reports the campaign's targets, without the annual duties.
TEST_F(DocumentFidelity, TheCampaignAchievementReport) {
  const std::string pdf = pdf_of(docs_.at("bao-cao-dot"), "bao-cao-dot");
  test::expect_document_fonts(pdf, "campaign report");
  expect_a4_margins(pdf, "campaign report");
  const std::string words = test::pdf_words(pdf);
  expect_in_order(words,
                  {"BÁO CÁO THÀNH TÍCH", "Đề nghị tặng Giấy khen của Giám đốc Sở",
                   "(Thành tích trong đợt thi đua: Phát động đợt thi đua đặc biệt", "I. THÔNG TIN CHUNG",
                   "II. THÀNH TÍCH ĐẠT ĐƯỢC",
                   "1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ đã đăng ký trong đợt thi đua đặc biệt",
                   "2. Các giải pháp, biện pháp đã thực hiện", "3. Sáng kiến, đề tài khoa học",
                   "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", "NGƯỜI BÁO CÁO THÀNH TÍCH"},
                  "campaign report");
  EXPECT_EQ(words.find("Quyền hạn, nhiệm vụ"), std::string::npos);
}

// The results notice as issued: its number from the notices' register, the
// awards by deciding document with their counts, the total; the list of
// awardees on its own pages after the signature, collectives first.
TEST_F(DocumentFidelity, TheResultsNotice) {
  const std::string pdf = pdf_of(docs_.at("thong-bao"), "thong-bao");
  test::expect_document_fonts(pdf, "results notice");
  expect_a4_margins(pdf, "results notice");
  expect_in_order(test::pdf_words(pdf),
                  {"UBND TỈNH BẮC GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 02/TB-STNMT",
                   "Bắc Giang, ngày 15 tháng 12 năm 2023", "THÔNG BÁO", "Kết quả khen thưởng đợt thi đua đặc biệt",
                   "Thực hiện Kế hoạch số 07/KH-STNMT ngày 12/6/2023",
                   "Sở Tài nguyên và Môi trường thông báo kết quả khen thưởng như sau:",
                   "1. Giấy khen của Giám đốc Sở (Quyết định số 05/QĐ-STNMT ngày 10/11/2023): 1 tập thể và 2 cá "
                   "nhân.",
                   "Tổng số: 1 tập thể và 2 cá nhân được khen thưởng (có danh sách kèm theo).", "Nơi nhận:",
                   "GIÁM ĐỐC", "- Lưu: VT, VP.", "Bùi Quang Huy", "DANH SÁCH", "Tập thể, cá nhân được khen thưởng",
                   "(Kèm theo Thông báo số 02/TB-STNMT ngày 15/12/2023)", "1. Giấy khen của Giám đốc Sở",
                   "1 Văn phòng Đăng ký đất đai", "2 Nguyễn Văn An", "3 Hoàng Thị Thanh Tâm"},
                  "results notice");
  EXPECT_EQ(test::pdf_words(pdf).find("DỰ THẢO"), std::string::npos);
  int signer_page = 0, list_page = 0;
  for (const auto& w : test::pdf_words_with_boxes(pdf)) {
    if (w.text == "Huy" && !signer_page) signer_page = w.page;
    if (w.text == "SÁCH") list_page = w.page;
  }
  EXPECT_GT(list_page, signer_page) << "the list on its own pages";
}

// The summary report as issued: how the campaign ran, the awards by award
// type with their total, the decisions; the units' results in the annex.
TEST_F(DocumentFidelity, TheSummaryReport) {
  const std::string pdf = pdf_of(docs_.at("bao-cao-tong-ket"), "bao-cao-tong-ket");
  test::expect_document_fonts(pdf, "summary report");
  expect_a4_margins(pdf, "summary report");
  expect_in_order(test::pdf_words(pdf),
                  {"UBND TỈNH BẮC GIANG", "Số: 09/BC-STNMT", "Bắc Giang, ngày 15 tháng 12 năm 2023", "BÁO CÁO",
                   "Tổng kết đợt thi đua đặc biệt", "I. KẾT QUẢ TỔ CHỨC THỰC HIỆN",
                   "Đơn vị tham gia: 32 đơn vị; 30 đơn vị đã gửi kế hoạch triển khai.",
                   "Đăng ký thi đua: 410/520 cá nhân (78%).",
                   "Chỉ tiêu, nhiệm vụ đã đăng ký: 1230; mức độ hoàn thành bình quân: 86%.",
                   "Đề nghị khen thưởng: 5 đề nghị; được Hội đồng Thi đua – Khen thưởng thông qua: 3.",
                   "II. KẾT QUẢ KHEN THƯỞNG", "Tổng số: 1 tập thể và 2 cá nhân được khen thưởng, gồm:",
                   "1 Giấy khen của Giám đốc Sở 1 2", "Tổng cộng 1 2",
                   "Kết quả khen thưởng theo đơn vị: có phụ lục kèm theo.", "III. CÁC QUYẾT ĐỊNH KHEN THƯỞNG",
                   "Quyết định số 05/QĐ-STNMT ngày 10/11/2023 của Giám đốc Sở: tặng Giấy khen cho 1 tập thể và 2 cá "
                   "nhân.",
                   "Nơi nhận:", "GIÁM ĐỐC", "Bùi Quang Huy", "PHỤ LỤC", "Tổng hợp kết quả khen thưởng theo đơn vị",
                   "(Kèm theo Báo cáo số 09/BC-STNMT ngày 15/12/2023)", "Văn phòng Đăng ký đất đai"},
                  "summary report");
}

// Before the campaign is finalised both are drafts: no number, undated,
// marked "DỰ THẢO".
TEST_F(DocumentFidelity, ClosingDocumentsAreDraftsUntilIssued) {
  core::Campaign plan = seed_campaign({{"STNMT", 1}});
  plan.number = 7;
  plan.issue_date = "2023-06-12";
  const std::string pdf = pdf_of(results_notice(plan, "Sở Tài nguyên và Môi trường", "STNMT", {}, std::nullopt, "2023-12-01"),
                                 "thong-bao-du-thao");
  const std::string words = test::pdf_words(pdf);
  EXPECT_EQ(words.rfind("DỰ THẢO", 0), 0u) << words.substr(0, 80);
  expect_in_order(words, {"Số: /TB-STNMT", "Bắc Giang, ngày tháng năm 2023", "THÔNG BÁO"}, "draft notice");
}

}  // namespace
}  // namespace thidua::app
