// The Vietnamese message catalogue: nominations (UTF-8, NFC). Texts users see
// about award nominations (đề nghị khen thưởng): states, criterion checks and
// the messages of the nomination rules and use cases.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <string_view>

#include "core/messages_vi/campaigns.h"

namespace thidua::core::messages_vi {

// States (nomination.h).
inline constexpr const char* kNominationStatePending = "Chờ thủ trưởng đơn vị duyệt";
inline constexpr const char* kNominationStateSubmitted = "Đã gửi";
inline constexpr const char* kNominationStateReturned = "Bị trả lại";
inline constexpr const char* kNominationStateAccepted = "Đã tiếp nhận";
inline constexpr const char* kNominationStatePassed = "Được Hội đồng thông qua";
inline constexpr const char* kNominationStateFailed = "Không được thông qua";
inline constexpr const char* kNominationStateDecided = "Đã có quyết định";
inline constexpr const char* kNominationStateProposed = "Đã trình cấp trên";
inline constexpr const char* kNominationStateGranted = "Được khen thưởng";
inline constexpr const char* kNominationStateRefused = "Không được khen thưởng";

// Criterion check statuses.
inline constexpr const char* kCriterionVerified = "Đã xác minh từ dữ liệu";
inline constexpr const char* kCriterionAttested = "Đơn vị xác nhận";
inline constexpr const char* kCriterionMissing = "Còn thiếu";

// Rules (nomination.h).
inline constexpr const char* kNominationsClosed =
    "Chỉ gửi đề nghị khen thưởng khi đợt thi đua đang diễn ra hoặc đã kết thúc (chưa tổng kết).";
inline std::string nomination_deadline_passed(std::string_view deadline_text) {
  return "Đã hết hạn gửi đề nghị khen thưởng (hạn cuối là " + std::string(deadline_text) + ").";
}
inline constexpr const char* kNominationReportInvalid = "Báo cáo thành tích chứa ký tự không hợp lệ.";
inline constexpr const char* kNominationReportMissing =
    "Hãy nhập báo cáo thành tích hoặc đính kèm tệp báo cáo (PDF, DOCX, ảnh, XLSX).";
inline constexpr const char* kNominationReportTooLong = "Báo cáo thành tích dài tối đa 20 000 ký tự.";
inline constexpr const char* kAttestationInvalid = "Nội dung xác nhận chứa ký tự không hợp lệ.";
inline constexpr const char* kAttestationTooLong = "Nội dung xác nhận của mỗi tiêu chí dài tối đa 2 000 ký tự.";
inline constexpr const char* kNominationReasonInvalid = "Lý do trả lại chứa ký tự không hợp lệ.";
inline constexpr const char* kNominationReasonEmpty = "Cần ghi lý do trả lại đề nghị để đơn vị bổ sung.";
inline constexpr const char* kNominationReasonTooLong = "Lý do trả lại dài tối đa 2 000 ký tự.";
inline std::string nomination_not_reviewable(std::string_view state_label) {
  return "Đề nghị đang ở trạng thái “" + std::string(state_label) + "”, chỉ xét đề nghị đã gửi.";
}
inline std::string nomination_not_pending(std::string_view state_label) {
  return "Đề nghị đang ở trạng thái “" + std::string(state_label) +
         "”, thủ trưởng đơn vị chỉ duyệt hoặc trả lại đề nghị đang chờ duyệt.";
}
inline std::string nomination_not_pending_id(int64_t id) {
  return "Đề nghị số " + std::to_string(id) +
         " không thuộc đơn vị hoặc không còn chờ thủ trưởng đơn vị duyệt. Hãy tải lại trang; chưa đề nghị nào được duyệt.";
}
inline std::string nomination_not_resubmittable(std::string_view state_label) {
  return "Đề nghị đang ở trạng thái “" + std::string(state_label) + "”, chỉ sửa và gửi lại đề nghị bị trả lại.";
}

// Nomination use cases (app/nominations.h).
inline constexpr const char* kNominationDuplicate =
    "Tập thể, cá nhân này đã được đề nghị hình thức khen thưởng này trong đợt thi đua.";

// What was not found, and what the actor may not do (app/access.h).
inline constexpr const char* kWhatNomination = "đề nghị khen thưởng";
inline constexpr const char* kWhatNominationReport = "tệp báo cáo thành tích";
inline constexpr const char* kActReviewNominations = "xét đề nghị khen thưởng";
inline constexpr const char* kActReviewThisNomination = "tiếp nhận hoặc trả lại đề nghị khen thưởng này";
inline constexpr const char* kActHeadApproveNomination = "duyệt đề nghị khen thưởng của đơn vị";
inline constexpr const char* kActHeadApproveThisNomination = "duyệt hoặc trả lại đề nghị khen thưởng này";
inline constexpr const char* kNominationsNoneToApprove = "Chưa chọn đề nghị nào để duyệt.";
inline constexpr const char* kActSubmitNomination = "gửi đề nghị khen thưởng";
inline constexpr const char* kActSubmitNominationForUnit = "gửi đề nghị khen thưởng cho đơn vị này";
inline constexpr const char* kActViewNominations = "xem đề nghị khen thưởng";
inline constexpr const char* kActEditNomination = "sửa đề nghị khen thưởng";

inline constexpr const char* kNominationAwardMissing = "Chưa chọn hình thức khen thưởng của đợt thi đua.";
inline constexpr const char* kNominationUnitMissing = "Chưa chọn đơn vị đề nghị.";
inline constexpr const char* kNominationUnitNotTaking = "Đơn vị đề nghị không tham gia đợt thi đua.";
inline constexpr const char* kNominationCollectiveOutside =
    "Tập thể được đề nghị phải là đơn vị tham gia đợt thi đua thuộc đơn vị đề nghị.";
inline constexpr const char* kNominationCollectiveMissing = "Chưa chọn tập thể được đề nghị.";
inline constexpr const char* kNominationPersonMissing = "Chưa chọn cá nhân được đề nghị.";
inline std::string nomination_already_awarded(std::string_view who, std::string_view title, int year,
                                              std::string_view decision) {
  return std::string(who) + " đã có danh hiệu " + std::string(title) + " năm " + std::to_string(year) +
         (decision.empty() ? std::string() : " (" + std::string(decision) + ")") +
         "; mỗi danh hiệu chỉ được xét một lần trong năm.";
}
// One achievement, one award form (Luật Thi đua, khen thưởng 2022).
inline std::string nomination_same_achievement(std::string_view earlier_award) {
  return "Đối tượng này đã được đề nghị " + std::string(earlier_award) +
         " trong đợt thi đua này; một thành tích chỉ được đề nghị một hình thức khen thưởng (Luật Thi đua, khen "
         "thưởng số 06/2022/QH15).";
}
// A quota gone over (core/quota.h), with its figures.
inline std::string quota_exceeded(std::string_view title, int64_t used, int64_t allowed, int share, int64_t base,
                                  std::string_view of) {
  return "Vượt tỷ lệ khen thưởng: " + std::string(title) + " sẽ có " + std::to_string(used) +
         " đề nghị, tối đa được " + std::to_string(allowed) + " (" + std::to_string(share) + "% của " +
         std::to_string(base) + " đề nghị " + std::string(of) + " trong đợt). Không có đề nghị nào được gửi.";
}
// The same counted at a decision or proposal to a higher level (app/quotas.h
// check_decision_quotas): over the lists against what the council passed.
// At approval (`approving`): the draft is as it was drafted; the office
// discards it and drafts a shorter list.
inline std::string decision_quota_exceeded(std::string_view title, int64_t used, int64_t allowed, int share,
                                           int64_t base, std::string_view of, bool approving = false) {
  return "Vượt tỷ lệ khen thưởng: " + std::string(title) + (approving ? " hiện có " : " sẽ có ") +
         std::to_string(used) + " trường hợp trong các quyết định, tờ trình, tối đa được " + std::to_string(allowed) +
         " (" + std::to_string(share) + "% của " + std::to_string(base) + " trường hợp " + std::string(of) +
         " được Hội đồng thông qua)." +
         (approving ? " Chưa duyệt được: cần hủy dự thảo này và lập lại với danh sách ngắn hơn."
                    : " Hãy chọn bớt trong danh sách.");
}
// The quota line on the forms.
inline std::string quota_line(std::string_view title, int64_t used, int64_t allowed, int share, int64_t base,
                              std::string_view of) {
  return "Tỷ lệ " + std::string(title) + ": đã đề nghị " + std::to_string(used) + ", tối đa " +
         std::to_string(allowed) + " (" + std::to_string(share) + "% của " + std::to_string(base) + " đề nghị " +
         std::string(of) + " trong đợt).";
}
inline constexpr const char* kNominationsNoneChosen = "Chưa chọn ai để đề nghị.";
inline constexpr const char* kPageTitleHeadApproval = "Thủ trưởng đơn vị duyệt đề xuất khen thưởng";
inline constexpr const char* kProposalPickInvalid = "Lựa chọn không hợp lệ; hãy tải lại trang.";
inline std::string page_proposals_title(int year) { return "Đề xuất khen thưởng năm " + std::to_string(year); }
inline constexpr const char* kProposalsNoRules =
    "Đợt thi đua này không có hình thức khen thưởng nào gắn với bộ điều kiện xét từ lịch sử.";
// The report of a proposal from the annual review's form.
inline std::string proposal_report(std::string_view award, int year, const std::vector<std::string>& lines) {
  std::string out = "Đề nghị " + std::string(award) + " năm " + std::to_string(year) + ".";
  if (!lines.empty()) {
    out += " Căn cứ dữ liệu trên hệ thống:";
    for (const auto& l : lines) out += "\n- " + l;
  }
  return out;
}
inline std::string nominations_too_many(size_t most) {
  return "Mỗi lần gửi tối đa " + std::to_string(most) + " đề nghị.";
}
inline constexpr const char* kNominationPersonOutside = "Cá nhân được đề nghị phải công tác tại đơn vị đề nghị.";

// The unit filter's empty choice on the nominations list.
inline constexpr const char* kNominationFilterAll = "Tất cả";

}  // namespace thidua::core::messages_vi
