// Nominations (đề nghị khen thưởng) and the units' attestations per
// criterion; the facts about a nominee that the campaign's data proves.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "core/nomination.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Inserts a submitted nomination (state, version and review columns are set
// here; id ignored; the report file by n.report_sha256 / report_file_name,
// whose `files` row must exist) and its attestations. A second nomination of the same
// subject for the same award type in the campaign violates the unique index
// and comes back as kConflict. Returns the new id. The caller holds the
// transaction.
core::Result<int64_t> insert_nomination(Connection& conn, const core::Nomination& n,
                                        const std::map<int64_t, std::string>& attestations, const std::string& now);

// The nomination `id` of campaign `campaign_id` with its names (the report
// and its file's hash, name and size included); nullopt when absent.
core::Result<std::optional<core::Nomination>> find_nomination(Connection& conn, int64_t campaign_id, int64_t id);

// criterion id → note, for one nomination.
core::Result<std::map<int64_t, std::string>> attestations_of(Connection& conn, int64_t nomination_id);

struct NominationQuery {
  int64_t campaign_id = 0;
  // When set: only nominations whose nominating unit lies inside these
  // subtrees (empty vector: nothing). nullopt: every nomination.
  std::optional<std::vector<std::string>> unit_scopes;
  std::optional<int64_t> award_type_id;
  std::optional<int64_t> unit_id;  // this nominating unit exactly
  std::optional<core::NominationState> state;
  int64_t offset = 0;
  int64_t limit = 20;
  bool oldest_first = false;
};

// Newest first (oldest first when asked); the report text is left out
// (lists do not show it).
core::Result<std::vector<core::Nomination>> list_nominations(Connection& conn, const NominationQuery& q);

// Counts per state of the nominations matching `q` ignoring q.state (one query).
core::Result<std::map<core::NominationState, int64_t>> count_nominations_by_state(Connection& conn,
                                                                                  const NominationQuery& q);

// Per award type of campaign `campaign_id`, how many of its nominations are
// live (core::nomination_live: not failed, refused or returned; a returned
// one takes its place again when resubmitted). One query over the
// (campaign, award type, subject) index. Award types with none are absent.
core::Result<std::map<int64_t, int64_t>> count_live_nominations(Connection& conn, int64_t campaign_id);

// Of the nominees `subject_keys` (core::nominee_key), the (award type,
// subject key) pairs already nominated in campaign `campaign_id`, in any
// state. A batch's duplicates in one query a thousand keys.
core::Result<std::set<std::pair<int64_t, std::string>>> nominated_keys(Connection& conn, int64_t campaign_id,
                                                                      const std::vector<std::string>& subject_keys);

// Of the nominees `subject_keys`, the award types of their live nominations
// (core::nomination_live) in the campaign, per subject key. One query a
// thousand keys.
core::Result<std::map<std::string, std::set<int64_t>>> live_award_types(Connection& conn, int64_t campaign_id,
                                                                       const std::vector<std::string>& subject_keys);

// Per award type of campaign `campaign_id`, the nominations the council
// passed (state passed, or after it: decided, proposed, granted), and of
// those the ones on a decision's list (any state after passed, or passed and
// listed in a draft). Award types with none are absent. One query.
struct PassedCount {
  int64_t passed = 0;
  int64_t listed = 0;
};
core::Result<std::map<int64_t, PassedCount>> count_passed_nominations(Connection& conn, int64_t campaign_id);

// Who is nominated for what in a campaign, every state: one light row per
// nomination (no names, no report).
struct Nominee {
  int64_t award_type_id = 0;
  std::string subject_key;
  std::optional<int64_t> person_id;
  std::optional<int64_t> unit_id;  // a collective nominee
  core::NominationState state = core::NominationState::kSubmitted;
};
// Those of one person (as an individual) in campaign `campaign_id`, in id
// order. One query.
core::Result<std::vector<Nominee>> nominees_of_person(Connection& conn, int64_t campaign_id, int64_t person_id);
// Those of the units of the subtree `unit_path` as collectives and of the
// people of that subtree (a unit's members as unit_facts reads them), in
// no particular order. Two index lookups a unit and a person of the subtree.
core::Result<std::vector<Nominee>> nominees_within(Connection& conn, int64_t campaign_id,
                                                   const std::string& unit_path);

// Another live nomination (core::nomination_live) of `subject_key` in the
// campaign for an award type other than `award_type_id`: its award type's
// id, or nullopt. One lookup over (campaign, subject).
core::Result<std::optional<int64_t>> other_live_award_type(Connection& conn, int64_t campaign_id,
                                                           const std::string& subject_key, int64_t award_type_id);

// Locks campaign `campaign_id`'s row until the end of the caller's
// transaction, so that nominations checked against the others (a quota, one
// award form per achievement) are checked by one writer at a time (on
// SQLite, BEGIN IMMEDIATE already serialises writers).
// False when there is no such campaign.
core::Result<bool> lock_campaign_nominations(Connection& conn, int64_t campaign_id);

// Resubmits a returned nomination: new report and report file (the caller
// passes the kept one to keep it; nullopt: none), registration link and
// attestations (replaced), state submitted, review cleared, version bumped;
// only while it is returned with version `expected_version` (else kConflict).
struct Resubmission {
  std::string report;
  std::optional<int64_t> registration_id;
  std::map<int64_t, std::string> attestations;
  std::optional<int64_t> submitted_by;
  std::optional<std::string> report_sha256;
  std::string report_file_name;
  // The state it takes (pending or submitted, core::first_state) and, when a
  // head resubmits in a review needing the head's approval, the head.
  core::NominationState state = core::NominationState::kSubmitted;
  std::optional<int64_t> approved_by;
};
core::Status resubmit_nomination(Connection& conn, int64_t id, int64_t expected_version, const Resubmission& r,
                                 const std::string& now);

// Accepts or returns (with `reason`) a submitted nomination with version
// `expected_version` (else kConflict), recording the reviewer.
core::Status review_nomination(Connection& conn, int64_t id, int64_t expected_version, core::NominationState to,
                               const std::string& reason, std::optional<int64_t> reviewer, const std::string& now);

// The unit head's approval of the nominations `chosen` (id, version read)
// together: each to submitted with `head` and `now` as the approval, one
// statement five hundred nominations. kConflict, and the caller rolls back,
// when any is no longer pending at the version read.
core::Status head_approve_all(Connection& conn, const std::vector<std::pair<int64_t, int64_t>>& chosen,
                              std::optional<int64_t> head, const std::string& now);

// The unit head's move on a pending nomination: to submitted (approved:
// recording `head` and `now` as the approval) or to returned with `reason`
// (the office's review fields left empty). kConflict when it is no longer pending or, with
// `expected_version`, changed meanwhile.
core::Status head_review_nomination(Connection& conn, int64_t id, std::optional<int64_t> expected_version,
                                    core::NominationState to, const std::string& reason,
                                    std::optional<int64_t> head, const std::string& now);

// The registrations of the nominees `subject_keys` in the campaign, by
// subject key (those with none are absent). One query a thousand keys.
core::Result<std::map<std::string, int64_t>> registration_ids(Connection& conn, int64_t campaign_id,
                                                             const std::vector<std::string>& subject_keys);

// What the data proves about the nominee `subject_key` in the campaign (its
// registration, approval, initiatives, signature task) and whether
// `plan_unit_id` submitted its implementation plan. Two queries. Also returns
// the registration's id when there is one.
struct NomineeData {
  core::NomineeFacts facts;
  std::optional<int64_t> registration_id;
};
core::Result<NomineeData> nominee_data(Connection& conn, int64_t campaign_id, const std::string& subject_key,
                                       int64_t plan_unit_id);

}  // namespace thidua::store
