// The fairness figures (app/fairness.h) as the API answers them (schema
// Fairness of openapi.json) and as the page shows them (a chart and a table
// per group table).
#pragma once

#include <boost/json/object.hpp>

#include "app/fairness.h"

namespace thidua::web {

// campaign_id (or null), unit_id, unit_name, from_year, to_year (null for a
// campaign), scope, tables [{dimension, basis, caption, awards, base,
// groups [{code, label, awards, award_share, base, base_share, gap}]}];
// shares and gaps in percent with one decimal.
boost::json::object fairness_api_json(const app::FairnessReport& r);

// For the page: scope, tables [{caption, chart, base_head, rows [{label,
// awards, award_share, base, base_share, gap, over}], awards, base}].
boost::json::object fairness_page_json(const app::FairnessReport& r);

}  // namespace thidua::web
