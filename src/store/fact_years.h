// The years whose records of a kind each agency's office declared complete
// (agency_fact_years, migration 114), and the agency each person or unit
// belongs to, so that a declaration speaks for its own agency only.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/fact_year.h"
#include "core/result.h"
#include "store/db.h"
#include "store/person_span.h"

namespace thidua::store {

// Declares (kind, year) complete for the agency (a top unit) by `user_id`
// (0: no account, the shell); false when it already was (nothing changed).
core::Result<bool> declare_fact_year(Connection& conn, int64_t agency_id, core::FactKind kind, int year,
                                     int64_t user_id, const std::string& at);
// Withdraws a declaration of the agency; false when there was none.
core::Result<bool> withdraw_fact_year(Connection& conn, int64_t agency_id, core::FactKind kind, int year);
// The agency's declarations, by kind then year (a few per kind and year: bounded).
core::Result<std::vector<core::FactYear>> fact_years(Connection& conn, int64_t agency_id);
// Every agency's declarations, by agency, kind and year (agencies × kinds ×
// years: bounded), without the declaring account's name.
core::Result<std::vector<core::FactYear>> all_fact_years(Connection& conn);

// Gives `agency_id` each (kind, year) that every one of `sources` (other
// agencies) declared (with the earliest time and one of the accounts): what
// an agency made of them knows of its people's records. None when
// `sources` is empty. Returns how many were added.
core::Result<int64_t> inherit_fact_years(Connection& conn, int64_t agency_id, const std::vector<int64_t>& sources);

// The agency (top unit id) of each person of `person_ids` (by their unit
// today); people without a unit are left out.
core::Result<std::unordered_map<int64_t, int64_t>> agencies_of_people(Connection& conn,
                                                                      const std::vector<int64_t>& person_ids);
// The same for the people with ids in [span.first_id, span.last_id] (one range scan).
core::Result<std::unordered_map<int64_t, int64_t>> agencies_of_people_in(Connection& conn, const PersonSpan& span);
// The agency of each unit of `unit_ids`.
core::Result<std::unordered_map<int64_t, int64_t>> agencies_of_units(Connection& conn,
                                                                     const std::vector<int64_t>& unit_ids);

}  // namespace thidua::store
