// Use cases of the secretariat's follow-up of a campaign (theo dõi): the
// dashboard of the participating units (figures and lateness rules in
// core/unit_progress.h) and reminders to units (an in-app notification to
// every unit head and unit officer of the unit, and an e-mail to those with an
// address when e-mail is enabled). Who: kTrackCampaigns on the campaign's
// issuing unit (leader, secretariat); an actor who sees the campaign without
// it gets kForbidden, one who does not see it kNotFound. With
// Services::progress_cache set, the dashboard's figures may be up to its ttl old.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"
#include "core/unit_progress.h"
#include "store/campaigns.h"

namespace thidua::app {

struct DashboardQuery {
  int page = 1;
  int page_size = 50;       // clamped to 1..200
  bool late_first = false;  // else tree order
};

struct Dashboard {
  core::CampaignSummary campaign;
  // The date lateness is measured against: the plan's registration deadline,
  // else the last day of its period (deadline_from_period then).
  std::optional<std::string> registration_deadline;
  bool deadline_from_period = false;
  std::string today;                       // in Vietnam, ISO
  std::string computed_at;                 // ISO instant the figures were computed (see progress_cache.h)
  std::vector<core::UnitProgress> rows;    // this page
  core::ProgressTotals totals;             // over every participating unit
  int page = 1;
  int page_size = 50;
  bool has_more = false;
  bool late_first = false;
};

core::Result<Dashboard> get_dashboard(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                      const DashboardQuery& query);

struct ReminderOutcome {
  int64_t units = 0;
  int64_t notifications = 0;
  int64_t emails = 0;
};

// Reminds the units `unit_ids` (each must take part in the campaign, else
// kValidation) or, when empty, every late unit (kValidation when none is
// late). Writes the notifications and the queued e-mails in one transaction,
// audited as "campaign.remind" with the counts.
core::Result<ReminderOutcome> send_reminders(const Services& services, const core::Actor& actor,
                                             int64_t campaign_id, std::vector<int64_t> unit_ids,
                                             const RequestMeta& meta);

}  // namespace thidua::app
