// The Vietnamese message catalogue: unit work pages (UTF-8, NFC). Texts users
// see on the registration, unit plan, progress, difficulty, tracking and
// notification pages that the templates do not hold.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Registrations (web/ui/registration_pages).
inline constexpr const char* kPageRegisterCollective = "Đăng ký thi đua của tập thể";
inline constexpr const char* kPageRegisterIndividual = "Đăng ký thi đua của cá nhân";
inline constexpr const char* kPageEditRegistration = "Sửa bản đăng ký";
inline constexpr const char* kPageDecidedReturned = "Trả lại";
inline constexpr const char* kPageDecidedApproved = "Duyệt";
inline std::string page_registration_title(std::string_view who) { return "Bản đăng ký: " + std::string(who); }
inline constexpr const char* kPageNoticeRegistrationSaved = "Đã lưu bản đăng ký.";
inline constexpr const char* kPageNoticeRegistrationSubmitted = "Đã gửi bản đăng ký để thủ trưởng đơn vị duyệt.";
inline constexpr const char* kPageNoticeRegistrationApproved = "Đã duyệt bản đăng ký.";
inline constexpr const char* kPageNoticeRegistrationReturned = "Đã trả lại bản đăng ký kèm lý do.";
inline constexpr const char* kPageRegistrationsAll = "Tất cả";
// The unit filter's empty choice on the registrations list.
inline constexpr const char* kPageRegistrationsAllUnits = "Tất cả đơn vị được xem";
inline constexpr const char* kPageTitleRegistrations = "Đăng ký thi đua";
inline constexpr const char* kPageActRegisterCollective = "đăng ký thi đua cho tập thể";
inline constexpr const char* kPageActRegisterIndividual = "đăng ký thi đua cho cá nhân";
inline constexpr const char* kPageRegistrationClosed = "Đợt thi đua hiện không nhận đăng ký mới.";
inline constexpr const char* kPageImportRegistrationsHeading = "Nhập danh sách đăng ký thi đua";
inline constexpr const char* kPageImportRegistrationsRequired =
    "\"Chỉ tiêu\" và \"Mã người\" hoặc \"Họ và tên\" cùng \"Ngày sinh\"";
inline constexpr const char* kPageImportRegistrationsColPerson = "Người đăng ký";
inline constexpr const char* kPageImportRegistrationsColUnit = "Đơn vị";
inline constexpr const char* kPageImportRegistrationsColTargets = "Số chỉ tiêu";
inline constexpr const char* kPageImportRegistrationsColInitiatives = "Sáng kiến";
inline constexpr const char* kPageImportRegistrationsColSignatureTask = "Nhiệm vụ tiêu biểu";

// Unit plans, progress, difficulties (web/ui/unit_work_pages).
inline constexpr const char* kPageTitleUnitPlans = "Kế hoạch triển khai của đơn vị";
inline constexpr const char* kPageTitleProgress = "Tiến độ thực hiện chỉ tiêu";
inline constexpr const char* kPageTitleDifficulties = "Khó khăn, vướng mắc";

// Tracking (web/ui/track_pages).
inline constexpr const char* kPageLatePlan = "chưa nộp kế hoạch";
inline constexpr const char* kPageLateRegistrations = "chưa đủ người đăng ký";

// "40 % (4/10 người)": the registration rate and its figures.
inline std::string page_registration_rate(std::string_view percent, long long registered, long long people) {
  return std::string(percent) + " (" + std::to_string(registered) + "/" + std::to_string(people) + " người)";
}
inline constexpr const char* kPageDeadlineNotSet = "chưa đặt hạn";
inline constexpr const char* kPageTitleDashboard = "Theo dõi đợt thi đua";
inline constexpr const char* kPageUnitsInvalid = "Đơn vị được chọn không hợp lệ.";
inline constexpr const char* kPageTitleNotifications = "Thông báo";

}  // namespace thidua::core::messages_vi
