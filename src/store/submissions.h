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

// An agency that receives proposals, with the symbol and authority of its
// decisions ("QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh").
struct ReceivingAgency {
  int64_t unit_id = 0;
  std::string name;  // the unit's name today
  std::string path;
  std::string decision_symbol;
  std::string authority;
};

// The open receiving agencies, by name.
core::Result<std::vector<ReceivingAgency>> receiving_agencies(Connection& conn);
core::Result<std::optional<ReceivingAgency>> find_receiving_agency(Connection& conn, int64_t unit_id);
// Names a unit a receiving agency, or changes its symbol and authority.
core::Status put_receiving_agency(Connection& conn, const ReceivingAgency& a, const std::string& now);

struct SubmissionRecord {
  int64_t id = 0;
  int64_t decision_id = 0;
  int64_t campaign_id = 0;  // of the proposal (joined)
  int64_t sender_unit_id = 0;
  std::string sender_path;  // joined
  int64_t receiver_unit_id = 0;
  std::string receiver_path;  // joined
  std::string receiver_name;  // joined, today's name
  core::SubmissionState state = core::SubmissionState::kSent;
  int round = 1;
  std::string title;                   // the proposal's title
  std::string sender_name;             // the sending agency's name when sent
  std::string proposal_number_symbol;  // "15/TTr-STNMT"
  std::string award_name;
  std::string eligibility_code;  // the award type's rule set, "" when none
  int year = 0;                  // the year of achievement
  std::optional<int64_t> received_number;
  std::optional<std::string> received_date;
  std::optional<int64_t> assignee_id;
  std::string assignee_name;  // joined
  std::string appraisal_note;
  std::optional<std::string> council_date;
  std::string council_note;
  std::optional<int64_t> decision_number;
  std::string decision_symbol;
  std::optional<std::string> decision_date;
  std::string signer_name;
  std::string sent_at;
  std::string updated_at;
  int64_t version = 1;
  int64_t items = 0;  // joined: the number of nominees
};

struct SubmissionItem {
  int64_t nomination_id = 0;
  int ord = 0;
  std::string subject;  // "individual", "collective"
  std::optional<int64_t> person_id;
  std::optional<int64_t> nominee_unit_id;
  std::string name;
  std::string position;
  std::string unit_name;
  std::string verdict;  // "", "met", "not_met", "missing", "none"
  std::string verdict_reason;
  std::optional<bool> agreed;
};

struct SubmissionRound {
  int round = 1;
  std::string note;
  std::string dossier_sha256;
  int64_t dossier_size = 0;
  std::string sent_by_name;  // joined
  std::string sent_at;
};

struct SubmissionEvent {
  int64_t id = 0;
  int round = 1;
  std::string kind;  // core::submission_step_code
  std::string note;
  std::string actor_name;
  std::string at;
};

// Inserts a new submission (id, joined fields and version ignored) with its
// items; returns the id. A second submission of the same proposal is refused
// by the unique index (kConflict).
core::Result<int64_t> insert_submission(Connection& conn, const SubmissionRecord& s,
                                        const std::vector<SubmissionItem>& items);

// The submission `id` (with FOR UPDATE on PostgreSQL when `lock`); nullopt when absent.
core::Result<std::optional<SubmissionRecord>> find_submission(Connection& conn, int64_t id, bool lock = false);
// The submission of a proposal, if it was sent.
core::Result<std::optional<SubmissionRecord>> submission_of_decision(Connection& conn, int64_t decision_id);

// Writes the mutable fields of `s` (state, round, reception, assignee,
// appraisal, council, decision, updated_at) when its version is still
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
// unit within it (the specialists of a receiving agency), by name, at most
// `limit`.
struct Processor {
  int64_t user_id = 0;
  std::string name;
};
core::Result<std::vector<Processor>> accounts_with_roles_within(Connection& conn, const std::vector<core::Role>& roles,
                                                                const std::string& unit_path, int64_t limit);

// Moves the given nominations of campaign `campaign_id` from `from` to `to`;
// returns how many moved.
core::Result<int64_t> move_nominations(Connection& conn, int64_t campaign_id, const std::vector<int64_t>& ids,
                                       const std::string& from, const std::string& to);

}  // namespace thidua::store
