// The registrations of a campaign as an XLSX file for the office (issue 12):
// what list_registrations() shows the actor, with the same filter, every
// page of it.
#pragma once

#include <cstdint>
#include <string>

#include "app/context.h"
#include "app/registrations.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

// Writes one row per registration the actor sees in `campaign_id` (the
// office: all; a unit: its own and below; a person: their own), filtered by
// `filter`'s unit and state (its paging is ignored), in the list's order
// (newest first). Columns: STT, subject, unit, then the import template's
// columns (person id, name, birth date left empty, targets one per line as
// "[label] text", signature task, the initiatives' titles, contents and
// effects one initiative per line, "-" for an empty one, an entry's own
// line breaks as "; "), the
// collective's name, state and date submitted. A cell longer than Excel takes
// is cut with "…". Read 200 registrations a query by id (keyset), so memory
// does not grow with the count and rows added meanwhile shift nothing.
// Returns the rows written; errors as list_registrations() (kNotFound,
// kForbidden).
core::Result<int64_t> write_registrations_xlsx(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, RegistrationFilter filter,
                                               const std::string& path);

}  // namespace thidua::app
