// The demo's council: the Department's Hội đồng Thi đua – Khen thưởng with
// the leader as chair, the secretariat as secretary, and three members with
// the council-member role (hoidong and two more accounts, uyvien1 and
// uyvien2, for voting from several accounts).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/demo.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// Creates the two extra accounts (council_member on `root_unit_id`, linked to
// the deputies Nguyễn Đức Thắng and Trần Thị Minh Huệ when they exist), the
// council and its members. Expects the demo accounts lanhdao, thuongtruc and
// hoidong to exist. The caller holds the transaction. Returns the accounts added.
core::Result<std::vector<DemoAccountInfo>> load_demo_council(store::Connection& conn, int64_t root_unit_id,
                                                             const std::string& root_unit_name,
                                                             const std::string& password_hash, const std::string& now);

}  // namespace thidua::app
