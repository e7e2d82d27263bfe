// The home page's work list (app/work_list.h): what each kind of pending item
// is called, with its count.
#pragma once

#include <cstdint>
#include <string>

namespace thidua::core::messages_vi {

inline std::string work_registrations_to_approve(int64_t n) {
  return std::to_string(n) + " bản đăng ký thi đua chờ duyệt";
}
inline std::string work_registrations_returned(int64_t n) {
  return std::to_string(n) + " bản đăng ký bị trả lại, cần sửa và gửi lại";
}
inline std::string work_nominations_to_approve(int64_t n) {
  return std::to_string(n) + " đề xuất khen thưởng chờ thủ trưởng duyệt";
}
inline std::string work_nominations_returned(int64_t n) {
  return std::to_string(n) + " đề nghị khen thưởng bị trả lại, cần bổ sung";
}
inline std::string work_nominations_to_review(int64_t n) {
  return std::to_string(n) + " đề nghị khen thưởng chờ thẩm định";
}
inline std::string work_difficulties_open(int64_t n) {
  return std::to_string(n) + " khó khăn, vướng mắc chưa trả lời";
}
inline std::string work_submissions_to_receive(int64_t n) {
  return std::to_string(n) + " hồ sơ đề nghị khen thưởng chờ tiếp nhận";
}
inline std::string work_submissions_to_decide(int64_t n) {
  return std::to_string(n) + " hồ sơ đề nghị Hội đồng đã xét, chờ ban hành quyết định";
}
inline std::string work_decisions_to_draft(int64_t n) {
  return std::to_string(n) + " đề nghị Hội đồng đã thông qua, chưa vào dự thảo quyết định hoặc tờ trình";
}
inline std::string work_own_registration_returned(int64_t n) {
  return n == 1 ? std::string("Bản đăng ký thi đua của bạn bị trả lại, cần sửa và gửi lại")
                : std::to_string(n) + " bản đăng ký thi đua của bạn bị trả lại, cần sửa và gửi lại";
}
inline std::string work_decisions_to_approve(int64_t n) {
  return std::to_string(n) + " dự thảo quyết định, tờ trình chờ duyệt và ký";
}
inline constexpr const char* kWorkPlanToApprove = "Dự thảo kế hoạch chờ duyệt";
inline std::string work_ballots_to_cast(int64_t n) {
  return "Phiên họp đang bỏ phiếu: còn " + std::to_string(n) + " nội dung bạn chưa bỏ phiếu";
}

}  // namespace thidua::core::messages_vi
