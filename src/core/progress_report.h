// A target's progress as units report it (domain.md §3 step 3): the target
// with what authorising a report needs, each report and its evidence files.
// Value types only; the statuses and their rules are in core/unit_work.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/registration.h"
#include "core/unit_work.h"

namespace thidua::core {

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
  RegistrationState registration_state = RegistrationState::kDraft;
  int ord = 0;
  std::string content_label;
  std::string text;
  ProgressStatus progress_status = ProgressStatus::kNotStarted;
  int progress_percent = 0;
  std::string progress_note;
  std::optional<std::string> progress_at;
};

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
  ProgressStatus status = ProgressStatus::kNotStarted;
  int percent = 0;
  std::string note;
  std::string reported_by_name;
  std::string reported_at;
  std::vector<EvidenceFile> evidence;
};

}  // namespace thidua::core
