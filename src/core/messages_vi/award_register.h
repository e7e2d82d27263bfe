// The Vietnamese message catalogue: the award register (UTF-8, NFC). Texts
// users see about entries recorded from the agency's past, their import
// and the register's search and export.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Entry validation (core::validate_register_entry).
inline constexpr const char* kRegisterRecipientMissing = "Thiếu tên cá nhân hoặc tập thể được khen thưởng.";
inline constexpr const char* kRegisterAwardMissing = "Thiếu hình thức khen thưởng hoặc danh hiệu.";
inline constexpr const char* kRegisterAwardTooLong = "Tên hình thức khen thưởng dài tối đa 300 ký tự.";
inline std::string register_year_invalid(int first, int last) {
  return "Năm thành tích phải từ " + std::to_string(first) + " đến " + std::to_string(last) + ".";
}
inline constexpr const char* kRegisterDecisionMissing = "Thiếu số, ký hiệu quyết định khen thưởng.";
inline constexpr const char* kRegisterDecisionTooLong = "Số, ký hiệu quyết định dài tối đa 100 ký tự.";
inline constexpr const char* kRegisterDecisionDateInvalid = "Ngày quyết định không hợp lệ.";
inline constexpr const char* kRegisterDecisionBeforeYear = "Ngày quyết định không thể trước năm thành tích.";
inline constexpr const char* kRegisterAuthorityMissing = "Thiếu cấp khen (người hoặc cơ quan quyết định).";
inline constexpr const char* kRegisterAuthorityTooLong = "Cấp khen dài tối đa 300 ký tự.";
inline constexpr const char* kRegisterCampaignTooLong = "Tên đợt thi đua dài tối đa 300 ký tự.";
inline constexpr const char* kRegisterRecipientTooLong = "Tên người hoặc tập thể dài tối đa 300 ký tự.";

// The import (app/import_awards.h): columns, values, rows.
inline constexpr const char* kRegisterColSubject = "Đối tượng";
inline constexpr const char* kRegisterColPersonId = "Mã người";
inline constexpr const char* kRegisterColName = "Họ và tên";
inline constexpr const char* kRegisterColBirth = "Ngày sinh";
inline constexpr const char* kRegisterColUnitCode = "Mã đơn vị";
inline constexpr const char* kRegisterColAward = "Hình thức khen thưởng";
inline constexpr const char* kRegisterColYear = "Năm thành tích";
inline constexpr const char* kRegisterColDecision = "Số quyết định";
inline constexpr const char* kRegisterColDecisionDate = "Ngày quyết định";
inline constexpr const char* kRegisterColAuthority = "Cấp khen";
inline constexpr const char* kRegisterColLevel = "Cấp";
inline constexpr const char* kRegisterColOccasion = "Đợt thi đua";
inline constexpr const char* kRegisterColUnitName = "Đơn vị";
inline constexpr const char* kRegisterColSource = "Nguồn";
inline constexpr const char* kRegisterSubjectIndividual = "Cá nhân";
inline constexpr const char* kRegisterSubjectCollective = "Tập thể";
inline constexpr const char* kRegisterOccasionAnnual = "Hằng năm";
inline constexpr const char* kRegisterSourceIssued = "Quyết định trên hệ thống";
inline constexpr const char* kRegisterSourceImported = "Nhập từ hồ sơ";
inline constexpr const char* kRegisterSampleAward = "Lao động tiên tiến";
inline constexpr const char* kRegisterSampleDecision = "125/QĐ-STNMT";
inline constexpr const char* kRegisterSampleAuthority = "Giám đốc Sở Tài nguyên và Môi trường";
inline constexpr const char* kRegisterSheet = "So khen thuong";
inline constexpr const char* kRegisterTemplateSheet = "Mau so khen thuong";

inline constexpr const char* kRegisterImportHeadingsMissing =
    "Tệp thiếu cột bắt buộc: cần \"Đối tượng\", \"Hình thức khen thưởng\", \"Năm thành tích\", "
    "\"Số quyết định\", \"Ngày quyết định\", \"Cấp khen\", và \"Mã người\" hoặc \"Họ và tên\" hoặc "
    "\"Mã đơn vị\".";
inline std::string register_subject_invalid(std::string_view value) {
  return "Đối tượng \"" + std::string(value) + "\" không hợp lệ: ghi \"Cá nhân\" hoặc \"Tập thể\".";
}
inline constexpr const char* kRegisterSubjectMissing = "Thiếu đối tượng: ghi \"Cá nhân\" hoặc \"Tập thể\".";
inline std::string register_year_not_a_year(std::string_view value) {
  return "Năm thành tích \"" + std::string(value) + "\" không phải là một năm (ví dụ 2023).";
}
inline std::string register_level_invalid(std::string_view value) {
  return "Cấp \"" + std::string(value) +
         "\" không hợp lệ: ghi \"Cấp cơ quan\" (cơ sở), \"Cấp tỉnh\", \"Cấp bộ\" hoặc \"Cấp nhà nước\".";
}
inline constexpr const char* kRegisterCollectiveNeedsUnit = "Khen thưởng tập thể cần mã đơn vị được khen.";
inline std::string register_no_unit_with_code(std::string_view code) {
  return "Không có đơn vị mã \"" + std::string(code) + "\" trong phạm vi bạn quản lý.";
}
inline std::string register_unit_name_mismatch(std::string_view code, std::string_view name) {
  return "Đơn vị mã \"" + std::string(code) + "\" là \"" + std::string(name) + "\", không khớp tên tập thể.";
}
inline std::string register_duplicate_in_file(int row) {
  return "Trùng với dòng " + std::to_string(row) + " của tệp (cùng người hoặc tập thể, hình thức, năm và quyết định).";
}
inline std::string register_duplicate_existing(std::string_view award, int year, std::string_view decision) {
  return "Đã có trong sổ khen thưởng: " + std::string(award) + " năm " + std::to_string(year) + ", quyết định " +
         std::string(decision) + ".";
}
// The import page.
inline constexpr const char* kPageImportRegisterHeading = "Nhập sổ khen thưởng các năm trước";
inline constexpr const char* kPageImportRegisterWhat = "khen thưởng";
inline constexpr const char* kPageImportRegisterRequired =
    "“Đối tượng”, “Hình thức khen thưởng”, “Năm thành tích”, “Số quyết định”, “Ngày quyết định”, “Cấp khen”, "
    "và “Mã người” (hoặc “Họ và tên” với “Ngày sinh”) hoặc “Mã đơn vị” cho tập thể";
inline constexpr const char* kPageImportRegisterColRecipient = "Người / tập thể";
// A decision in a preview cell: "45/QĐ-STNMT ngày 20/12/2021" ("" parts left out).
inline std::string register_decision_cell(std::string_view number, std::string_view date) {
  if (date.empty()) return std::string(number);
  return std::string(number) + " ngày " + std::string(date);
}
inline constexpr const char* kActImportRegister = "nhập sổ khen thưởng";
inline constexpr const char* kActExportRegister = "xuất sổ khen thưởng";

}  // namespace thidua::core::messages_vi
