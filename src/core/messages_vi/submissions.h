// The Vietnamese message catalogue: proposals sent upward inside one
// deployment and their reception (core/submission.h, app/submissions.h, their
// pages). UTF-8, NFC.
#pragma once

namespace thidua::core::messages_vi {

// States (core::SubmissionState).
inline constexpr const char* kSubmissionSent = "Đã gửi, chờ tiếp nhận";
inline constexpr const char* kSubmissionReceived = "Đã tiếp nhận, đang thẩm định";
inline constexpr const char* kSubmissionReturned = "Đã trả lại để bổ sung";
inline constexpr const char* kSubmissionReviewed = "Hội đồng đã xét, chờ quyết định";
inline constexpr const char* kSubmissionDecided = "Đã có quyết định";
inline constexpr const char* kSubmissionWithdrawn = "Đã rút lại";

// Steps (core::SubmissionStep), as the processing history names them.
inline constexpr const char* kStepSend = "Gửi đề nghị";
inline constexpr const char* kStepReceive = "Tiếp nhận hồ sơ";
inline constexpr const char* kStepAssign = "Phân công chuyên viên";
inline constexpr const char* kStepAppraise = "Thẩm định theo tiêu chuẩn";
inline constexpr const char* kStepReturn = "Trả lại hồ sơ";
inline constexpr const char* kStepResend = "Gửi lại sau khi bổ sung";
inline constexpr const char* kStepReview = "Hội đồng thi đua, khen thưởng xét";
inline constexpr const char* kStepDecide = "Ban hành quyết định";
inline constexpr const char* kStepWithdraw = "Rút lại đề nghị";

// The register of incoming documents (sổ văn bản đến) a reception is numbered in.
inline constexpr const char* kIncomingRegister = "ĐẾN";

// Refusals.
inline constexpr const char* kSubmissionNoDecision =
    "Hồ sơ đề nghị chưa có quyết định khen thưởng (hoặc Hội đồng không thống nhất trường hợp nào).";
inline constexpr const char* kSubmissionDossierFailed =
    "Không lập được hồ sơ điện tử của tờ trình; hãy thử lại sau ít phút.";
inline constexpr const char* kSubmissionDossierTooLarge = "Hồ sơ điện tử vượt quá 200 MB, không gửi được qua hệ thống.";
inline constexpr const char* kSubmissionCouncilBeforeReception = "Ngày họp hội đồng không được trước ngày tiếp nhận hồ sơ.";
inline constexpr const char* kSubmissionChanged =
    "Hồ sơ đề nghị vừa được người khác cập nhật; hãy tải lại trang và thực hiện lại.";
inline constexpr const char* kSubmissionStepNotNow = "Hồ sơ đề nghị không ở trạng thái cho phép thao tác này.";
inline constexpr const char* kSubmissionReasonMissing = "Hãy ghi lý do trả lại hồ sơ.";
inline constexpr const char* kSubmissionWithdrawReason = "Hãy ghi lý do rút lại đề nghị.";
inline constexpr const char* kSubmissionAnswerIncomplete =
    "Danh sách của tờ trình đã thay đổi trạng thái nên không ghi được kết quả; hãy trả lại hồ sơ để cơ quan đề nghị kiểm tra.";
inline constexpr const char* kSubmissionNoteTooLong = "Nội dung dài tối đa 2000 ký tự.";
inline constexpr const char* kSubmissionNoteInvalid = "Nội dung chứa ký tự không hợp lệ.";
inline constexpr const char* kSubmissionNotProposal =
    "Chỉ gửi được tờ trình đã ký ban hành và chưa có kết quả của cấp trên.";
inline constexpr const char* kSubmissionAlreadySent = "Tờ trình này đã được gửi qua hệ thống.";
inline constexpr const char* kSubmissionReceiverMissing = "Hãy chọn cơ quan tiếp nhận đề nghị.";
inline constexpr const char* kSubmissionReceiverSelf = "Không gửi đề nghị cho chính cơ quan mình.";
inline constexpr const char* kSubmissionAnsweredHere =
    "Tờ trình đã gửi qua hệ thống: kết quả do cơ quan tiếp nhận ban hành, không nhập tay.";
inline constexpr const char* kSubmissionAssigneeInvalid =
    "Chuyên viên được phân công phải là người xử lý hồ sơ của cơ quan tiếp nhận.";
inline constexpr const char* kSubmissionCouncilDateInvalid = "Ngày họp hội đồng không hợp lệ (định dạng YYYY-MM-DD).";
inline constexpr const char* kSubmissionCouncilDateFuture = "Ngày họp hội đồng không được sau hôm nay.";
inline constexpr const char* kSubmissionSignerMissing = "Hãy ghi họ tên người ký quyết định.";
inline constexpr const char* kSubmissionSignerTooLong = "Họ tên người ký dài tối đa 120 ký tự.";
inline constexpr const char* kSubmissionReceivingSymbol = "Ký hiệu quyết định không hợp lệ (ví dụ QĐ-UBND).";
inline constexpr const char* kSubmissionReceivingAuthority = "Hãy ghi người có thẩm quyền quyết định (1–255 ký tự).";
inline constexpr const char* kSubmissionReceivingHeader =
    "Dòng tên cơ quan ban hành và địa danh trên quyết định: mỗi dòng tối đa 255 ký tự.";
inline constexpr const char* kSubmissionReceivingLineInvalid =
    "Dòng tên cơ quan ban hành hoặc địa danh trên quyết định có ký tự không hợp lệ.";
inline constexpr const char* kSubmissionReceivingPlaceAlone =
    "Hãy ghi tên cơ quan ban hành quyết định cùng với địa danh (hoặc để trống cả hai).";
inline constexpr const char* kSubmissionReceiverClosed = "Cơ quan tiếp nhận đã giải thể hoặc sáp nhập.";
inline constexpr const char* kSubmissionReceivingClosed = "Đơn vị đã giải thể hoặc sáp nhập không tiếp nhận đề nghị.";

// What the refusals name (app/access.h forbidden()).
inline constexpr const char* kWhatSubmission = "hồ sơ đề nghị";
inline constexpr const char* kActSendProposal = "gửi tờ trình đề nghị khen thưởng";
inline constexpr const char* kActProcessSubmission = "xử lý hồ sơ đề nghị của cơ quan tiếp nhận";
inline constexpr const char* kActDecideSubmission = "ban hành quyết định khen thưởng theo đề nghị";
inline constexpr const char* kActManageReceiving = "chỉ định cơ quan tiếp nhận đề nghị";

// Lines written into the sender's answer and the history, put together as
// piece + value + piece.
inline constexpr const char* kAnswerNoteDecision = "Quyết định số ";
inline constexpr const char* kAnswerNoteDated = " ngày ";
inline constexpr const char* kAnswerNoteOf = " của ";
inline constexpr const char* kAnswerNoteTail = " (qua hệ thống).";
inline constexpr const char* kSubmissionNotAgreed = "Không được Hội đồng thống nhất đề nghị.";
inline constexpr const char* kCouncilAgreedPrefix = "Thống nhất đề nghị ";
inline constexpr const char* kOutOf = "/";
inline constexpr const char* kCasesSuffix = " trường hợp.";
inline constexpr const char* kDecidedGrantedPrefix = ": khen thưởng ";
inline constexpr const char* kAssignedToPrefix = "Phân công: ";
inline constexpr const char* kReceivedNumberPrefix = "Số đến ";
inline constexpr const char* kReceivedDatePrefix = ", ngày ";
inline constexpr const char* kAppraisedMet = "Đạt tiêu chuẩn: ";
inline constexpr const char* kAppraisedNotMet = "; chưa đạt: ";
inline constexpr const char* kAppraisedMissing = "; thiếu dữ liệu: ";
inline constexpr const char* kAppraisedNoRules = "; không có bộ tiêu chuẩn: ";

// Pages.
inline constexpr const char* kPageTitleQueue = "Tiếp nhận đề nghị khen thưởng";
inline constexpr const char* kPageTitleSubmission = "Hồ sơ đề nghị khen thưởng";
inline constexpr const char* kPageTitleReceiving = "Cơ quan tiếp nhận đề nghị";
inline constexpr const char* kPageNoticeSent = "Đã gửi đề nghị đến cơ quan tiếp nhận.";
inline constexpr const char* kPageNoticeStepDone = "Đã cập nhật hồ sơ đề nghị.";
inline constexpr const char* kPageNoticeReceivingSaved = "Đã lưu thông tin cơ quan tiếp nhận đề nghị.";
inline constexpr const char* kPageQueueAll = "Tất cả";
inline constexpr const char* kVerdictNone = "Không có bộ tiêu chuẩn";
inline constexpr const char* kAgreedYes = "Thống nhất";
inline constexpr const char* kAgreedNo = "Không thống nhất";
inline constexpr const char* kApiSubmissionStateInvalid =
    "Trạng thái không hợp lệ (sent, received, returned, reviewed, decided).";
inline constexpr const char* kApiSubmissionBeforeInvalid = "Tham số before phải là mã hồ sơ (số nguyên dương).";
inline constexpr const char* kApiSubmissionAgreedInvalid = "Trường agreed phải là mảng mã đề nghị (số nguyên dương).";

}  // namespace thidua::core::messages_vi
