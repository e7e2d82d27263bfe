// A person's annual quality ratings typed by those who keep the person's
// records (app/person_rating.h): /nhan-su/{id}/xep-loai lists them and, for
// those who may, records one (a year already rated is corrected).
#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/clock.h"
#include "app/import_evaluations.h"
#include "app/people.h"
#include "app/person_rating.h"
#include "core/messages_vi/eligibility.h"
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

Response ratings_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id,
                      const app::PersonRatingInput& input, const core::Error* error, bool saved, unsigned status) {
  auto person = app::get_person(s, *ctx.actor, id);
  if (!person.ok()) return error_page(req, ctx, person.error());
  auto ratings = app::person_evaluations(s, id);
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
  const bool own = ctx.actor->person_id && *ctx.actor->person_id == id;
  json::object data{{"person_id", id},
                    {"person_name", person->person.full_name},
                    {"rows", std::move(rows)},
                    {"has_rows", !ratings->empty()},
                    {"may_rate", app::may_rate_person(*ctx.actor, person->person) && !own},
                    {"options", std::move(options)},
                    {"year", input.year > 0 ? input.year : this_year - 1},
                    {"this_year", this_year},
                    {"rated_on", input.rated_on},
                    {"note", input.note},
                    {"saved", saved}};
  add_form_error(data, error);
  return render_page(req, ctx, "person_ratings", msg::page_person_ratings_title(person->person.full_name), data,
                     status);
}

}  // namespace

void add_person_rating_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/nhan-su/{id:int}/xep-loai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return ratings_page(s, req, ctx, ctx.id("id"), {}, nullptr, req.query_param("da-luu") == "1", 200);
      }},

      {"POST", "/nhan-su/{id:int}/xep-loai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        app::PersonRatingInput input;
        // A year that is not a number, or absurd, fails the year check.
        input.year = static_cast<int>(std::min<int64_t>(parse_id(ctx.field("year")).value_or(0), 99999));
        input.rating = ctx.field("rating");
        input.rated_on = ctx.field("rated_on");
        input.note = ctx.field("note");
        auto saved = app::record_person_evaluation(s, *ctx.actor, id, input, ctx.meta);
        if (!saved.ok()) {
          const auto& e = saved.error();
          if (is_refusal(e)) return error_page(req, ctx, e);
          return ratings_page(s, req, ctx, id, input, &e, false, failure_status(e));
        }
        return Response::redirect("/nhan-su/" + std::to_string(id) + "/xep-loai?da-luu=1");
      }},
  });
}

}  // namespace thidua::web
