// Use cases for progress on registration targets: the target with its report
// history and evidence, a new report (status, percent, note, evidence files)
// and the download of one evidence file. Who sees: trackers, the unit's own
// people, the person of an individual registration; who reports: kSubmitUnitWork
// on the registration's unit, or that person (app/unit_work_access.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/unit_work_access.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/progress_reports.h"

namespace thidua::app {

// The targets of approved registrations the actor sees (trackers: all; else
// those of their units' scopes and their own individual registration), with
// their latest progress. kNotFound when the campaign is not visible.
struct TargetListing {
  core::CampaignSummary campaign;
  std::vector<core::TargetInfo> items;
  int page = 1;
  int page_size = 50;
  int64_t total = 0;
};
core::Result<TargetListing> list_targets(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                         int page, int page_size);

struct TargetProgress {
  core::CampaignSummary campaign;
  core::TargetInfo target;
  std::vector<core::ProgressReport> history;  // newest first
  int page = 1;
  int page_size = 20;
  int64_t total = 0;
  bool can_report = false;
};

// kNotFound when the campaign, the target (in that campaign) or the right to
// see it is missing.
core::Result<TargetProgress> get_target_progress(const Services& services, const core::Actor& actor,
                                                 int64_t campaign_id, int64_t target_id, int page, int page_size);

struct ProgressInput {
  std::string status;  // not_started, in_progress, done
  int percent = 0;
  std::string note;
  std::vector<UploadedFile> files;  // evidence, at most kMaxEvidenceFiles
};
inline constexpr size_t kMaxEvidenceFiles = 10;

// Records a report: a progress_reports row, one evidence row per file (stored
// by content), and the target's latest progress, in one transaction; audited
// "progress.report". The registration must be approved and the campaign
// accept unit work (kConflict); core::check_progress (kValidation); files
// checked by content (kUnsupported / kTooLarge, nothing stored). Returns the id.
core::Result<int64_t> report_progress(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                      int64_t target_id, const ProgressInput& input, const RequestMeta& meta);

// An evidence file for download, for those who see its target; kNotFound otherwise.
core::Result<DownloadFile> evidence_file(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                         int64_t evidence_id);

}  // namespace thidua::app
