// Unit implementation plans (kế hoạch triển khai của đơn vị): one per
// participating unit and campaign, its text and/or one stored file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/unit_work.h"
#include "store/campaigns.h"
#include "store/db.h"

namespace thidua::store {

struct UnitPlanQuery {
  int64_t campaign_id = 0;
  // Participating units inside these subtrees; nullopt: all of them.
  std::optional<std::vector<std::string>> within;
  std::optional<bool> submitted;  // only units with (true) / without (false) a plan
  int64_t offset = 0;
  int64_t limit = 50;
};

// In tree order (unit path); one query.
core::Result<std::vector<core::UnitPlanStatus>> list_unit_plan_status(Connection& conn, const UnitPlanQuery& q);
core::Result<int64_t> count_unit_plan_status(Connection& conn, const UnitPlanQuery& q);

// The plan `plan_id` of campaign `campaign_id`; nullopt when absent.
core::Result<std::optional<core::UnitPlan>> find_unit_plan(Connection& conn, int64_t campaign_id, int64_t plan_id);
// The plan of a unit in a campaign; nullopt when none yet.
core::Result<std::optional<core::UnitPlan>> unit_plan_of(Connection& conn, int64_t campaign_id, int64_t unit_id);

struct UnitPlanWrite {
  int64_t campaign_id = 0;
  int64_t unit_id = 0;
  std::string body;
  std::optional<std::string> file_sha256;  // nullopt: keep the stored file (if any)
  std::string file_name;
  bool remove_file = false;  // drop the stored file (ignored when file_sha256 is set)
  int64_t submitted_by = 0;  // 0 (the CLI operator, who has no account) is stored as NULL
};

// Inserts the unit's plan or replaces it (version + 1). Returns the plan id.
core::Result<int64_t> save_unit_plan(Connection& conn, const UnitPlanWrite& w, const std::string& now);

}  // namespace thidua::store
