// Use case: the office opens the year's annual review (bình xét thi đua,
// khen thưởng năm, issue 11 #3): a draft plan of kind "annual" issued by the
// agency, for the achievements of that year, the whole agency taking part,
// pre-filled from src/app/rules/annual_review.json and the rule sets in force
// that year: one award type per annual title or form of that file whose rule
// set is in force, naming it (AwardType::eligibility_code), with who decides
// it (the agency, or a proposal upward) and how the council votes. The draft
// then goes the way of every plan (edited, approved, published, started);
// each nomination shows its nominee judged by the title's rules
// (app/nominations.h); the decisions of the agency's own titles enter the
// register as the year's annual titles (app/decisions.h). The agency's header
// lines, symbol, place and signer are taken from its latest plan, if any.
#pragma once

#include <cstdint>
#include <optional>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/result.h"

namespace thidua::app {

// The draft plan of the review of `year` by the agency `unit_id`, not stored.
// kNotFound for a unit the actor does not see; kValidation on "year" (from
// kFirstEvaluationYear to this year) or when no rule set is in force that
// year ("year").
core::Result<core::Campaign> annual_review_plan(const Services& services, const core::Actor& actor, int64_t unit_id,
                                                int year);

// The agency whose review the actor opens when none is named: the highest
// unit on which they manage campaigns; nullopt when none (kForbidden then).
std::optional<int64_t> review_agency_of(const core::Actor& actor);

// Stores annual_review_plan() as a new draft (create_campaign: kManageCampaigns
// on the unit; audited). kConflict on "year" when the unit already has an
// annual plan for that year (two would each record the year's titles).
// Returns the campaign's id.
core::Result<int64_t> open_annual_review(const Services& services, const core::Actor& actor, int64_t unit_id, int year,
                                         const RequestMeta& meta);

}  // namespace thidua::app
