// The Vietnamese message catalogue: council (UTF-8, NFC). Texts users see
// about the emulation-and-commendation council, its sessions and ballots.
#pragma once

#include <string>
#include <string_view>

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

}  // namespace thidua::core::messages_vi
