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
#include "docs/certificate_blank_pdf.h"
#include "docs/certificate_pdf.h"
#include "store/awards.h"
#include "store/decisions.h"

namespace thidua::app {

// The certificate's text for an award of decision `d` of campaign `c`. Pure.
docs::Certificate certificate_for(const core::Campaign& c, const core::DecisionRecord& d,
                                  const core::AwardRecord& a);

// The certificate of award `award_id` if the actor may see the award (see
// awards.h; else kNotFound). kConflict for an award without a certificate
// (higher authorities print their own). This is the electronic certificate:
// signed, when the issuing agency and the leader who approved the decision
// have signing material (app/document_signing.h), by the signer and the
// agency when it is first downloaded, and the same bytes from then on.
core::Status write_award_certificate(const Services& services, const core::Actor& actor, int64_t award_id,
                                     const std::string& path, const RequestMeta& meta);

// Every certificate of an approved decision the actor may read (decisions.h),
// for printing on paper (signed and stamped by hand): not signed digitally.
core::Status write_decision_certificates(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                         int64_t decision_id, const std::string& path);

// A certificate's texts as a blank's fields (docs/certificate_blank_pdf.h):
// the recipient, the detail, the reason, the decision and register lines, the
// place and date, the signer's name. Pure.
docs::BlankTexts blank_texts_of(const docs::Certificate& c);

// Every certificate of an approved decision the actor may read, printed on
// blank `blank_id` (one the actor sees, app/certificate_blanks.h) in one PDF.
core::Status write_decision_certificates_on_blank(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, int64_t decision_id, int64_t blank_id,
                                                  const std::string& path);

}  // namespace thidua::app
