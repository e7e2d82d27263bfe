// The Vietnamese message catalogue: tracking (UTF-8, NFC). Texts users see on
// the campaign dashboard, in reminders, notifications and e-mail.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Why a unit is late (app/tracking.h).
inline constexpr const char* kLatePlan = "chưa nộp kế hoạch triển khai";
inline std::string late_registrations(long long registered, long long people) {
  return "mới có " + std::to_string(registered) + "/" + std::to_string(people) + " người đăng ký thi đua";
}

// Reminders to late units: `reasons` as joined from the lines above, may be empty.
inline std::string reminder_message(std::string_view unit_name, std::string_view campaign_title,
                                    std::string_view reasons) {
  std::string out = "Nhắc nhở: " + std::string(unit_name) + " — đợt thi đua “" + std::string(campaign_title) + "”: ";
  out += reasons.empty() ? std::string("đề nghị đơn vị khẩn trương thực hiện các nội dung của kế hoạch.")
                         : std::string(reasons) + ". Đề nghị đơn vị khẩn trương hoàn thành.";
  return out;
}
inline std::string reminder_mail_subject(std::string_view campaign_title) {
  return "Nhắc nhở tiến độ đợt thi đua: " + std::string(campaign_title);
}
inline std::string reminder_mail_body(std::string_view message, std::string_view link) {
  return std::string(message) + "\n\nXem chi tiết tại trang " + std::string(link) +
         " của hệ thống Thi đua – Khen thưởng.\n\nThường trực Hội đồng Thi đua – Khen thưởng";
}

inline constexpr const char* kActTrackCampaign = "theo dõi đợt thi đua này";
inline constexpr const char* kReminderNoLateUnit = "Không có đơn vị nào chậm tiến độ để nhắc nhở.";
inline constexpr const char* kReminderUnitNotTaking = "Đơn vị được chọn không tham gia đợt thi đua này.";

// Notifications (app/notifications.h).
inline constexpr const char* kWhatNotification = "thông báo";

// E-mail (src/mail).
inline std::string mail_address_invalid(std::string_view address) {
  return "Địa chỉ thư điện tử không hợp lệ: “" + std::string(address) + "”.";
}
inline std::string smtp_reply_invalid(std::string_view line) {
  return "trả lời SMTP không hợp lệ: " + std::string(line);
}
inline std::string smtp_refused(int code, std::string_view text) {
  return "máy chủ SMTP từ chối: " + std::to_string(code) + " " + std::string(text);
}

inline constexpr const char* kSmtpTimeout = "hết thời gian chờ máy chủ SMTP";
inline constexpr const char* kSmtpNotSent = "chưa gửi";

inline constexpr const char* kOutboxLogPrefix = "thidua: hộp thư đi: ";

// E-mail over TLS with authentication (src/mail/smtp_client.cc).
inline constexpr const char* kSmtpStartTlsNotOffered =
    "máy chủ SMTP không hỗ trợ STARTTLS nên thư không được gửi qua kết nối chưa mã hóa";
// reason: one of the kSmtpTls* texts below; detail: OpenSSL's words, for the administrator.
inline std::string smtp_tls_failed(std::string_view reason, std::string_view detail) {
  return "không thiết lập được kết nối TLS an toàn với máy chủ SMTP: " + std::string(reason) +
         " (chi tiết kỹ thuật: " + std::string(detail) + ")";
}
inline constexpr const char* kSmtpTlsUntrustedCa =
    "chứng chỉ của máy chủ không do tổ chức chứng thực (CA) tin cậy cấp; nếu cơ quan dùng CA riêng, "
    "khai báo tệp chứng chỉ CA ở smtp_ca_file";
inline constexpr const char* kSmtpTlsWrongName =
    "chứng chỉ của máy chủ không mang tên máy chủ đã khai báo ở smtp_host";
inline constexpr const char* kSmtpTlsExpired = "chứng chỉ của máy chủ đã hết hạn";
inline constexpr const char* kSmtpTlsNotYetValid =
    "chứng chỉ của máy chủ chưa đến ngày có hiệu lực (hãy kiểm tra đồng hồ của máy chạy thidua)";
inline constexpr const char* kSmtpTlsRevoked = "chứng chỉ của máy chủ đã bị thu hồi";
inline constexpr const char* kSmtpTlsBadCertificate = "chứng chỉ của máy chủ không hợp lệ";
inline constexpr const char* kSmtpTlsHandshake =
    "không hoàn tất được bước bắt tay TLS (máy chủ và thidua không có phiên bản hay bộ mã hóa chung, "
    "hoặc cổng này không dùng TLS)";
inline constexpr const char* kSmtpDataBeforeTls = "máy chủ SMTP gửi dữ liệu thừa trước khi bắt đầu TLS";
inline constexpr const char* kSmtpAuthNeedsTls = "không gửi mật khẩu SMTP qua kết nối chưa mã hóa TLS";
inline constexpr const char* kSmtpAuthNotOffered = "máy chủ SMTP không hỗ trợ đăng nhập AUTH PLAIN hoặc AUTH LOGIN";

// SMTP settings of `thidua serve` (src/mail/smtp_setup.cc): each message is the
// whole line printed when the server refuses to start.
inline std::string smtp_password_file_unreadable(std::string_view path) {
  return "Không đọc được tệp mật khẩu SMTP “" + std::string(path) + "”.";
}
inline std::string smtp_password_file_open(std::string_view path, std::string_view mode) {
  return "Tệp mật khẩu SMTP “" + std::string(path) + "” đang để nhóm hoặc người khác đọc được (quyền " +
         std::string(mode) + "): hãy để tệp thuộc tài khoản chạy dịch vụ và chạy chmod 600.";
}
inline std::string smtp_password_file_empty(std::string_view path) {
  return "Tệp mật khẩu SMTP “" + std::string(path) + "” không có mật khẩu.";
}
inline std::string smtp_ca_file_unreadable(std::string_view path) {
  return "Không đọc được tệp chứng chỉ CA “" + std::string(path) + "” (cần tệp PEM).";
}
inline constexpr const char* kSmtpUserWithoutPassword = "Đã khai báo smtp_user nhưng chưa khai báo smtp_password_file.";
inline constexpr const char* kSmtpPasswordWithoutUser = "Đã khai báo smtp_password_file nhưng chưa khai báo smtp_user.";
inline constexpr const char* kSmtpAuthWithoutTls =
    "Không dùng được smtp_tls = none cùng smtp_user: mật khẩu chỉ được gửi qua kết nối đã mã hóa TLS.";

// Configuration values (web/config.cc): the part after "Cấu hình “key”: ".
inline std::string config_public_url_invalid(std::string_view value) {
  return "cần địa chỉ gốc của trang dạng http(s)://tên-máy, không có phần ?… hay #…, nhận được “" +
         std::string(value) + "”.";
}
inline std::string config_smtp_tls_invalid(std::string_view value) {
  return "cần starttls, tls hoặc none, nhận được “" + std::string(value) + "”.";
}
inline constexpr const char* kConfigSmtpUserInvalid = "tên đăng nhập không được chứa dấu cách hay ký tự điều khiển.";
inline constexpr const char* kConfigNoPasswordHere =
    "không ghi mật khẩu vào cấu hình: đặt mật khẩu trong một tệp chỉ tài khoản chạy dịch vụ đọc được và khai báo "
    "đường dẫn của tệp bằng smtp_password_file.";

// Start-up warning of `thidua serve` when e-mail is on without public_url.
inline constexpr const char* kPublicUrlMissingWarning =
    "thidua: cảnh báo: chưa khai báo public_url nên liên kết trong thư điện tử chỉ là đường dẫn trong trang "
    "(ví dụ /dot-thi-dua/1), người nhận không bấm mở được.";

}  // namespace thidua::core::messages_vi
