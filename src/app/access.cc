#include "app/access.h"

namespace thidua::app {

core::Actor system_actor() {
  core::Actor a;
  a.username = "cli";
  a.display_name = "Quản trị (dòng lệnh)";
  a.system = true;
  return a;
}

bool permits(const core::Actor& actor, core::Action action, std::string_view unit_path) {
  return actor.system || core::can(actor, action, unit_path);
}

bool permits_somewhere(const core::Actor& actor, core::Action action) {
  return actor.system || core::can_somewhere(actor, action);
}

std::vector<std::string> scopes_for(const core::Actor& actor, core::Action action) {
  if (actor.system) return {"/"};
  return core::scopes(actor, action);
}

core::Error forbidden(std::string_view what) {
  std::string msg = "Bạn không có quyền thực hiện thao tác này";
  if (!what.empty()) msg += " (" + std::string(what) + ")";
  return core::make_error(core::errc::kForbidden, msg + ".");
}

core::Error not_found(std::string_view what) {
  return core::make_error(core::errc::kNotFound, "Không tìm thấy " + std::string(what) + ".");
}

}  // namespace thidua::app
