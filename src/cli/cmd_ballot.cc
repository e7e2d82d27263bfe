// `thidua ballot verify --session N`: checks a closed session's published
// ballot record independently of the server (core::ballot::verify_record):
// every tracker, every ballot's proofs, the homomorphic sums and each
// decryption proof. Exit 0 when everything holds, 1 otherwise.
#include <iostream>

#include "app/ballot.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "core/ballot_record.h"
#include "core/messages_vi/ballot.h"
#include "core/messages_vi/cli.h"

namespace thidua::cli {

namespace msg = core::messages_vi;

int cmd_ballot(int argc, char** argv) {
  std::string err;
  auto args = parse_args(argc, argv, 2, {}, {"db", "session"}, err);
  if (!args) return fail(err), 2;
  if (args->positional.size() != 1 || args->positional[0] != "verify" || args->get("session").empty()) {
    std::cerr << msg::kBallotUsage;
    return 2;
  }
  int64_t session_id = 0;
  try {
    size_t used = 0;
    session_id = std::stoll(args->get("session"), &used);
    if (used != args->get("session").size() || session_id <= 0) throw std::invalid_argument("session");
  } catch (const std::exception&) {
    return fail(msg::kBallotSessionNotNumber), 2;
  }
  auto db = open_db(args->get("db", default_db_url()), true, 1);
  if (!db) return 1;
  auto conn = db->acquire();
  auto record = app::load_ballot_record(*conn, session_id);
  if (!record.ok()) return fail(core::describe(record.error()));
  const auto check = core::ballot::verify_record(*record);
  if (check.nothing_to_verify) {
    std::cout << msg::kRecordNothingToVerify << "\n";
    return 0;
  }
  if (!check.ok) {
    std::cout << msg::kBallotNotVerified;
    for (const auto& p : check.problems) std::cout << "  - " << p << "\n";
    return 1;
  }
  std::cout << msg::kBallotVerified << check.ballots_checked << msg::kBallotVerifiedCounts
            << check.decryptions_checked << ".\n";
  return 0;
}

}  // namespace thidua::cli
