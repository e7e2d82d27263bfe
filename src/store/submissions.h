// Proposals sent upward inside one deployment (core/submission.h): the
// receiving agencies, the submissions with their lists as sent, the rounds
// (each sending with its dossier) and the events (the processing history).
// The caller checks rights and holds the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/authz.h"
#include "core/result.h"
#include "core/submission.h"
#include "store/db.h"

namespace thidua::store {

using core::Processor;
using core::ReceivingAgency;
using core::SubmissionEvent;
using core::SubmissionItem;
using core::SubmissionRecord;
using core::SubmissionRound;


// The receiving agencies (only the open ones when `open_only`: those a
// proposal may be sent to; a closed one keeps its queue), by name.
core::Result<std::vector<ReceivingAgency>> receiving_agencies(Connection& conn, bool open_only = true);
core::Result<std::optional<ReceivingAgency>> find_receiving_agency(Connection& conn, int64_t unit_id);
// Names a unit a receiving agency, or changes its symbol and authority.
core::Status put_receiving_agency(Connection& conn, const ReceivingAgency& a, const std::string& now);





// Inserts a new submission (id, joined fields and version ignored) with its
// items; returns the id. An imported one (origin "exchange") stores no
// decision or sender unit. A second submission of the same proposal is refused
// by the unique index (kConflict).
core::Result<int64_t> insert_submission(Connection& conn, const SubmissionRecord& s,
                                        const std::vector<SubmissionItem>& items);

// The submission `id` (with FOR UPDATE on PostgreSQL when `lock`); nullopt when absent.
core::Result<std::optional<SubmissionRecord>> find_submission(Connection& conn, int64_t id, bool lock = false);
// The submission of a proposal, if it was sent.
core::Result<std::optional<SubmissionRecord>> submission_of_decision(Connection& conn, int64_t decision_id);

// The submission imported from `sender_code`'s package of proposal
// `external_ref` into the receiving agency `receiver_unit_id`, if any.
core::Result<std::optional<SubmissionRecord>> imported_submission(Connection& conn, const std::string& sender_code,
                                                                  const std::string& external_ref,
                                                                  int64_t receiver_unit_id, bool lock = false);

// Writes the mutable fields of `s` (state, round, reception, assignee,
// appraisal, council, decision and its words, updated_at) when its version is still
// `expected_version` (else kConflict); bumps the version.
core::Status update_submission(Connection& conn, const SubmissionRecord& s, int64_t expected_version);

// The queue of the receiving agencies `receiver_ids`: newest first, those with
// id below `before_id` when given, in `state` when given, at most `limit`.
struct QueueQuery {
  std::vector<int64_t> receiver_ids;
  std::optional<core::SubmissionState> state;
  std::optional<int64_t> assignee_id;
  std::optional<int64_t> before_id;
  int64_t limit = 50;
};
core::Result<std::vector<SubmissionRecord>> submission_queue(Connection& conn, const QueueQuery& q);
// How many submissions of `receiver_ids` are in each state.
core::Result<std::vector<std::pair<core::SubmissionState, int64_t>>> count_queue(Connection& conn,
                                                                                 const std::vector<int64_t>& receiver_ids);

core::Result<std::vector<SubmissionItem>> submission_items(Connection& conn, int64_t submission_id);
// Sets each item's verdict and reason (by nomination id).
core::Status set_item_verdicts(Connection& conn, int64_t submission_id, const std::vector<SubmissionItem>& items);
// Sets each item's `agreed` (by nomination id).
core::Status set_item_agreed(Connection& conn, int64_t submission_id, const std::vector<SubmissionItem>& items);

core::Status insert_round(Connection& conn, int64_t submission_id, const SubmissionRound& r,
                          std::optional<int64_t> sent_by);
core::Result<std::vector<SubmissionRound>> submission_rounds(Connection& conn, int64_t submission_id);

core::Status append_event(Connection& conn, int64_t submission_id, const SubmissionEvent& e,
                          std::optional<int64_t> actor_id);
// The events of a submission, oldest first.
core::Result<std::vector<SubmissionEvent>> submission_events(Connection& conn, int64_t submission_id);

// The enabled accounts holding one of `roles` on the unit at `unit_path` or a
// unit above it (a grant covers its unit's subtree: these are the accounts
// whose role there reaches the unit, the specialists of a receiving agency),
// by name, at most `limit`.
core::Result<std::vector<Processor>> accounts_with_roles_over(Connection& conn, const std::vector<core::Role>& roles,
                                                              const std::string& unit_path, int64_t limit);

// Replaces the list of submission `submission_id` (an imported proposal
// sent again with a corrected list).
core::Status replace_submission_items(Connection& conn, int64_t submission_id, const std::vector<SubmissionItem>& items);

// Clears what the receiver concluded on the list (verdicts, the council's
// agreement), when a returned submission is sent again.
core::Status clear_item_conclusions(Connection& conn, int64_t submission_id);

// Moves the given nominations of campaign `campaign_id` from `from` to `to`;
// returns how many moved.
core::Result<int64_t> move_nominations(Connection& conn, int64_t campaign_id, const std::vector<int64_t>& ids,
                                       const std::string& from, const std::string& to);

}  // namespace thidua::store
