// The Vietnamese message catalogue: documents (UTF-8, NFC). The fixed phrases
// of the administrative documents (Decree 30/2020) built in core and app: the
// plan, the decision, the minutes, the number and date lines.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// Number and date lines (document_lines.h).
inline constexpr const char* kDocNumberPrefix = "Số: ";
inline constexpr const char* kDateDay = "ngày";
inline constexpr const char* kDateMonth = "tháng";
inline constexpr const char* kDateYear = "năm ";

// The plan: document type and the standard section headings of a blank plan.
inline constexpr const char* kPlanDocumentType = "KẾ HOẠCH";
inline constexpr const char* kPlanHeadingPurposes = "I. MỤC ĐÍCH, YÊU CẦU";
inline constexpr const char* kPlanHeadingParticipantsAndContents = "II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA";
inline constexpr const char* kPlanHeadingParticipants = "1. Đối tượng";
inline constexpr const char* kPlanHeadingContents = "2. Nội dung thi đua";
inline constexpr const char* kPlanHeadingPeriodAndAwards = "III. THỜI GIAN THI ĐUA, HÌNH THỨC KHEN THƯỞNG";
inline constexpr const char* kPlanHeadingPeriod = "1. Thời gian thi đua:";
inline constexpr const char* kPlanHeadingAwards = "2. Hình thức khen thưởng";
inline constexpr const char* kPlanHeadingCriteria = "IV. TIÊU CHÍ THI ĐUA";
inline constexpr const char* kPlanHeadingCollectiveCriteria = "1. Đối với tập thể";
inline constexpr const char* kPlanHeadingIndividualCriteria = "2. Đối với cá nhân";
inline constexpr const char* kPlanHeadingImplementation = "V. TỔ CHỨC THỰC HIỆN";

}  // namespace thidua::core::messages_vi
