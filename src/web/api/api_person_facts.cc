// A person's initiative, disciplinary measure or long absence typed one at a
// time through the API (app/person_fact_entry.h): POST
// /api/v1/people/{id}/initiatives, /discipline, /absences. Answers 201 with
// the record's id; the records are read with GET /api/v1/people/{id}.
#include <algorithm>

#include <boost/json/object.hpp>

#include "app/person_fact_entry.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/respond.h"

namespace thidua::web {

namespace json = boost::json;

namespace {

// A year or a day count; absurd values are kept absurd (the checks refuse
// them) rather than wrapped into valid ones.
int small_int(int64_t v) { return static_cast<int>(std::clamp<int64_t>(v, -1, 99999)); }

Response created(const core::Result<int64_t>& id) {
  if (!id.ok()) return api_error(id.error());
  return Response::json(json::object{{"id", *id}}, 201);
}

}  // namespace

void add_person_fact_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      // {"kind":"initiative","title":"…","scope":"agency","year":2024,
      //  "decision_number":"12/QĐ-STNMT","decision_date":"2024-11-05","authority":"…"}
      {"POST", "/api/v1/people/{id:int}/initiatives", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"kind", "title", "scope", "year", "decision_number", "decision_date",
                                            "authority"})) {
          return api_error(*e);
        }
        app::InitiativeEntry in;
        int64_t year = 0;
        Reader rd{*body, std::nullopt};
        rd.text("kind", in.kind);
        rd.text("title", in.title);
        rd.text("scope", in.scope);
        rd.number("year", year);
        rd.text("decision_number", in.decision_number);
        rd.text("decision_date", in.decision_date);
        rd.text("authority", in.authority);
        if (rd.error) return api_error(*rd.error);
        in.year = small_int(year);
        return created(app::record_person_initiative(s, *ctx.actor, ctx.id("id"), std::move(in), ctx.meta));
      }},

      // {"measure":"reprimand","decided_on":"2024-03-01","ends_on":"","decision_number":"…","authority":"…","note":""}
      {"POST", "/api/v1/people/{id:int}/discipline", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"measure", "decided_on", "ends_on", "decision_number", "authority",
                                            "note"})) {
          return api_error(*e);
        }
        app::DisciplineEntry in;
        Reader rd{*body, std::nullopt};
        rd.text("measure", in.measure);
        rd.text("decided_on", in.decided_on);
        rd.text("ends_on", in.ends_on);
        rd.text("decision_number", in.decision_number);
        rd.text("authority", in.authority);
        rd.text("note", in.note);
        if (rd.error) return api_error(*rd.error);
        return created(app::record_person_discipline(s, *ctx.actor, ctx.id("id"), std::move(in), ctx.meta));
      }},

      // {"year":2024,"days":45,"reason":"sickness","note":""}: replaces the
      // person's absence of that year and reason when one is recorded.
      {"POST", "/api/v1/people/{id:int}/absences", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"year", "days", "reason", "note"})) return api_error(*e);
        app::AbsenceEntry in;
        int64_t year = 0, days = 0;
        Reader rd{*body, std::nullopt};
        rd.number("year", year);
        rd.number("days", days);
        rd.text("reason", in.reason);
        rd.text("note", in.note);
        if (rd.error) return api_error(*rd.error);
        in.year = small_int(year);
        in.days = small_int(days);
        return created(app::record_person_absence(s, *ctx.actor, ctx.id("id"), std::move(in), ctx.meta));
      }},
  });
}

}  // namespace thidua::web
