// The Vietnamese message catalogue: campaigns (UTF-8, NFC). Texts users see
// about a campaign and its plan: lifecycle states, kinds, award levels,
// criteria, tasks, and the messages of the campaign use cases.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Lifecycle states (campaign.h).
inline constexpr const char* kCampaignStateDraft = "Dự thảo";
inline constexpr const char* kCampaignStateApproved = "Đã duyệt";
inline constexpr const char* kCampaignStatePublished = "Đã ban hành";
inline constexpr const char* kCampaignStateRunning = "Đang diễn ra";
inline constexpr const char* kCampaignStateClosed = "Đã kết thúc";
inline constexpr const char* kCampaignStateFinalised = "Đã tổng kết";

// Campaign kinds.
inline constexpr const char* kCampaignKindAnnual = "Thường xuyên";
inline constexpr const char* kCampaignKindThematic = "Chuyên đề";
inline constexpr const char* kCampaignKindSpecial = "Đặc biệt";

// Award levels (cấp khen).
inline constexpr const char* kAwardLevelAgency = "Cấp cơ quan";
inline constexpr const char* kAwardLevelProvince = "Cấp tỉnh";
inline constexpr const char* kAwardLevelMinistry = "Cấp bộ";
inline constexpr const char* kAwardLevelNational = "Cấp nhà nước";

// Criterion subjects.
inline constexpr const char* kSubjectCollective = "Tập thể";
inline constexpr const char* kSubjectIndividual = "Cá nhân";

// How a criterion is verified.
inline constexpr const char* kVerificationData = "Kiểm tra từ dữ liệu";
inline constexpr const char* kVerificationAttested = "Đơn vị xác nhận";

// The facts the system checks for a nominee.
inline constexpr const char* kDataCheckUnitPlanSubmitted = "Có kế hoạch triển khai";
inline constexpr const char* kDataCheckRegistrationApproved = "Có đăng ký chỉ tiêu thi đua được duyệt";
inline constexpr const char* kDataCheckInitiativeRegistered = "Có đăng ký sáng kiến";
inline constexpr const char* kDataCheckSignatureTask = "Có nhiệm vụ, phần việc tiêu biểu";

// Task kinds of section V.
inline constexpr const char* kTaskKindUnitPlan = "Xây dựng kế hoạch triển khai";
inline constexpr const char* kTaskKindPublishOnWebsite = "Đăng tải trên trang thông tin điện tử";
inline constexpr const char* kTaskKindReviewAndPropose = "Tổng kết, bình xét, đề nghị";
inline constexpr const char* kTaskKindMonitorAndReport = "Theo dõi, đôn đốc, báo cáo";
inline constexpr const char* kTaskKindOther = "Khác";

// Lifecycle rules (campaign_rules.h).
inline std::string campaign_cannot_move(std::string_view from, std::string_view to) {
  return "Không thể chuyển từ “" + std::string(from) + "” sang “" + std::string(to) + "”.";
}
inline std::string campaign_move_forbidden(std::string_view from, std::string_view to) {
  return "Bạn không có quyền chuyển kế hoạch từ “" + std::string(from) + "” sang “" + std::string(to) +
         "” tại đơn vị này.";
}
inline constexpr const char* kTodayInvalid = "Ngày hiện tại không hợp lệ (định dạng YYYY-MM-DD).";
inline std::string campaign_period_not_over(std::string_view end_dmy) {
  return "Chưa hết thời gian thi đua: chỉ kết thúc đợt thi đua sau ngày " + std::string(end_dmy) + ".";
}
inline constexpr const char* kCampaignNoNumber = "Kế hoạch chưa được cấp số, không thể ban hành.";
inline constexpr const char* kDocumentNumberInvalid = "Số văn bản phải là số nguyên dương.";

}  // namespace thidua::core::messages_vi
