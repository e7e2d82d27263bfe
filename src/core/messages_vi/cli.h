// The Vietnamese message catalogue: the command line and the demo (UTF-8,
// NFC). Texts users see on the terminal (messages, help) and when the demo
// data is loaded; the code refers to them by meaning.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// --- The demo (thidua demo) ---
inline constexpr const char* kDemoDatabaseNotEmpty = "Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.";
// A demo data file (src/app/demo/*.json) that does not read; `where` is the
// member's path ("[3].kind") or a reason.
inline std::string demo_file_invalid(std::string_view file, std::string_view where) {
  return "Tệp dữ liệu mẫu " + std::string(file) + " không hợp lệ: " + std::string(where) + ".";
}
inline std::string demo_file_missing(std::string_view file) {
  return "Thiếu tệp dữ liệu mẫu " + std::string(file) + ".";
}
// The whole document, where a path would be empty.
inline constexpr const char* kDemoDocumentRoot = "(gốc)";
inline constexpr const char* kDemoJsonMalformed = "không phải JSON hợp lệ";
inline std::string demo_member_wrong(std::string_view where) {
  return "phần tử " + std::string(where) + " thiếu hoặc sai kiểu";
}
inline std::string demo_member_unknown(std::string_view where) {
  return "phần tử " + std::string(where) + " không được biết đến";
}
inline std::string demo_value_invalid(std::string_view where) {
  return "giá trị của " + std::string(where) + " không hợp lệ";
}

}  // namespace thidua::core::messages_vi
