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
inline constexpr const char* kCriterionSubjectCollective = "Tập thể";
inline constexpr const char* kCriterionSubjectIndividual = "Cá nhân";

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
inline constexpr const char* kCampaignTodayInvalid = "Ngày hiện tại không hợp lệ (định dạng YYYY-MM-DD).";
inline std::string campaign_period_not_over(std::string_view end_dmy) {
  return "Chưa hết thời gian thi đua: chỉ kết thúc đợt thi đua sau ngày " + std::string(end_dmy) + ".";
}
inline constexpr const char* kCampaignNoNumber = "Kế hoạch chưa được cấp số, không thể ban hành.";
inline constexpr const char* kCampaignNumberInvalid = "Số văn bản phải là số nguyên dương.";

// What was not found, and what the actor may not do (app/access.h).
inline constexpr const char* kWhatCampaign = "đợt thi đua";
inline constexpr const char* kWhatPlan = "kế hoạch";
inline constexpr const char* kActCreatePlan = "lập kế hoạch thi đua";
inline constexpr const char* kActEditPlan = "sửa kế hoạch thi đua";

// Plan validation (app/campaigns.h).
inline constexpr const char* kPlanTitleEmpty = "Trích yếu (tên kế hoạch) không được để trống.";
inline constexpr const char* kPlanTitleTooLong = "Trích yếu dài tối đa 1000 ký tự.";
inline constexpr const char* kPlanSymbolEmpty = "Ký hiệu văn bản (ví dụ KH-STNMT) không được để trống.";
inline constexpr const char* kPlanSymbolInvalid =
    "Ký hiệu văn bản không hợp lệ (ví dụ KH-STNMT, không có dấu cách hay dấu /).";
inline constexpr const char* kPlanDocTypeEmpty = "Tên loại văn bản không được để trống.";
inline constexpr const char* kPlanIssuerMissing = "Chưa chọn cơ quan ban hành.";
inline constexpr const char* kPlanEndInvalid = "Ngày kết thúc đợt thi đua không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kPlanStartInvalid = "Ngày bắt đầu đợt thi đua không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kPlanStartAfterEnd = "Ngày bắt đầu không được sau ngày kết thúc đợt thi đua.";
inline constexpr const char* kPlanDeadlineInvalid = "Hạn của một giai đoạn không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kPlanAwardTypeIncomplete = "Mỗi hình thức khen thưởng cần mã, tên và cấp khen.";
inline constexpr const char* kPlanCriterionEmpty = "Nội dung tiêu chí không được để trống.";
inline constexpr const char* kPlanIssuerUnknown = "Cơ quan ban hành không tồn tại.";
inline constexpr const char* kPlanEditOnlyDraft = "Chỉ sửa được kế hoạch đang ở trạng thái dự thảo.";
inline constexpr const char* kPlanIssuerInvalid = "Cơ quan ban hành không hợp lệ.";
inline constexpr const char* kPlanTargetOutside =
    "Đơn vị tham gia phải thuộc cùng cơ quan với đơn vị ban hành kế hoạch.";
inline std::string award_type_code_repeated(std::string_view code) {
  return "Mã hình thức khen thưởng bị trùng: " + std::string(code) + ".";
}
inline std::string award_type_eligibility_code_invalid(std::string_view award_name) {
  return "Mã bộ điều kiện của hình thức \"" + std::string(award_name) +
         "\" không hợp lệ (tối đa 32 ký tự: chữ, số, dấu gạch).";
}
inline std::string award_type_rule_invalid(std::string_view award_name) {
  return "Tỷ lệ biểu quyết hoặc số thành viên tối thiểu của " + std::string(award_name) + " không hợp lệ.";
}

// A plan sent as JSON (app/campaign_json.h): `field` is the member's path.
inline std::string json_field_not_string(std::string_view field) {
  return "Trường " + std::string(field) + " phải là chuỗi ký tự.";
}
inline std::string json_field_not_string_or_null(std::string_view field) {
  return "Trường " + std::string(field) + " phải là chuỗi ký tự hoặc null.";
}
inline std::string json_field_not_integer(std::string_view field) {
  return "Trường " + std::string(field) + " phải là số nguyên.";
}
inline std::string json_field_out_of_range(std::string_view field) {
  return "Trường " + std::string(field) + " nằm ngoài khoảng cho phép.";
}
inline std::string json_field_not_id_or_null(std::string_view field) {
  return "Trường " + std::string(field) + " phải là mã số dương hoặc null.";
}
inline std::string json_field_not_bool(std::string_view field) {
  return "Trường " + std::string(field) + " phải là true hoặc false.";
}
inline std::string json_value_not_allowed(std::string_view field, std::string_view allowed) {
  return "Giá trị của " + std::string(field) + " không hợp lệ (" + std::string(allowed) + ").";
}
inline std::string json_field_not_array(std::string_view field) {
  return "Trường " + std::string(field) + " phải là một mảng.";
}
inline std::string json_field_not_object(std::string_view field) {
  return "Trường " + std::string(field) + " phải là một đối tượng.";
}
inline std::string json_item_not_object(std::string_view path) {
  return "Phần tử " + std::string(path) + " phải là một đối tượng.";
}
inline std::string json_item_not_string(std::string_view path) {
  return "Phần tử " + std::string(path) + " phải là chuỗi ký tự.";
}
inline std::string json_item_not_unit_id(std::string_view path) {
  return "Phần tử " + std::string(path) + " phải là mã số đơn vị.";
}
inline constexpr const char* kJsonIssuingUnitInvalid = "Trường issuing_unit_id phải là mã số đơn vị.";
inline std::string json_unit_kind_invalid(std::string_view path) {
  return "Loại đơn vị " + std::string(path) + " không hợp lệ.";
}
inline std::string json_employment_category_invalid(std::string_view path) {
  return "Loại cán bộ " + std::string(path) + " không hợp lệ (civil_servant, public_employee, worker).";
}
inline std::string json_data_check_invalid(std::string_view path) {
  return "Điều kiện kiểm tra " + std::string(path) +
         " không hợp lệ (unit_plan_submitted, registration_approved, initiative_registered, signature_task).";
}

}  // namespace thidua::core::messages_vi
