// Public pages (no login) under /cong-khai/: the published plans, each as
// text and as PDF/DOCX in the Decree 30/2020 layout. Only published and later
// states are shown (app::public_campaign); drafts do not exist here.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/awards.h"
#include "app/campaigns.h"
#include "app/plan_document.h"
#include "core/messages_vi/pages_campaigns.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/campaign_view.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;
constexpr int kPageSize = 20;
}  // namespace

void add_public_routes(Router& r, const app::Services& s, const WebOptions& o) {
  r.get("/cong-khai", [](Request&) { return Response::redirect("/cong-khai/", 301); });

  install(r, s, o, {
      {"GET", "/cong-khai/", Access::kPublic, [&s](Request& req, Ctx& ctx) {
        int page = page_number(req);
        auto listing = app::list_public_campaigns(s, page, kPageSize);
        if (!listing.ok()) return error_page(req, ctx, listing.error());
        std::vector<int64_t> ids;
        for (const auto& c : listing->items) ids.push_back(c.id);
        auto with_results = app::campaigns_with_public_results(s, ids);
        if (!with_results.ok()) return error_page(req, ctx, with_results.error());
        json::array rows;
        for (const auto& c : listing->items) {
          json::object row = campaign_summary_json(c);
          row["has_results"] = with_results->count(c.id) > 0;
          rows.push_back(std::move(row));
        }
        json::object data{{"campaigns", rows}, {"empty", rows.empty()}, {"page", listing->page}};
        if (page > 1) data["prev_href"] = "/cong-khai/?trang=" + std::to_string(page - 1);
        if (static_cast<int64_t>(page) * kPageSize < listing->total) {
          data["next_href"] = "/cong-khai/?trang=" + std::to_string(page + 1);
        }
        return render_page(req, ctx, "public_campaigns", msg::kPageTitlePublic, data);
      }},

      {"GET", "/cong-khai/ke-hoach/{id:int}", Access::kPublic, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto plan = app::get_public_campaign(s, id);
        if (!plan.ok()) return error_page(req, ctx, plan.error());
        json::object data = campaign_document_json(*plan);
        data["id"] = id;
        // The results page exists as soon as a decision has granted awards.
        auto with_results = app::campaigns_with_public_results(s, {id});
        if (!with_results.ok()) return error_page(req, ctx, with_results.error());
        data["has_results"] = with_results->count(id) > 0;
        return render_page(req, ctx, "public_campaign", plan->title, data);
      }},
  });

  for (const auto& [suffix, kind] : {std::pair{".pdf", DocFormat::kPdf}, std::pair{".docx", DocFormat::kDocx}}) {
    const DocFormat format = kind;  // a plain variable: lambdas may not capture structured bindings (C++17 rule kept by clang 14)
    install(r, s, o, {
        {"GET", std::string("/cong-khai/ke-hoach/{id:int}/ke-hoach") + suffix, Access::kPublic, [&s, format](Request& req, Ctx& ctx) {
          const int64_t id = ctx.id("id");
          auto plan = app::get_public_campaign(s, id);
          if (!plan.ok()) return error_page(req, ctx, plan.error());
          return plan_download(s, req, ctx, *plan, format);
        }, Cost::kHeavy},
    });
  }
}

}  // namespace thidua::web
