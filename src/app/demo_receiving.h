// The province's TĐKT body in the demo (issue 14 #5): the Sở Nội vụ as a
// second agency of the deployment with its Ban Thi đua - Khen thưởng, named
// a receiving agency for the decisions of the Chairman of the Provincial
// People's Committee; the Ban's staff and accounts (its secretariat, a
// specialist and its head, the leader who decides); the demo's administrator
// granted on the Sở Nội vụ too, so that it still administers every agency;
// and the finished campaign's approved proposal to the province sent by the
// Department's secretariat, waiting in the Ban's queue. The data is
// src/app/demo/receiving.json.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/org.h"
#include "core/person.h"
#include "core/result.h"
#include "core/submission.h"

namespace thidua::app {

struct DemoReceivingFile {
  struct Unit {
    std::string code, name, short_name, valid_from;
  };
  struct Staff {
    std::string username, full_name, birth_date, position, title;
    core::Gender gender = core::Gender::kUnspecified;
    core::Role role = core::Role::kSecretariat;
  };
  Unit agency, body;
  // Its decisions: symbol, authority, and the header lines they carry (the
  // Provincial People's Committee's, in whose name they are issued).
  core::ReceivingSettings decisions;
  std::string note;
  std::vector<Staff> staff;
};

// The unit `d` of the file describes (`agency`: the top unit; else the Ban,
// a sub-department), without its parent: what is validated before loading
// and stored by it.
core::Unit demo_receiving_unit(const DemoReceivingFile::Unit& d, bool agency);

// Reads receiving.json strictly; kValidation naming the member.
core::Result<DemoReceivingFile> read_demo_receiving(std::string_view json_text);

struct DemoReceiving {
  int64_t agency_id = 0;      // the Sở Nội vụ
  int64_t body_id = 0;        // its Ban TĐKT, the receiving agency
  int64_t submission_id = 0;  // the proposal waiting, 0 when none was sent
  std::vector<std::string> usernames;  // the Ban's accounts, in the file's order
};

// Writes the agency, the body, its staff and accounts (password hash
// `password_hash`) in one transaction, names the body a receiving agency,
// then, when `proposal_campaign_id` holds an approved proposal awaiting its
// answer, sends it as `sender` (the Department's secretariat). `out` holds
// what was committed, also when a later step fails (what was committed
// stays; the accounts made are usable).
core::Status load_demo_receiving(const Services& services, const DemoReceivingFile& data,
                                 const std::string& password_hash, int64_t proposal_campaign_id,
                                 const core::Actor& sender, const RequestMeta& meta, DemoReceiving& out);

}  // namespace thidua::app
