// Decisions (Quyết định) and proposals (Tờ trình) of a campaign with their
// lists of nominations (decisions, decision_items), and the nominations that
// may go into them. The caller checks rights and holds the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/decision.h"
#include "core/nomination.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Inserts a draft (id, number, approval and answer fields ignored); returns the id.
core::Result<int64_t> insert_decision(Connection& conn, const core::DecisionRecord& d);

// The list of a decision, in the order given (ord 1..n). A nomination already
// in another decision's list is refused by the unique index (kConflict).
core::Status insert_decision_items(Connection& conn, int64_t decision_id, const std::vector<int64_t>& nomination_ids);

// The decision `id` of campaign `campaign_id`; nullopt when absent.
core::Result<std::optional<core::DecisionRecord>> find_decision(Connection& conn, int64_t campaign_id, int64_t id);

// The decisions of a campaign, oldest first. `approved_only` for the public.
core::Result<std::vector<core::DecisionRecord>> list_decisions(Connection& conn, int64_t campaign_id, bool approved_only);

// The nominations of `award_type_id` in state "passed" and in no decision yet,
// ordered by nominating unit (tree order) then name (Vietnamese order).
core::Result<std::vector<core::NomineeRow>> undecided_passed(Connection& conn, int64_t campaign_id, int64_t award_type_id);

// The given nominations of the campaign (any state), in no particular order.
core::Result<std::vector<core::NomineeRow>> nominations_by_id(Connection& conn, int64_t campaign_id,
                                                        const std::vector<int64_t>& ids);

// The list of a decision, in its order.
core::Result<std::vector<core::NomineeRow>> decision_list(Connection& conn, int64_t decision_id);

// Sets who issues draft `id` and its symbol ("QĐ-SNNMT"): the agency issuing
// in the plan's name on the day it is issued. kConflict when not a draft.
core::Status set_draft_issuer(Connection& conn, int64_t id, int64_t issuing_unit_id, const std::string& doc_symbol);

// Marks the draft approved with its number and date when it is still a draft
// of version `expected_version` (else kConflict); bumps the version.
core::Status approve_decision(Connection& conn, int64_t id, int64_t expected_version, int64_t number,
                              const std::string& issue_date, std::optional<int64_t> by, const std::string& at);

// Records the higher authority's answer on an approved, unanswered proposal
// (else kConflict); bumps the version.
core::Status answer_decision(Connection& conn, int64_t id, int64_t expected_version, const core::AnswerRecord& a);

// Locks the decision's row until the transaction ends (FOR UPDATE on
// PostgreSQL; SQLite's write transaction already serialises writers): what
// decides its answer (sending it upward, answering it by hand) goes one at a
// time.
core::Status lock_decision(Connection& conn, int64_t id);

// Deletes a draft (its list goes with it) when it is still a draft of version
// `expected_version` (else kConflict).
core::Status delete_draft(Connection& conn, int64_t id, int64_t expected_version);

// Moves every nomination of the decision's list from `from` to `to`; returns
// how many moved.
core::Result<int64_t> move_listed_nominations(Connection& conn, int64_t decision_id, core::NominationState from,
                                              core::NominationState to);

}  // namespace thidua::store
