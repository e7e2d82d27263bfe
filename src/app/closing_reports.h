// Use cases of a campaign's closing documents (app/closing_documents.h): the
// results notice and the closing summary report.
//
// They are issued when the campaign is finalised: in the finalising
// transaction each takes the next number of the issuing agency's register of
// its type for the year (TB, BC), dated today (store/campaign_reports.h; the
// results notice only when an award was given), and what it says is fixed
// then (the agency's name, the decisions it lists, the summary's figures:
// campaign_reports.content), so awards that come later change neither the
// signed file nor any later drawing of it; once committed, each is
// signed by the leader who approved the plan (its signature block's signer;
// for a plan stored as is, the leader who approved the latest decision) and
// by the agency (app/document_signing.h), and kept: every later download
// returns the same bytes. Before that, those who follow the campaign get
// drafts ("DỰ THẢO", no number).
//
// Who: the trackers of campaign_results (kTrackCampaigns, kDraftDecisions or
// kApproveDecisions on the issuing unit; kForbidden for others who see the
// campaign, kNotFound for those who do not). The issued results notice is
// also public with the campaign's results (public_results).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/campaign_report.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// Writes document `kind` of the campaign at `path` as "pdf" (the signed file
// once issued, else drawn) or "docx" (drawn; never signed). The results
// notice of a campaign without awards: kConflict.
core::Status write_closing_document(const Services& services, const core::Actor& actor, const RequestMeta& meta,
                                    int64_t campaign_id, core::CampaignReportKind kind, const std::string& format,
                                    const std::string& path);

// The issued results notice's PDF for the public: kNotFound unless the
// campaign's results are public and the notice has been issued.
core::Status write_public_results_notice(const Services& services, const RequestMeta& meta, int64_t campaign_id,
                                         const std::string& path);

// The closing documents issued for the campaign, for those who follow it
// (the rights of campaign_results: kForbidden for others who see the
// campaign, kNotFound for those who do not).
core::Result<std::vector<core::CampaignReport>> list_closing_documents(const Services& services,
                                                                     const core::Actor& actor, int64_t campaign_id);

// The closing documents issued for the campaign (their numbers and dates),
// results notice first; empty before it is finalised. No rights are checked:
// for pages that have checked their own (they link the documents).
core::Result<std::vector<core::CampaignReport>> issued_closing_documents(const Services& services,
                                                                       int64_t campaign_id);

// In the finalising transaction of campaign `c` (app/campaigns.h): numbers
// and dates the closing documents. `today` is the ISO date in Vietnam, `now`
// the instant.
// Audited as "campaign.issue_results" / "campaign.issue_summary" with the
// number and date.
core::Status issue_closing_documents(store::Connection& conn, const Services& services, const core::Actor& actor,
                                     const RequestMeta& meta, const core::Campaign& c, const std::string& today,
                                     const std::string& now);

// For a campaign finalised before it had these documents (or whose first
// award came after its finalisation): issues those not issued yet, as
// finalising does, then signs them. The roles that finalise
// (core::may_move_campaign; kForbidden otherwise), kConflict (field "state")
// unless finalised. Returns how many were issued (0: nothing was pending).
core::Result<int> issue_pending_closing_documents(const Services& services, const core::Actor& actor,
                                                  const RequestMeta& meta, int64_t campaign_id);

// After the finalisation committed: signs the issued documents (a signing
// that fails is logged; the first download tries again).
void sign_closing_documents(const Services& services, const core::Actor& actor, const RequestMeta& meta,
                            int64_t campaign_id);

}  // namespace thidua::app
