// Vietnamese text of a campaign's closing documents (app/closing_documents.h):
// the results notice (Thông báo kết quả khen thưởng) and the closing summary
// report (Báo cáo tổng kết).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Both.
inline std::string closing_count(int64_t collectives, int64_t individuals) {
  if (collectives > 0 && individuals > 0) {
    return std::to_string(collectives) + " tập thể và " + std::to_string(individuals) + " cá nhân";
  }
  if (collectives > 0) return std::to_string(collectives) + " tập thể";
  return std::to_string(individuals) + " cá nhân";
}
// "Quyết định số 05/QĐ-STNMT ngày 10/11/2023 của Giám đốc Sở Tài nguyên và Môi trường".
inline std::string closing_decision(std::string_view number_symbol, std::string_view date, std::string_view by) {
  std::string out = "Quyết định số " + std::string(number_symbol);
  if (!date.empty()) out += " ngày " + std::string(date);
  if (!by.empty()) out += " của " + std::string(by);
  return out;
}
inline constexpr const char* kClosingRecipientUnits = "Các đơn vị tham gia đợt thi đua;";
inline constexpr const char* kClosingRecipientCouncil = "Thành viên Hội đồng Thi đua – Khen thưởng;";
inline constexpr const char* kClosingRecipientWebsite = "Trang thông tin điện tử (để đăng tải);";

// The results notice.
inline constexpr const char* kResultsDocType = "THÔNG BÁO";
inline std::string results_summary(std::string_view campaign_in_sentence) {
  return "Kết quả khen thưởng " + std::string(campaign_in_sentence);
}
inline std::string results_title(std::string_view campaign_title) {
  return "Thông báo kết quả khen thưởng: " + std::string(campaign_title);
}
// "Thực hiện Kế hoạch số …; căn cứ …, Sở … thông báo kết quả khen thưởng … như sau:".
inline std::string results_opening(std::string_view plan, std::string_view agency) {
  return "Thực hiện " + std::string(plan) +
         "; căn cứ kết quả xét của Hội đồng Thi đua – Khen thưởng và các quyết định khen thưởng, " +
         std::string(agency) + " thông báo kết quả khen thưởng như sau:";
}
// "Giấy khen của Giám đốc Sở (Quyết định số …): 1 tập thể và 2 cá nhân."
inline std::string results_item(std::string_view award, std::string_view decision, std::string_view count) {
  return std::string(award) + " (" + std::string(decision) + "): " + std::string(count) + ".";
}
inline std::string results_total(std::string_view count) {
  return "Tổng số: " + std::string(count) + " được khen thưởng (có danh sách kèm theo).";
}
inline constexpr const char* kResultsClosing =
    "Đề nghị các đơn vị thông báo kết quả đến các tập thể, cá nhân được khen thưởng; các tập thể, cá nhân tiếp "
    "tục phát huy thành tích đã đạt được./.";
inline constexpr const char* kResultsListTitle = "DANH SÁCH";
inline constexpr const char* kResultsListSubject = "Tập thể, cá nhân được khen thưởng";
inline std::string results_list_reference(std::string_view number_symbol, std::string_view date) {
  return "(Kèm theo Thông báo số " + std::string(number_symbol) + " ngày " + std::string(date) + ")";
}
inline constexpr const char* kResultsColNo = "STT";
inline constexpr const char* kResultsColName = "Tên tập thể, cá nhân";
inline constexpr const char* kResultsColUnit = "Đơn vị";

// The closing summary report.
inline constexpr const char* kSummaryDocType = "BÁO CÁO";
inline std::string summary_summary(std::string_view campaign_in_sentence) {
  return "Tổng kết " + std::string(campaign_in_sentence);
}
inline std::string summary_title(std::string_view campaign_title) {
  return "Báo cáo tổng kết: " + std::string(campaign_title);
}
inline std::string summary_opening(std::string_view plan, std::string_view agency) {
  return "Thực hiện " + std::string(plan) + ", " + std::string(agency) +
         " báo cáo tổng kết đợt thi đua như sau:";
}
inline constexpr const char* kSummaryOrganisation = "I. KẾT QUẢ TỔ CHỨC THỰC HIỆN";
inline std::string summary_units(int64_t units, int64_t plans) {
  return "Đơn vị tham gia: " + std::to_string(units) + " đơn vị; " + std::to_string(plans) +
         " đơn vị đã gửi kế hoạch triển khai.";
}
inline std::string summary_registrations(int64_t registered, int64_t people, std::string_view rate) {
  std::string out = "Đăng ký thi đua: " + std::to_string(registered) + "/" + std::to_string(people) + " cá nhân";
  if (!rate.empty()) out += " (" + std::string(rate) + ")";
  return out + ".";
}
inline std::string summary_targets(int64_t targets, std::string_view average) {
  std::string out = "Chỉ tiêu, nhiệm vụ đã đăng ký: " + std::to_string(targets);
  if (!average.empty()) out += "; mức độ hoàn thành bình quân: " + std::string(average);
  return out + ".";
}
inline std::string summary_nominations(int64_t nominated, int64_t passed) {
  return "Đề nghị khen thưởng: " + std::to_string(nominated) + " đề nghị; được Hội đồng Thi đua – Khen thưởng "
         "thông qua: " + std::to_string(passed) + ".";
}
inline constexpr const char* kSummaryAwards = "II. KẾT QUẢ KHEN THƯỞNG";
inline std::string summary_awards_total(std::string_view count) {
  return "Tổng số: " + std::string(count) + " được khen thưởng, gồm:";
}
inline constexpr const char* kSummaryNoAwards = "Chưa có tập thể, cá nhân nào được khen thưởng.";
inline constexpr const char* kClosingColNo = "STT";
inline constexpr const char* kClosingColAward = "Hình thức khen thưởng";
inline constexpr const char* kClosingColUnit = "Đơn vị";
inline constexpr const char* kClosingColCollectives = "Tập thể";
inline constexpr const char* kClosingColIndividuals = "Cá nhân";
inline constexpr const char* kSummaryByUnit = "Kết quả khen thưởng theo đơn vị: có phụ lục kèm theo.";
inline constexpr const char* kSummaryDecisions = "III. CÁC QUYẾT ĐỊNH KHEN THƯỞNG";
// "Quyết định số …: tặng Giấy khen của Giám đốc Sở cho 1 tập thể và 2 cá nhân."
inline std::string summary_decision(std::string_view decision, std::string_view award, std::string_view count) {
  return std::string(decision) + ": tặng " + std::string(award) + " cho " + std::string(count) + ".";
}
inline constexpr const char* kSummaryAnnexTitle = "PHỤ LỤC";
inline constexpr const char* kSummaryAnnexSubject = "Tổng hợp kết quả khen thưởng theo đơn vị";
inline std::string summary_annex_reference(std::string_view number_symbol, std::string_view date) {
  return "(Kèm theo Báo cáo số " + std::string(number_symbol) + " ngày " + std::string(date) + ")";
}
inline constexpr const char* kClosingTotalRow = "Tổng cộng";

// What the pages say: "Thông báo kết quả số 01/TB-STNMT ngày 15/12/2023: đã
// ban hành, có chữ ký số."
inline std::string page_closing_issued(bool results, std::string_view number_symbol, std::string_view date,
                                       bool is_signed) {
  return std::string(results ? "Thông báo kết quả" : "Báo cáo tổng kết") + " số " + std::string(number_symbol) +
         " ngày " + std::string(date) + ": đã ban hành, " + (is_signed ? "có chữ ký số." : "chưa ký số.");
}
inline constexpr const char* kPageClosingDrafts =
    "Thông báo kết quả và báo cáo tổng kết là dự thảo cho đến khi đợt thi đua hoàn tất tổng kết; khi đó văn bản "
    "được cấp số, ký số và lưu.";
inline constexpr const char* kPageClosingPending =
    "Đợt thi đua đã hoàn tất tổng kết nhưng còn văn bản tổng kết chưa ban hành.";

// Refusals and what the pages say.
inline constexpr const char* kWhatClosingDocument = "văn bản tổng kết";
inline constexpr const char* kActIssueClosing = "ban hành văn bản tổng kết của đợt thi đua";
inline constexpr const char* kClosingOnlyFinalised =
    "Chỉ ban hành thông báo kết quả và báo cáo tổng kết khi đợt thi đua đã hoàn tất tổng kết.";
inline constexpr const char* kClosingNoResults =
    "Chưa có tập thể, cá nhân nào được khen thưởng trong đợt thi đua: chưa có kết quả để thông báo.";

}  // namespace thidua::core::messages_vi
