// The facts the eligibility rules read (core::PersonFacts), for a batch of
// people at once: eight queries whatever the batch's size (ratings, the
// register's annual titles and other awards, initiatives, measures, absences, the years
// declared complete and the agency of each person, whose declarations alone
// speak for them), never one per person. Callers keep batches to about a
// thousand people (the IN lists).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/eligibility.h"
#include "core/fact_year.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::app {

// Every id of `person_ids` has an entry (empty facts for one with none);
// every year of their history.
core::Result<std::unordered_map<int64_t, core::PersonFacts>> history_facts(store::Connection& conn,
                                                                         const std::vector<int64_t>& person_ids);

// The same for `person_ids`, ascending, read by range scans over
// [front, back] and only the years [first_year, last_year] (measures: every
// year); records of people between them but not listed are dropped. When the
// ids are sparse (the range over four times their number), by id as above,
// every year. For judging a whole agency a batch at a time.
// Annual titles named in `any_year_titles` (folded: the interval rules'
// earlier awards) are read of every year; the register's other awards
// (forms) always are. Only the kinds of records `needed` names are read
// (core::facts_needed of the rules to judge): the others stay empty, one
// query fewer each; the years declared complete always come, from `declared`
// when given (store::all_fact_years read once for every batch of a request),
// else read.
core::Result<std::unordered_map<int64_t, core::PersonFacts>> history_facts_in(
    store::Connection& conn, const std::vector<int64_t>& person_ids, int first_year, int last_year,
    const std::vector<std::string>& any_year_titles = {},
    const core::FactsNeeded& needed = core::FactsNeeded::every(),
    const std::vector<core::FactYear>* declared = nullptr);

// The own facts of these units as collectives (every id has an entry): their
// annual ratings (unit_evaluations), the register's annual titles granted to
// them, and the years their agency declared. Four queries.
core::Result<std::unordered_map<int64_t, core::PersonFacts>> unit_own_facts(store::Connection& conn,
                                                                          const std::vector<int64_t>& unit_ids);

// The facts of a unit as a collective (core::UnitFacts): its own, and those
// of every person of its subtree (the people listed under it and under the
// units below it, as they stand today), with their names, in name order,
// their history of [first_year, last_year] (measures: every year) read a
// thousand people at a time, only the kinds `members_need` names. Memory
// grows with the unit's people.
core::Result<core::UnitFacts> unit_facts(store::Connection& conn, int64_t unit_id, const std::string& unit_path,
                                         int first_year, int last_year,
                                         const core::FactsNeeded& members_need = core::FactsNeeded::every());

}  // namespace thidua::app
