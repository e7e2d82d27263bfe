#include "core/campaign_vote.h"

#include <algorithm>

#include <cstdint>
#include <string>

#include "core/messages_vi/council.h"

namespace thidua::core {

std::string_view ballot_kind_code(BallotKind k) {
  return k == BallotKind::kSecret ? "secret" : "open";
}

std::string_view ballot_kind_label(BallotKind k) {
  return k == BallotKind::kSecret ? messages_vi::kBallotSecret : messages_vi::kBallotOpen;
}

std::optional<BallotKind> parse_ballot_kind(std::string_view code) {
  if (code == "secret") return BallotKind::kSecret;
  if (code == "open") return BallotKind::kOpen;
  return std::nullopt;
}

std::string_view vote_base_code(VoteBase b) { return b == VoteBase::kPresent ? "present" : "total"; }

std::string_view vote_base_label(VoteBase b) {
  return b == VoteBase::kPresent ? messages_vi::kVoteBasePresent : messages_vi::kVoteBaseTotal;
}

std::string ballot_threshold_text(const BallotRule& rule) {
  namespace msg = messages_vi;
  std::string out = std::string(rule.strictly_above ? msg::kRuleAbove : msg::kRuleFrom) + " " +
                    std::to_string(rule.threshold.numerator) + "/" + std::to_string(rule.threshold.denominator) + " " +
                    (rule.base == VoteBase::kPresent ? msg::kRuleBasePresent : msg::kRuleBaseTotal);
  if (!rule.strictly_above) out += std::string(" ") + msg::kRuleOrMore;
  return out;
}

std::optional<VoteBase> parse_vote_base(std::string_view code) {
  if (code == "present") return VoteBase::kPresent;
  if (code == "total") return VoteBase::kTotal;
  return std::nullopt;
}

double Share::percent() const {
  return denominator == 0 ? 0.0 : 100.0 * numerator / denominator;
}

namespace {

bool valid_share(const Share& s) {
  return s.denominator > 0 && s.numerator >= 0 && s.numerator <= s.denominator;
}

// ceil(n·num/den) and floor(n·num/den) for n, num >= 0, den > 0, in 64 bits.
int64_t ceil_share(int64_t n, const Share& s) {
  return (n * s.numerator + s.denominator - 1) / s.denominator;
}
int64_t floor_share(int64_t n, const Share& s) { return n * s.numerator / s.denominator; }

}  // namespace

bool valid_ballot_rule(const BallotRule& rule) {
  return valid_share(rule.threshold) && valid_share(rule.quorum);
}

VoteOutcome count_votes(const BallotRule& rule, int members_total, int members_present, int agree,
                        int disagree, int invalid, int recused) {
  VoteOutcome out;
  if (!valid_ballot_rule(rule)) return out;
  out.tally_consistent = members_total >= 0 && members_present >= 0 && agree >= 0 && disagree >= 0 &&
                         invalid >= 0 && recused >= 0 && members_present <= members_total &&
                         recused <= members_present &&
                         static_cast<int64_t>(agree) + disagree + invalid + recused <= members_present;
  if (members_total < 0 || members_present < 0 || recused < 0) return out;

  out.required_present = static_cast<int>(ceil_share(members_total, rule.quorum));
  out.quorum_met = members_present >= out.required_present;
  out.base = rule.base == VoteBase::kPresent ? members_present : members_total;
  if (rule.recused_leave_base) out.base = std::max(0, out.base - recused);
  out.required_agree = static_cast<int>(rule.strictly_above ? floor_share(out.base, rule.threshold) + 1
                                                            : ceil_share(out.base, rule.threshold));
  out.percent = out.base > 0 && agree >= 0 ? 100.0 * agree / out.base : 0.0;
  out.passed = out.tally_consistent && out.quorum_met && out.base > 0 && agree >= out.required_agree;
  return out;
}

BallotRule default_campaign_award_rule() {
  BallotRule r;
  r.kind = BallotKind::kSecret;
  r.base = VoteBase::kPresent;
  r.threshold = {1, 2};
  r.strictly_above = true;
  r.quorum = {2, 3};
  r.legal_citation = messages_vi::kCampaignAwardRuleCitation;
  r.citation_confirmed = false;
  return r;
}

BallotRule default_grassroots_emulation_fighter_rule() {
  BallotRule r;
  r.kind = BallotKind::kSecret;
  r.base = VoteBase::kTotal;
  r.threshold = {70, 100};
  r.strictly_above = false;
  r.quorum = {2, 3};
  r.legal_citation = messages_vi::kGrassrootsFighterRuleCitation;

  r.citation_confirmed = false;
  return r;
}

}  // namespace thidua::core
