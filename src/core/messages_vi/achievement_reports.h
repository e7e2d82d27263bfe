// Vietnamese text of the achievement reports (báo cáo thành tích) thidua
// pre-fills for a nomination, in the layout of the templates annexed to
// Decree 98/2023/NĐ-CP: one for an individual, one for a collective, one for
// an award of a campaign (theo đợt, chuyên đề).
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

inline constexpr const char* kReportDocType = "BÁO CÁO THÀNH TÍCH";
// "Đề nghị tặng Giấy khen của Giám đốc Sở"; for an emulation title "Đề nghị
// xét tặng danh hiệu Chiến sĩ thi đua cơ sở".
inline std::string report_summary(std::string_view award) { return "Đề nghị tặng " + std::string(award); }
inline std::string report_summary_title(std::string_view title) {
  return "Đề nghị xét tặng danh hiệu " + std::string(title);
}
// The line under the summary of the campaign-based report.
inline std::string report_campaign_line(std::string_view campaign_title) {
  return "(Thành tích trong đợt thi đua: " + std::string(campaign_title) + ")";
}
// Where the person completes the text: a paragraph, or the rest of a line
// after its label.
inline constexpr const char* kReportFill = "…………………………………………………………………………";
inline constexpr const char* kReportFillField = "………………";

// I. General information.
inline constexpr const char* kReportGeneralIndividual = "I. THÔNG TIN CHUNG";
inline constexpr const char* kReportGeneralCollective = "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH";
inline constexpr const char* kReportFullName = "Họ và tên (viết đầy đủ, không viết tắt): ";
inline constexpr const char* kReportBirthDate = "Ngày, tháng, năm sinh: ";
inline constexpr const char* kReportGender = "Giới tính: ";
inline constexpr const char* kReportHometown = "Quê quán: ";
inline constexpr const char* kReportResidence = "Nơi thường trú: ";
inline constexpr const char* kReportWorkplace = "Đơn vị công tác: ";
inline constexpr const char* kReportPosition = "Chức vụ (Đảng, chính quyền, đoàn thể): ";
inline constexpr const char* kReportRank = "Chức danh, ngạch: ";
inline constexpr const char* kReportQualification = "Trình độ chuyên môn, nghiệp vụ: ";
inline constexpr const char* kReportHonours = "Học hàm, học vị, danh hiệu, giải thưởng: ";
inline constexpr const char* kReportUnitName = "Tên đơn vị: ";
inline constexpr const char* kReportUnitParent = "Trực thuộc: ";
inline constexpr const char* kReportUnitAddress = "Địa chỉ trụ sở, điện thoại, thư điện tử: ";
inline constexpr const char* kReportUnitStaff = "Số cán bộ, công chức, viên chức, người lao động: ";
inline constexpr const char* kReportUnitDuties = "Chức năng, nhiệm vụ được giao: ";
inline constexpr const char* kReportUnitOrganisations = "Tổ chức đảng, đoàn thể: ";

// II. Achievements.
inline constexpr const char* kReportAchievements = "II. THÀNH TÍCH ĐẠT ĐƯỢC";
inline constexpr const char* kReportDuties = "Quyền hạn, nhiệm vụ được giao hoặc đảm nhận";
inline constexpr const char* kReportDutiesCollective = "Kết quả thực hiện nhiệm vụ được giao";
// "… đã đăng ký trong đợt thi đua đặc biệt …" (the campaign as it reads in a
// sentence, core/document_phrases.h) for a campaign's award; the annual
// review's registration is the year's.
inline std::string report_targets_heading(std::string_view campaign_in_sentence) {
  return "Kết quả thực hiện các chỉ tiêu, nhiệm vụ đã đăng ký trong " + std::string(campaign_in_sentence);
}
inline constexpr const char* kReportTargetsHeadingAnnual = "Kết quả thực hiện các chỉ tiêu, nhiệm vụ đã đăng ký thi đua";
inline constexpr const char* kReportNoRegistration =
    "Chưa có bản đăng ký thi đua được duyệt trong đợt thi đua này.";
inline constexpr const char* kReportTargetNo = "TT";
inline constexpr const char* kReportTargetText = "Chỉ tiêu, nhiệm vụ đăng ký";
inline constexpr const char* kReportTargetResult = "Kết quả thực hiện";
// "Hoàn thành (100%)".
inline std::string report_target_status(std::string_view status, int percent) {
  return std::string(status) + " (" + std::to_string(percent) + "%)";
}
inline std::string report_signature_task(std::string_view task) {
  return "Nhiệm vụ, công trình tiêu biểu đã đăng ký: " + std::string(task);
}
inline std::string report_registered_initiative(std::string_view title) {
  return "Sáng kiến, giải pháp đã đăng ký: " + std::string(title);
}
inline constexpr const char* kReportMeasures = "Các giải pháp, biện pháp đã thực hiện để đạt thành tích";
inline constexpr const char* kReportInitiatives = "Sáng kiến, đề tài khoa học đã được công nhận";
inline constexpr const char* kReportNoInitiatives = "Chưa có.";
inline constexpr const char* kReportInitiativeYear = "Năm";
inline constexpr const char* kReportInitiativeTitle = "Tên sáng kiến, đề tài";
inline constexpr const char* kReportInitiativeScope = "Phạm vi ảnh hưởng";
inline constexpr const char* kReportInitiativeDecision = "Quyết định công nhận";
// "Số 12/QĐ-STNMT ngày 05/02/2023 của Giám đốc Sở …".
inline std::string report_decision_cell(std::string_view number, std::string_view date, std::string_view by) {
  std::string out = "Số " + std::string(number);
  if (!date.empty()) out += " ngày " + std::string(date);
  if (!by.empty()) out += " của " + std::string(by);
  return out;
}

// III. Awards received.
inline constexpr const char* kReportAwards = "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG";
inline constexpr const char* kReportTitles = "Danh hiệu thi đua";
inline constexpr const char* kReportForms = "Hình thức khen thưởng";
inline constexpr const char* kReportNoAwards = "Chưa có.";
inline constexpr const char* kReportAwardYear = "Năm";
inline constexpr const char* kReportTitleDecision =
    "Số, ngày, tháng, năm của quyết định công nhận danh hiệu; cơ quan ban hành quyết định";
inline constexpr const char* kReportFormDecision =
    "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định";

// The signatures.
inline constexpr const char* kReportSignerIndividual = "NGƯỜI BÁO CÁO THÀNH TÍCH";
inline constexpr const char* kReportSignerIndividualNote = "(Ký, ghi rõ họ và tên)";
inline constexpr const char* kReportSignerCollective = "THỦ TRƯỞNG ĐƠN VỊ";
inline constexpr const char* kReportConfirmHead = "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ";
inline constexpr const char* kReportConfirmLevel = "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG";
inline constexpr const char* kReportSealNote = "(Ký, đóng dấu)";

// Refusals of a report asked for before the nomination.
inline constexpr const char* kReportPersonOutside = "Cá nhân này không công tác tại đơn vị tham gia đợt thi đua mà bạn được phép lập đề nghị.";
inline constexpr const char* kReportUnitOutside = "Tập thể này không phải đơn vị tham gia đợt thi đua mà bạn được phép lập đề nghị.";
inline constexpr const char* kActPrepareReport = "lập báo cáo thành tích cho cá nhân hoặc tập thể này";

}  // namespace thidua::core::messages_vi
