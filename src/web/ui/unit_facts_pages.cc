// A unit as a collective (issue 11): its annual ratings, typed by the
// emulation office (app/unit_evaluations.h), and why it is or is not
// eligible for each collective title of a year (app/eligibility.h).
#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/clock.h"
#include "app/eligibility.h"
#include "app/org.h"
#include "app/unit_evaluations.h"
#include "core/messages_vi/eligibility.h"
#include "core/messages_vi/pages.h"
#include "web/route_table.h"
#include "web/shared/eligibility_views.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

// The ratings page, with the form filled with `input` (after a refused save,
// with the error).
Response ratings_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id,
                      const app::UnitRatingInput& input, const core::Error* error, bool saved, unsigned status) {
  auto unit = app::get_unit(s, *ctx.actor, id);
  if (!unit.ok()) return error_page(req, ctx, unit.error());
  auto ratings = app::unit_evaluations(s, *ctx.actor, id);
  if (!ratings.ok()) return error_page(req, ctx, ratings.error());
  json::array rows;
  for (auto it = ratings->rbegin(); it != ratings->rend(); ++it) {
    rows.push_back(json::object{{"year", it->year},
                                {"rating", core::evaluation_rating_label(it->rating)},
                                {"rated_on", vietnamese_date(it->rated_on)},
                                {"note", it->note}});
  }
  json::array options = rating_options(input.rating);
  const int this_year = app::current_year(s.clock);
  json::object data{{"unit_id", id},
                    {"unit_name", unit->unit.name},
                    {"rows", std::move(rows)},
                    {"has_rows", !ratings->empty()},
                    {"may_rate", app::may_rate_unit(*ctx.actor, unit->unit)},
                    {"sees_people", app::permits(*ctx.actor, core::Action::kViewPeople, unit->unit.path)},
                    {"options", std::move(options)},
                    {"year", input.year > 0 ? input.year : this_year - 1},
                    {"this_year", this_year},
                    {"rated_on", input.rated_on},
                    {"note", input.note},
                    {"saved", saved}};
  add_form_error(data, error);
  return render_page(req, ctx, "unit_ratings", msg::page_unit_ratings_title(unit->unit.name), data, status);
}

}  // namespace

void add_unit_facts_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/don-vi/{id:int}/xep-loai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return ratings_page(s, req, ctx, ctx.id("id"), {}, nullptr, req.query_param("da-luu") == "1", 200);
      }},

      {"POST", "/don-vi/{id:int}/xep-loai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        app::UnitRatingInput input;
        // A year that is not a number, or absurd, fails the year check.
        input.year = static_cast<int>(std::min<int64_t>(parse_id(ctx.field("year")).value_or(0), 99999));
        input.rating = ctx.field("rating");
        input.rated_on = ctx.field("rated_on");
        input.note = ctx.field("note");
        auto saved = app::record_unit_evaluation(s, *ctx.actor, id, input, ctx.meta);
        if (!saved.ok()) {
          const auto& e = saved.error();
          if (is_refusal(e)) return error_page(req, ctx, e);
          return ratings_page(s, req, ctx, id, input, &e, false, failure_status(e));
        }
        return Response::redirect("/don-vi/" + std::to_string(id) + "/xep-loai?da-luu=1");
      }},

      // Why the unit is or is not eligible for each collective title of a year.
      {"GET", "/don-vi/{id:int}/dieu-kien", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto default_year = app::default_eligibility_year(s);
        if (!default_year.ok()) return error_page(req, ctx, default_year.error());
        const int year = int_param(req, "nam", *default_year, 1, 9999);
        auto e = app::unit_eligibility(s, *ctx.actor, id, year);
        if (!e.ok()) return error_page(req, ctx, e.error());
        json::object data{{"back_href", "/don-vi/" + std::to_string(id)},
                          {"back_name", e->name},
                          {"action", "/don-vi/" + std::to_string(id) + "/dieu-kien"},
                          {"year", e->year},
                          {"this_year", app::current_year(s.clock)},
                          {"collective", true},
                          {"members", e->members},
                          {"awards", eligibility_view(e->awards)}};
        return render_page(req, ctx, "eligibility", msg::page_eligibility_title(e->name, year), data);
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
