// The campaign plan's form (campaign_edit_pages.cc): one form holds the whole
// plan (header, cited documents, purposes, participants, numbered contents,
// period and deadlines, award types with their vote rule, criteria with the
// facts that verify them, tasks, recipients, signer). Repeated parts are rows
// of same-named fields, read back in order; a row left wholly blank is
// dropped, and two blank rows are offered for additions. The plan's headings
// are kept as they are (the API edits them).
#pragma once

#include <boost/json/object.hpp>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/result.h"
#include "web/guard.h"

namespace thidua::web {

// The plan `c` with what the posted form holds put over it.
core::Campaign plan_from_form(const Ctx& ctx, core::Campaign c);

// The form's template data for plan `c`: its values, the rows (with blank
// ones to add), the option lists, and the units the actor may issue for or
// target ("issuer_pick", "targets_pick": web/ui/unit_choice.h; codes typed
// in a form sent back are shown again).
boost::json::object plan_form_data(const app::Services& s, const Ctx& ctx, const core::Campaign& c);

// Turns the unit codes a large tree's form asks for (the issuing unit, the
// target units) into the ids plan_from_form reads; the error to show on the
// form otherwise (web/ui/unit_choice.h).
core::Status take_plan_unit_codes(const app::Services& s, Ctx& ctx);

}  // namespace thidua::web
