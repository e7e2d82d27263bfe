// The rule that nobody reviews their own case (issue 9 #1): no one approves,
// returns, accepts, answers or decides a record they entered or submitted
// themselves, or one that concerns them as a person. Someone else with the
// same power (a deputy, the level above) does it instead. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/authz.h"

namespace thidua::core {

// Who has a stake in a record: the accounts that entered or submitted it and
// the people it concerns (the registrant, the nominee, an award's recipients).
struct Stake {
  std::vector<std::optional<int64_t>> entered_by;  // user ids; nullopt entries are ignored
  std::vector<std::optional<int64_t>> people;      // person ids; nullopt entries are ignored
};

enum class Involvement {
  kNone,      // the actor may review it (if their role allows)
  kEntered,   // the actor's account entered or submitted it
  kConcerned  // it concerns the actor's own person
};

// How the actor is involved in a record with `stake`. The shell operator
// (Actor::system) is never involved; an actor without a person record is
// involved only through the accounts.
Involvement involvement(const Actor& actor, const Stake& stake);

}  // namespace thidua::core
