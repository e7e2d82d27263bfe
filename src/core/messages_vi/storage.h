// The Vietnamese message catalogue: storage (UTF-8, NFC). Errors of the store
// users may see: conflicts, missing records, stale edits. The code refers to
// them by meaning.
#pragma once

namespace thidua::core::messages_vi {

// Failures of the database itself (store/sqlite, store/postgres): what the
// user sees; the driver's own text goes to the server's log (Error::detail).
inline constexpr const char* kStorageFailed = "Lỗi cơ sở dữ liệu; thao tác chưa được thực hiện.";
inline constexpr const char* kStorageUnavailable =
    "Cơ sở dữ liệu tạm thời không truy cập được; thao tác chưa được thực hiện. Hãy thử lại sau ít phút.";
inline constexpr const char* kStorageCommitUnknown =
    "Mất kết nối tới cơ sở dữ liệu đúng lúc đang lưu, nên chưa rõ thao tác đã được lưu hay chưa. "
    "Hãy tải lại trang để kiểm tra trước khi làm lại.";
inline constexpr const char* kStorageConstraint =
    "Dữ liệu trùng với một bản ghi đã có hoặc vừa được người khác thay đổi. Hãy tải lại trang và thử lại.";

// Campaigns (store/campaigns.h).
inline constexpr const char* kCampaignTargetUnitMissing = "Đơn vị tham gia đợt thi đua không tồn tại.";
inline constexpr const char* kCampaignStale =
    "Đợt thi đua vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới nhất.";
inline constexpr const char* kCampaignContentUnreadable = "Nội dung đợt thi đua lưu trong cơ sở dữ liệu bị hỏng.";

// The council's sessions and ballots (store/council.h).
inline constexpr const char* kSessionNotInPreparation = "Phiên họp không còn ở trạng thái chuẩn bị.";
inline constexpr const char* kAlreadyVoted = "Đồng chí đã bỏ phiếu cho đề nghị này.";
inline constexpr const char* kBallotItemNotOpen = "Phiếu bầu chưa được mở cho đề nghị này.";

// Decisions and proposals (store/decisions.h).
inline constexpr const char* kDecisionStale = "Văn bản này đã được duyệt hoặc vừa được người khác thay đổi.";
inline constexpr const char* kProposalStale = "Tờ trình này đã có kết quả hoặc vừa được người khác thay đổi.";
inline constexpr const char* kOnlyUnapprovedDraftCancels = "Chỉ huỷ được dự thảo chưa được duyệt.";

// Difficulties (store/difficulties.h).
inline constexpr const char* kDifficultyNotFound = "Không tìm thấy khó khăn, vướng mắc này.";

// Nominations (store/nominations.h).
inline constexpr const char* kNominationNotReturned =
    "Đề nghị vừa được người khác thay đổi hoặc không còn ở trạng thái bị trả lại. Hãy tải lại trang.";
inline constexpr const char* kNominationNoLongerPending =
    "Đề nghị vừa được người khác thay đổi hoặc không còn chờ thủ trưởng đơn vị duyệt. Hãy tải lại trang.";
inline constexpr const char* kNominationAlreadyReviewed =
    "Đề nghị vừa được người khác thay đổi hoặc đã được xét. Hãy tải lại trang.";

// Registrations (store/registrations.h).
inline constexpr const char* kRegistrationStale =
    "Bản đăng ký vừa được người khác thay đổi hoặc không còn ở trạng thái cho phép thao tác "
    "này. Hãy tải lại trang để xem bản mới nhất.";
inline constexpr const char* kUnitAlreadyRegistered = "Đơn vị này đã có bản đăng ký trong đợt thi đua.";
inline constexpr const char* kPersonAlreadyRegistered = "Người này đã có bản đăng ký trong đợt thi đua.";

}  // namespace thidua::core::messages_vi
