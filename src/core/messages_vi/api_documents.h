// The Vietnamese message catalogue: documents and files through the API
// (UTF-8, NFC). Texts users see in the errors of the /api/v1 downloads (minutes,
// decisions, dossiers, certificates, stored files), the closing summary and the
// public results: what a 404 says was not found.
#pragma once

namespace thidua::core::messages_vi {

// What was not found (the argument of app::not_found).
inline constexpr const char* kApiDocWhatCampaign = "đợt thi đua";
inline constexpr const char* kApiDocWhatSession = "phiên họp";
inline constexpr const char* kApiDocWhatDecision = "quyết định";
inline constexpr const char* kApiDocWhatAward = "khen thưởng";
inline constexpr const char* kApiDocWhatPlanFile = "tệp kế hoạch";
inline constexpr const char* kApiDocWhatEvidence = "minh chứng";
inline constexpr const char* kApiDocWhatReportFile = "tệp báo cáo thành tích";
inline constexpr const char* kApiDocWhatResults = "kết quả khen thưởng";

}  // namespace thidua::core::messages_vi
