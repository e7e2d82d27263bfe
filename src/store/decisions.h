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

// One decision or proposal with its award type's name and authority.
struct DecisionRecord {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t award_type_id = 0;
  core::DecisionKind kind = core::DecisionKind::kDecision;
  int64_t issuing_unit_id = 0;
  std::string issuing_unit_path;
  core::DecisionState state = core::DecisionState::kDraft;
  std::string doc_symbol;  // "QĐ-STNMT", "TTr-STNMT"
  std::optional<int64_t> number;
  std::optional<std::string> issue_date;  // ISO
  std::string title;
  std::string body;
  std::string signer_authority;
  std::string signer_position;
  std::string signer_name;
  std::optional<int64_t> drafted_by;
  std::string drafted_at;
  std::optional<int64_t> approved_by;
  std::optional<std::string> approved_at;
  core::HigherAnswer answer = core::HigherAnswer::kNone;
  std::string answer_number_symbol;
  std::optional<std::string> answer_date;
  std::string answer_note;
  int64_t version = 1;
  // Joined from campaign_award_types.
  std::string award_code;
  std::string award_name;
  std::string award_granted_by;
  bool own_authority = true;
  int64_t items = 0;  // number of nominations in its list
};

// Inserts a draft (id, number, approval and answer fields ignored); returns the id.
core::Result<int64_t> insert_decision(Connection& conn, const DecisionRecord& d);

// The list of a decision, in the order given (ord 1..n). A nomination already
// in another decision's list is refused by the unique index (kConflict).
core::Status insert_decision_items(Connection& conn, int64_t decision_id, const std::vector<int64_t>& nomination_ids);

// The decision `id` of campaign `campaign_id`; nullopt when absent.
core::Result<std::optional<DecisionRecord>> find_decision(Connection& conn, int64_t campaign_id, int64_t id);

// The decisions of a campaign, oldest first. `approved_only` for the public.
core::Result<std::vector<DecisionRecord>> list_decisions(Connection& conn, int64_t campaign_id, bool approved_only);

// A nomination as a decision's list shows it.
struct NomineeRow {
  int64_t nomination_id = 0;
  int64_t award_type_id = 0;
  core::NominationState state = core::NominationState::kSubmitted;
  std::string subject;  // "individual", "collective"
  std::optional<int64_t> person_id;
  std::optional<int64_t> nominee_unit_id;
  int64_t unit_id = 0;  // the nominating unit
  std::string unit_name;
  std::string unit_path;
  std::string name;      // the person's full name or the collective's name
  std::string position;  // the person's position ("" for collectives)
  std::string report;    // the achievement report (text)
  std::optional<std::string> report_sha256;  // the report file in the file store, if any
  std::string report_file_name;              // its safe name
};

// The nominations of `award_type_id` in state "passed" and in no decision yet,
// ordered by nominating unit (tree order) then name (Vietnamese order).
core::Result<std::vector<NomineeRow>> undecided_passed(Connection& conn, int64_t campaign_id, int64_t award_type_id);

// The given nominations of the campaign (any state), in no particular order.
core::Result<std::vector<NomineeRow>> nominations_by_id(Connection& conn, int64_t campaign_id,
                                                        const std::vector<int64_t>& ids);

// The list of a decision, in its order.
core::Result<std::vector<NomineeRow>> decision_list(Connection& conn, int64_t decision_id);

// Marks the draft approved with its number and date when it is still a draft
// of version `expected_version` (else kConflict); bumps the version.
core::Status approve_decision(Connection& conn, int64_t id, int64_t expected_version, int64_t number,
                              const std::string& issue_date, std::optional<int64_t> by, const std::string& at);

// Records the higher authority's answer on an approved, unanswered proposal
// (else kConflict); bumps the version.
struct AnswerRecord {
  core::HigherAnswer answer = core::HigherAnswer::kGranted;  // granted or refused
  std::string number_symbol;
  std::optional<std::string> date;
  std::string note;
  std::optional<int64_t> by;
  std::string at;
};
core::Status answer_decision(Connection& conn, int64_t id, int64_t expected_version, const AnswerRecord& a);

// Deletes a draft (its list goes with it) when it is still a draft of version
// `expected_version` (else kConflict).
core::Status delete_draft(Connection& conn, int64_t id, int64_t expected_version);

// Moves every nomination of the decision's list from `from` to `to`; returns
// how many moved.
core::Result<int64_t> move_listed_nominations(Connection& conn, int64_t decision_id, core::NominationState from,
                                              core::NominationState to);

}  // namespace thidua::store
