// The Vietnamese message catalogue: council (UTF-8, NFC). Texts users see
// about the emulation-and-commendation council, its sessions and ballots.
#pragma once

#include <string>
#include <string_view>

#include "core/messages_vi/org.h"

namespace thidua::core::messages_vi {

// Ballot kinds and vote bases (campaign_vote.h).
inline constexpr const char* kBallotSecret = "Bỏ phiếu kín";
inline constexpr const char* kBallotOpen = "Biểu quyết công khai";
inline constexpr const char* kVoteBasePresent = "Số thành viên có mặt";
inline constexpr const char* kVoteBaseTotal = "Tổng số thành viên";

// The legal basis of the default ballot rules.
inline constexpr const char* kCampaignAwardRuleCitation =
    "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP; "
    "quy chế hoạt động của Hội đồng Thi đua - Khen thưởng: quá nửa số thành viên có mặt đồng ý, "
    "phiên họp có ít nhất hai phần ba số thành viên";
inline constexpr const char* kGrassrootsFighterRuleCitation =
    "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP: danh hiệu "
    "“Chiến sĩ thi đua cơ sở” được từ 70% trở lên tổng số thành viên Hội đồng đồng ý (bỏ phiếu kín)";

// A ballot rule's threshold in words (core::ballot_threshold_text): "trên 1/2
// số thành viên có mặt", "từ 7/10 tổng số thành viên trở lên".
inline constexpr const char* kRuleAbove = "trên";
inline constexpr const char* kRuleFrom = "từ";
inline constexpr const char* kRuleOrMore = "trở lên";
inline constexpr const char* kRuleBasePresent = "số thành viên có mặt";
inline constexpr const char* kRuleBaseTotal = "tổng số thành viên";

// Council roles and session states (app/council.h, core/council_session.h).
inline constexpr const char* kCouncilRoleChair = "Chủ tịch Hội đồng";
inline constexpr const char* kCouncilRoleViceChair = "Phó Chủ tịch Hội đồng";
inline constexpr const char* kCouncilRoleSecretary = "Thư ký Hội đồng";
inline constexpr const char* kCouncilRoleMember = "Ủy viên";
inline constexpr const char* kSessionPlanned = "Chuẩn bị";
inline constexpr const char* kSessionVoting = "Đang bỏ phiếu";
inline constexpr const char* kSessionClosed = "Đã kết thúc";

// What was not found, and what the actor may not do (app/access.h).
inline constexpr const char* kWhatCouncilSession = "phiên họp";
inline constexpr const char* kWhatCouncil = "Hội đồng";
inline constexpr const char* kWhatCouncilMember = "thành viên";
inline constexpr const char* kActViewCouncilSession = "xem phiên họp của Hội đồng";
inline constexpr const char* kActViewCouncil = "xem Hội đồng thi đua – khen thưởng";
inline constexpr const char* kActCreateCouncil = "lập Hội đồng cho đơn vị này";
inline constexpr const char* kActAddCouncilMember = "thêm thành viên Hội đồng";
inline constexpr const char* kActChangeCouncilMember = "thay đổi thành viên Hội đồng";
inline constexpr const char* kActCreateSession = "lập phiên họp Hội đồng";
inline constexpr const char* kActTakeAttendance = "điểm danh phiên họp";
inline constexpr const char* kActOpenBallot = "mở bỏ phiếu";
inline constexpr const char* kActVoteNotMember = "bỏ phiếu: đồng chí không phải thành viên Hội đồng này";
inline constexpr const char* kActVoteNotPresent = "bỏ phiếu: đồng chí không có mặt tại phiên họp";
inline constexpr const char* kActCloseBallot = "kết thúc bỏ phiếu";

// Councils, sessions and ballots (app/council.h).
inline constexpr const char* kCouncilNameEmpty = "Hãy nhập tên Hội đồng.";
inline constexpr const char* kCouncilNameTooLong = "Tên Hội đồng quá dài (tối đa 300 ký tự).";
inline constexpr const char* kCouncilRoleMissing = "Hãy chọn vai trò trong Hội đồng.";
inline constexpr const char* kCouncilNoActiveAccount = "Không có tài khoản đang hoạt động với tên đăng nhập này.";
inline constexpr const char* kCouncilMemberInfoTooLong = "Thông tin quá dài.";
inline constexpr const char* kCouncilAlreadyMember = "Tài khoản này đã là thành viên Hội đồng.";
inline constexpr const char* kSessionNeedsRunningCampaign =
    "Chỉ lập phiên họp Hội đồng khi đợt thi đua đang diễn ra hoặc đã kết thúc.";
inline constexpr const char* kSessionCouncilOfIssuer = "Hãy chọn Hội đồng của cơ quan ban hành kế hoạch.";
inline constexpr const char* kSessionDateInvalid = "Ngày họp không hợp lệ (ví dụ 2023-10-05).";
inline constexpr const char* kSessionPlaceEmpty = "Hãy nhập địa điểm họp.";
inline constexpr const char* kSessionPlaceTooLong = "Địa điểm quá dài (tối đa 300 ký tự).";
inline constexpr const char* kSessionNotOnList = "Thành viên không thuộc Hội đồng này.";
inline constexpr const char* kAttendanceOnlyBeforeVoting = "Chỉ điểm danh khi phiên họp chưa mở bỏ phiếu.";
inline constexpr const char* kSessionAlreadyOpened = "Phiên họp đã mở bỏ phiếu hoặc đã kết thúc.";
inline constexpr const char* kBallotNoAcceptedNomination =
    "Chưa có đề nghị khen thưởng nào được chấp nhận để đưa ra bỏ phiếu.";
inline constexpr const char* kBallotNobodyPresent = "Chưa có thành viên Hội đồng nào được điểm danh có mặt.";
inline constexpr const char* kBallotNoChoice = "Hãy chọn đồng ý hoặc không đồng ý cho ít nhất một đề nghị.";
inline constexpr const char* kBallotClosed = "Phiên bỏ phiếu đã kết thúc.";
inline constexpr const char* kBallotNotOpen = "Phiên bỏ phiếu chưa mở.";
inline constexpr const char* kBallotItemNotInSession = "Đề nghị không thuộc phiên họp này.";
inline constexpr const char* kBallotOneVotePerItem = "Mỗi đề nghị chỉ được bỏ một phiếu.";
inline constexpr const char* kSessionNotVoting = "Phiên họp không ở trạng thái đang bỏ phiếu.";
inline std::string council_already_has(std::string_view role_label) {
  return "Hội đồng đã có " + std::string(role_label) + ".";
}
inline std::string ballot_quorum_not_met(int required_present, int total, int present) {
  return "Chưa đủ số thành viên dự họp để bỏ phiếu: cần ít nhất " + std::to_string(required_present) + " trên " +
         std::to_string(total) + " thành viên có mặt, hiện có " + std::to_string(present) + ".";
}

}  // namespace thidua::core::messages_vi
