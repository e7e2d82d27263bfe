// Progress on registration targets (tiến độ thực hiện chỉ tiêu): the history of
// reports, their evidence files (minh chứng), and the target's latest progress
// (the progress_* columns of registration_targets, which package reg creates).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/progress_report.h"
#include "core/registration.h"
#include "core/result.h"
#include "core/unit_work.h"
#include "store/db.h"

namespace thidua::store {

// Target `target_id` when its registration belongs to campaign `campaign_id`.
core::Result<std::optional<core::TargetInfo>> find_target(Connection& conn, int64_t campaign_id, int64_t target_id);

// Targets of approved registrations of a campaign, for the progress overview.
struct TargetQuery {
  int64_t campaign_id = 0;
  // Registrations of units inside these subtrees, or of `person_id`; both
  // nullopt: every registration.
  std::optional<std::vector<std::string>> within;
  std::optional<int64_t> person_id;
  std::optional<int64_t> registration_id;  // only this registration's targets
  int64_t offset = 0;
  int64_t limit = 50;
};
// In unit path order, then registration and target order; one query.
core::Result<std::vector<core::TargetInfo>> list_targets(Connection& conn, const TargetQuery& q);
core::Result<int64_t> count_targets(Connection& conn, const TargetQuery& q);

// Reports on a target, newest first, with their evidence (two queries).
core::Result<std::vector<core::ProgressReport>> progress_history(Connection& conn, int64_t target_id, int64_t offset,
                                                           int64_t limit);
core::Result<int64_t> count_progress_reports(Connection& conn, int64_t target_id);

// Inserts a report and makes it the target's latest progress. Returns its id.
// A user id of 0 (the CLI operator, who has no account) is stored as NULL, here and below.
core::Result<int64_t> insert_progress_report(Connection& conn, int64_t target_id, core::ProgressStatus status,
                                             int percent, const std::string& note, int64_t reported_by,
                                             const std::string& now);

// Attaches a stored file (store/file_store.h) to a report. Returns the evidence id.
core::Result<int64_t> insert_evidence(Connection& conn, int64_t report_id, const std::string& sha256,
                                      const std::string& file_name, int64_t uploaded_by, const std::string& now);

// Evidence `evidence_id` with the target it proves, when within campaign `campaign_id`.
struct EvidenceOwner {
  core::EvidenceFile file;
  core::TargetInfo target;
};
core::Result<std::optional<EvidenceOwner>> find_evidence(Connection& conn, int64_t campaign_id, int64_t evidence_id);

}  // namespace thidua::store
