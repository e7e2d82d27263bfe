// Use cases for unit implementation plans (kế hoạch triển khai của đơn vị):
// each participating unit submits its plan as text and/or one file; trackers
// follow who has submitted. Rules of app/unit_work_access.h; audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/unit_work_access.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/campaigns.h"
#include "store/unit_plans.h"

namespace thidua::app {

struct UnitPlanFilter {
  std::optional<bool> submitted;  // only units with / without a plan
  int page = 1;
  int page_size = 50;  // 1..200
};

struct UnitPlanItem {
  core::UnitPlanStatus status;
  bool can_submit = false;  // the actor may submit or replace this unit's plan
};

struct UnitPlanListing {
  core::CampaignSummary campaign;
  bool tracker = false;   // lists every participating unit
  bool accepting = false; // the campaign takes plans now
  std::vector<UnitPlanItem> items;
  int page = 1;
  int page_size = 50;
  int64_t total = 0;
};

// The participating units the actor sees (all for trackers, else those in
// their unit scopes) with their plans. kNotFound when the campaign is not visible.
core::Result<UnitPlanListing> list_unit_plans(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                              const UnitPlanFilter& filter);

struct UnitPlanInput {
  std::optional<int64_t> unit_id;  // may be omitted when the actor submits for one unit only
  std::string body;
  std::optional<UploadedFile> file;  // replaces the stored file
  bool remove_file = false;
};

// Stores the unit's plan (a new one or a replacement). kSubmitUnitWork on the
// unit, which must take part; the campaign must accept unit work (kConflict);
// text (at most 20 000 characters) or a file is required (kValidation); the
// file is checked by content (kUnsupported, kTooLarge). Audited
// "unit_plan.submit". Returns the plan id.
core::Result<int64_t> submit_unit_plan(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                       const UnitPlanInput& input, const RequestMeta& meta);

// The plan's file for download: the unit's own people and trackers; kNotFound
// for anyone else and for a plan without a file.
core::Result<DownloadFile> unit_plan_file(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                          int64_t plan_id);

}  // namespace thidua::app
