// "Eligible now" (app/eligibility.h): the page /du-dieu-kien, one award of a
// year over the people the caller sees, counted by verdict, one verdict's
// people a page at a time (the API's: web/api/api_eligibility.cc).
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/clock.h"
#include "app/eligibility.h"
#include "app/org.h"
#include "core/messages_vi/person_facts.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/unit_options.h"

namespace thidua::web {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

app::EligibleQuery query_of(const Request& req, int default_year) {
  app::EligibleQuery q;
  q.award_code = req.query_param("danh-hieu");
  if (q.award_code.empty()) q.award_code = "LDTT";
  q.year = int_param(req, "nam", default_year, 1, 9999);
  q.unit_id = parse_id(req.query_param("don-vi"));
  q.shown = core::read_verdict_code(req.query_param("ket-qua")).value_or(core::Verdict::kMet);
  q.page = int_param(req, "trang", 1, 1, 100000);
  return q;
}

std::string href_of(const app::EligibleQuery& q, core::Verdict shown, int page) {
  std::string h = "/du-dieu-kien?danh-hieu=" + percent_encode(q.award_code) + "&nam=" + std::to_string(q.year) +
                  "&ket-qua=" + std::string(core::verdict_code(shown));
  if (q.unit_id) h += "&don-vi=" + std::to_string(*q.unit_id);
  if (page > 1) h += "&trang=" + std::to_string(page);
  return h;
}

}  // namespace

void add_eligible_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/du-dieu-kien", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto default_year = app::default_eligibility_year(s);
        if (!default_year.ok()) return error_page(req, ctx, default_year.error());
        const app::EligibleQuery q = query_of(req, *default_year);
        auto list = app::eligible_list(s, *ctx.actor, q);
        if (!list.ok()) return error_page(req, ctx, list.error());
        json::array awards;
        for (const auto& a : list->awards) {
          awards.push_back(json::object{{"code", a.code}, {"name", a.name}, {"selected", a.code == list->code}});
        }
        json::array tabs;
        for (auto v : {core::Verdict::kMet, core::Verdict::kNotMet, core::Verdict::kMissing}) {
          const int64_t n = v == core::Verdict::kMet ? list->met : v == core::Verdict::kNotMet ? list->not_met
                                                                                              : list->missing;
          tabs.push_back(json::object{{"label", core::verdict_label(v)},
                                      {"count", n},
                                      {"href", href_of(q, v, 1)},
                                      {"current", v == list->shown}});
        }
        json::array rows;
        for (const auto& row : list->rows) {
          const std::string who = list->collective ? "/don-vi/" + std::to_string(row.unit_id)
                                                   : "/nhan-su/" + std::to_string(row.person_id);
          rows.push_back(json::object{{"full_name", row.full_name},
                                      {"unit_name", row.unit_name},
                                      {"reason", row.reason},
                                      {"href", who + "/dieu-kien?nam=" + std::to_string(list->year)}});
        }
        auto nodes = app::unit_tree(s, *ctx.actor);
        if (!nodes.ok()) return error_page(req, ctx, nodes.error());
        json::object data{{"name", list->name},
                          {"collective", list->collective},
                          {"year", list->year},
                          {"this_year", app::current_year(s.clock)},
                          {"awards", std::move(awards)},
                          {"tabs", std::move(tabs)},
                          {"shown", core::verdict_code(list->shown)},
                          {"rows", std::move(rows)},
                          {"empty", list->rows.empty()},
                          {"page", list->page}};
        add_unit_filter(data, unit_filter_options(**nodes, q.unit_id));
        if (list->page > 1) data["prev_href"] = href_of(q, list->shown, list->page - 1);
        if (list->has_more) data["next_href"] = href_of(q, list->shown, list->page + 1);
        return render_page(req, ctx, "eligible_list", msg::kPageEligibleListTitle, data);
      }, Cost::kHeavy},

  });
}

}  // namespace thidua::web
