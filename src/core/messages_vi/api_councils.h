// The Vietnamese message catalogue: the councils' JSON API (UTF-8, NFC).
// Texts users see in the answers of /api/v1/councils...; the use cases'
// own messages (app/council.*) live in their area's catalogue.
#pragma once

#include <string>
#include <string_view>

#include "core/messages_vi/council.h"  // kWhatCouncil, kWhatCouncilMember

namespace thidua::core::messages_vi {

inline constexpr const char* kCouncilUnitRequired = "Hãy chọn đơn vị của Hội đồng.";

// A request member the endpoint does not take (strict JSON reading).
inline std::string unsupported_member(std::string_view member) {
  return "Yêu cầu có trường không được hỗ trợ: \"" + std::string(member) + "\".";
}

// A member that must be true or false.
inline std::string member_must_be_boolean(std::string_view member) {
  return "Trường \"" + std::string(member) + "\" phải là true hoặc false.";
}

}  // namespace thidua::core::messages_vi
