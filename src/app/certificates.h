// Certificates of merit (Giấy khen) of approved own-authority decisions,
// printed as PDF through docs/certificate_pdf.h: one award, or every award of
// a decision, one page each.
#pragma once

#include <cstdint>
#include <string>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/result.h"
#include "docs/certificate_pdf.h"
#include "store/awards.h"
#include "store/decisions.h"

namespace thidua::app {

// The certificate's text for an award of decision `d` of campaign `c`. Pure.
docs::Certificate certificate_for(const core::Campaign& c, const core::DecisionRecord& d,
                                  const core::AwardRecord& a);

// The certificate of award `award_id` if the actor may see the award (see
// awards.h; else kNotFound). kConflict for an award without a certificate
// (higher authorities print their own).
core::Status write_award_certificate(const Services& services, const core::Actor& actor, int64_t award_id,
                                     const std::string& path);

// Every certificate of an approved decision the actor may read (decisions.h).
core::Status write_decision_certificates(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                         int64_t decision_id, const std::string& path);

}  // namespace thidua::app
