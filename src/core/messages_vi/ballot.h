// The Vietnamese message catalogue: the encrypted secret ballot (UTF-8, NFC).
// The counting committee, shares, recusals, trackers and the published
// record's verification (app/council.h, core/ballot_record.h, store/ballot.h).
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Session states beyond council.h's.
inline constexpr const char* kSessionKeying = "Ban kiểm phiếu đang nhận mã";

// Opening: the committee (Ban kiểm phiếu).
inline constexpr const char* kCommitteeSize = "Hãy chọn 2 hoặc 3 thành viên có mặt vào Ban kiểm phiếu.";
inline constexpr const char* kCommitteeNotPresent = "Thành viên Ban kiểm phiếu phải là thành viên có mặt tại phiên họp.";
inline constexpr const char* kSessionNotKeying = "Phiên họp không ở bước Ban kiểm phiếu nhận mã.";
inline constexpr const char* kShareAlreadyDrawn =
    "Đồng chí đã nhận mã kiểm phiếu. Mã chỉ hiển thị một lần; nếu đã mất mã, Thường trực Hội đồng chọn lại Ban kiểm phiếu.";
inline constexpr const char* kActDrawShare = "nhận mã kiểm phiếu: đồng chí không thuộc Ban kiểm phiếu của phiên họp này";
inline constexpr const char* kActCancelKeying = "chọn lại Ban kiểm phiếu";
inline constexpr const char* kActDeclareRecusal = "đánh dấu thành viên không bỏ phiếu";
inline constexpr const char* kSessionReopenedAfterUpgrade =
    "Phiên bỏ phiếu này đang mở khi hệ thống được nâng cấp lên cách bỏ phiếu kín có mã hoá. Các phiếu đã bỏ theo "
    "cách cũ không thể chuyển sang nên đã bị huỷ; đề nghị Thường trực Hội đồng mở lại bỏ phiếu và các thành viên "
    "bỏ phiếu lại.";

// Recusals.
inline constexpr const char* kRecusalReasonEmpty = "Hãy ghi lý do thành viên không bỏ phiếu cho đề nghị này.";
inline constexpr const char* kRecusalReasonTooLong = "Lý do quá dài (tối đa 300 ký tự).";
inline constexpr const char* kRecusalOnlyBeforeVoting =
    "Chỉ đánh dấu thành viên không bỏ phiếu khi phiên họp chưa bắt đầu bỏ phiếu.";
inline constexpr const char* kRecusalNominee = "Là người được đề nghị khen thưởng";
inline constexpr const char* kBallotRecused = "Đồng chí không bỏ phiếu cho đề nghị này (có xung đột lợi ích hoặc là người được đề nghị).";

// Closing with the shares.
inline constexpr const char* kClosingNeedsShares = "Hãy nhập mã kiểm phiếu của các thành viên Ban kiểm phiếu.";
inline std::string share_missing(std::string_view names) {
  return "Còn thiếu mã kiểm phiếu của: " + std::string(names) + ". Chưa giải mã phiếu nào; phiên vẫn đang bỏ phiếu.";
}
inline std::string share_malformed(std::string_view name) {
  return "Mã kiểm phiếu của đồng chí " + std::string(name) +
         " không đúng (có thể gõ nhầm): mã gồm 32 ký tự chữ và số. Chưa giải mã phiếu nào; phiên vẫn đang bỏ phiếu.";
}
inline std::string share_wrong(std::string_view name) {
  return "Mã kiểm phiếu của đồng chí " + std::string(name) +
         " không khớp với mã đã phát. Chưa giải mã phiếu nào; phiên vẫn đang bỏ phiếu.";
}
inline constexpr const char* kTotalsOutOfRange = "Không giải mã được kết quả: dữ liệu phiếu không nhất quán.";

// Storage hygiene after the close (store/ballot.h).
inline constexpr const char* kWalStillBusy =
    "Chưa dọn được nhật ký ghi (WAL) của cơ sở dữ liệu sau khi kiểm phiếu vì còn kết nối đang đọc.";

// Verification of a published record (core/ballot_record.h).
inline constexpr const char* kRecordNotClosed = "Phiên họp chưa kết thúc bỏ phiếu: chưa có kết quả để kiểm chứng.";
inline constexpr const char* kRecordNothingToVerify =
    "Phiên họp này kết thúc trước khi có bỏ phiếu mã hoá: không có phiếu công bố nào để kiểm chứng.";
inline constexpr const char* kRecordNoKey = "Phiên họp này không có khóa bỏ phiếu (kết thúc trước khi có bỏ phiếu mã hoá).";
inline constexpr const char* kRecordBadKey = "Khóa công khai của phiên bỏ phiếu bị hỏng.";
inline std::string record_ballot_damaged(std::string_view tracker) {
  return "Phiếu " + std::string(tracker) + " bị hỏng (không đọc được).";
}
inline std::string record_tracker_mismatch(std::string_view tracker) {
  return "Mã theo dõi " + std::string(tracker) + " không khớp với nội dung phiếu.";
}
inline std::string record_validity_mismatch(std::string_view tracker) {
  return "Phiếu " + std::string(tracker) + " được ghi hợp lệ/không hợp lệ trái với kết quả kiểm tra chứng minh.";
}
inline std::string record_unknown_item(std::string_view tracker) {
  return "Phiếu " + std::string(tracker) + " không thuộc đề nghị nào của phiên họp.";
}
inline std::string record_decryption_failed(int ord, std::string_view option) {
  return "Đề nghị số " + std::to_string(ord) + ": kết quả \"" + std::string(option) +
         "\" không khớp với các phiếu đã công bố (chứng minh giải mã không đúng).";
}
inline std::string record_invalid_count(int ord) {
  return "Đề nghị số " + std::to_string(ord) + ": số phiếu không hợp lệ không khớp với các phiếu đã công bố.";
}
inline constexpr const char* kOptionAgree = "đồng ý";
inline constexpr const char* kOptionDisagree = "không đồng ý";

}  // namespace thidua::core::messages_vi
