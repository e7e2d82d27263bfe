#include "core/ballot_record.h"

#include <map>

#include "core/messages_vi/ballot.h"

namespace thidua::core::ballot {

namespace msg = core::messages_vi;

std::string ballot_context(int64_t session_id, int64_t item_id) {
  return "thidua/ballot/v1/session/" + std::to_string(session_id) + "/item/" + std::to_string(item_id);
}

std::string decryption_context(int64_t session_id, int64_t item_id, int option) {
  return ballot_context(session_id, item_id) + "/option/" + std::to_string(option);
}

ItemSums sum_item(const Point& election_key, int64_t session_id, int64_t item_id,
                  const std::vector<PublishedBallot>& ballots, std::vector<bool>* valid_out) {
  ItemSums out;
  const std::string context = ballot_context(session_id, item_id);
  std::vector<Ciphertext> per_option[kOptions];
  if (valid_out) valid_out->assign(ballots.size(), false);
  for (size_t i = 0; i < ballots.size(); ++i) {
    auto parsed = parse_ballot(ballots[i].ballot);
    const bool valid = parsed && static_cast<int>(parsed->choices.size()) == kOptions &&
                       verify_ballot(election_key, *parsed, context);
    if (!valid) {
      ++out.invalid;
      continue;
    }
    ++out.valid;
    if (valid_out) (*valid_out)[i] = true;
    for (int k = 0; k < kOptions; ++k) per_option[k].push_back(parsed->choices[k]);
  }
  for (int k = 0; k < kOptions; ++k) out.sums[k] = sum(per_option[k]);
  return out;
}

RecordCheck verify_record(const PublishedRecord& record) {
  RecordCheck check;
  if (record.election_key.empty()) {
    check.problems.push_back(msg::kRecordNoKey);
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
    const std::string* decryptions[kOptions] = {&it.agree_decryption, &it.disagree_decryption};
    const int totals[kOptions] = {it.agree, it.disagree};
    const char* names[kOptions] = {msg::kOptionAgree, msg::kOptionDisagree};
    for (int k = 0; k < kOptions; ++k) {
      ++check.decryptions_checked;
      auto dec = parse_decryption(*decryptions[k]);
      if (!dec || dec->total != totals[k] ||
          !verify_decryption(*key, sums.sums[k], *dec, decryption_context(record.session_id, it.item_id, k))) {
        check.problems.push_back(msg::record_decryption_failed(it.ord, names[k]));
      }
    }
  }
  check.ok = check.problems.empty();
  return check;
}

}  // namespace thidua::core::ballot
