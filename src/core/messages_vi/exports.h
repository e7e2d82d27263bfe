// The Vietnamese message catalogue: exports (UTF-8, NFC). Sheet names and
// column headings of the exported lists (units, accounts, audit trail) and the
// errors of the XLSX writer. The code refers to them by meaning.
#pragma once

#include <cstddef>
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

// Writing spreadsheets (io/xlsx_writer.h).
inline std::string excel_write_failed(std::string_view what) {
  return "Không tạo được tệp Excel: " + std::string(what);
}
inline constexpr const char* kXlsxWorkbookInitFailed = "không khởi tạo được bảng tính.";
inline constexpr const char* kXlsxSheetFailed = "không tạo được trang tính.";
inline constexpr const char* kXlsxClosed = "bảng tính đã đóng.";
inline constexpr const char* kXlsxHeaderFirst = "dòng tiêu đề phải được ghi đầu tiên.";
inline constexpr const char* kXlsxTooManyRows = "Bảng vượt quá giới hạn 1.048.576 dòng của Excel.";
inline constexpr const char* kXlsxTooManyColumns = "Bảng vượt quá giới hạn 16.384 cột của Excel.";
inline std::string xlsx_cell_not_utf8(std::size_t row, std::size_t col) {
  return "Ô ở dòng " + std::to_string(row) + ", cột " + std::to_string(col) + " không phải văn bản UTF-8 hợp lệ.";
}
inline std::string xlsx_cell_too_long(std::size_t row, std::size_t col) {
  return "Ô ở dòng " + std::to_string(row) + ", cột " + std::to_string(col) + " dài quá giới hạn của Excel.";
}
inline constexpr const char* kXlsxTempFileFailed = "không tạo được tệp tạm.";
inline constexpr const char* kXlsxTempFileUnreadable = "không đọc lại được tệp tạm.";

}  // namespace thidua::core::messages_vi
