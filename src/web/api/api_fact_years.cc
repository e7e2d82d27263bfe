#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/fact_years.h"
#include "core/messages_vi/api_councils.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/respond.h"

namespace thidua::web {

namespace json = boost::json;
namespace msg = core::messages_vi;

void add_fact_years_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(
      r, s, o,
      {
          {"GET", "/api/v1/fact-years", Access::kLoggedIn,
           [&s](Request&, Ctx& ctx) {
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
             return Response::json(
                 json::object{{"items", std::move(items)}, {"may_declare", app::may_declare_fact_years(*ctx.actor)}});
           }},

          // {"kind": "initiatives", "year": 2024, "complete": true}: declares or withdraws.
          {"POST", "/api/v1/fact-years", Access::kLoggedIn,
           [&s](Request& req, Ctx& ctx) {
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
             auto done = app::set_fact_year(s, *ctx.actor, kind, static_cast<int>(year), complete->as_bool(), ctx.meta);
             if (!done.ok()) return api_error(done.error());
             return Response::json(json::object{{"kind", kind}, {"year", year}, {"complete", complete->as_bool()}});
           }},
      });
}

}  // namespace thidua::web
