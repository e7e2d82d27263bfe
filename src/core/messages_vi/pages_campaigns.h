// The Vietnamese message catalogue: campaign pages (UTF-8, NFC). Texts users see
// on the campaign list, a campaign's page and its plan form that the templates do
// not hold: titles, lifecycle buttons, notices, work areas, rule and deadline labels.
#pragma once

namespace thidua::core::messages_vi {

// The lifecycle buttons (web/ui/campaign_pages).
inline constexpr const char* kPageStepApprove = "Duyệt kế hoạch";
inline constexpr const char* kPageStepPublish = "Ban hành kế hoạch (cấp số)";
inline constexpr const char* kPageStepRun = "Phát động đợt thi đua";
inline constexpr const char* kPageStepClose = "Kết thúc đợt thi đua";
inline constexpr const char* kPageStepFinalise = "Hoàn tất tổng kết";
inline constexpr const char* kPageStepOther = "Chuyển bước";
inline constexpr const char* kPageStepInvalid = "Yêu cầu chuyển bước không hợp lệ.";

// Notices.
inline constexpr const char* kPageNoticeCampaignMoved = "Đã chuyển đợt thi đua sang bước tiếp theo.";
inline constexpr const char* kPageNoticePlanSaved = "Đã lưu dự thảo kế hoạch.";
inline constexpr const char* kPageNoticePlanCreated = "Đã tạo dự thảo kế hoạch mới.";

// The campaign's work areas: a label and a hint each.
inline constexpr const char* kPageAreaTracking = "Theo dõi, đôn đốc";
inline constexpr const char* kPageAreaTrackingHint = "Tình hình từng đơn vị, nhắc đơn vị chậm";
inline constexpr const char* kPageAreaUnitPlans = "Kế hoạch của đơn vị";
inline constexpr const char* kPageAreaUnitPlansHint = "Kế hoạch triển khai của các đơn vị";
inline constexpr const char* kPageAreaRegistrations = "Đăng ký thi đua";
inline constexpr const char* kPageAreaRegistrationsHint = "Chỉ tiêu, sáng kiến, nhiệm vụ tiêu biểu";
inline constexpr const char* kPageAreaProgress = "Tiến độ, minh chứng";
inline constexpr const char* kPageAreaProgressHint = "Kết quả thực hiện từng chỉ tiêu";
inline constexpr const char* kPageAreaDifficulties = "Khó khăn, vướng mắc";
inline constexpr const char* kPageAreaDifficultiesHint = "Đơn vị nêu, Thường trực trả lời";
inline constexpr const char* kPageAreaNominations = "Đề nghị khen thưởng";
inline constexpr const char* kPageAreaNominationsHint = "Hồ sơ đề nghị và đối chiếu tiêu chí";
inline constexpr const char* kPageAreaCouncil = "Hội đồng, bỏ phiếu";
inline constexpr const char* kPageAreaCouncilHint = "Phiên họp, bỏ phiếu kín, biên bản";
inline constexpr const char* kPageAreaDecisions = "Quyết định, tờ trình";
inline constexpr const char* kPageAreaDecisionsHint = "Khen thưởng, đề nghị cấp trên, giấy khen";
inline constexpr const char* kPageAreaResults = "Kết quả công khai";
inline constexpr const char* kPageAreaResultsHint = "Danh sách khen thưởng, tổng hợp";

// Titles, and what a 404 or 403 names.
inline constexpr const char* kPageTitleCampaigns = "Đợt thi đua";
inline constexpr const char* kPageTitleNewPlan = "Lập kế hoạch thi đua";
inline constexpr const char* kPageTitleEditPlan = "Sửa dự thảo kế hoạch";
inline constexpr const char* kPageTitlePublic = "Công khai";
inline constexpr const char* kPageWhatThisCampaign = "đợt thi đua này";
inline constexpr const char* kPageWhatThisPlan = "kế hoạch này";
inline constexpr const char* kPageActEditThisPlan = "sửa kế hoạch này";

// The plan form's choices (web/ui/campaign_edit_pages).
inline constexpr const char* kPageChoiceYes = "Có";
inline constexpr const char* kPageChoiceNo = "Không";
inline constexpr const char* kPageOwnAuthority = "Quyết định của cơ quan";
inline constexpr const char* kPageHigherAuthority = "Trình cấp trên";
inline constexpr const char* kPageThresholdAbove = "Trên (quá)";
inline constexpr const char* kPageThresholdAtLeast = "Từ … trở lên";

// The plan's deadlines (web/ui/campaign_view).
inline constexpr const char* kPageDeadlineRegistration = "Hạn đăng ký thi đua";
inline constexpr const char* kPageDeadlineProgress = "Hạn báo cáo tiến độ";
inline constexpr const char* kPageDeadlineNomination = "Hạn gửi hồ sơ đề nghị khen thưởng";
inline constexpr const char* kPageDeadlineReview = "Hạn xét duyệt";

}  // namespace thidua::core::messages_vi
