// What a secret-ballot session holds besides its items: the key committee's
// seats, recusals, the ballots cast (serialised by core/ballot_crypto.h) and
// each item's counted outcome. Value types only.
#pragma once

#include <cstdint>
#include <string>

#include "core/council.h"

namespace thidua::core {

struct CommitteeSeat {
  int64_t member_id = 0;
  int64_t user_id = 0;
  std::string full_name;
  std::string share_point;  // hex, "" until the member drew the share
};

struct Recusal {
  int64_t item_id = 0;
  int64_t member_id = 0;
  std::string member_name;
  RecusalKind kind = RecusalKind::kDeclared;
  std::string reason;
};

struct StoredBallot {
  int64_t item_id = 0;
  std::string tracker;
  std::string ballot;  // core::ballot::serialize_ballot
  bool valid = true;   // published ballots: whether its proofs held at the close
};

struct ItemOutcome {
  int64_t item_id = 0;
  int64_t nomination_id = 0;
  int agree = 0, disagree = 0, invalid = 0, required_agree = 0, recused = 0;
  bool passed = false;
  std::string agree_decryption;
};

}  // namespace thidua::core
