// Rules shared by the registration use cases (registrations.cc) and the
// registrations' import (import_registrations.cc). Internal to app/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/registration.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/db.h"
#include "store/registrations.h"

namespace thidua::app {

// Whether the campaign takes registrations today: published or running, and
// (for new registrations) not after its registration deadline. The error says
// why not.
core::Status accepting_registrations(store::Connection& conn, const Services& services,
                                     const core::CampaignSummary& c, bool new_registration = true);

// Appends a registration's change to the audit trail (before/after as registration_json).
core::Status audit_registration(store::Connection& conn, const Services& services, const core::Actor& actor,
                                const RequestMeta& meta, const char* action, int64_t id,
                                const std::optional<core::Registration>& before,
                                const std::optional<core::Registration>& after);

// The actor's user id, or null for the CLI operator (who has no account).
std::optional<int64_t> user_or_null(const core::Actor& actor);

}  // namespace thidua::app
