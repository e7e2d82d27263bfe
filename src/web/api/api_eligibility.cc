#include "web/api/routes.h"

#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "app/clock.h"
#include "app/eligibility.h"
#include "app/fact_years.h"
#include "core/messages_vi/api_councils.h"
#include "web/api/api_common.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {

namespace json = boost::json;
namespace msg = core::messages_vi;

namespace {

app::EligibleQuery query_of(const app::Services& s, const Request& req) {
  app::EligibleQuery q;
  q.award_code = req.query_param("award");
  q.year = int_param(req, "year", app::current_year(s.clock), 1, 9999);
  q.unit_id = parse_id(req.query_param("unit_id"));
  q.shown = core::read_verdict_code(req.query_param("verdict")).value_or(core::Verdict::kMet);
  q.page = int_param(req, "page", 1, 1, 100000);
  q.page_size = int_param(req, "page_size", 50, 1, 200);
  return q;
}

}  // namespace

void add_eligibility_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/eligibility", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto list = app::eligible_list(s, *ctx.actor, query_of(s, req));
        if (!list.ok()) return api_error(list.error());
        json::array items;
        for (const auto& row : list->rows) {
          items.push_back(json::object{{"person_id", row.person_id},
                                       {"full_name", row.full_name},
                                       {"unit_name", row.unit_name},
                                       {"verdict", core::verdict_code(row.verdict)},
                                       {"reason", row.reason}});
        }
        return Response::json(json::object{
            {"award", list->code},
            {"name", list->name},
            {"year", list->year},
            {"counts", json::object{{"met", list->met}, {"not_met", list->not_met}, {"missing", list->missing}}},
            {"verdict", core::verdict_code(list->shown)},
            {"page", list->page},
            {"page_size", list->page_size},
            {"has_more", list->has_more},
            {"items", std::move(items)}});
      }, Cost::kHeavy},

      {"GET", "/api/v1/fact-years", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto declared = app::list_fact_years(s, *ctx.actor);
        if (!declared.ok()) return api_error(declared.error());
        json::array items;
        for (const auto& d : *declared) {
          items.push_back(json::object{{"kind", core::fact_kind_code(d.kind)},
                                       {"year", d.year},
                                       {"declared_by", d.declared_by > 0 ? json::value(d.declared_by) : nullptr},
                                       {"declared_by_name", d.declared_by_name},
                                       {"declared_at", d.declared_at}});
        }
        return Response::json(json::object{{"items", std::move(items)},
                                           {"may_declare", app::may_declare_fact_years(*ctx.actor)}});
      }},

      // {"kind": "initiatives", "year": 2024, "complete": true}: declares or withdraws.
      {"POST", "/api/v1/fact-years", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"kind", "year", "complete"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        std::string kind;
        int64_t year = 0;
        rd.text("kind", kind);
        rd.number("year", year);
        if (rd.error) return api_error(*rd.error);
        const json::value* complete = body->if_contains("complete");
        if (!complete || !complete->is_bool()) {
          return api_error(bad_request(msg::member_must_be_boolean("complete"), "complete"));
        }
        const int bounded = static_cast<int>(std::clamp<int64_t>(year, 0, 99999));  // never wraps into a valid year
        auto done = app::set_fact_year(s, *ctx.actor, kind, bounded, complete->as_bool(), ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return Response::json(json::object{{"kind", kind}, {"year", year}, {"complete", complete->as_bool()}});
      }},
  });
}

}  // namespace thidua::web
