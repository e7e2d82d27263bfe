// In-app notifications (reminders to late units and the like). Value type only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace thidua::core {

struct Notification {
  int64_t id = 0;
  int64_t user_id = 0;
  std::optional<int64_t> campaign_id;
  std::string kind;     // "reminder", ...
  std::string message;  // Vietnamese
  std::string link;     // a site path, may be ""
  std::string created_at;
  std::optional<std::string> read_at;
};

}  // namespace thidua::core
