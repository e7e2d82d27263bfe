// The fairness figures (core/fairness.h, app/fairness.h): group and table
// names, the page's and the spreadsheet's words.
#pragma once

#include <string>

namespace thidua::core::messages_vi {

// Words that make a position (chức vụ) a leading or managing post, in lower
// case with their tones ("trưởng", not "trường"), matched as whole words.
inline constexpr const char* kFairLeaderWords[] = {"giám đốc", "trưởng", "chánh", "chủ tịch",
                                                   "bí thư", "chủ nhiệm", "tổng biên tập"};

inline constexpr const char* kFairLeader = "Lãnh đạo, quản lý";
inline constexpr const char* kFairStaff = "Công chức, viên chức không giữ chức vụ lãnh đạo";
inline constexpr const char* kFairWorker = "Người lao động";
inline constexpr const char* kFairGenderUnspecified = "Chưa ghi giới tính";
inline constexpr const char* kFairKindUnknown = "Loại khác";
// "Cấp 1 (cơ quan)", "Cấp 3".
inline std::string fair_level(int level) {
  return "Cấp " + std::to_string(level) + (level == 1 ? " (cơ quan)" : "");
}

// Tables: captions by dimension and basis.
inline constexpr const char* kFairByPosition = "Khen thưởng cá nhân theo vị trí công tác";
inline constexpr const char* kFairByGender = "Khen thưởng cá nhân theo giới tính";
inline constexpr const char* kFairPeopleByKind = "Khen thưởng cá nhân theo loại đơn vị công tác";
inline constexpr const char* kFairPeopleByLevel = "Khen thưởng cá nhân theo cấp đơn vị công tác";
inline constexpr const char* kFairUnitsByKind = "Khen thưởng tập thể theo loại đơn vị";
inline constexpr const char* kFairUnitsByLevel = "Khen thưởng tập thể theo cấp đơn vị";

// Columns (page, XLSX).
inline constexpr const char* kFairColGroup = "Nhóm";
inline constexpr const char* kFairColAwards = "Số khen thưởng";
inline constexpr const char* kFairColAwardShare = "Tỷ lệ trong khen thưởng";
inline constexpr const char* kFairColPeople = "Số người hiện có";
inline constexpr const char* kFairColUnits = "Số đơn vị hiện có";
inline constexpr const char* kFairColBaseShare = "Tỷ lệ trong tổng số";
inline constexpr const char* kFairColBase = "Số người / đơn vị hiện có";
inline constexpr const char* kFairColGap = "Chênh lệch (điểm %)";
inline constexpr const char* kFairColTable = "Bảng";
inline constexpr const char* kFairTotal = "Tổng cộng";
inline constexpr const char* kFairSheet = "Cơ cấu khen thưởng";
inline constexpr const char* kFairSeriesAwards = "Tỷ lệ trong khen thưởng";
inline constexpr const char* kFairSeriesPeople = "Tỷ lệ trong số người";
inline constexpr const char* kFairSeriesUnits = "Tỷ lệ trong số đơn vị";

// What the figures cover.
inline std::string fair_scope_campaign(const std::string& title, const std::string& agency) {
  return "Khen thưởng của đợt “" + title + "”, trong " + agency + ".";
}
inline std::string fair_scope_years(int from, int to, const std::string& agency) {
  return (from == to ? "Khen thưởng năm " + std::to_string(from)
                     : "Khen thưởng các năm " + std::to_string(from) + "–" + std::to_string(to)) +
         " (cả khen thưởng đã ghi nhận từ trước), trong " + agency + ".";
}
inline constexpr const char* kFairWhatBaseIs =
    "Số người và số đơn vị là hiện có hôm nay (hệ thống không lưu số người của các năm trước). Vị trí, giới tính, "
    "đơn vị là của người được khen thưởng hiện nay.";
inline constexpr const char* kFairYearsInvalid = "Khoảng năm không hợp lệ (từ năm phải trước đến năm, tối đa 50 năm).";
inline constexpr const char* kActViewFairness = "xem cơ cấu khen thưởng";
inline constexpr const char* kPageTitleFairness = "Cơ cấu khen thưởng";
inline constexpr const char* kWhatCampaignForFairness = "đợt thi đua";

}  // namespace thidua::core::messages_vi
