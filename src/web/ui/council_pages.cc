// The councils' pages: councils and their members (/hoi-dong...). A
// campaign's council sessions: session_pages.cc; the JSON API: api_councils.cc.

#include <map>
#include <set>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/council.h"
#include "app/org.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/council.h"
#include "core/messages_vi/http.h"
#include "core/messages_vi/pages_awards.h"
#include "core/messages_vi/pages_campaigns.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

json::array role_options(core::CouncilRole selected) {
  json::array out;
  for (auto r : core::kCouncilRoles) {
    out.push_back(json::object{
        {"value", core::council_role_code(r)}, {"label", core::council_role_label(r)}, {"selected", r == selected}});
  }
  return out;
}
// A council's agency: one where the actor manages campaigns.
const UnitField kCouncilUnit{"unit_id", "unit_code"};
UnitKeep council_units(const core::Actor& a) {
  return [&a](const core::Unit& u) { return app::permits(a, core::Action::kManageCampaigns, u.path); };
}

Response councils_page(const app::Services& s, const Request& req, Ctx& ctx, const core::Error* error,
                       const std::string& name, unsigned status) {
  auto listing = app::list_councils(s, *ctx.actor, page_number(req));
  if (!listing.ok()) return error_page(req, ctx, listing.error());
  json::array rows;
  for (const auto& c : listing->items) {
    rows.push_back(json::object{{"id", c.id}, {"name", c.name}, {"unit_name", c.unit_name},
                                {"active_members", c.active_members}});
  }
  json::object unit_pick;
  if (listing->can_create) {
    auto nodes = app::unit_tree(s, *ctx.actor);
    if (!nodes.ok()) return error_page(req, ctx, nodes.error());
    std::vector<int64_t> chosen;
    if (auto id = parse_id(ctx.field("unit_id"))) chosen.push_back(*id);
    unit_pick = unit_choice(**nodes, kCouncilUnit, council_units(*ctx.actor), chosen, ctx.form);
  }
  json::object data{{"councils", rows},         {"empty", rows.empty()}, {"can_create", listing->can_create},
                    {"unit_pick", unit_pick},   {"name", name},          {"page", listing->page}};
  if (listing->page > 1) data["prev_href"] = "/hoi-dong?trang=" + std::to_string(listing->page - 1);
  if (listing->has_more) data["next_href"] = "/hoi-dong?trang=" + std::to_string(listing->page + 1);
  add_form_error(data, error);
  return render_page(req, ctx, "councils", msg::kPageTitleCouncils, data, status);
}

Response council_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t council_id,
                      const core::Error* error, const app::NewMember& form, unsigned status) {
  auto v = app::get_council(s, *ctx.actor, council_id);
  if (!v.ok()) return error_page(req, ctx, v.error());
  json::array members;
  for (const auto& m : v->members) {
    members.push_back(json::object{{"id", m.id},
                                   {"full_name", m.full_name},
                                   {"username", m.username},
                                   {"position", m.position},
                                   {"role", core::council_role_label(m.role)},
                                   {"active", m.active}});
  }
  json::object data{{"council", json::object{{"id", v->council.id},
                                              {"name", v->council.name},
                                              {"unit_name", v->council.unit_name}}},
                    {"members", members},
                    {"can_manage", v->can_manage},
                    {"roles", role_options(form.role.value_or(core::CouncilRole::kMember))},
                    {"form", json::object{{"username", form.username},
                                          {"full_name", form.full_name},
                                          {"position", form.position}}},
                    {"saved", req.query_param("thong-bao") == "da-luu"}};
  add_form_error(data, error);
  return render_page(req, ctx, "council", v->council.name, data, status);
}
}  // namespace

void add_council_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/hoi-dong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return councils_page(s, req, ctx, nullptr, "", 200);
      }},

      {"POST", "/hoi-dong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (auto taken = take_unit_codes(s, ctx, kCouncilUnit, council_units(*ctx.actor)); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          return councils_page(s, req, ctx, &taken.error(), ctx.field("name"), failure_status(taken.error()));
        }
        auto unit = parse_id(ctx.field("unit_id"));
        auto created = app::create_council(s, *ctx.actor, unit.value_or(0), ctx.field("name"), ctx.meta);
        if (!created.ok()) {
          if (is_refusal(created.error())) return error_page(req, ctx, created.error());
          return councils_page(s, req, ctx, &created.error(), ctx.field("name"), failure_status(created.error()));
        }
        return Response::redirect("/hoi-dong/" + std::to_string(*created));
      }},

      {"GET", "/hoi-dong/{cid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        return council_page(s, req, ctx, cid, nullptr, {}, 200);
      }},

      {"POST", "/hoi-dong/{cid:int}/thanh-vien", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        app::NewMember m{ctx.field("username"), ctx.field("full_name"), ctx.field("position"),
                         core::parse_council_role(ctx.field("role"))};
        auto added = app::add_council_member(s, *ctx.actor, cid, m, ctx.meta);
        if (!added.ok()) {
          if (is_refusal(added.error())) return error_page(req, ctx, added.error());
          return council_page(s, req, ctx, cid, &added.error(), m, failure_status(added.error()));
        }
        return Response::redirect("/hoi-dong/" + std::to_string(cid) + "?thong-bao=da-luu");
      }},

      {"POST", "/hoi-dong/{cid:int}/thanh-vien/{mid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        const int64_t mid = ctx.id("mid");
        const std::string active = ctx.field("active");
        if (active != "0" && active != "1") {
          return error_page(req, ctx, core::make_error(core::errc::kValidation, msg::kHttpBadRequest, "active"));
        }
        auto done = app::set_council_member_active(s, *ctx.actor, cid, mid, active == "1", ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return council_page(s, req, ctx, cid, &done.error(), {}, failure_status(done.error()));
        }
        return Response::redirect("/hoi-dong/" + std::to_string(cid) + "?thong-bao=da-luu");
      }},
  });
}

}  // namespace thidua::web
