#include "app/access.h"

#include <algorithm>

#include "core/messages_vi/access.h"

namespace thidua::app {

core::Actor system_actor() {
  core::Actor a;
  a.username = "cli";
  a.display_name = core::messages_vi::kSystemActorName;
  a.system = true;
  return a;
}

std::optional<int64_t> acting_user(const core::Actor& actor) {
  return actor.user_id ? std::optional<int64_t>(actor.user_id) : std::nullopt;
}

bool permits(const core::Actor& actor, core::Action action, std::string_view unit_path) {
  return actor.system || core::can(actor, action, unit_path);
}

std::optional<int64_t> highest_granted_unit(const core::Actor& actor,
                                            const std::function<bool(const std::string& unit_path)>& holds) {
  std::optional<int64_t> out;
  size_t depth = 0;
  for (const auto& g : actor.grants) {
    if (!holds(g.unit_path)) continue;
    const size_t d = static_cast<size_t>(std::count(g.unit_path.begin(), g.unit_path.end(), '/'));
    if (!out || d < depth) out = g.unit_id, depth = d;
  }
  return out;
}

bool permits_somewhere(const core::Actor& actor, core::Action action) {
  return actor.system || core::can_somewhere(actor, action);
}

std::vector<std::string> scopes_for(const core::Actor& actor, core::Action action) {
  if (actor.system) return {"/"};
  return core::scopes(actor, action);
}

core::Error forbidden(std::string_view what) {
  return core::make_error(core::errc::kForbidden, core::messages_vi::forbidden_action(what));
}

core::Error own_record(core::Involvement how, std::string_view what) {
  return core::make_error(core::errc::kOwnRecord, how == core::Involvement::kConcerned
                                                      ? core::messages_vi::own_record_concerned(what)
                                                      : core::messages_vi::own_record_entered(what));
}

core::Error invalid_field(std::string message, std::string field) {
  return core::make_error(core::errc::kValidation, std::move(message), std::move(field));
}

core::Error not_found(std::string_view what) {
  return core::make_error(core::errc::kNotFound, core::messages_vi::not_found(what));
}

}  // namespace thidua::app
