// The Vietnamese message catalogue: documents (UTF-8, NFC). The fixed phrases
// of the administrative documents (Decree 30/2020) built in core and app: the
// plan, the decision, the minutes, the number and date lines.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Number and date lines (document_lines.h).
inline constexpr const char* kDocNumberPrefix = "Số: ";
inline constexpr const char* kDateDay = "ngày";
inline constexpr const char* kDateMonth = "tháng";
inline constexpr const char* kDateYear = "năm ";

// The plan: document type and the standard section headings of a blank plan.
inline constexpr const char* kPlanDocumentType = "KẾ HOẠCH";
inline constexpr const char* kPlanHeadingPurposes = "I. MỤC ĐÍCH, YÊU CẦU";
inline constexpr const char* kPlanHeadingParticipantsAndContents = "II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA";
inline constexpr const char* kPlanHeadingParticipants = "1. Đối tượng";
inline constexpr const char* kPlanHeadingContents = "2. Nội dung thi đua";
inline constexpr const char* kPlanHeadingPeriodAndAwards = "III. THỜI GIAN THI ĐUA, HÌNH THỨC KHEN THƯỞNG";
inline constexpr const char* kPlanHeadingPeriod = "1. Thời gian thi đua:";
inline constexpr const char* kPlanHeadingAwards = "2. Hình thức khen thưởng";
inline constexpr const char* kPlanHeadingCriteria = "IV. TIÊU CHÍ THI ĐUA";
inline constexpr const char* kPlanHeadingCollectiveCriteria = "1. Đối với tập thể";
inline constexpr const char* kPlanHeadingIndividualCriteria = "2. Đối với cá nhân";
inline constexpr const char* kPlanHeadingImplementation = "V. TỔ CHỨC THỰC HIỆN";

// Cited documents ("Kế hoạch số 25/KH-STNMT ngày 18/4/2023 của ...").
inline constexpr const char* kDocSymbolDecisionType = "QĐ";  // the type part of a decision's symbol
inline constexpr const char* kCitedPlan = "Kế hoạch";
inline constexpr const char* kCitedDecision = "Quyết định";
inline constexpr const char* kCitedDirective = "Chỉ thị";
inline constexpr const char* kCitedDocument = "Văn bản";
inline constexpr const char* kCitedNumber = " số ";
inline constexpr const char* kCitedDate = " ngày ";
inline constexpr const char* kCitedOf = " của ";
inline constexpr const char* kCitedRegarding = "về việc ";

// The decision (Quyết định) and the proposal (Tờ trình) on awards.
inline constexpr const char* kDecisionDocType = "QUYẾT ĐỊNH";
inline constexpr const char* kProposalDocType = "TỜ TRÌNH";
inline constexpr const char* kDecisionTitlePrefix = "Quyết định ";
inline constexpr const char* kProposalTitlePrefix = "Tờ trình ";
inline constexpr const char* kDecisionSymbolPrefix = "QĐ-";
inline constexpr const char* kProposalSymbolPrefix = "TTr-";
inline constexpr const char* kAchievementDefault = "Có thành tích xuất sắc trong đợt thi đua";
inline constexpr const char* kCountAnd = " và ";
inline std::string count_collectives(long long n) { return std::to_string(n) + " tập thể"; }
inline std::string count_individuals(long long n) { return std::to_string(n) + " cá nhân"; }
// "Giấy khen của Giám đốc Sở".
inline std::string award_of(std::string_view award_name, std::string_view granted_by) {
  return std::string(award_name) + " của " + std::string(granted_by);
}
// A place and date line whose day and month are left blank for the signer.
inline std::string undated_place_date(std::string_view place, std::string_view year) {
  return std::string(place) + ", ngày      tháng      năm " + std::string(year);
}
inline std::string decision_ground(std::string_view cited) { return "Căn cứ " + std::string(cited) + ";"; }
inline constexpr const char* kDecisionConsidering = "Xét đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng.";
inline constexpr const char* kDecisionHeading = "QUYẾT ĐỊNH:";
inline constexpr const char* kArticle1 = "Điều 1. ";
inline constexpr const char* kArticle2 = "Điều 2. ";
inline constexpr const char* kArticle3 = "Điều 3. ";
inline std::string decision_article1(std::string_view award, std::string_view counted) {
  return "Tặng " + std::string(award) + " cho " + std::string(counted) +
         " đã có thành tích xuất sắc trong đợt thi đua (có danh sách kèm theo).";
}
inline constexpr const char* kDecisionArticle2 =
    "Các tập thể, cá nhân có tên tại Điều 1 được hưởng tiền thưởng theo quy định hiện hành.";
inline constexpr const char* kDecisionArticle3 =
    "Quyết định có hiệu lực kể từ ngày ký. Thường trực Hội đồng Thi đua – Khen thưởng, thủ trưởng các đơn vị "
    "có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.";
inline std::string proposal_addressee(std::string_view granted_by) {
  return "Kính gửi: " + std::string(granted_by) + ".";
}
inline std::string proposal_background(std::string_view plan_ref) {
  return "Thực hiện " + std::string(plan_ref) +
         ", các tập thể, cá nhân đã tích cực hưởng ứng và "
         "đạt nhiều thành tích xuất sắc. Hội đồng Thi đua – Khen thưởng đã họp, "
         "bình xét và bỏ phiếu đề nghị khen thưởng.";
}
inline std::string proposal_request(std::string_view granted_by, std::string_view award, std::string_view counted) {
  return "Kính đề nghị " + std::string(granted_by) + " xem xét, tặng " + std::string(award) + " cho " +
         std::string(counted) + " có thành tích xuất sắc (có danh sách kèm theo).";
}
inline std::string proposal_closing(std::string_view granted_by) {
  return "Kính trình " + std::string(granted_by) + " xem xét, quyết định./.";
}
inline constexpr const char* kAwardListColNo = "STT";
inline constexpr const char* kAwardListColName = "Họ và tên / Tập thể";
inline constexpr const char* kAwardListColPosition = "Chức vụ, đơn vị";
inline constexpr const char* kAwardListColAchievement = "Thành tích";
inline constexpr const char* kRecipientsArticle3 = "Như Điều 3;";
inline constexpr const char* kRecipientsAbove = "Như trên;";
inline constexpr const char* kRecipientsArchive = "Lưu: VT, VP.";
inline std::string decision_summary(std::string_view award) {
  return "Về việc tặng " + std::string(award) + " cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua";
}
inline std::string proposal_summary(std::string_view award) {
  return "Về việc đề nghị tặng " + std::string(award) +
         " cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua";
}

}  // namespace thidua::core::messages_vi
