// The demo's signing material (app/document_signing.h): at `thidua demo`, the
// seed campaign's agency and its leader get certificates from a demo CA, a
// seal and a signature image, so that the demo's decisions are issued signed.
#pragma once

#include <cstdint>

#include "app/context.h"
#include "core/result.h"

namespace thidua::app {

// Makes the demo's material for campaign `campaign_id`'s issuing agency and
// the first account holding the leader role on it (ensure_demo_signing: kept
// when already there), named as the agency is today: its current name, and
// the seal and locality of the header in force now (the plan's typed lines
// when no header was recorded). kNotFound when the campaign or such an account is missing.
core::Status set_up_demo_signing(const Services& services, int64_t campaign_id);

}  // namespace thidua::app
