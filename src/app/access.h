// Authorisation as the use cases apply it: core::can() for people acting
// through the web or API, everything for the trusted shell operator (CLI).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/authz.h"
#include "core/own_records.h"
#include "core/result.h"

namespace thidua::app {

// The actor for CLI subcommands run on the server by its operator.
core::Actor system_actor();

bool permits(const core::Actor& actor, core::Action action, std::string_view unit_path);
// The account acting, as recorded on rows (by, approved_by...): none for the
// shell's operator.
std::optional<int64_t> acting_user(const core::Actor& actor);
bool permits_somewhere(const core::Actor& actor, core::Action action);
// Of the units the actor holds a grant on, the highest (fewest levels from
// its root; the first granted on a tie) for which `holds(unit_path)` is true;
// nullopt when none.
std::optional<int64_t> highest_granted_unit(const core::Actor& actor,
                                            const std::function<bool(const std::string& unit_path)>& holds);
// Unit-path prefixes under which the actor may act; {"/"} means everywhere.
std::vector<std::string> scopes_for(const core::Actor& actor, core::Action action);

// The standard refusal (kForbidden) in Vietnamese.
core::Error forbidden(std::string_view what = {});
core::Error not_found(std::string_view what);
// A value that breaks a rule (kValidation) in `field`.
core::Error invalid_field(std::string message, std::string field);

// The refusal (kOwnRecord) of a review the actor is involved in (never kNone);
// `what` names the action ("duyệt bản đăng ký này").
core::Error own_record(core::Involvement how, std::string_view what);

}  // namespace thidua::app
