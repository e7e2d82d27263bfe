// Five years of history for the demo's people (issue 11, "Demo"): annual
// quality ratings, the register's Lao động tiên tiến and Chiến sĩ thi đua cơ
// sở titles, recognised initiatives, a few disciplinary measures and long
// absences, and those years declared complete, so that on first run the
// eligibility lists and their reasons show real cases. Drawn
// deterministically from the demo's seed with the shares of
// src/app/demo/history.json; consistent with the shipped rules: a title is
// recorded only where the rules of its year hold (rating, no measure, fewer
// than 40 counted days absent; Chiến sĩ thi đua cơ sở also an initiative of
// the year, within 15 % of the year's Lao động tiên tiến). One "star" person
// (history.json) is rated excellent every year with an initiative each year
// and one of provincial scope in the last, so the higher awards have a case.
// Units are rated too, and given the collective titles their members earn.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/org.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

struct DemoHistory {
  int years = 5;  // the complete years before this one
  // Shares per thousand people (ratings: the rest is "not completed").
  int excellent = 180, good = 600, completed = 190;
  int initiative_if_excellent = 700, province_initiative = 150;
  int reprimand = 8, warning = 4;
  int maternity = 25, long_sickness = 15, short_sickness = 40;
  int unit_excellent = 300, unit_good = 550;  // units' ratings (the rest "completed")
  std::string title_authority, title_decision_suffix;
  std::string initiative_authority, province_initiative_authority;
  std::string initiative_decision_suffix, province_decision_suffix;
  std::string discipline_authority, discipline_decision_suffix;
  std::vector<std::string> initiative_titles;  // at least one
  std::string star_name, star_province_title;
};

// history.json read strictly (kValidation naming the member).
core::Result<DemoHistory> read_demo_history(std::string_view json);

struct DemoHistoryPerson {
  int64_t id = 0;
  std::string full_name;
  int64_t unit_id = 0;
  std::string unit_name;
};

struct DemoHistoryCounts {
  int64_t ratings = 0, titles = 0, initiatives = 0, measures = 0, absences = 0;
  int64_t unit_ratings = 0, unit_titles = 0;
};

// Writes the history of `people` for the `history.years` years before
// `this_year` through the store (inside the caller's transaction); and for
// each of `units` still in existence, its rating each year and the
// collective titles the shipped rules of the year find it meets, judged by
// the engine itself on what was just written (Tập thể lao động tiên tiến by
// the agency, Tập thể lao động xuất sắc by the province). With
// `leave_last_titles`, the last year gets no titles, people's or units', and
// its register is not declared complete: its review has yet to decide them.
core::Result<DemoHistoryCounts> write_demo_history(store::Connection& conn, const DemoHistory& history,
                                                   const std::vector<DemoHistoryPerson>& people,
                                                   const std::vector<core::Unit>& units, uint64_t seed,
                                                   int this_year, const std::string& now,
                                                   bool leave_last_titles = false);

}  // namespace thidua::app
