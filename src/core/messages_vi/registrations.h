// The Vietnamese message catalogue: registrations (UTF-8, NFC). Texts users
// see about the registration of emulation targets and initiatives: states,
// subjects and the messages of the registration rules and use cases.
#pragma once

#include <string>
#include <string_view>

namespace thidua::core::messages_vi {

// States (registration.h).
inline constexpr const char* kRegistrationStateDraft = "Dự thảo";
inline constexpr const char* kRegistrationStateSubmitted = "Chờ duyệt";
inline constexpr const char* kRegistrationStateApproved = "Đã duyệt";
inline constexpr const char* kRegistrationStateReturned = "Bị trả lại";

// Subjects.
inline constexpr const char* kRegistrationSubjectCollective = "Tập thể";
inline constexpr const char* kRegistrationSubjectIndividual = "Cá nhân";

// Validation (registration.h).
inline constexpr const char* kRegistrationNoTarget = "Hãy ghi ít nhất một chỉ tiêu thi đua.";
inline constexpr const char* kRegistrationTooManyTargets = "Một bản đăng ký có tối đa 50 chỉ tiêu.";
inline constexpr const char* kRegistrationTooManyInitiatives = "Một bản đăng ký có tối đa 20 sáng kiến.";
inline constexpr const char* kRegistrationInvalidText = "Nội dung chứa ký tự không hợp lệ.";
inline constexpr const char* kRegistrationTextTooLong = "Mỗi nội dung dài tối đa 2000 ký tự.";
inline constexpr const char* kRegistrationLabelTooLong = "Số thứ tự nội dung thi đua dài tối đa 20 ký tự.";
inline constexpr const char* kRegistrationInitiativeTitle = "Mỗi sáng kiến phải có tên sáng kiến.";
inline constexpr const char* kRegistrationCollectiveInitiative =
    "Sáng kiến chỉ đăng ký cho cá nhân, không cho tập thể.";
inline constexpr const char* kRegistrationNoPerson = "Hãy chọn người đăng ký.";
inline constexpr const char* kRegistrationReasonEmpty = "Hãy ghi lý do trả lại.";
inline constexpr const char* kRegistrationReasonTooLong = "Lý do trả lại dài tối đa 1000 ký tự.";

}  // namespace thidua::core::messages_vi
