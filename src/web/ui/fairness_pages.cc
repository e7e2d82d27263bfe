// The fairness figures (cơ cấu khen thưởng, app/fairness.h): the page and its
// XLSX. ?dot={campaign id} for a campaign; else ?tu-nam=&den-nam= (this year
// by default) and optionally ?don-vi= for the years of a range.
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/clock.h"
#include "app/fairness.h"
#include "core/evaluation.h"
#include "core/messages_vi/fairness.h"
#include "core/messages_vi/org.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/fairness_views.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

struct Asked {
  app::FairnessRequest request;
  const char* bad = nullptr;  // what a malformed id names
};

Asked asked(const app::Services& s, const Request& req) {
  Asked a;
  if (const auto dot = req.query_param("dot"); !dot.empty()) {
    a.request.campaign_id = parse_id(dot);
    if (!a.request.campaign_id) a.bad = msg::kWhatCampaignForFairness;
    return a;
  }
  const int this_year = app::current_year(s.clock);
  a.request.from_year = int_param(req, "tu-nam", this_year, 0, 100000);
  a.request.to_year = int_param(req, "den-nam", a.request.from_year, 0, 100000);
  if (const auto unit = req.query_param("don-vi"); !unit.empty()) {
    a.request.unit_id = parse_id(unit);
    if (!a.request.unit_id) a.bad = msg::kWhatUnit;
  }
  return a;
}

std::string query_of(const app::FairnessRequest& r) {
  if (r.campaign_id) return "?dot=" + std::to_string(*r.campaign_id);
  std::string q = "?tu-nam=" + std::to_string(r.from_year) + "&den-nam=" + std::to_string(r.to_year);
  if (r.unit_id) q += "&don-vi=" + std::to_string(*r.unit_id);
  return q;
}

}  // namespace

void add_fairness_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/khen-thuong/co-cau", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const Asked a = asked(s, req);
        if (a.bad) return error_page(req, ctx, app::not_found(a.bad));
        auto report = app::fairness_report(s, *ctx.actor, a.request);
        const int this_year = app::current_year(s.clock);
        if (!report.ok() && report.error().code != core::errc::kValidation) return error_page(req, ctx, report.error());
        json::object data = report.ok() ? fairness_page_json(*report) : json::object{};
        data["this_year"] = this_year;
        data["first_year"] = core::kFirstEvaluationYear;
        data["from_year"] = a.request.from_year ? a.request.from_year : this_year;
        data["to_year"] = a.request.to_year ? a.request.to_year : this_year;
        data["xlsx_href"] = "/khen-thuong/co-cau.xlsx" + query_of(a.request);
        if (report.ok()) {
          data["unit_id"] = report->unit_id;
          if (report->campaign) {
            data["campaign"] = json::object{{"id", report->campaign->id}, {"title", report->campaign->title}};
          }
        }
        add_form_error(data, report.ok() ? nullptr : &report.error());
        return render_page(req, ctx, "fairness", msg::kPageTitleFairness, data,
                           report.ok() ? 200 : failure_status(report.error()));
      }},
      {"GET", "/khen-thuong/co-cau.xlsx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const Asked a = asked(s, req);
        if (a.bad) return error_page(req, ctx, app::not_found(a.bad));
        auto report = app::fairness_report(s, *ctx.actor, a.request);
        if (!report.ok()) return error_page(req, ctx, report.error());
        return xlsx_download(req, ctx, s.data_dir, "co-cau-khen-thuong.xlsx",
                             [&](const std::string& path) { return app::write_fairness_xlsx(*report, path); });
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
