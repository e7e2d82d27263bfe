// The demo's council: the Department's Hội đồng Thi đua – Khen thưởng with
// the leader as chair, the secretariat as secretary, and three members with
// the council-member role (hoidong and two more accounts, uyvien1 and
// uyvien2, for voting from several accounts). The data is
// src/app/demo/council.json, embedded at build time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "app/demo.h"
#include "core/council.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// council.json: the council's name, the extra council-member accounts (each
// linked to the first person of that full name) and the seats by username.
struct DemoCouncil {
  struct Member {
    std::string username;
    std::string person_full_name;
  };
  struct Seat {
    std::string username;
    std::string position;
    core::CouncilRole role = core::CouncilRole::kMember;  // the demo seats no vice-chair
  };
  std::string name;
  std::vector<Member> extra_members;
  std::vector<Seat> seats;
};

// Reads a council.json strictly (errors name the file and the member).
core::Result<DemoCouncil> read_demo_council(std::string_view council_json);
// The embedded council.json.
core::Result<DemoCouncil> embedded_demo_council();

// Creates the extra accounts of `data` (council_member on `root_unit_id`,
// linked to their person when one exists), the council and its members
// (seats whose account does not exist are skipped). Expects the demo accounts lanhdao, thuongtruc and
// hoidong to exist. The caller holds the transaction. Returns the accounts added.
core::Result<std::vector<DemoAccountInfo>> load_demo_council(store::Connection& conn, const DemoCouncil& data,
                                                             int64_t root_unit_id,
                                                             const std::string& root_unit_name,
                                                             const std::string& password_hash, const std::string& now);

}  // namespace thidua::app
