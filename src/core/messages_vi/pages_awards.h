// The Vietnamese message catalogue: nomination, council and award pages
// (UTF-8, NFC). Texts users see on those pages that the templates do not hold:
// titles, state labels of decisions and nominations, notices, headings.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Decisions and proposals (web/ui/award_views).
inline constexpr const char* kPageOnDay = "ngày";  // "04:03:11 ngày 06/12/2026"
inline constexpr const char* kPageDecisionUnnumbered = "(dự thảo)";
inline constexpr const char* kPageDecisionKindDecision = "Quyết định";
inline constexpr const char* kPageDecisionKindProposal = "Tờ trình";
inline constexpr const char* kPageDecisionStateDraft = "Dự thảo";
inline constexpr const char* kPageHigherLevelGranted = "Cấp trên đồng ý khen thưởng";
inline constexpr const char* kPageHigherLevelRefused = "Cấp trên không đồng ý";
inline constexpr const char* kPageDecisionIssued = "Đã ban hành";
inline constexpr const char* kPageProposalAwaiting = "Đã trình, chờ kết quả";

// Nomination states as the award pages show them.
inline constexpr const char* kPageNominationPassed = "Hội đồng thông qua";
inline constexpr const char* kPageNominationDecided = "Đã có quyết định khen thưởng";
inline constexpr const char* kPageNominationGranted = "Cấp trên đồng ý";

// Decisions (web/ui/award_pages).
// "Giấy khen của Giám đốc Sở".
inline std::string page_award_of(std::string_view award_name, std::string_view granted_by) {
  return std::string(award_name) + " của " + std::string(granted_by);
}
// A choice of award type to draft: "Giấy khen của … — 3 đề nghị (quyết định)".
inline std::string page_draftable_award(std::string_view award_name, std::string_view granted_by, long long passed,
                                        bool own_authority) {
  return page_award_of(award_name, granted_by) + " — " + std::to_string(passed) + " đề nghị (" +
         (own_authority ? "quyết định" : "tờ trình") + ")";
}
inline constexpr const char* kPageTitleDecisions = "Quyết định khen thưởng";
inline constexpr const char* kPageAnswerGranted = "Đồng ý khen thưởng";
inline constexpr const char* kPageAnswerRefused = "Không đồng ý";
inline std::string page_notice_decision_approved(std::string_view number_symbol) {
  return "Đã duyệt, cấp số " + std::string(number_symbol) + ".";
}
inline constexpr const char* kPageNoticeAnswerRecorded = "Đã ghi nhận kết quả của cấp trên.";
inline constexpr const char* kPageNoticeDraftCreated = "Đã lập dự thảo.";
// The decisions page's choice of a shorter list (app::draft_choice).
inline std::string page_decision_quota_line(std::string_view title, long long used, long long allowed, int share,
                                            long long base, std::string_view of) {
  return "Tỷ lệ " + std::string(title) + ": đã có " + std::to_string(used) +
         " trường hợp trong các quyết định, tờ trình, tối đa " + std::to_string(allowed) + " (" +
         std::to_string(share) + "% của " + std::to_string(base) + " trường hợp " + std::string(of) +
         " được Hội đồng thông qua).";
}
inline std::string page_draft_seats_left(long long left) {
  return left > 0 ? "Còn " + std::to_string(left) + " suất: hãy chọn tối đa " + std::to_string(left) + " trường hợp."
                  : std::string("Đã hết suất theo tỷ lệ: không thể lập thêm dự thảo cho hình thức này.");
}
inline std::string page_draft_choice_more(std::string_view shown) {
  return "Chỉ hiện " + std::string(shown) + " trường hợp đầu; lập dự thảo với những trường hợp đã chọn rồi chọn tiếp.";
}
inline constexpr const char* kPageDraftNoCandidates =
    "Không còn trường hợp nào đã được Hội đồng thông qua mà chưa có quyết định hoặc tờ trình.";
inline constexpr const char* kPageDraftNonePicked = "Chưa chọn trường hợp nào cho danh sách.";

// "Quyết định số 05/QĐ-STNMT ngày … tháng … năm …" on the public results.
inline std::string page_results_decision_heading(std::string_view number_symbol, std::string_view date_text) {
  return "Quyết định số " + std::string(number_symbol) + " " + std::string(date_text);
}
inline constexpr const char* kPageTitlePublicResults = "Kết quả khen thưởng";
inline constexpr const char* kPageAwardTypeMissing = "Hãy chọn hình thức khen thưởng.";
inline constexpr const char* kPageTitleAwardHistory = "Lịch sử khen thưởng";

// The council (web/ui/council_pages, web/ui/session_pages).
inline constexpr const char* kPageTitleCouncils = "Hội đồng Thi đua – Khen thưởng";
inline constexpr const char* kPageTitleSessions = "Phiên họp Hội đồng";
inline constexpr const char* kPageTitleNewSession = "Lập phiên họp Hội đồng";
inline constexpr const char* kPageTitleBallot = "Phiếu bầu";
inline constexpr const char* kPageTitleShare = "Mã kiểm phiếu";
inline constexpr const char* kPageTitleRecord = "Kiểm chứng kết quả bỏ phiếu";
inline constexpr const char* kPageBallotInvalid = "Phiếu bầu không hợp lệ.";

// Nominations (web/ui/nomination_pages).
inline constexpr const char* kPageTitleNewNomination = "Đề nghị khen thưởng mới";
inline std::string page_nomination_title(std::string_view nominee) {
  return "Đề nghị khen thưởng: " + std::string(nominee);
}
inline constexpr const char* kPageTitleNominations = "Đề nghị khen thưởng";

}  // namespace thidua::core::messages_vi
