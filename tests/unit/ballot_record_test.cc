// The published record of a secret ballot (core/ballot_record.h) checked the
// way `thidua ballot verify` and the verification page check it: a record
// built by hand with the crypto API verifies, and every tampering with it
// (a ballot's ciphertext, a total, a validity flag, an item, the key) is
// reported as a problem. Also the yes/no ballot's own proofs, and the
// counting rule with recused members (core::count_votes).
#include "core/ballot_record.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/ballot_crypto.h"
#include "core/campaign_vote.h"

namespace thidua::core::ballot {
namespace {

constexpr int64_t kSession = 7;
constexpr int64_t kItemA = 11;  // ord 1: agree, agree, disagree, and one invalid ballot
constexpr int64_t kItemB = 12;  // ord 2: disagree, agree

struct Keys {
  Point key{};
  Scalar secret{};
};

// The election key of a committee of `members`, as the close combines it.
Keys committee_keys(int members = 2) {
  std::vector<Point> points;
  std::vector<Scalar> scalars;
  for (int i = 0; i < members; ++i) {
    scalars.push_back(share_scalar(random_share_seed()));
    points.push_back(public_point(scalars.back()));
  }
  return {combine_public(points), combine_secret(scalars)};
}

PublishedBallot publish(const EncryptedBallot& b, int64_t item, bool valid = true) {
  return {item, ballot_tracker(b, ballot_context(kSession, item)), serialize_ballot(b), valid};
}

PublishedBallot yes_no(const Point& key, int64_t item, bool yes) {
  auto b = encrypt_yes_no(key, yes, ballot_context(kSession, item));
  EXPECT_TRUE(b.has_value());
  return publish(b.value_or(EncryptedBallot{}), item);
}

// Decrypts the item's agree total as the close does and fills its line.
PublishedItem count_item(const Keys& k, int64_t item, int ord, const std::vector<PublishedBallot>& all) {
  std::vector<PublishedBallot> mine;
  for (const auto& b : all) {
    if (b.item_id == item) mine.push_back(b);
  }
  const ItemSums sums = sum_item(k.key, kSession, item, mine, nullptr);
  auto dec = decrypt_total(k.secret, k.key, sums.agree, sums.valid, decryption_context(kSession, item));
  EXPECT_TRUE(dec.has_value());
  PublishedItem out;
  out.item_id = item;
  out.ord = ord;
  out.agree = dec ? static_cast<int>(dec->total) : -1;
  out.disagree = sums.valid - out.agree;
  out.invalid = sums.invalid;
  out.agree_decryption = dec ? serialize_decryption(*dec) : "";
  return out;
}

class BallotRecord : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    keys_ = committee_keys();
    record_.session_id = kSession;
    record_.election_key = to_hex(keys_.key);
    auto& b = record_.ballots;
    b.push_back(yes_no(keys_.key, kItemA, true));
    b.push_back(yes_no(keys_.key, kItemA, true));
    b.push_back(yes_no(keys_.key, kItemA, false));
    // A ballot sealed under another key: its proof fails, so the close
    // published it as invalid and left it out of the sum.
    auto stray = encrypt_yes_no(committee_keys().key, true, ballot_context(kSession, kItemA));
    ASSERT_TRUE(stray.has_value());
    b.push_back(publish(*stray, kItemA, false));
    b.push_back(yes_no(keys_.key, kItemB, false));
    b.push_back(yes_no(keys_.key, kItemB, true));
    record_.items.push_back(count_item(keys_, kItemA, 1, b));
    record_.items.push_back(count_item(keys_, kItemB, 2, b));
  }

  // The record's check, which must fail with at least one problem line
  // containing `expected`.
  void expect_problem(const PublishedRecord& r, const std::string& expected) {
    const RecordCheck check = verify_record(r);
    EXPECT_FALSE(check.ok);
    ASSERT_FALSE(check.problems.empty());
    bool found = false;
    std::string all;
    for (const auto& p : check.problems) {
      EXPECT_FALSE(p.empty());
      found = found || p.find(expected) != std::string::npos;
      all += "\n  " + p;
    }
    EXPECT_TRUE(found) << "no problem mentions \"" << expected << "\":" << all;
  }

  PublishedBallot& ballot(int64_t item, size_t nth) {
    for (auto& b : record_.ballots) {
      if (b.item_id == item && nth-- == 0) return b;
    }
    ADD_FAILURE() << "no ballot " << nth << " on item " << item;
    return record_.ballots.front();
  }

  Keys keys_;
  PublishedRecord record_;
};

TEST_F(BallotRecord, AnHonestRecordVerifies) {
  ASSERT_EQ(record_.items[0].agree, 2);
  ASSERT_EQ(record_.items[0].disagree, 1);
  ASSERT_EQ(record_.items[0].invalid, 1);
  ASSERT_EQ(record_.items[1].agree, 1);
  ASSERT_EQ(record_.items[1].disagree, 1);
  const RecordCheck check = verify_record(record_);
  EXPECT_TRUE(check.ok);
  EXPECT_TRUE(check.problems.empty()) << check.problems.front();
  EXPECT_EQ(check.ballots_checked, 6);
  EXPECT_EQ(check.decryptions_checked, 2);
}

// Sessions closed before the encrypted ballot have nothing to check; a key
// removed from a record that publishes ballots is a problem.
TEST_F(BallotRecord, ASessionFromBeforeTheEncryptedBallotHasNothingToVerify) {
  PublishedRecord old;
  old.session_id = 3;
  const RecordCheck nothing = verify_record(old);
  EXPECT_TRUE(nothing.nothing_to_verify);
  EXPECT_FALSE(nothing.ok);
  EXPECT_TRUE(nothing.problems.empty());
  record_.election_key.clear();
  const RecordCheck stripped = verify_record(record_);
  EXPECT_FALSE(stripped.nothing_to_verify);
  EXPECT_FALSE(stripped.ok);
  EXPECT_FALSE(stripped.problems.empty());
}

TEST_F(BallotRecord, ABallotSwappedForAnotherValidBallotBreaksItsTracker) {
  // Same item, both valid: the sums are unchanged, only the trackers tell.
  const std::string first = ballot(kItemA, 0).ballot;
  ballot(kItemA, 0).ballot = ballot(kItemA, 2).ballot;
  ballot(kItemA, 2).ballot = first;
  expect_problem(record_, "Mã theo dõi " + ballot(kItemA, 0).tracker + " không khớp");
  expect_problem(record_, "Mã theo dõi " + ballot(kItemA, 2).tracker + " không khớp");
}

TEST_F(BallotRecord, ABallotReplacedByACopyOfAnotherBreaksTrackerAndTotal) {
  // The "disagree" ballot replaced by a copy of an "agree" one.
  ballot(kItemA, 2).ballot = ballot(kItemA, 0).ballot;
  expect_problem(record_, "Mã theo dõi " + ballot(kItemA, 2).tracker + " không khớp");
  expect_problem(record_, "Đề nghị số 1: kết quả \"đồng ý\"");
}

TEST_F(BallotRecord, AChangedAgreeTotalFails) {
  record_.items[0].agree += 1;
  record_.items[0].disagree -= 1;  // still adds up to the valid ballots
  expect_problem(record_, "Đề nghị số 1: kết quả \"đồng ý\" không khớp");
}

TEST_F(BallotRecord, AChangedDisagreeTotalFails) {
  record_.items[1].disagree += 1;
  expect_problem(record_, "Đề nghị số 2: kết quả \"không đồng ý\" không khớp");
}

TEST_F(BallotRecord, ADecryptionOfAnotherItemFails) {
  // Item 2's proof (same total, 1) shown for item 1 with item 1's total
  // lowered to match: the proof is bound to its sum and context.
  record_.items[0].agree = 1;
  record_.items[0].disagree = 2;
  record_.items[0].agree_decryption = record_.items[1].agree_decryption;
  expect_problem(record_, "Đề nghị số 1: kết quả \"đồng ý\"");
}

TEST_F(BallotRecord, ABallotUnderAnotherKeyMarkedValidFails) {
  auto other = encrypt_yes_no(committee_keys().key, false, ballot_context(kSession, kItemB));
  ASSERT_TRUE(other.has_value());
  record_.ballots.push_back(publish(*other, kItemB, true));
  expect_problem(record_, "Phiếu " + record_.ballots.back().tracker + " được ghi hợp lệ/không hợp lệ trái");
  expect_problem(record_, "Đề nghị số 2: số phiếu không hợp lệ không khớp");
}

TEST_F(BallotRecord, ABallotSealedForAnotherItemMarkedValidFails) {
  // Item 2's context, published on item 1 with item 1's tracker: only the
  // proof can tell, and it is bound to the session and item.
  auto other = encrypt_yes_no(keys_.key, true, ballot_context(kSession, kItemB));
  ASSERT_TRUE(other.has_value());
  record_.ballots.push_back(publish(*other, kItemA, true));
  expect_problem(record_, "Phiếu " + record_.ballots.back().tracker + " được ghi hợp lệ/không hợp lệ trái");
}

TEST_F(BallotRecord, AnInvalidBallotHiddenAsValidFails) {
  PublishedBallot& stray = ballot(kItemA, 3);
  ASSERT_FALSE(stray.valid);
  stray.valid = true;
  record_.items[0].invalid = 0;  // the hiding made consistent with the flags
  expect_problem(record_, "Phiếu " + stray.tracker + " được ghi hợp lệ/không hợp lệ trái");
}

TEST_F(BallotRecord, AnUnreadableBallotMarkedValidFails) {
  ballot(kItemB, 0).ballot = "not-a-ballot";
  expect_problem(record_, "Phiếu " + ballot(kItemB, 0).tracker + " bị hỏng");
}

TEST_F(BallotRecord, ABallotOnAnUnknownItemFails) {
  ballot(kItemB, 1).item_id = 999;
  expect_problem(record_, "Phiếu " + ballot(999, 0).tracker + " không thuộc đề nghị nào");
}

TEST_F(BallotRecord, AWrongElectionKeyFails) {
  record_.election_key = to_hex(committee_keys().key);
  const RecordCheck check = verify_record(record_);
  EXPECT_FALSE(check.ok);
  // Every ballot's proof fails under the wrong key, and so does every decryption.
  EXPECT_GE(check.problems.size(), 5u);
  expect_problem(record_, "Đề nghị số 1: kết quả \"đồng ý\"");
  expect_problem(record_, "Đề nghị số 2: kết quả \"đồng ý\"");
}

TEST_F(BallotRecord, AnEmptyOrMalformedKeyFails) {
  record_.election_key = "";
  expect_problem(record_, "không có khóa bỏ phiếu");
  record_.election_key = "zz" + to_hex(keys_.key).substr(2);
  expect_problem(record_, "Khóa công khai của phiên bỏ phiếu bị hỏng");
  record_.election_key = to_hex(keys_.key).substr(2);
  expect_problem(record_, "Khóa công khai của phiên bỏ phiếu bị hỏng");
}

// --- The yes/no ballot -------------------------------------------------------

TEST_F(BallotRecord, YesNoBallotsRoundTripAndDecrypt) {
  const std::string context = ballot_context(kSession, kItemA);
  for (bool yes : {true, false}) {
    auto b = encrypt_yes_no(keys_.key, yes, context);
    ASSERT_TRUE(b.has_value());
    ASSERT_EQ(b->choices.size(), 1u);
    EXPECT_TRUE(verify_yes_no(keys_.key, *b, context)) << yes;
    auto parsed = parse_ballot(serialize_ballot(*b));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_TRUE(verify_yes_no(keys_.key, *parsed, context));
    EXPECT_EQ(ballot_tracker(*parsed, context), ballot_tracker(*b, context));
    // Bound to its key and its session and item.
    EXPECT_FALSE(verify_yes_no(committee_keys().key, *b, context));
    EXPECT_FALSE(verify_yes_no(keys_.key, *b, ballot_context(kSession, kItemB)));
    EXPECT_FALSE(verify_yes_no(keys_.key, *b, ballot_context(kSession + 1, kItemA)));
    auto dec = decrypt_total(keys_.secret, keys_.key, b->choices[0], 1, "total");
    ASSERT_TRUE(dec.has_value());
    EXPECT_EQ(dec->total, yes ? 1 : 0);
    EXPECT_TRUE(verify_decryption(keys_.key, b->choices[0], *dec, "total"));
    EXPECT_FALSE(verify_decryption(keys_.key, b->choices[0], *dec, "another total"));
  }
  // No ballot under the identity or an invalid point.
  EXPECT_FALSE(encrypt_yes_no(Point{}, true, context).has_value());
}

TEST_F(BallotRecord, AYesNoBallotWithANonZeroSumProofIsRefused) {
  const std::string context = ballot_context(kSession, kItemA);
  auto b = encrypt_yes_no(keys_.key, true, context);
  ASSERT_TRUE(b.has_value());
  ASSERT_TRUE(verify_yes_no(keys_.key, *b, context));
  EncryptedBallot c = *b;
  c.sum_proof.c[0] = 1;
  EXPECT_FALSE(verify_yes_no(keys_.key, c, context));
  EncryptedBallot s = *b;
  s.sum_proof.s[31] = 1;
  EXPECT_FALSE(verify_yes_no(keys_.key, s, context));
}

TEST_F(BallotRecord, ATwoOptionBallotIsNotAYesNoBallot) {
  const std::string context = ballot_context(kSession, kItemA);
  auto two = encrypt_ballot(keys_.key, 2, 0, context);
  ASSERT_TRUE(two.has_value());
  ASSERT_TRUE(verify_ballot(keys_.key, *two, context));
  EXPECT_FALSE(verify_yes_no(keys_.key, *two, context));
  // Nor its first choice alone with the two-option proof of sum.
  EncryptedBallot first = *two;
  first.choices.resize(1);
  first.bit_proofs.resize(1);
  EXPECT_FALSE(verify_yes_no(keys_.key, first, context));
  // Published as valid, it is reported.
  record_.ballots.push_back(publish(*two, kItemA, true));
  expect_problem(record_, "Phiếu " + record_.ballots.back().tracker + " được ghi hợp lệ/không hợp lệ trái");
}

}  // namespace
}  // namespace thidua::core::ballot

// --- Counting with recused members ---------------------------------------------

namespace thidua::core {
namespace {

TEST(CountVotesRecused, RecusedMembersLeaveTheBaseOfPresentMembers) {
  const BallotRule rule = default_campaign_award_rule();  // > 1/2 of present, quorum 2/3
  ASSERT_TRUE(rule.recused_leave_base);
  // 5 members, 4 present, 1 recused: base 3, more than half is 2.
  const VoteOutcome o = count_votes(rule, 5, 4, 2, 1, 0, 1);
  EXPECT_TRUE(o.tally_consistent);
  EXPECT_TRUE(o.quorum_met);
  EXPECT_EQ(o.base, 3);
  EXPECT_EQ(o.required_agree, 2);
  EXPECT_TRUE(o.passed);
  // Without the recusal the same 2 agree do not pass (base 4 needs 3).
  const VoteOutcome none = count_votes(rule, 5, 4, 2, 2, 0, 0);
  EXPECT_EQ(none.base, 4);
  EXPECT_EQ(none.required_agree, 3);
  EXPECT_FALSE(none.passed);
}

TEST(CountVotesRecused, TheBaseStaysWhenTheRuleKeepsRecusedMembers) {
  BallotRule rule = default_campaign_award_rule();
  rule.recused_leave_base = false;
  const VoteOutcome o = count_votes(rule, 5, 4, 2, 1, 0, 1);
  EXPECT_TRUE(o.tally_consistent);
  EXPECT_EQ(o.base, 4);
  EXPECT_EQ(o.required_agree, 3);
  EXPECT_FALSE(o.passed);
}

TEST(CountVotesRecused, RecusedMembersLeaveTheBaseOfTheWholeCouncil) {
  const BallotRule rule = default_grassroots_emulation_fighter_rule();  // >= 70 % of total
  // 5 members: 4 needed (3.5 → 4); one recused: 70 % of 4 = 2.8 → 3.
  EXPECT_EQ(count_votes(rule, 5, 5, 3, 2, 0, 0).required_agree, 4);
  const VoteOutcome o = count_votes(rule, 5, 5, 3, 1, 0, 1);
  EXPECT_EQ(o.base, 4);
  EXPECT_EQ(o.required_agree, 3);
  EXPECT_TRUE(o.passed);
}

TEST(CountVotesRecused, TheQuorumIsNeverReduced) {
  const BallotRule rule = default_campaign_award_rule();
  for (int recused : {0, 1, 2}) {
    const VoteOutcome four = count_votes(rule, 5, 4, 0, 0, 0, recused);
    EXPECT_EQ(four.required_present, 4) << recused;
    EXPECT_TRUE(four.quorum_met) << recused;
    const VoteOutcome three = count_votes(rule, 5, 3, 2, 0, 0, recused);
    EXPECT_EQ(three.required_present, 4) << recused;
    EXPECT_FALSE(three.quorum_met) << recused;
    EXPECT_FALSE(three.passed) << recused;
  }
}

TEST(CountVotesRecused, BallotsAndRecusedBeyondThePresentAreInconsistent) {
  const BallotRule rule = default_campaign_award_rule();
  // 4 present, 1 recused: at most 3 ballots.
  EXPECT_TRUE(count_votes(rule, 5, 4, 3, 0, 0, 1).tally_consistent);
  const VoteOutcome over = count_votes(rule, 5, 4, 3, 1, 0, 1);
  EXPECT_FALSE(over.tally_consistent);
  EXPECT_FALSE(over.passed);
  EXPECT_FALSE(count_votes(rule, 5, 4, 2, 0, 1, 2).tally_consistent);
  // More recused than present, or a negative count.
  EXPECT_FALSE(count_votes(rule, 5, 4, 0, 0, 0, 5).tally_consistent);
  EXPECT_FALSE(count_votes(rule, 5, 4, 3, 0, 0, -1).tally_consistent);
  EXPECT_FALSE(count_votes(rule, 5, 4, 3, 0, 0, -1).passed);
}

}  // namespace
}  // namespace thidua::core
