// The Vietnamese message catalogue: unit work (UTF-8, NFC). Texts users see
// about the units' implementation plans, progress reports, evidence and
// difficulties.
#pragma once

#include <string>
#include <string_view>

#include "core/messages_vi/org.h"

namespace thidua::core::messages_vi {

// Progress statuses (unit_work.h).
inline constexpr const char* kProgressNotStarted = "Chưa thực hiện";
inline constexpr const char* kProgressInProgress = "Đang thực hiện";
inline constexpr const char* kProgressDone = "Hoàn thành";

// Progress rules.
inline constexpr const char* kProgressPercentRange = "Tỷ lệ hoàn thành phải từ 0 đến 100 (%).";
inline constexpr const char* kProgressNotStartedPercent = "Chỉ tiêu chưa thực hiện thì tỷ lệ hoàn thành là 0%.";
inline constexpr const char* kProgressDonePercent = "Chỉ tiêu đã hoàn thành thì tỷ lệ hoàn thành là 100%.";

// Unit work in a campaign (app/unit_work_access.h).
inline constexpr const char* kUnitWorkUnitNotTaking = "Đơn vị đã chọn không tham gia đợt thi đua này.";
inline constexpr const char* kUnitWorkNoUnit = "Bạn không phụ trách đơn vị nào tham gia đợt thi đua này.";
inline constexpr const char* kWhatUnitWorkFile = "tệp";  // not found
inline std::string unit_work_not_accepted(std::string_view state_label) {
  return "Đợt thi đua đang ở trạng thái “" + std::string(state_label) +
         "”: chỉ nhận kế hoạch, báo cáo tiến độ và khó khăn khi kế hoạch đã ban hành hoặc "
         "đợt thi đua đang diễn ra.";
}
// `what`: what is sent (kWhatUnitPlanSent, kWhatDifficulty).
inline std::string unit_work_choose_unit(std::string_view what) {
  return "Hãy chọn đơn vị gửi " + std::string(what) + ".";
}
inline constexpr const char* kUploadPdfActive =
    "Tệp PDF có nội dung tự chạy (mã JavaScript, lệnh mở chương trình, tệp đính kèm ẩn hoặc biểu mẫu gửi dữ liệu) "
    "nên không được nhận. Hãy in tệp ra PDF thông thường (Microsoft Print to PDF hoặc LibreOffice) rồi tải lên lại.";
inline std::string upload_file_error(std::string_view file_name, std::string_view message) {
  return "Tệp “" + std::string(file_name) + "”: " + std::string(message);
}

// Unit plans (app/unit_plans.h).
inline constexpr const char* kWhatUnitPlanSent = "kế hoạch";
inline constexpr const char* kUnitPlanInvalidText = "Nội dung kế hoạch chứa ký tự không hợp lệ.";
inline constexpr const char* kUnitPlanTooLong = "Nội dung kế hoạch dài tối đa 20 000 ký tự.";
inline constexpr const char* kUnitPlanEmpty = "Hãy nhập nội dung kế hoạch hoặc đính kèm tệp kế hoạch (PDF, DOCX...).";
inline constexpr const char* kWhatUnitPlanFile = "tệp kế hoạch";

// Difficulties (app/difficulties.h).
inline constexpr const char* kWhatDifficulty = "khó khăn, vướng mắc";
inline constexpr const char* kDifficultyInvalidText = "Nội dung chứa ký tự không hợp lệ.";
inline constexpr const char* kDifficultyTitleEmpty = "Hãy nhập tiêu đề khó khăn, vướng mắc.";
inline constexpr const char* kDifficultyTitleTooLong = "Tiêu đề dài tối đa 300 ký tự.";
inline constexpr const char* kDifficultyBodyTooLong = "Nội dung dài tối đa 10 000 ký tự.";
inline constexpr const char* kActAnswerDifficulty = "trả lời khó khăn, vướng mắc";
inline constexpr const char* kActAnswerThisDifficulty = "trả lời khó khăn, vướng mắc này";
inline constexpr const char* kDifficultyAnswerInvalid = "Nội dung trả lời chứa ký tự không hợp lệ.";
inline constexpr const char* kDifficultyAnswerEmpty = "Hãy nhập nội dung trả lời.";
inline constexpr const char* kDifficultyAnswerTooLong = "Nội dung trả lời dài tối đa 10 000 ký tự.";

// Progress reports and evidence (app/progress.h).
inline constexpr const char* kWhatTarget = "chỉ tiêu";
inline constexpr const char* kActReportProgress = "báo cáo tiến độ";
inline constexpr const char* kProgressOnlyApproved =
    "Chỉ báo cáo tiến độ cho chỉ tiêu của bản đăng ký đã được thủ trưởng đơn vị duyệt.";
inline constexpr const char* kProgressStatusInvalid =
    "Trạng thái phải là: chưa thực hiện, đang thực hiện hoặc hoàn thành.";
inline constexpr const char* kProgressNoteInvalid = "Ghi chú chứa ký tự không hợp lệ.";
inline constexpr const char* kProgressNoteTooLong = "Ghi chú dài tối đa 4 000 ký tự.";
inline constexpr const char* kProgressTooManyFiles = "Mỗi lần báo cáo đính kèm tối đa 10 tệp minh chứng.";
inline constexpr const char* kWhatEvidence = "minh chứng";

}  // namespace thidua::core::messages_vi
