#include "core/ballot_record.h"

#include <map>

#include "core/messages_vi/ballot.h"

namespace thidua::core::ballot {

namespace msg = core::messages_vi;

std::string ballot_context(int64_t session_id, int64_t item_id) {
  return "thidua/ballot/v1/session/" + std::to_string(session_id) + "/item/" + std::to_string(item_id);
}

std::string decryption_context(int64_t session_id, int64_t item_id) {
  return ballot_context(session_id, item_id) + "/agree-total";
}

ItemSums sum_item(const Point& election_key, int64_t session_id, int64_t item_id,
                  const std::vector<PublishedBallot>& ballots, std::vector<bool>* valid_out) {
  ItemSums out;
  const std::string context = ballot_context(session_id, item_id);
  std::vector<Ciphertext> yes;
  if (valid_out) valid_out->assign(ballots.size(), false);
  for (size_t i = 0; i < ballots.size(); ++i) {
    auto parsed = parse_ballot(ballots[i].ballot);
    const bool valid = parsed && verify_yes_no(election_key, *parsed, context);
    if (!valid) {
      ++out.invalid;
      continue;
    }
    ++out.valid;
    if (valid_out) (*valid_out)[i] = true;
    yes.push_back(parsed->choices[0]);
  }
  out.agree = sum(yes);
  return out;
}

RecordCheck verify_record(const PublishedRecord& record) {
  RecordCheck check;
  if (record.election_key.empty()) {
    if (record.ballots.empty()) {
      check.nothing_to_verify = true;
    } else {
      check.problems.push_back(msg::kRecordNoKey);
    }
    return check;
  }
  auto key = from_hex32(record.election_key);
  if (!key) {
    check.problems.push_back(msg::kRecordBadKey);
    return check;
  }
  std::map<int64_t, std::vector<PublishedBallot>> by_item;
  std::map<int64_t, const PublishedItem*> items;
  for (const auto& it : record.items) items[it.item_id] = &it;
  for (const auto& b : record.ballots) {
    ++check.ballots_checked;
    if (!items.count(b.item_id)) {
      check.problems.push_back(msg::record_unknown_item(b.tracker));
      continue;
    }
    auto parsed = parse_ballot(b.ballot);
    if (!parsed) {
      // An unreadable ballot can only have been published as invalid.
      if (b.valid) check.problems.push_back(msg::record_ballot_damaged(b.tracker));
      by_item[b.item_id].push_back(b);
      continue;
    }
    if (ballot_tracker(*parsed, ballot_context(record.session_id, b.item_id)) != b.tracker) {
      check.problems.push_back(msg::record_tracker_mismatch(b.tracker));
    }
    by_item[b.item_id].push_back(b);
  }
  for (const auto& it : record.items) {
    const auto& ballots = by_item[it.item_id];
    std::vector<bool> valid;
    const ItemSums sums = sum_item(*key, record.session_id, it.item_id, ballots, &valid);
    for (size_t i = 0; i < ballots.size(); ++i) {
      if (valid[i] != ballots[i].valid) check.problems.push_back(msg::record_validity_mismatch(ballots[i].tracker));
    }
    if (sums.invalid != it.invalid) check.problems.push_back(msg::record_invalid_count(it.ord));
    ++check.decryptions_checked;
    auto dec = parse_decryption(it.agree_decryption);
    if (!dec || dec->total != it.agree ||
        !verify_decryption(*key, sums.agree, *dec, decryption_context(record.session_id, it.item_id))) {
      check.problems.push_back(msg::record_decryption_failed(it.ord, msg::kOptionAgree));
    }
    // Every valid ballot is one or the other.
    if (it.disagree != sums.valid - it.agree) {
      check.problems.push_back(msg::record_decryption_failed(it.ord, msg::kOptionDisagree));
    }
  }
  check.ok = check.problems.empty();
  return check;
}

}  // namespace thidua::core::ballot
