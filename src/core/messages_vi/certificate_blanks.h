// The Vietnamese message catalogue: certificates on pre-printed blanks (UTF-8,
// NFC): the fields' names, the layout's errors, the calibration page.
#pragma once

#include <string>

namespace thidua::core::messages_vi {

inline std::string blank_field_name(const std::string& code) {
  if (code == "recipient") return "Tên người/tập thể được khen";
  if (code == "detail") return "Chức vụ, đơn vị";
  if (code == "reason") return "Thành tích";
  if (code == "decision") return "Số quyết định, số vào sổ";
  if (code == "date") return "Địa danh, ngày tháng";
  if (code == "signer") return "Người ký";
  return code;
}

inline constexpr const char* kBlankPageSize = "Khổ giấy phải từ 100 đến 500 mm mỗi chiều.";
inline constexpr const char* kBlankOffset = "Độ lệch của máy in phải trong khoảng -20 đến 20 mm.";
inline std::string blank_box_too_narrow(const std::string& name) {
  return "Ô “" + name + "” phải rộng ít nhất 10 mm.";
}
inline std::string blank_box_size(const std::string& name) {
  return "Cỡ chữ của ô “" + name + "” phải từ 8 đến 40 pt.";
}
inline std::string blank_box_outside(const std::string& name) {
  return "Ô “" + name + "” nằm ngoài tờ giấy (kể cả độ lệch của máy in).";
}

inline constexpr const char* kBlankLayoutInvalid = "Bố cục phôi đã lưu không đọc được.";
inline constexpr const char* kBlankStale =
    "Mẫu phôi vừa được người khác sửa. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.";

inline constexpr const char* kWhatCertificateBlank = "mẫu phôi giấy khen";
inline constexpr const char* kActKeepCertificateBlanks = "quản lý mẫu phôi giấy khen của cơ quan này";
inline constexpr const char* kBlankNameRequired = "Hãy đặt tên cho mẫu phôi (tối đa 200 ký tự).";

inline std::string blank_member_invalid(const std::string& field) {
  return "Bố cục phôi: “" + field + "” không đúng kiểu (cần một số, hoặc true/false).";
}
inline constexpr const char* kPageBlanksTitle = "Mẫu phôi giấy khen";
inline std::string blank_number_invalid(const std::string& field) {
  return "Giá trị của ô “" + field + "” phải là một số (ví dụ 12,5).";
}

// The calibration page.
inline constexpr const char* kCalibrationTitle = "TRANG CĂN CHỈNH MÁY IN — in trên giấy trắng cùng khổ với phôi";
inline constexpr const char* kCalibrationHelp =
    "Đo bằng thước khoảng cách từ mép trái và mép trên của tờ giấy đến tâm mỗi dấu chữ thập. Nếu đo được "
    "52 mm ở nơi ghi 50 mm, máy in lệch 2 mm: nhập độ lệch -2 (ngược lại, đo được 48 mm thì nhập 2). Các khung "
    "là vị trí các ô sẽ in trên phôi, đã cộng độ lệch đang dùng.";
inline std::string calibration_mark(int x_mm, int y_mm) {
  return std::to_string(x_mm) + " mm, " + std::to_string(y_mm) + " mm";
}
inline std::string calibration_offsets(const std::string& x, const std::string& y) {
  return "Độ lệch đang dùng: ngang " + x + " mm, dọc " + y + " mm.";
}

}  // namespace thidua::core::messages_vi
