// Use cases of proposals sent upward inside one deployment (issue 14 #2,
// core/submission.h): the sender's office sends an approved proposal to a
// receiving agency (the province's TĐKT body) and resends it after a return;
// the receiver's office receives it with a number of its incoming register,
// assigns a specialist, appraises each nominee by the award type's rules,
// returns it with a reason or records its council's conclusion; the
// receiver's leader issues the decision with the number of the receiver's
// register, and the sender's nominations are granted or refused with awards
// rows in the sender's register and each person's history.
//
// Who sees what (the one scoping rule of core/authz.h, on two units):
// - the receiving side acts on the receiver's unit: kDraftDecisions for the
//   office's steps, kApproveDecisions for the decision; both read;
// - the sending side reads on the campaign's issuing unit (kDraftDecisions,
//   kApproveDecisions or kTrackCampaigns) and sends with kDraftDecisions;
// - anyone else gets kNotFound. The receiver reads only what was sent: the
//   list copied when sent and the dossier of each round, never the sender's
//   campaign.
// Every step is one transaction with an event (the processing history) and
// an audit entry ("submission.<step>"). A step whose state does not allow it
// gives kConflict (field "state") and changes nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/unit_work_access.h"
#include "core/authz.h"
#include "core/result.h"
#include "core/submission.h"
#include "store/submissions.h"

namespace thidua::app {

// The receiving agencies a proposal may be sent to (any logged-in account).
core::Result<std::vector<core::ReceivingAgency>> list_receiving_agencies(const Services& services);

// Names the unit `unit_id` a receiving agency (a top unit, or a unit such as
// the Ban Thi đua – Khen thưởng inside the Sở Nội vụ: its staff's grants cover
// it) with the symbol and authority of its decisions, or changes them. Every
// agency of the deployment may then send to it: needs kEditOrg on every
// agency (core::can_everywhere; the deployment's administrator or the
// shell). kValidation for a closed unit or settings core::check_receiving_agency
// refuses (each line tidied to one NFC line). Audited ("receiving_agency.put").
// True when the actor may name receiving agencies (kEditOrg on every agency).
bool may_name_receiving_agencies(const core::Actor& actor);
core::Status set_receiving_agency(const Services& services, const core::Actor& actor, int64_t unit_id,
                                  core::ReceivingSettings settings, const RequestMeta& meta);

// Sends the approved, unanswered proposal `decision_id` of the campaign to
// the receiving agency `receiver_unit_id` with a note: the list is copied, the
// dossier (app/dossier.h) stored as round 1. kConflict when it is not such a
// proposal or was sent already (checked before the dossier is drawn, and again
// under the proposal's lock); kValidation ("receiver_id") for a unit that is
// not an open receiving agency or is the sender's own agency. Needs
// kDraftDecisions on the campaign's issuing unit. Returns the submission id.
core::Result<int64_t> send_proposal(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                    int64_t decision_id, int64_t receiver_unit_id, const std::string& note,
                                    const RequestMeta& meta);

// Sends a returned submission again after correction: a new round with the
// dossier drawn now (the corrected records) and the note. Same rights.
core::Status resend_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& note, std::optional<int64_t> expected_version,
                               const RequestMeta& meta);

// The sender withdraws a sent or returned submission with a reason (a
// proposal it cannot complete): final, the proposal is not sent again; its
// answer may then be recorded by hand. kDraftDecisions on the campaign's issuing unit.
core::Status withdraw_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                                 const std::string& reason, std::optional<int64_t> expected_version,
                                 const RequestMeta& meta);

// One submission as the actor may see it.
struct SubmissionView {
  core::SubmissionRecord record;
  std::vector<core::SubmissionItem> items;
  std::vector<core::SubmissionRound> rounds;
  std::vector<core::SubmissionEvent> events;
  bool receiving_side = false;  // the actor reads it as the receiver
  bool sending_side = false;    // the actor reads it as the sender
  bool can_receive = false, can_assign = false, can_appraise = false, can_return = false, can_review = false;
  bool can_decide = false, can_resend = false, can_withdraw = false;
  std::vector<core::Processor> specialists;  // who may be assigned (when can_assign)
  std::string authority;                      // the receiver's deciding authority
};
core::Result<SubmissionView> get_submission(const Services& services, const core::Actor& actor,
                                            int64_t submission_id);

// The receiving queue: the submissions of every receiving agency where the
// actor processes (kDraftDecisions or kApproveDecisions), newest first,
// `page_size` (1..100) a page, keyset by id.
struct QueueFilter {
  std::optional<core::SubmissionState> state;
  bool mine = false;  // assigned to the actor
  std::optional<int64_t> before_id;
  int page_size = 50;
};
struct SubmissionQueue {
  std::vector<core::SubmissionRecord> rows;
  std::vector<std::pair<core::SubmissionState, int64_t>> counts;
  std::optional<int64_t> next_before;  // the next page's key, when there is one
  QueueFilter filter;
};
// kForbidden when the actor processes for no receiving agency.
core::Result<SubmissionQueue> submission_queue(const Services& services, const core::Actor& actor,
                                               const QueueFilter& filter);
// True when the actor processes for some receiving agency (the menu).
bool processes_submissions(const Services& services, const core::Actor& actor);

// The receiver's steps. kNotFound unless the actor is on the receiving side;
// kForbidden without the right named above. Each (and the resend) takes the
// version the caller read, when it has one: kConflict (field "version") when
// the submission changed since.
core::Status receive_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                                std::optional<int64_t> expected_version, const RequestMeta& meta);
// The specialist: an enabled account whose role there lets it process the
// receiving unit's submissions (a grant on the unit or one above it).
core::Status assign_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               int64_t assignee_id, std::optional<int64_t> expected_version,
                               const RequestMeta& meta);
// Judges each nominee by the award type's rule set in force in the year of
// achievement (app/eligibility.h judge_nominee), before the step's
// transaction, and keeps only each verdict and what the first rule not met
// asks, with the specialist's note: the records a rule found wanting
// (measures, absences, members' names) are the sender's and are not copied.
core::Status appraise_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                                 const std::string& note, std::optional<int64_t> expected_version,
                                 const RequestMeta& meta);
core::Status return_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& reason, std::optional<int64_t> expected_version,
                               const RequestMeta& meta);
// The council's conclusion: its meeting date (ISO, not after today nor
// before the reception) and the nominees it agreed to (nomination ids of the
// list; others not agreed).
core::Status review_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& council_date, const std::set<int64_t>& agreed,
                               const std::string& note, std::optional<int64_t> expected_version,
                               const RequestMeta& meta);
// The receiver's decision (kApproveDecisions): the next number of the
// receiver's register for the year, today's date, the signer's name; the
// sender's proposal answered through app::record_receiver_answer. None agreed:
// no number, and every nominee refused.
core::Status decide_submission(const Services& services, const core::Actor& actor, int64_t submission_id,
                               const std::string& signer_name, std::optional<int64_t> expected_version,
                               const RequestMeta& meta);

// The stored dossier ZIP of round `round`, for either side to stream: its
// path in the file store, "application/zip", "ho-so-de-nghi-<id>-lan-<round>.zip".
core::Result<DownloadFile> round_dossier(const Services& services, const core::Actor& actor, int64_t submission_id,
                                         int round);

}  // namespace thidua::app
