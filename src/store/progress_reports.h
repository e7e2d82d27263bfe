// Progress on registration targets (tiến độ thực hiện chỉ tiêu): the history of
// reports, their evidence files (minh chứng), and the target's latest progress
// (the progress_* columns of registration_targets, which package reg creates).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/registration.h"
#include "core/result.h"
#include "core/unit_work.h"
#include "store/db.h"

namespace thidua::store {

// A target with what authorising it needs: its registration's unit and person.
struct TargetInfo {
  int64_t id = 0;
  int64_t registration_id = 0;
  int64_t campaign_id = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::string unit_path;
  std::optional<int64_t> person_id;  // set for an individual registration
  std::string subject;               // the registration's subject (unit or person name)
  core::RegistrationState registration_state = core::RegistrationState::kDraft;
  int ord = 0;
  std::string content_label;
  std::string text;
  core::ProgressStatus progress_status = core::ProgressStatus::kNotStarted;
  int progress_percent = 0;
  std::string progress_note;
  std::optional<std::string> progress_at;
};

// Target `target_id` when its registration belongs to campaign `campaign_id`.
core::Result<std::optional<TargetInfo>> find_target(Connection& conn, int64_t campaign_id, int64_t target_id);

// Targets of approved registrations of a campaign, for the progress overview.
struct TargetQuery {
  int64_t campaign_id = 0;
  // Registrations of units inside these subtrees, or of `person_id`; both
  // nullopt: every registration.
  std::optional<std::vector<std::string>> within;
  std::optional<int64_t> person_id;
  int64_t offset = 0;
  int64_t limit = 50;
};
// In unit path order, then registration and target order; one query.
core::Result<std::vector<TargetInfo>> list_targets(Connection& conn, const TargetQuery& q);
core::Result<int64_t> count_targets(Connection& conn, const TargetQuery& q);

struct EvidenceFile {
  int64_t id = 0;
  int64_t progress_report_id = 0;
  std::string file_sha256;
  std::string file_name;
  std::string media_type;
  int64_t size = 0;
  std::string uploaded_at;
};

struct ProgressReport {
  int64_t id = 0;
  int64_t target_id = 0;
  core::ProgressStatus status = core::ProgressStatus::kNotStarted;
  int percent = 0;
  std::string note;
  std::string reported_by_name;
  std::string reported_at;
  std::vector<EvidenceFile> evidence;
};

// Reports on a target, newest first, with their evidence (two queries).
core::Result<std::vector<ProgressReport>> progress_history(Connection& conn, int64_t target_id, int64_t offset,
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
  EvidenceFile file;
  TargetInfo target;
};
core::Result<std::optional<EvidenceOwner>> find_evidence(Connection& conn, int64_t campaign_id, int64_t evidence_id);

}  // namespace thidua::store
