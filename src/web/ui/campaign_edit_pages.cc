// Creating a campaign plan and editing a draft in the browser: the routes
// and the page. The form itself (what it shows, how it is read back) is in
// campaign_form.h.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/org.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages_campaigns.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/campaign_form.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

Response plan_form(const app::Services& s, const Request& req, Ctx& ctx, const core::Campaign& c, int64_t version,
                   const core::Error* error, unsigned status) {
  json::object data = plan_form_data(s, ctx, c);
  const bool is_new = c.id == 0;
  data["is_new"] = is_new;
  data["id"] = c.id;
  data["version"] = version;
  data["action"] = is_new ? std::string("/dot-thi-dua/moi") : "/dot-thi-dua/" + std::to_string(c.id) + "/sua";
  data["created"] = req.query_param("thong-bao") == "da-tao";
  add_form_error(data, error);
  return render_page(req, ctx, "campaign_form", is_new ? msg::kPageTitleNewPlan : msg::kPageTitleEditPlan, data,
                     status);
}

}  // namespace

void add_campaign_edit_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/dot-thi-dua/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (!app::permits_somewhere(*ctx.actor, core::Action::kManageCampaigns)) {
          return error_page(req, ctx, app::forbidden(msg::kActCreatePlan));
        }
        return plan_form(s, req, ctx, core::blank_plan(), 0, nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (auto taken = take_plan_unit_codes(s, ctx); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          return plan_form(s, req, ctx, plan_from_form(ctx, core::blank_plan()), 0, &taken.error(),
                           failure_status(taken.error()));
        }
        core::Campaign plan = plan_from_form(ctx, core::blank_plan());
        auto created = app::create_campaign(s, *ctx.actor, plan, ctx.meta);
        if (!created.ok()) {
          if (created.error().code == core::errc::kForbidden) return error_page(req, ctx, created.error());
          return plan_form(s, req, ctx, plan, 0, &created.error(), failure_status(created.error()));
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(*created) + "?thong-bao=da-tao");
      }},

      {"GET", "/dot-thi-dua/{id:int}/sua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto view = app::get_campaign(s, *ctx.actor, id);
        if (!view.ok()) return error_page(req, ctx, view.error());
        if (!view->can_edit) return error_page(req, ctx, app::forbidden(msg::kPageActEditThisPlan));
        return plan_form(s, req, ctx, view->campaign, view->summary.version, nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/sua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto view = app::get_campaign(s, *ctx.actor, id);
        if (!view.ok()) return error_page(req, ctx, view.error());
        auto version = parse_id(ctx.field("version")).value_or(0);
        if (auto taken = take_plan_unit_codes(s, ctx); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          core::Campaign plan = plan_from_form(ctx, view->campaign);
          plan.id = id;
          return plan_form(s, req, ctx, plan, version, &taken.error(), failure_status(taken.error()));
        }
        core::Campaign plan = plan_from_form(ctx, view->campaign);
        plan.id = id;
        auto saved = app::update_campaign(s, *ctx.actor, plan, version, ctx.meta);
        if (!saved.ok()) {
          const auto& e = saved.error();
          if (is_refusal(e)) return error_page(req, ctx, e);
          return plan_form(s, req, ctx, plan, version, &e, failure_status(e));
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(id) + "?thong-bao=da-luu");
      }},
  });
}

}  // namespace thidua::web
