// The Vietnamese message catalogue: roles (UTF-8, NFC). The labels users see
// for the roles of the permission table (authz.h) and the council roles.
#pragma once

namespace thidua::core::messages_vi {

// Roles (authz.h).
inline constexpr const char* kRoleAdministrator = "Quản trị hệ thống";
inline constexpr const char* kRoleLeader = "Lãnh đạo";
inline constexpr const char* kRoleSecretariat = "Thường trực Hội đồng TĐKT";
inline constexpr const char* kRoleCouncilMember = "Thành viên Hội đồng TĐKT";
inline constexpr const char* kRoleUnitHead = "Thủ trưởng đơn vị";
inline constexpr const char* kRoleUnitOfficer = "Cán bộ phụ trách TĐKT đơn vị";
inline constexpr const char* kRoleStaff = "Công chức, viên chức, người lao động";

}  // namespace thidua::core::messages_vi
