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

}  // namespace thidua::core::messages_vi
