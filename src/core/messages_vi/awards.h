// The Vietnamese message catalogue: awards (UTF-8, NFC). Texts users see about
// award decisions and proposals, dossiers, certificates and award history.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {
// Decisions and proposals (app/decisions.h).
inline std::string decision_nominee_not_passed(std::string_view name) {
  return "Đề nghị khen thưởng cho " + std::string(name) + " chưa được Hội đồng Thi đua – Khen thưởng thông qua.";
}
inline std::string decision_nominee_other_award(std::string_view name) {
  return "Đề nghị khen thưởng cho " + std::string(name) + " thuộc hình thức khen thưởng khác.";
}
inline std::string decision_nominee_taken(std::string_view name) {
  return "Đề nghị khen thưởng cho " + std::string(name) + " đã có trong một quyết định hoặc tờ trình khác.";
}
inline std::string decision_nominee_no_longer_passed(std::string_view name) {
  return "Đề nghị khen thưởng cho " + std::string(name) + " không còn ở trạng thái được Hội đồng thông qua.";
}

// What was not found, and what the actor may not do (app/access.h).
inline constexpr const char* kActViewDecisions = "xem quyết định khen thưởng của đợt thi đua này";
inline constexpr const char* kWhatDecision = "quyết định";
inline constexpr const char* kActDraftDecision = "dự thảo quyết định khen thưởng";
inline constexpr const char* kWhatDecisionCampaign = "đợt thi đua";
inline constexpr const char* kActApproveDecision = "duyệt, ký quyết định khen thưởng";
inline constexpr const char* kActDiscardDraft = "huỷ dự thảo";
inline constexpr const char* kActRecordAnswer = "ghi nhận kết quả của cấp trên";

// Decision validation.
inline constexpr const char* kDecisionAwardNotInCampaign = "Hình thức khen thưởng không thuộc đợt thi đua này.";
inline constexpr const char* kDecisionNominationUnknown =
    "Đề nghị khen thưởng được chọn không tồn tại trong đợt thi đua này.";
inline constexpr const char* kDecisionNothingPassed =
    "Chưa có đề nghị nào của hình thức khen thưởng này được Hội đồng thông qua mà chưa có quyết định.";
inline constexpr const char* kDecisionAlreadyApproved = "Văn bản này đã được duyệt và cấp số, không duyệt lại được.";
inline constexpr const char* kDecisionListChanged = "Danh sách đề nghị vừa thay đổi; hãy thử lại.";
inline constexpr const char* kDecisionCannotDiscard = "Văn bản đã được duyệt và cấp số, không huỷ được.";
inline constexpr const char* kAnswerNumberMissing =
    "Hãy nhập số, ký hiệu quyết định của cấp trên (ví dụ 1234/QĐ-UBND).";
inline constexpr const char* kAnswerDateInvalid = "Ngày quyết định của cấp trên không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kAnswerNoteMissing = "Hãy ghi lý do hoặc nội dung trả lời của cấp trên.";
inline constexpr const char* kAnswerNoteTooLong = "Ghi chú dài tối đa 2000 ký tự.";
inline constexpr const char* kAnswerOnlyApprovedProposal =
    "Chỉ ghi nhận kết quả cho tờ trình đã duyệt và chưa có kết quả.";

}  // namespace thidua::core::messages_vi
