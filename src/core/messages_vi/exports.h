// The Vietnamese message catalogue: exports (spreadsheets of units, people, accounts and the audit
// trail: sheet names and column headings) (UTF-8, NFC). The code refers to
// them by meaning; the wording is what users see.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Sheet names.
inline constexpr const char* kSheetPeople = "Nhân sự";
inline constexpr const char* kSheetUnits = "Đơn vị";
inline constexpr const char* kSheetAccounts = "Tài khoản";
inline constexpr const char* kSheetAudit = "Nhật ký";

// The units list: the import columns (imports.h) and then this one.
inline constexpr const char* kColPeopleCount = "Số người";

// The accounts list.
inline constexpr const char* kColUsername = "Tên đăng nhập";
inline constexpr const char* kColDisplayName = "Tên hiển thị";
inline constexpr const char* kColAccountState = "Trạng thái";
inline constexpr const char* kColRoles = "Vai trò";
inline constexpr const char* kColLastLogin = "Đăng nhập gần nhất";
inline constexpr const char* kAccountStateDisabled = "Bị khóa";
inline constexpr const char* kAccountStateActive = "Hoạt động";

// The audit trail.
inline constexpr const char* kColAuditSeq = "Số";
inline constexpr const char* kColAuditAt = "Thời điểm (UTC)";
inline constexpr const char* kColAuditActor = "Người thực hiện";
inline constexpr const char* kColAuditAction = "Hành động";
inline constexpr const char* kColAuditEntity = "Loại bản ghi";
inline constexpr const char* kColAuditEntityId = "Mã bản ghi";
inline constexpr const char* kColAuditBefore = "Trước";
inline constexpr const char* kColAuditAfter = "Sau";
inline constexpr const char* kColAuditIp = "Địa chỉ IP";
inline constexpr const char* kColAuditHash = "Mã băm";

}  // namespace thidua::core::messages_vi
