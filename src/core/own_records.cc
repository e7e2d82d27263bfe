#include "core/own_records.h"

namespace thidua::core {

Involvement involvement(const Actor& actor, const Stake& stake) {
  if (actor.system) return Involvement::kNone;
  if (actor.user_id != 0) {
    for (const auto& u : stake.entered_by) {
      if (u && *u == actor.user_id) return Involvement::kEntered;
    }
  }
  if (actor.person_id) {
    for (const auto& p : stake.people) {
      if (p && *p == *actor.person_id) return Involvement::kConcerned;
    }
  }
  return Involvement::kNone;
}

}  // namespace thidua::core
