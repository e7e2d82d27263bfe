// The Vietnamese message catalogue: access (UTF-8, NFC). Texts users see when
// an action is refused or a record is missing (app/access.h), and about the
// audit trail. The code refers to them by meaning.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Refusals and missing records (app/access.h): forbidden(what) and not_found(what).
inline constexpr const char* kForbidden = "Bạn không có quyền thực hiện thao tác này";
inline std::string forbidden_action(std::string_view what) {
  std::string m = kForbidden;
  if (!what.empty()) m += " (" + std::string(what) + ")";
  return m + ".";
}
inline std::string not_found(std::string_view what) { return "Không tìm thấy " + std::string(what) + "."; }

// A review refused because the record is the actor's own (core/own_records.h).
inline std::string own_record_entered(std::string_view what) {
  return "Bạn không thể " + std::string(what) +
         " vì chính bạn đã lập hoặc gửi; việc này do một người có thẩm quyền khác thực hiện.";
}
inline std::string own_record_concerned(std::string_view what) {
  return "Bạn không thể " + std::string(what) +
         " vì nội dung liên quan đến chính bạn; việc này do một người có thẩm quyền khác thực hiện.";
}

// The actor of command-line actions.
inline constexpr const char* kSystemActorName = "Quản trị (dòng lệnh)";

// The audit trail: its check (app/audit.h) and who may read it.
inline std::string audit_entry_missing(int64_t seq) {
  return "Thiếu mục nhật ký số " + std::to_string(seq) + ".";
}
inline std::string audit_entry_unlinked(int64_t seq) {
  return "Mục nhật ký số " + std::to_string(seq) + " không nối đúng với mục trước.";
}
inline std::string audit_entry_altered(int64_t seq) {
  return "Nội dung mục nhật ký số " + std::to_string(seq) + " đã bị thay đổi.";
}
inline std::string audit_tail_removed(int64_t head_seq) {
  return "Các mục cuối của nhật ký đã bị xóa (đầu chuỗi ghi số " + std::to_string(head_seq) + ").";
}
inline constexpr const char* kAuditForbidden = "Bạn không có quyền xem nhật ký hệ thống.";
inline constexpr const char* kActionExportAudit = "xuất nhật ký";

}  // namespace thidua::core::messages_vi
