// Use cases for the end of a campaign (domain.md §3, steps 6–7): decisions
// (Quyết định) on awards of the campaign's own authority, proposals (Tờ trình)
// of higher awards and the higher authority's answer, each with its list of
// awardees taken from the nominations the council passed.
//
// Rights (on the campaign's issuing unit, after app::visible_campaign):
// kDraftDecisions drafts and records answers (the secretariat);
// kApproveDecisions approves and signs (the leader); these two and
// kTrackCampaigns read the pages and download the documents. Anyone else who
// sees the campaign gets kForbidden; who does not, kNotFound.
//
// Nomination states (the contract between packages): `passed` → `decided`
// (decision approved), `passed` → `proposed` (proposal approved), `proposed`
// → `granted` / `refused` (answer). Every granted award becomes an awards row
// (store/awards.h), all in the transaction that grants it, audited.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/quotas.h"
#include "core/authz.h"
#include "core/campaign.h"
#include "core/issued_document.h"
#include "core/own_records.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/decisions.h"

namespace thidua::app {

// An award type for which a decision or proposal can be drafted now.
struct DraftableAward {
  int64_t award_type_id = 0;
  std::string name;
  std::string granted_by;
  bool own_authority = true;
  int64_t passed = 0;  // passed nominations in no decision yet
};

struct DecisionsOverview {
  core::CampaignSummary campaign;
  std::vector<core::DecisionRecord> decisions;  // oldest first
  std::vector<DraftableAward> draftable;
  bool can_draft = false;
};
core::Result<DecisionsOverview> list_decisions(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id);

// What the office picks a shorter list from (a quota, a list drafted in
// parts): the passed nominations of `award_type_id` in no decision yet, in
// the draft's order (the first kDraftChoiceShown; `more` when there are
// others), and the quotas the award type is held to, counted over what the
// council passed (app/quotas.h count_decision_quotas). Needs kDraftDecisions
// on the issuing unit; kValidation for an award type not of the campaign.
inline constexpr size_t kDraftChoiceShown = 2000;
struct DraftChoice {
  int64_t award_type_id = 0;
  std::string award_name;
  std::vector<core::NomineeRow> candidates;
  bool more = false;
  std::vector<QuotaStatus> quotas;
};
core::Result<DraftChoice> draft_choice(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                       int64_t award_type_id);

// One decision or proposal with its list and what the actor may do.
struct DecisionView {
  core::CampaignSummary campaign;
  core::DecisionRecord decision;
  std::vector<core::NomineeRow> list;
  bool can_approve = false;  // a draft and the actor approves decisions, not their own
  // How the actor is involved in it (core/own_records.h): drafted it, or is on its list.
  core::Involvement own = core::Involvement::kNone;
  bool approval_left_to_others = false;  // a draft the actor would approve, but it is their own
  bool can_answer = false;   // an approved, unanswered proposal not sent through thidua, and the actor drafts
  // Sent to a receiving agency of the deployment (app/submissions.h): its id.
  std::optional<int64_t> submission_id;
  bool submission_withdrawn = false;  // the sender withdrew it: answered by hand again
  bool can_send = false;  // an approved, unanswered proposal not sent yet, and the actor drafts
  // Exported as a package to another deployment (app/exchange.h): it is then
  // not sent inside this one; exporting (again, or the next round) stays open.
  bool exported = false;
  bool can_export = false;
  bool can_discard = false;  // a draft and the actor drafts
  // The signed file when it was issued signed (app/document_signing.h).
  std::optional<core::IssuedDocument> issued;
};
core::Result<DecisionView> get_decision(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                        int64_t decision_id);

// Drafts a decision (own-authority award type) or a proposal (any other) for
// `award_type_id` of the campaign. The list is every passed nomination of that
// type in no decision yet, or only `nomination_ids` when given (each must be
// one of those: kValidation naming the first that is not). The list is
// ordered by nominating unit, then name. kValidation when the list is empty.
// An award type held to a quota (app/quotas.h) is counted over what the
// council passed, this list included: kQuotaExceeded with the figures, and
// nothing stored, when over; approve_decision counts again.
// Needs kDraftDecisions on the issuing unit. Audited. Returns the id.
core::Result<int64_t> draft_decision(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                     int64_t award_type_id, const std::optional<std::vector<int64_t>>& nomination_ids,
                                     const RequestMeta& meta);

// Approves a draft: the next number of the issuing agency's register for the
// year (doc type "QĐ" or "TTr") and today's date (Vietnam); nominations move
// to `decided` (and each gets an awards row with the next certificate number
// of the "GK" register) or to `proposed`. kConflict when not a draft any more.
// Needs kApproveDecisions. Audited. Once committed, the document is signed
// and stored (signed_decision_pdf); a signing failure leaves the approval
// standing, is written to the log, and the first download tries again.
core::Result<core::DecisionRecord> approve_decision(const Services& services, const core::Actor& actor,
                                                     int64_t campaign_id, int64_t decision_id,
                                                     const RequestMeta& meta);

// Discards a draft (a wrong list, a change of plan): its nominations are free
// to go into another draft. kConflict once approved. Needs kDraftDecisions.
// Audited ("decision.discard" / "proposal.discard").
core::Status discard_draft(const Services& services, const core::Actor& actor, int64_t campaign_id,
                           int64_t decision_id, const RequestMeta& meta);

// The higher authority's answer to an approved proposal: granted with its
// decision's number/symbol and date (ISO), or refused with a note. kValidation
// for missing fields, kConflict when not an approved unanswered proposal.
// Needs kDraftDecisions. Audited.
struct ProposalAnswer {
  bool granted = false;
  std::string number_symbol;  // "1234/QĐ-UBND"
  std::string date;           // ISO
  std::string note;
};
core::Status answer_proposal(const Services& services, const core::Actor& actor, int64_t campaign_id,
                             int64_t decision_id, const ProposalAnswer& answer, const RequestMeta& meta);

// The answer a receiving agency of the same deployment decided on an
// approved, unanswered proposal (app/submissions.h): the nominations of its
// list in `granted` move to granted, each with an awards row carrying the
// receiver's decision (`number_symbol`, `date`); the others to refused. The
// proposal's answer is granted when any was, else refused. kConflict when the
// proposal is not awaiting an answer. Runs in the caller's transaction and
// checks no rights (the receiver's decision is the authority); the caller
// audits.
core::Status record_receiver_answer(store::Connection& conn, int64_t campaign_id, int64_t decision_id,
                                    const std::set<int64_t>& granted, const std::string& number_symbol,
                                    const std::string& date, const std::string& note, std::optional<int64_t> by,
                                    const std::string& now);

// Writes the document of a decision the actor may read, as "pdf" or "docx".
// The PDF of an approved one is its signed file when there is signing
// material (app/document_signing.h): signed once, then the same bytes on
// every download; a draft or an unsigned one is drawn each time.
core::Status write_decision_file(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t decision_id, const std::string& format, const std::string& path,
                                 const RequestMeta& meta);

// An ASCII file name stem for the document: "quyet-dinh-12", "to-trinh-3",
// "quyet-dinh-du-thao-5" for a draft (id 5).
std::string decision_file_stem(const core::DecisionRecord& d);

}  // namespace thidua::app
