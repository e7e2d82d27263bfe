// The Vietnamese message catalogue: imports (CSV/XLSX reading and the import of units and people,
// with their column headings). Texts users see when a file is read or imported (UTF-8, NFC). The code refers to
// them by meaning; the wording is what users see.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::core::messages_vi {

// Column headings of the people list (import template and export).
inline constexpr const char* kColFullName = "Họ và tên";
inline constexpr const char* kColGender = "Giới tính";
inline constexpr const char* kColBirthDate = "Ngày sinh";
inline constexpr const char* kColPosition = "Chức vụ";
inline constexpr const char* kColTitle = "Chức danh";
inline constexpr const char* kColCategory = "Loại cán bộ";
inline constexpr const char* kColEmail = "Email";
inline constexpr const char* kColPhone = "Điện thoại";
inline constexpr const char* kColUnitCode = "Mã đơn vị";
inline constexpr const char* kColUnitName = "Đơn vị";

// Column headings of the units list (import template and export).
inline constexpr const char* kColUnitNameFull = "Tên đơn vị";
inline constexpr const char* kColUnitShortName = "Tên viết tắt";
inline constexpr const char* kColUnitKind = "Loại đơn vị";
inline constexpr const char* kColParentCode = "Mã đơn vị cấp trên";
inline constexpr const char* kColHostAgency = "Thuộc cơ quan";
inline constexpr const char* kColValidFrom = "Hiệu lực từ";
inline constexpr const char* kColValidTo = "Hiệu lực đến";
inline constexpr const char* kColSuccessorCode = "Mã đơn vị kế thừa";

// The import templates: sheet name and the example row under the headings.
inline constexpr const char* kPeopleTemplateSheet = "Mẫu nhập nhân sự";
inline std::vector<std::string> people_template_example() {
  return {"Nguyễn Văn An",        "Nam",          "15/03/1985", "Chuyên viên", "Chuyên viên chính", "Công chức",
          "an.nv@example.gov.vn", "0912345678", "STNMT-VP",   "Văn phòng Sở"};
}
inline constexpr const char* kUnitsTemplateSheet = "Mẫu nhập đơn vị";
inline std::vector<std::string> units_template_example() {
  return {"STNMT-PCDS", "Phòng Chuyển đổi số", "Phòng CĐS", "Phòng", "STNMT", "", "01/01/2026", "", ""};
}

// Checking an import file (app/import_people.h, app/import_units.h).
inline constexpr const char* kPeopleImportHeadingsMissing =
    "Tệp phải có cột \"Họ và tên\" và cột \"Mã đơn vị\" ở dòng tiêu đề. Hãy dùng tệp mẫu.";
inline constexpr const char* kUnitsImportHeadingsMissing =
    "Tệp phải có cột \"Mã đơn vị\" và cột \"Tên đơn vị\" ở dòng tiêu đề. Hãy dùng tệp mẫu.";
inline constexpr const char* kImportNoRows = "Tệp không có dòng dữ liệu nào.";
inline std::string import_gender_invalid(std::string_view value) {
  return "Giới tính \"" + std::string(value) + "\" không hợp lệ (Nam hoặc Nữ).";
}
inline std::string import_birth_date_invalid(std::string_view value) {
  return "Ngày sinh \"" + std::string(value) + "\" không đúng dạng ngày/tháng/năm.";
}
inline std::string import_category_invalid(std::string_view value) {
  return "Loại cán bộ \"" + std::string(value) + "\" không hợp lệ (Công chức, Viên chức, Người lao động).";
}
inline constexpr const char* kImportUnitCodeMissing = "Thiếu mã đơn vị.";
inline std::string import_no_unit_with_code(std::string_view code) {
  return "Không có đơn vị mã \"" + std::string(code) + "\".";
}
inline std::string import_people_forbidden_in(std::string_view code) {
  return "Bạn không có quyền nhập nhân sự vào đơn vị \"" + std::string(code) + "\".";
}
inline std::string import_email_repeats_row(int row) {
  return "Email trùng với dòng " + std::to_string(row) + ".";
}
inline std::string import_unit_kind_invalid(std::string_view value) {
  return "Loại đơn vị \"" + std::string(value) + "\" không hợp lệ.";
}
inline std::string import_date_invalid(std::string_view value) {
  return "Ngày \"" + std::string(value) + "\" không đúng dạng ngày/tháng/năm.";
}
inline std::string import_unit_code_exists(std::string_view code) {
  return "Mã đơn vị \"" + std::string(code) + "\" đã có.";
}
inline constexpr const char* kImportParentCodeMissing = "Thiếu mã đơn vị cấp trên.";
inline std::string import_no_parent_with_code(std::string_view code) {
  return "Không có đơn vị cấp trên mã \"" + std::string(code) + "\" (trong hệ thống hoặc ở dòng trên).";
}
inline std::string import_units_forbidden_in(std::string_view code) {
  return "Bạn không có quyền thêm đơn vị vào \"" + std::string(code) + "\".";
}
inline std::string import_no_successor_with_code(std::string_view code) {
  return "Không có đơn vị kế thừa mã \"" + std::string(code) + "\".";
}
// Confirming an import that still has issues, and a row the store refused.
inline std::string import_has_issues(size_t issues) {
  return "Tệp còn " + std::to_string(issues) + " lỗi; chưa có dòng nào được ghi. Hãy sửa tệp và tải lên lại.";
}
inline std::string import_row_failed(int row, std::string_view message) {
  return "Dòng " + std::to_string(row) + ": " + std::string(message);
}
inline std::string what_unit_with_code(std::string_view code) { return "đơn vị mã " + std::string(code); }
inline constexpr const char* kActionImportPeople = "nhập danh sách nhân sự";
inline constexpr const char* kActionImportUnits = "nhập danh sách đơn vị";

// Staged uploads (app/import_staging.h).
inline constexpr const char* kStagingDirFailed = "Không tạo được thư mục lưu tệp nhập.";
inline constexpr const char* kStagingSaveFailed = "Không lưu được tệp nhập.";
inline constexpr const char* kWhatStagedUpload = "tệp nhập (đã hết hạn hoặc đã được xác nhận; hãy tải tệp lên lại)";

}  // namespace thidua::core::messages_vi
