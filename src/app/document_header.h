// The header lines a campaign's document carries on its date (issue 14 #4):
// the governing body, the issuing body and the place in force then for the
// campaign's issuing unit (store::header_at: its own header, or, once it has
// been closed by a reorganisation, that of the unit carrying on its work).
// Without a recorded header the campaign keeps the lines typed on its plan.
#pragma once

#include <string>

#include "core/campaign.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// Overwrites c.governing_body, c.issuing_body and c.place with the header in
// force on ISO `date`, when the issuing unit has one then.
core::Status use_header_on(store::Connection& conn, core::Campaign& c, const std::string& date);

}  // namespace thidua::app
