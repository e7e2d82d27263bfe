// The exchange packages made here or taken in (migration 116, app/exchange.h):
// one row each, found by direction and package id; the highest sequence of a
// sender-receiver pair (a package not above it is a replay). The caller
// checks rights and holds the transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct ExchangePackageRow {
  int64_t id = 0;
  std::string package_id;
  std::string direction;  // "out", "in"
  std::string kind;       // "proposal", "answer"
  std::string sender_code;
  std::string receiver_code;
  int64_t sequence = 0;
  std::string manifest_sha256;
  std::string package_sha256;
  int64_t package_size = 0;
  std::optional<int64_t> decision_id;
  std::optional<int64_t> submission_id;
  std::string refers_to;  // an answer: the proposal package answered
  std::string reference;  // the proposal's reference at its sender
  int round = 1;
  std::string outcome;    // an answer: "decided", "returned"
  std::string note;       // the proposal's note, or the reason of a return
  std::string counterpart_name;  // the other agency's name: the receiver of a package made, the sender of one taken in
  std::string signer;     // an imported package: its signing certificate's CN
  std::optional<int64_t> created_by;
  std::string created_at;
  std::optional<int64_t> campaign_id;  // joined: the campaign of decision_id
};

core::Result<int64_t> insert_exchange_package(Connection& conn, const ExchangePackageRow& row);
core::Result<std::optional<ExchangePackageRow>> find_exchange_package(Connection& conn, const std::string& direction,
                                                                      const std::string& package_id);
// The highest sequence of `direction` from `sender_code` to `receiver_code` (0 when none).
core::Result<int64_t> last_sequence(Connection& conn, const std::string& direction, const std::string& sender_code,
                                    const std::string& receiver_code);
// The package of `direction` from `sender_code` to `receiver_code` numbered `sequence`, if any.
core::Result<std::optional<ExchangePackageRow>> package_with_sequence(Connection& conn, const std::string& direction,
                                                                      const std::string& sender_code,
                                                                      const std::string& receiver_code,
                                                                      int64_t sequence);
// The first package of `direction` whose sender was `sender_code`, if any
// (whose signer every later one from that code must match).
core::Result<std::optional<ExchangePackageRow>> first_package_from(Connection& conn, const std::string& direction,
                                                                   const std::string& sender_code);
// The packages of a local proposal (`decision_id`) or of a submission, oldest first.
core::Result<std::vector<ExchangePackageRow>> packages_of_decision(Connection& conn, int64_t decision_id);
core::Result<std::vector<ExchangePackageRow>> packages_of_submission(Connection& conn, int64_t submission_id);

}  // namespace thidua::store
