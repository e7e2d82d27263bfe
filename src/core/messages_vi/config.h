// The Vietnamese message catalogue: configuration (UTF-8, NFC). Texts the
// administrator sees when the configuration file, or the server's start (listening
// address, access log), is wrong.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// One setting is wrong: "Cấu hình “key” (origin): what".
inline std::string config_entry_error(std::string_view key, std::string_view origin, std::string_view what) {
  std::string message = "Cấu hình “" + std::string(key) + "”";
  if (!origin.empty()) message += " (" + std::string(origin) + ")";
  return message + ": " + std::string(what);
}
inline std::string config_needs_integer(std::string_view got) {
  return "cần một số nguyên, nhận được “" + std::string(got) + "”.";
}
inline std::string config_out_of_range(long long lo, long long hi) {
  return "giá trị phải nằm trong khoảng " + std::to_string(lo) + "–" + std::to_string(hi) + ".";
}
inline std::string config_needs_boolean(std::string_view got) {
  return "cần true hoặc false, nhận được “" + std::string(got) + "”.";
}
inline std::string config_needs_ipv6_listen(std::string_view got) {
  return "cần dạng [địa chỉ IPv6]:cổng, nhận được “" + std::string(got) + "”.";
}
inline std::string config_needs_listen(std::string_view got) {
  return "cần dạng máy:cổng, nhận được “" + std::string(got) + "”.";
}
inline std::string config_bad_proxy(std::string_view entry) {
  return "\"" + std::string(entry) + "\" không phải địa chỉ IP hoặc dải địa chỉ (CIDR) hợp lệ.";
}
inline std::string config_needs_email(std::string_view got) {
  return "cần một địa chỉ thư điện tử, nhận được “" + std::string(got) + "”.";
}
inline constexpr const char* kConfigIpv6NeedsBrackets = "địa chỉ IPv6 phải đặt trong ngoặc vuông: [::1]:8080.";
inline constexpr const char* kConfigHostMissing = "thiếu địa chỉ máy.";
inline constexpr const char* kConfigValueEmpty = "không được để trống.";
inline constexpr const char* kConfigKeyUnknown = "khóa cấu hình không tồn tại.";
inline constexpr const char* kConfigKeyRepeated = "được khai báo hai lần.";

// The file itself.
inline std::string config_file_unreadable(std::string_view path) {
  return "Không đọc được tệp cấu hình “" + std::string(path) + "”.";
}
inline std::string config_line_invalid(std::string_view origin) {
  return "Tệp cấu hình " + std::string(origin) + ": dòng phải có dạng khóa = giá trị.";
}

// Starting the server (web/server, web/access_log); `reason` is the system's text.
inline std::string config_listen_unresolved(std::string_view host, std::string_view reason) {
  return "Không phân giải được địa chỉ lắng nghe " + std::string(host) + ": " + std::string(reason);
}
inline std::string config_listen_failed(std::string_view host, int port, std::string_view reason) {
  return "Không lắng nghe được trên " + std::string(host) + ":" + std::to_string(port) + ": " + std::string(reason);
}
inline std::string config_access_log_unopened(std::string_view destination, std::string_view reason) {
  return "Không mở được tệp nhật ký truy cập " + std::string(destination) + ": " + std::string(reason);
}

}  // namespace thidua::core::messages_vi
