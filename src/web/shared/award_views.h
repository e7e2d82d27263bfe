// Shared by the awards pages (award_pages.cc), their JSON API
// (api/api_awards.cc) and the person and unit pages: decisions and awards as
// JSON and display text, and the summary chart.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/award.h"
#include "core/decision.h"
#include "web/guard.h"
#include "web/http.h"
#include "web/router.h"

namespace thidua::web {

// "05/QĐ-STNMT", or "(dự thảo)" while unnumbered.
std::string decision_number_symbol(const core::DecisionRecord& d);
std::string decision_kind_label(const core::DecisionRecord& d);   // "Quyết định", "Tờ trình"
std::string decision_state_label(const core::DecisionRecord& d);  // "Dự thảo", "Đã ban hành", ...

boost::json::object decision_json(const core::DecisionRecord& d);
boost::json::object nominee_json(const core::NomineeRow& n, size_t ord);
boost::json::object award_json(const core::AwardRecord& a);

// The award history as rows of the "award_rows" template partial: the JSON of
// each award with display dates, and person_id false for collectives (the
// template links people only).
boost::json::array award_history_rows(const std::vector<core::AwardRecord>& awards);


}  // namespace thidua::web
