// The campaign API: list, read, create, edit a draft, copy, move to the next
// state, and the plan as PDF/DOCX. Same use cases and rights as the pages.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/campaign_json.h"
#include "app/campaigns.h"
#include "app/plan_document.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/campaign_summary_json.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

Response view_json(const app::CampaignView& v, unsigned status = 200) {
  json::object o = app::campaign_to_json(v.campaign);
  o["version"] = v.summary.version;
  o["issuing_unit_name"] = v.summary.issuing_unit_name;
  o["issuing_unit_name_at_issue"] = issuing_name_at_issue(v.summary);
  o["next_state"] = v.next_state ? json::value(std::string(core::campaign_state_code(*v.next_state)))
                                 : json::value(nullptr);
  o["can_edit"] = v.can_edit;
  o["can_copy"] = v.can_copy;
  json::array events;
  for (const auto& e : v.events) {
    events.push_back(json::object{
        {"from", e.from ? json::value(std::string(core::campaign_state_code(*e.from))) : json::value(nullptr)},
        {"to", std::string(core::campaign_state_code(e.to))},
        {"at", e.at},
        {"actor", e.actor_name}});
  }
  o["events"] = std::move(events);
  return Response::json(o, status);
}

Response fetch(const app::Services& s, const core::Actor& actor, int64_t id, unsigned status = 200) {
  auto v = app::get_campaign(s, actor, id);
  if (!v.ok()) return api_error(v.error());
  return view_json(*v, status);
}

}  // namespace

void add_campaign_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        int page = int_param(req, "page", 1, 1, 100000);
        int size = int_param(req, "page_size", 20, 1, 100);
        auto listing = app::list_campaigns(s, *ctx.actor, page, size);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& c : listing->items) items.push_back(api_campaign_summary_json(c));
        return Response::json(json::object{
            {"items", items}, {"page", listing->page}, {"page_size", listing->page_size}, {"total", listing->total}});
      }},

      {"POST", "/api/v1/campaigns", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto plan = app::campaign_from_json(*body, core::blank_plan());
        if (!plan.ok()) return api_error(plan.error());
        auto id = app::create_campaign(s, *ctx.actor, *plan, ctx.meta);
        if (!id.ok()) return api_error(id.error());
        return fetch(s, *ctx.actor, *id, 201);
      }},

      {"GET", "/api/v1/campaigns/{id:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return fetch(s, *ctx.actor, id);
      }},

      {"PUT", "/api/v1/campaigns/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        const auto* version = body->if_contains("version");
        if (!version || !version->is_int64()) {
          return api_error(core::make_error(core::errc::kValidation,
                                            msg::kApiPlanVersionMissing, "version"));
        }
        auto current = app::get_campaign(s, *ctx.actor, id);
        if (!current.ok()) return api_error(current.error());
        auto plan = app::campaign_from_json(*body, current->campaign);
        if (!plan.ok()) return api_error(plan.error());
        plan->id = id;
        auto saved = app::update_campaign(s, *ctx.actor, *plan, version->as_int64(), ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return fetch(s, *ctx.actor, id);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/transitions", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        std::string to_code;
        int64_t version = 0;
        Reader rd{*body, std::nullopt};
        rd.text("to", to_code);
        rd.number("version", version);
        if (rd.error) return api_error(*rd.error);
        auto to = core::parse_campaign_state(to_code);
        if (!to) {
          return api_error(core::make_error(
              core::errc::kValidation,
              msg::kApiCampaignTargetStateInvalid, "to"));
        }
        auto moved = app::move_campaign(s, *ctx.actor, id, *to, version, ctx.meta);
        if (!moved.ok()) return api_error(moved.error());
        return fetch(s, *ctx.actor, id);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/copy", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto copy = app::copy_campaign(s, *ctx.actor, id, ctx.meta);
        if (!copy.ok()) return api_error(copy.error());
        return fetch(s, *ctx.actor, *copy, 201);
      }},
  });

  for (const auto& [suffix, kind] : {std::pair{".pdf", DocFormat::kPdf}, std::pair{".docx", DocFormat::kDocx}}) {
    const DocFormat format = kind;  // a plain variable: lambdas may not capture structured bindings (C++17 rule kept by clang 14)
    install(r, s, o, {
        {"GET", std::string("/api/v1/campaigns/{id:int}/plan") + suffix, Access::kLoggedIn, [&s, format](Request& req, Ctx& ctx) {
          const int64_t id = ctx.id("id");
          auto v = app::get_campaign(s, *ctx.actor, id);
          if (!v.ok()) return api_error(v.error());
          return plan_download(s, req, ctx, v->campaign, format);
        }, Cost::kHeavy},
    });
  }
}

}  // namespace thidua::web
