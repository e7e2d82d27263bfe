// Eligibility from history (issue 11, legal.md §6): the rules an award or
// title asks of a person's past, as data, and their verdict rule by rule,
// each with the records it used. The mechanism only: which rules an award
// has, their numbers and their citations are data (shipped defaults an
// administrator edits); a fact the system does not hold is "missing",
// never "false". Pure: the app gathers the facts, this file judges them.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/absence.h"
#include "core/discipline.h"
#include "core/evaluation.h"
#include "core/initiative.h"

namespace thidua::core {

// The facts about one person the rules read, by year of achievement.
struct RatingFact {
  int year = 0;
  EvaluationRating rating = EvaluationRating::kCompleted;
  std::string rated_on;  // ISO, may be ""
};
struct TitleFact {
  int year = 0;
  std::string title;     // as recorded: "Chiến sĩ thi đua cơ sở"
  std::string decision;  // "12/QĐ-STNMT ngày 20/12/2023" as shown
  // Not in the register yet: proposed in the year's review, not decided
  // (app/provisional_titles.h). It meets a rule asking that title, its line
  // saying so; it never stands for "the year's titles are recorded".
  bool provisional = false;
};
struct InitiativeFact {
  int year = 0;  // of its recognition
  std::string title;
  InitiativeScope scope = InitiativeScope::kAgency;
  std::string decision;  // the recognition decision as shown
  InitiativeKind kind = InitiativeKind::kInitiative;
};
struct DisciplineFact {
  int first_year = 0;  // the years the measure counts in
  int last_year = 0;
  int severity = 1;     // core::DisciplineMeasure's value
  std::string measure;  // as shown ("Cảnh cáo")
  std::string decision;
};
struct AbsenceFact {
  int year = 0;
  int days = 0;
  AbsenceReason reason = AbsenceReason::kOther;
};
// An award of the register other than an annual title (a Bằng khen, a
// certificate), with the year of achievement its decision names.
struct AwardFact {
  int year = 0;
  std::string name;      // as recorded: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
  std::string decision;  // as shown
};
struct PersonFacts {
  std::vector<RatingFact> ratings;
  std::vector<TitleFact> titles;
  std::vector<AwardFact> awards;  // the register's other awards, every year
  std::vector<InitiativeFact> initiatives;
  std::vector<DisciplineFact> discipline;
  std::vector<AbsenceFact> absences;
  // The years whose records of each kind the office has declared complete:
  // only there does the absence of a record mean "none". A rule a record
  // already decides (a title found, an initiative found, a measure found)
  // needs no declaration; one that rests on an absence in an undeclared year
  // is "missing".
  std::set<int> title_years;
  std::set<int> initiative_years;
  std::set<int> discipline_years;
  std::set<int> absence_years;
};

// The facts about a collective (a unit) the rules read: its own ratings and
// annual titles (in `own`, with the declared years), and its members' facts
// (the people of the unit and of the units under it).
struct MemberFacts {
  std::string full_name;
  PersonFacts facts;
  int64_t person_id = 0;  // 0 when not known (facts built by hand)
};
struct UnitFacts {
  PersonFacts own;
  std::vector<MemberFacts> members;
};

// What a rule asks (every number is the rule's data).
enum class RuleKind {
  kRatingAtLeast,     // a rating of `rating` or better in each of `years` consecutive years ending at the year judged
  kTitleStreak,       // the title `title` in each of `years` consecutive years ending `offset` years before the year judged
  kInitiatives,       // at least `count` initiatives of scope `scope` or wider recognised within the `years` ending at the year judged
  kNoDiscipline,      // no disciplinary measure of `severity` or heavier counting in the `years` ending at the year judged
  kAbsenceBelow,      // in each of the `years` ending at the year judged, fewer than `days` days absent, the `excused` reasons not counted
  // An award named `title` already given (a form of the register, or an
  // annual title), and since the year of achievement its latest decision
  // names, the `years` years ending at the year judged all rated `rating` or
  // better: the interval counted from the earlier award's achievement period
  // (Law 06/2022/QH15). None recorded is missing; one too recent is not met,
  // naming it.
  kSinceAward,
  // Collectives only: over the unit's members, in each of the `years` ending
  // at the year judged. A member "has it" with the title `title` that year,
  // or, when `title` is empty, a rating of `rating` or better.
  kMembersShare,         // at least `share` percent of the members have it
  kMembersCount,         // at least `count` members have it
  kMembersNoDiscipline,  // no member under a measure of `severity` or heavier
};

// Whether a kind reads a collective's members (else a person's own facts;
// for a collective, its own ratings and titles).
bool is_member_rule(RuleKind kind);

struct Rule {
  RuleKind kind = RuleKind::kRatingAtLeast;
  EvaluationRating rating = EvaluationRating::kGood;
  std::string title;  // folded comparison
  InitiativeScope scope = InitiativeScope::kAgency;
  int years = 1;
  int offset = 0;
  int count = 1;
  int severity = 1;
  int days = 40;
  int share = 50;  // percent, 1..100
  std::vector<AbsenceReason> excused;
  std::string citation;  // "Nghị định 98/2023/NĐ-CP, Điều 4"
  bool to_confirm = true;  // widely cited, not yet checked against the official text
};

// The kinds of records a set of rules reads: about the person judged (or a
// collective's own), or, with `members`, about a collective's members (its
// member rules). A reader may leave the others empty: no rule of the set
// looks at them, so the verdicts are the same.
struct FactsNeeded {
  bool ratings = false;
  bool titles = false;  // annual titles
  bool awards = false;  // the register's other awards (forms)
  bool initiatives = false;
  bool discipline = false;
  bool absences = false;
  static FactsNeeded every() { return {true, true, true, true, true, true}; }
};
FactsNeeded facts_needed(const std::vector<Rule>& rules, bool members = false);

enum class Verdict { kMet, kNotMet, kMissing };
std::string_view verdict_code(Verdict v);   // "met", "not_met", "missing" (the API's)
std::string_view verdict_label(Verdict v);  // "Đủ điều kiện", ...
std::optional<Verdict> read_verdict_code(std::string_view code);

// One rule's verdict, with what it asked and the records it used (or the
// years/facts that are missing), as lines a person reads (Vietnamese).
struct RuleResult {
  Verdict verdict = Verdict::kMissing;
  std::string asks;                // what the rule asks, in words
  std::vector<std::string> used;   // the records it used
  std::vector<std::string> wanting;  // for a rule not met or missing: what fails or is missing
  std::string citation;
  bool to_confirm = true;
};

// Judges one rule for the year `year` (the year of achievement considered).
// Without `explain`, only the verdict is set (no lines, no citation): the
// same judgement, cheaper, for judging many people.
RuleResult judge(const Rule& rule, const PersonFacts& facts, int year, bool explain = true);

// Every rule of an award (all must hold): not met when any is not met, else
// missing when any is missing, else met.
struct Judgement {
  Verdict verdict = Verdict::kMissing;
  std::vector<RuleResult> rules;
};
Judgement judge_all(const std::vector<Rule>& rules, const PersonFacts& facts, int year, bool explain = true);

// The same for a collective: member rules over `facts.members`, the others
// over `facts.own`. A collective with no members is "missing" on a member
// rule (the system does not hold its people).
RuleResult judge(const Rule& rule, const UnitFacts& facts, int year, bool explain = true);
Judgement judge_all(const std::vector<Rule>& rules, const UnitFacts& facts, int year, bool explain = true);

// "The next award within reach" (issue 11 #4): of awards judged for one
// subject and year, given in the rules file's order (lower titles first),
// those not met, nearest first: by how many of their rules are not met or
// missing (`short_of`, at least 1), then in the order given. Awards met are
// left out. Each names its index in `judgements`.
struct WithinReach {
  size_t index = 0;
  int short_of = 0;
};
std::vector<WithinReach> within_reach(const std::vector<const Judgement*>& judgements);

}  // namespace thidua::core
