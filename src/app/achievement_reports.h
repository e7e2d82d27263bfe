// Use cases for the achievement report a nominating unit downloads pre-filled
// (app/achievement_report_document.h), edits, and uploads with its
// nomination (app/nominations.h): one form per subject, chosen by the
// campaign's kind (an annual review: the individual's or the collective's
// report; any other campaign: the campaign-based report).
//
// Who: for a nomination, exactly those who see it (app/nominations.h); before
// one exists, whoever may nominate the subject, by the rule nominations use:
// kSubmitUnitWork on a participating unit containing the person's current
// unit, or the collective (which takes part itself). Reading only; nothing is
// stored.
#pragma once

#include <cstdint>
#include <optional>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/result.h"
#include "docs/document.h"

namespace thidua::app {

// The report for nomination `nomination_id` of the campaign: its nominee and
// award type. kNotFound when the actor does not see it.
core::Result<docs::AdministrativeDocument> nomination_achievement_report(const Services& services,
                                                                         const core::Actor& actor,
                                                                         int64_t campaign_id, int64_t nomination_id);

// The report for a subject the actor may nominate, before the nomination.
struct AchievementReportRequest {
  std::optional<int64_t> award_type_id;
  core::CriterionSubject subject = core::CriterionSubject::kIndividual;
  std::optional<int64_t> person_id;        // an individual
  std::optional<int64_t> nominee_unit_id;  // a collective
};
// kNotFound (campaign not visible), kValidation naming the field (award type
// not of the campaign, no person or unit given, unknown or outside every
// participating unit), kForbidden (the actor may not nominate for it).
core::Result<docs::AdministrativeDocument> achievement_report_template(const Services& services,
                                                                       const core::Actor& actor, int64_t campaign_id,
                                                                       const AchievementReportRequest& request);

}  // namespace thidua::app
