// Rules of the work units do during a campaign (domain.md §3, steps 2–3): when
// a campaign takes unit plans, progress and difficulties; the progress
// statuses of a target; the tidying of multi-line text. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/campaign.h"
#include "core/result.h"

namespace thidua::core {

// Units submit plans, progress and difficulties while the plan is published
// or the campaign running; not before (a plan still in preparation) nor after
// it closed.
bool accepts_unit_work(CampaignState s);

enum class ProgressStatus { kNotStarted, kInProgress, kDone };
std::string_view progress_status_code(ProgressStatus s);   // "not_started", "in_progress", "done"
std::string_view progress_status_label(ProgressStatus s);  // "Chưa thực hiện", "Đang thực hiện", "Hoàn thành"
std::optional<ProgressStatus> parse_progress_status(std::string_view code);

// Checks a progress report: percent within 0..100, 0 when not started, 100
// when done. kValidation with field "percent".
Status check_progress(ProgressStatus s, int percent);

// Multi-line text as stored: NFC, CR LF and CR become LF, other control
// characters (tab aside) dropped, trailing spaces of lines and blank lines at
// both ends trimmed. Requires valid UTF-8 (other text yields "").
std::string tidy_multiline(std::string_view text);

struct Difficulty {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::string unit_path;
  std::string title;
  std::string body;
  std::optional<int64_t> raised_by;  // the account (NULL: the CLI operator)
  std::string raised_by_name;
  std::string raised_at;
  std::string answer;
  std::string answered_by_name;
  std::optional<std::string> answered_at;  // nullopt while open
};

// A unit's implementation plan (kế hoạch triển khai) of a campaign: its text
// and/or one stored file.
struct UnitPlan {
  int64_t id = 0;
  int64_t campaign_id = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::string unit_path;
  std::string body;
  std::optional<std::string> file_sha256;
  std::string file_name;
  std::string media_type;  // of the file, "" without one
  int64_t file_size = 0;
  std::string submitted_by_name;
  std::string submitted_at;
  int64_t version = 1;
};

// A participating unit and its plan, if submitted.
struct UnitPlanStatus {
  ParticipatingUnit unit;
  std::optional<UnitPlan> plan;
};

}  // namespace thidua::core
