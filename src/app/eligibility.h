// Use case: why a person is or is not eligible for each annual title and
// award of a year (issue 11 #4), rule by rule, from their history in thidua:
// annual quality ratings (app/import_evaluations.h) and the annual titles of
// the award register (app/import_awards.h), initiatives, disciplinary
// measures and long absences (app/import_person_facts.h), read against the
// years the office declared complete (app/fact_years.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/award_rules.h"
#include "app/context.h"
#include "app/provisional_titles.h"
#include "core/authz.h"
#include "core/eligibility.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

struct AwardEligibility {
  std::string code;
  std::string name;
  core::Judgement judgement;
};

struct PersonEligibility {
  int64_t person_id = 0;
  std::string full_name;
  int year = 0;
  std::vector<AwardEligibility> awards;  // in the rules file's order
  // The awards not met, nearest first (core::within_reach): the first is
  // "the next award within reach"; empty when every award is met.
  std::vector<core::WithinReach> within_reach;
};

// For the person (kNotFound unless the actor may see them, as get_person) and
// the year of achievement `year` (kFirstEvaluationYear .. this year, else
// kValidation on "year"): each award of the rules in force that year.
core::Result<PersonEligibility> person_eligibility(const Services& services, const core::Actor& actor,
                                                   int64_t person_id, int year);

// The same for a unit as a collective: each collective award of the rules in
// force that year, judged on the unit's own rating and titles and on its
// members (the people of its subtree today, app/history_facts.h). kNotFound
// unless the actor sees the unit's people (kViewPeople on it: members' names
// and measures are shown); kValidation on "year" as above.
struct UnitEligibility {
  int64_t unit_id = 0;
  std::string name;
  int year = 0;
  int64_t members = 0;
  std::vector<AwardEligibility> awards;  // in the rules file's order
};
core::Result<UnitEligibility> unit_eligibility(const Services& services, const core::Actor& actor, int64_t unit_id,
                                               int year);

// A nominee judged by the rule set `code` in force in `year` (issue 11 #6:
// an award type of a campaign that names its eligibility rules): a person
// (`person_id`) on their history, a unit (`unit_id`) on its own and its
// members'. nullopt when no set of that code is in force that year or the set
// is for the other kind of subject (the page says so). The caller has already
// checked that the actor sees the nominee. `proposed`, when given, adds the
// titles of the year proposed in the nominee's campaign
// (app/provisional_titles.h).
core::Result<std::optional<AwardEligibility>> judge_nominee(store::Connection& conn, const std::string& code,
                                                            int year, std::optional<int64_t> person_id,
                                                            std::optional<int64_t> unit_id,
                                                            const ProvisionalTitles* proposed = nullptr);

// The year a page shows when none is asked: the latest year with ratings
// recorded (the year whose review is at hand), else this year.
core::Result<int> default_eligibility_year(const Services& services);

// "Eligible now": every person the actor sees (in a unit's subtree when
// `unit_id` is set), judged for one award of the year, counted by verdict,
// the people of one verdict listed a page at a time with the line that
// decides (what is wanting, else the first record used). People are judged
// by id a batch at a time, their facts of the rules' years read by range
// scans (app/history_facts.h), only each one's verdict kept; the page is then
// taken in name order, its people judged again on all their years to say
// why. Queries grow with the number of batches; memory with the number of
// people (one verdict each) and the page.
//
// For a collective award, the units instead: every unit whose people the
// actor sees (in the subtree of `unit_id` when set) and that existed in the
// year, judged one at a time on its members' facts, listed in tree order.
// Work grows with the people of each unit summed over the units (a person
// counts in every unit above them); memory with the largest unit.
struct EligibleQuery {
  std::string award_code;          // of the rules in force that year ("LDTT")
  int year = 0;
  std::optional<int64_t> unit_id;  // a subtree; none: all the actor sees
  core::Verdict shown = core::Verdict::kMet;
  int page = 1;                    // 1-based
  int page_size = 50;              // 1..200
};
struct EligibleRow {
  int64_t person_id = 0;    // 0 on a collective's row
  std::string full_name;    // "" on a collective's row
  int64_t unit_id = 0;      // a collective's row: the unit judged; else 0
  std::string unit_name;    // the person's unit, or the unit judged
  core::Verdict verdict = core::Verdict::kMet;
  std::string reason;
};
struct AwardChoice {
  std::string code;
  std::string name;
};
struct EligibleList {
  std::string code;
  std::string name;
  bool collective = false;  // rows are units
  int year = 0;
  std::vector<AwardChoice> awards;  // every award in force that year, for the choice
  int64_t met = 0, not_met = 0, missing = 0;
  core::Verdict shown = core::Verdict::kMet;
  std::vector<EligibleRow> rows;  // in name order
  int page = 1;
  int page_size = 50;
  bool has_more = false;
};
inline constexpr size_t kEligibleBatch = 1000;

// kForbidden without kViewPeople somewhere; kValidation on "year" (as
// person_eligibility) and on "award" for a code not in force that year;
// kNotFound for a unit the actor does not see.
core::Result<EligibleList> eligible_list(const Services& services, const core::Actor& actor,
                                        const EligibleQuery& query);

}  // namespace thidua::app
