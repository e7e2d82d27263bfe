// The council's vote-counting rule (legal.md §3): whether a session has its
// quorum and whether a nomination reaches the agree threshold of its award
// type. The mechanism only: every number (quorum, threshold, base) is data
// carried by the award type's BallotRule, with its legal citation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::core {

enum class BallotKind { kSecret, kOpen };

std::string_view ballot_kind_code(BallotKind k);   // "secret", "open"
std::string_view ballot_kind_label(BallotKind k);  // "Bỏ phiếu kín", "Biểu quyết công khai"
std::optional<BallotKind> parse_ballot_kind(std::string_view code);

// What the threshold is counted on: the members present at the session or the
// council's whole membership.
enum class VoteBase { kPresent, kTotal };

std::string_view vote_base_code(VoteBase b);   // "present", "total"
std::string_view vote_base_label(VoteBase b);  // "Số thành viên có mặt", "Tổng số thành viên"
std::optional<VoteBase> parse_vote_base(std::string_view code);

// An exact share numerator/denominator (two thirds stays two thirds).
// Valid when 0 <= numerator <= denominator and denominator > 0.
struct Share {
  int numerator = 0;
  int denominator = 1;
  double percent() const;  // 100 * numerator / denominator
};

struct BallotRule {
  BallotKind kind = BallotKind::kSecret;
  VoteBase base = VoteBase::kPresent;
  Share threshold{1, 2};
  // True: agree must be strictly more than threshold·base ("quá nửa").
  // False: agree must be at least threshold·base ("từ 70% trở lên").
  bool strictly_above = true;
  // The session is valid when present >= quorum·total (at least).
  Share quorum{2, 3};
  // True: members recused from an item (a nominee on it, or a declared
  // conflict of interest) leave the threshold's base, whether it counts the
  // members present or the whole membership. The quorum is never reduced.
  bool recused_leave_base = true;
  std::string legal_citation;        // shown beside the rule, Vietnamese
  bool citation_confirmed = false;   // false while legal.md marks it "(confirm)"
};

// True when both shares are valid (see Share).
bool valid_ballot_rule(const BallotRule& rule);

// The rule's threshold in words, as the plan and the council pages show it:
// "trên 1/2 số thành viên có mặt" (strictly above) or "từ 7/10 tổng số thành
// viên trở lên" (at least).
std::string ballot_threshold_text(const BallotRule& rule);

struct VoteOutcome {
  bool tally_consistent = false;  // inputs non-negative, present <= total, votes <= present
  bool quorum_met = false;        // members_present >= required_present
  bool passed = false;            // tally consistent, quorum met and agree >= required_agree
  int required_present = 0;       // ceil(quorum · total)
  int base = 0;                   // members present or total, per the rule
  int required_agree = 0;         // least agree count that passes
  double percent = 0;             // 100 · agree / base (0 when base is 0)
};

// Counts one nomination's tally under `rule`. Pure arithmetic on integers, no
// rounding surprises: required_agree = floor(t·base)+1 when strictly_above,
// else ceil(t·base). A rule with an invalid share, or an inconsistent tally
// (negative numbers, more present than members, more ballots than present),
// never passes. `disagree` and `invalid` count only toward consistency: blank
// or spoiled ballots are not agree votes. `recused` members (present, not
// voting on this item) leave the base when rule.recused_leave_base; ballots
// may then number at most present − recused.
VoteOutcome count_votes(const BallotRule& rule, int members_total, int members_present, int agree,
                        int disagree, int invalid, int recused = 0);

// Shipped defaults (administrators may change them; they are data, not law).
// Campaign awards, the council's own rules: secret ballot, more than half of
// the members present agree, quorum two thirds of members.
// Law 06/2022/QH15, Decree 98/2023/NĐ-CP; council rules (confirm).
BallotRule default_campaign_award_rule();
// Chiến sĩ thi đua cơ sở: secret ballot, at least 70 % of the council's total
// membership agree, quorum two thirds. Decree 98/2023/NĐ-CP (confirm).
BallotRule default_grassroots_emulation_fighter_rule();

}  // namespace thidua::core
