// Shared by the person and unit pages and their JSON API: the awards a
// person or a collective is judged for (app/eligibility.h), rule by rule, as
// the page's template data (labels) and as the API's JSON (codes).
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string>
#include <vector>

#include "app/eligibility.h"

namespace thidua::web {

// For templates/eligibility.html: name, verdict label, not_met, rules (verdict
// label, asks, used, wanting, citation, to_confirm).
boost::json::array eligibility_view(const std::vector<app::AwardEligibility>& awards);

// For the API: code, name, verdict code, rules (verdict code, asks, used,
// wanting, citation, to_confirm).
boost::json::array eligibility_json(const std::vector<app::AwardEligibility>& awards);

// "The next award within reach" (app::PersonEligibility::within_reach): for
// the page, {next: {name, short_of, wanting[]}, later: [{name, short_of}],
// all_met}; for the API, [{code, name, short_of, wanting[]}] nearest first.
boost::json::object within_reach_view(const std::vector<app::AwardEligibility>& awards,
                                      const std::vector<core::WithinReach>& reach);
boost::json::array within_reach_json(const std::vector<app::AwardEligibility>& awards,
                                     const std::vector<core::WithinReach>& reach);

// The rating choices of the person's and the unit's rating forms, best first,
// `chosen` (a code or label as typed) selected.
boost::json::array rating_options(const std::string& chosen);

}  // namespace thidua::web
