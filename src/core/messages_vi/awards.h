// The Vietnamese message catalogue: awards (UTF-8, NFC). Texts users see about
// award decisions and proposals, dossiers, certificates and award history.
#pragma once

#include <string>
#include <string_view>

#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/documents_layout.h"
#include "core/messages_vi/org.h"

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
inline constexpr const char* kActApproveDecision = "duyệt, ký quyết định khen thưởng";
inline constexpr const char* kActApproveThisDecision = "duyệt, ký văn bản này";
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

// Certificates (app/certificates.h).
// The reason line: the campaign as campaign_in_sentence() gives it ("đợt thi
// đua đặc biệt ..."), then the plan's number, left out when the plan has none.
inline std::string certificate_reason(std::string_view campaign, std::string_view plan_number_symbol) {
  std::string out = "Đã có thành tích xuất sắc trong " + std::string(campaign);
  if (!plan_number_symbol.empty()) out += " theo Kế hoạch số " + std::string(plan_number_symbol);
  return out + ".";
}
inline std::string certificate_decision_line(std::string_view decision_number_symbol, std::string_view date_text) {
  return "Quyết định số " + std::string(decision_number_symbol) + " " + std::string(date_text);
}
inline std::string certificate_number_line(std::string_view certificate_number) {
  return "Số: " + std::string(certificate_number);
}

inline constexpr const char* kAwardNameCertificate = "Giấy khen";
inline constexpr const char* kAwardNameCertificateCaps = "GIẤY KHEN";
inline constexpr const char* kAwardNameMerit = "Bằng khen";
inline constexpr const char* kAwardNameMeritCaps = "BẰNG KHEN";
inline constexpr const char* kCertificateVerb = "TẶNG";
inline constexpr const char* kCertificateByHigherLevel =
    "Khen thưởng này do cấp trên quyết định; giấy chứng nhận do cấp trên cấp.";

// The dossier of a decision (app/dossier.h).
// A nominee's text report as a file of the dossier.
inline std::string dossier_report_text(std::string_view name, std::string_view position, std::string_view unit_name,
                                       std::string_view report) {
  return "BÁO CÁO THÀNH TÍCH\n" + std::string(name) + "\n" +
         (position.empty() ? std::string() : std::string(position) + ", ") + std::string(unit_name) + "\n\n" +
         (report.empty() ? std::string("(Chưa có nội dung báo cáo.)") : std::string(report)) + "\n";
}
inline std::string dossier_report_unreadable(long long nomination_id) {
  return "Không đọc được tệp báo cáo thành tích của đề nghị số " + std::to_string(nomination_id) + ".";
}

inline constexpr const char* kDossierTempUnreadable = "Không đọc được tệp tạm của hồ sơ.";
inline constexpr const char* kDossierListSheet = "Danh sách";
inline constexpr const char* kDossierColName = "Họ và tên / Tập thể";
inline constexpr const char* kDossierColPosition = "Chức vụ";
inline constexpr const char* kDossierColUnit = "Đơn vị";
inline constexpr const char* kDossierColNomination = "Mã đề nghị";
inline constexpr const char* kDossierColReport = "Báo cáo thành tích";
inline constexpr const char* kDossierCannotCreate = "Không tạo được tệp hồ sơ.";
inline constexpr const char* kDossierCannotWrite = "Không ghi được tệp hồ sơ.";

// Award history and results (app/awards.h).
inline constexpr const char* kWhatAward = "khen thưởng";
inline constexpr const char* kWhatAwardResults = "kết quả khen thưởng";
inline constexpr const char* kActViewCampaignSummary = "xem tổng kết đợt thi đua";
inline constexpr const char* kSummarySheet = "Tổng kết";
inline constexpr const char* kSummaryColUnit = "Đơn vị";
inline constexpr const char* kSummaryColAward = "Hình thức khen thưởng";
inline constexpr const char* kSummaryColLevel = "Cấp khen";
inline constexpr const char* kSummaryColIndividuals = "Cá nhân";
inline constexpr const char* kSummaryColCollectives = "Tập thể";
inline constexpr const char* kSummaryColTotal = "Cộng";
inline constexpr const char* kSummaryTotalRow = "Tổng cộng";
inline constexpr const char* kCertificateOnlyApproved = "Giấy khen chỉ in được sau khi quyết định đã được duyệt.";
inline constexpr const char* kCertificateNotForProposal =
    "Tờ trình không có giấy khen: khen thưởng đề nghị lên cấp trên do cấp trên quyết định và cấp bằng, giấy "
    "chứng nhận.";

}  // namespace thidua::core::messages_vi
