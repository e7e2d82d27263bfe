// The header lines a campaign's document carries on its date (issue 14 #4):
// the governing body, the issuing body and the place in force then for the
// campaign's issuing unit (store::header_at: its own header, or, once it has
// been closed by a reorganisation, that of the unit carrying on its work).
// Without a recorded header the campaign keeps the lines typed on its plan.
// The same for the abbreviation of the agency's name in the symbols of the
// documents issued under the plan (decisions, proposals, certificates,
// closing documents): "QĐ-SNNMT" after a rename, though the plan of 2023
// reads, and is cited as, "KH-STNMT".
#pragma once

#include <string>

#include "core/campaign.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// Overwrites c.governing_body, c.issuing_body and c.place with the header in
// force on ISO `date`, when the issuing unit has one then (c.doc_symbol stays:
// the plan is cited under the symbol it was issued with).
core::Status use_header_on(store::Connection& conn, core::Campaign& c, const std::string& date);

// Who issues the documents of `c` on ISO `date` (a decision, a proposal, the
// closing documents), whose registers number them and whose signing material
// signs them, and the abbreviation of the agency's name in their symbols:
// when the header in force then names an abbreviation ("SNNMT" of
// "QĐ-SNNMT"), that and store::issuer_at (the issuing unit, or the agency it
// was merged into); else the plan's own unit and agency_symbol(c.doc_symbol)
// (one register per symbol: no number given twice).
struct Issuer {
  int64_t unit_id = 0;
  std::string symbol;
};
core::Result<Issuer> issuer_on(store::Connection& conn, const core::Campaign& c, const std::string& date);

// The agency part of c.doc_symbol ("STNMT" of "KH-STNMT"; the whole symbol
// when it has no "-").
std::string agency_symbol(const std::string& plan_symbol);

}  // namespace thidua::app
