// The Vietnamese message catalogue: unit work (UTF-8, NFC). Texts users see
// about the units' implementation plans, progress reports, evidence and
// difficulties.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Progress statuses (unit_work.h).
inline constexpr const char* kProgressNotStarted = "Chưa thực hiện";
inline constexpr const char* kProgressInProgress = "Đang thực hiện";
inline constexpr const char* kProgressDone = "Hoàn thành";

// Progress rules.
inline constexpr const char* kProgressPercentRange = "Tỷ lệ hoàn thành phải từ 0 đến 100 (%).";
inline constexpr const char* kProgressNotStartedPercent = "Chỉ tiêu chưa thực hiện thì tỷ lệ hoàn thành là 0%.";
inline constexpr const char* kProgressDonePercent = "Chỉ tiêu đã hoàn thành thì tỷ lệ hoàn thành là 100%.";

}  // namespace thidua::core::messages_vi
