// The Vietnamese message catalogue: pages (UTF-8, NFC). Texts users see on the
// server-rendered pages that the templates do not hold: page titles, menu items,
// flash notices, errors raised by the pages themselves, labels the pages compute,
// and the page templates' own errors. The campaign, unit-work and award pages
// have their own files (pages_campaigns.h, pages_unit_work.h, pages_awards.h).
#pragma once

#include <string>
#include <string_view>

#include "core/messages_vi/accounts.h"
#include "core/messages_vi/org.h"
#include "core/messages_vi/people.h"

namespace thidua::core::messages_vi {

// The menu (web/ui/page).
inline constexpr const char* kPageMenuHome = "Trang chủ";
inline constexpr const char* kPageMenuCampaigns = "Thi đua";
inline constexpr const char* kPageMenuUnits = "Đơn vị";
inline constexpr const char* kPageMenuPeople = "Nhân sự";
inline constexpr const char* kPageMenuMyProfile = "Hồ sơ của tôi";
inline constexpr const char* kPageMenuImportPeople = "Nhập nhân sự";
inline constexpr const char* kPageMenuCouncil = "Hội đồng";
inline constexpr const char* kPageMenuAccounts = "Tài khoản";
inline constexpr const char* kPageMenuAudit = "Nhật ký";

// The error page's heading.
inline constexpr const char* kPageErrorNotFound = "Không tìm thấy";
inline constexpr const char* kPageErrorForbidden = "Không có quyền";
inline constexpr const char* kPageErrorFailed = "Không thực hiện được";

// What a 404 names, and what the actor may not do, on the pages and in the API.
inline constexpr const char* kPageWhatRole = "vai trò";
inline constexpr const char* kPageWhatToken = "mã truy cập";
inline constexpr const char* kPageWhatProposal = "tờ trình";
inline constexpr const char* kPageWhatOpenApi = "tài liệu OpenAPI";
inline constexpr const char* kPageActAddUnit = "thêm đơn vị";
inline constexpr const char* kPageActEditUnit = "sửa đơn vị";
inline constexpr const char* kPageActAddPerson = "thêm người";
inline constexpr const char* kPageActEditProfile = "sửa hồ sơ này";
inline constexpr const char* kPageActCreateAccount = "tạo tài khoản";

// Sign-in and password (web/ui/auth_pages), home.
inline constexpr const char* kPageTitleLogin = "Đăng nhập";
inline constexpr const char* kPageLoginThrottled = "Bạn đã thử đăng nhập quá nhiều lần. Hãy chờ một phút rồi thử lại.";
inline constexpr const char* kPageTitlePassword = "Đổi mật khẩu";
inline constexpr const char* kPagePasswordMismatch = "Mật khẩu nhập lại không khớp.";
inline constexpr const char* kPageTitleHome = "Trang chủ";
inline constexpr const char* kPageNoticePasswordChanged = "Đã đổi mật khẩu.";
inline constexpr const char* kPageNoticePasswordChangedTokensRevoked =
    "Đã đổi mật khẩu. Các mã truy cập API của đồng chí đã bị thu hồi; hãy tạo mã mới cho các ứng dụng cần dùng.";

// Accounts and API tokens (web/ui/user_pages).
inline constexpr const char* kPageTitleAddAccount = "Thêm tài khoản";
inline constexpr const char* kPageTitleAccounts = "Tài khoản";
inline constexpr const char* kPageRoleAndUnitMissing = "Hãy chọn vai trò và đơn vị.";
inline constexpr const char* kPageTitleTokens = "Mã truy cập API";

// Organisation and people (web/ui/org_pages, people_pages).
inline constexpr const char* kPageTitleAddUnit = "Thêm đơn vị";
inline constexpr const char* kPageTitleEditUnit = "Sửa đơn vị";
inline constexpr const char* kPageTitleUnits = "Cơ cấu tổ chức";
inline constexpr const char* kPageTitleAddPerson = "Thêm người";
inline constexpr const char* kPageTitleEditPerson = "Sửa hồ sơ";
inline constexpr const char* kPageTitlePeople = "Nhân sự";

// The two-step imports (web/ui/import_pages): heading, what is counted, required columns, preview headings.
inline constexpr const char* kPageImportUnitsHeading = "Nhập danh sách đơn vị";
inline constexpr const char* kPageImportUnitsRequired = "“Mã đơn vị”, “Tên đơn vị”, “Mã đơn vị cấp trên”";
inline constexpr const char* kPageImportUnitsColCode = "Mã đơn vị";
inline constexpr const char* kPageImportUnitsColName = "Tên đơn vị";
inline constexpr const char* kPageImportUnitsColKind = "Loại";
inline constexpr const char* kPageImportUnitsColParent = "Cấp trên";
inline constexpr const char* kPageImportUnitsColValidFrom = "Hiệu lực từ";
inline constexpr const char* kPageImportPeopleHeading = "Nhập danh sách nhân sự";
inline constexpr const char* kPageImportPeopleWhat = "người";
inline constexpr const char* kPageImportPeopleRequired = "“Họ và tên”, “Mã đơn vị”";
inline constexpr const char* kPageImportPeopleColName = "Họ và tên";
inline constexpr const char* kPageImportPeopleColBirth = "Ngày sinh";
inline constexpr const char* kPageImportPeopleColPosition = "Chức vụ";
inline constexpr const char* kPageImportPeopleColUnitCode = "Mã đơn vị";
inline constexpr const char* kPageImportPeopleColUnit = "Đơn vị";

// The audit log (web/ui/audit_pages): record kinds and field names.
inline constexpr const char* kPageTitleAudit = "Nhật ký hệ thống";
inline constexpr const char* kPageAuditAll = "Tất cả";
inline constexpr const char* kPageAuditEntityPerson = "Người";
inline constexpr const char* kPageAuditEntityUnit = "Đơn vị";
inline constexpr const char* kPageAuditEntityUser = "Tài khoản";
inline constexpr const char* kPageAuditEntityDatabase = "Cơ sở dữ liệu";
inline constexpr const char* kPageAuditFieldFullName = "Họ và tên";
inline constexpr const char* kPageAuditFieldGender = "Giới tính";
inline constexpr const char* kPageAuditFieldBirthDate = "Ngày sinh";
inline constexpr const char* kPageAuditFieldPosition = "Chức vụ";
inline constexpr const char* kPageAuditFieldTitle = "Chức danh";
inline constexpr const char* kPageAuditFieldCategory = "Loại cán bộ";
inline constexpr const char* kPageAuditFieldEmail = "Email";
inline constexpr const char* kPageAuditFieldPhone = "Điện thoại";
inline constexpr const char* kPageAuditFieldUnitId = "Mã đơn vị";
inline constexpr const char* kPageAuditFieldUnitName = "Đơn vị";
inline constexpr const char* kPageAuditFieldCode = "Mã";
inline constexpr const char* kPageAuditFieldName = "Tên";
inline constexpr const char* kPageAuditFieldShortName = "Tên viết tắt";
inline constexpr const char* kPageAuditFieldKind = "Loại";
inline constexpr const char* kPageAuditFieldHostAgency = "Thuộc cơ quan";
inline constexpr const char* kPageAuditFieldValidFrom = "Hiệu lực từ";
inline constexpr const char* kPageAuditFieldValidTo = "Hiệu lực đến";
inline constexpr const char* kPageAuditFieldParent = "Đơn vị cấp trên";
inline constexpr const char* kPageAuditFieldSuccessor = "Đơn vị kế thừa";
inline constexpr const char* kPageAuditFieldUsername = "Tên đăng nhập";
inline constexpr const char* kPageAuditFieldDisplayName = "Tên hiển thị";
inline constexpr const char* kPageAuditFieldDisabled = "Bị khóa";
inline constexpr const char* kPageAuditFieldRoles = "Vai trò";
inline constexpr const char* kPageAuditFieldFailedLogins = "Số lần đăng nhập sai";
inline constexpr const char* kPageAuditFieldLocked = "Tạm khóa";
inline constexpr const char* kPageAuditFieldToken = "Mã truy cập";
inline constexpr const char* kPageAuditFieldPeople = "Số người";
inline constexpr const char* kPageAuditFieldUnits = "Số đơn vị";
inline constexpr const char* kPageAuditFieldAccounts = "Số tài khoản";

// The page templates' own errors (web/template): `what` is one of the lines below.
inline std::string template_error(std::string_view name, std::string_view what) {
  return "Mẫu trang “" + std::string(name) + "”: " + std::string(what);
}
inline constexpr const char* kTemplateTagUnclosed = "thẻ “{{” chưa được đóng.";
inline constexpr const char* kTemplateDelimiterUnsupported = "không hỗ trợ thẻ đổi dấu phân cách.";
inline constexpr const char* kTemplatePartialNameMissing = "thẻ chèn mẫu thiếu tên.";
inline std::string template_variable_invalid(std::string_view name) {
  return "tên biến không hợp lệ “" + std::string(name) + "”.";
}
inline std::string template_section_invalid(std::string_view name) {
  return "tên mục không hợp lệ “" + std::string(name) + "”.";
}
inline std::string template_close_without_open(std::string_view name) {
  return "thẻ đóng “" + std::string(name) + "” không có thẻ mở.";
}
inline std::string template_close_mismatch(std::string_view name, std::string_view open) {
  return "thẻ đóng “" + std::string(name) + "” không khớp với mục “" + std::string(open) + "”.";
}
inline std::string template_section_unclosed(std::string_view name) {
  return "mục “" + std::string(name) + "” chưa được đóng.";
}
inline std::string template_partial_missing(std::string_view name) {
  return "không có mẫu “" + std::string(name) + "” để chèn.";
}
inline std::string template_partials_too_deep(std::string_view name) {
  return "mẫu chèn lồng nhau quá sâu (“" + std::string(name) + "”).";
}
inline std::string template_not_found(std::string_view name) {
  return "Không có mẫu trang “" + std::string(name) + "”.";
}

}  // namespace thidua::core::messages_vi
