#include "web/api/routes.h"

#include <initializer_list>
#include <string_view>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/council.h"
#include "core/messages_vi/api_councils.h"
#include "core/messages_vi/council.h"
#include "core/names.h"
#include "web/api/api_common.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace {
namespace json = boost::json;
namespace msg = core::messages_vi;

// A role as sent: its code, or its Vietnamese label regardless of case and
// diacritics, as the API takes enumerated values.
// Anything else is none (the use case refuses it).
std::optional<core::CouncilRole> parse_role(const std::string& sent) {
  if (auto r = core::parse_council_role(sent)) return r;
  const std::string folded = core::fold(sent);
  for (auto r : core::kCouncilRoles) {
    if (folded == core::fold(core::council_role_label(r))) return r;
  }
  return std::nullopt;
}

json::object council_json(const core::Council& c) {
  return json::object{{"id", c.id},
                      {"unit_id", c.unit_id},
                      {"unit_name", c.unit_name},
                      {"name", c.name},
                      {"created_at", c.created_at},
                      {"active_members", c.active_members}};
}

json::object member_json(const core::CouncilMember& m) {
  return json::object{{"id", m.id},
                      {"user_id", m.user_id},
                      {"username", m.username},
                      {"full_name", m.full_name},
                      {"position", m.position},
                      {"role", core::council_role_code(m.role)},
                      {"active", m.active}};
}

json::object council_detail_json(const app::CouncilView& v) {
  json::object out = council_json(v.council);
  json::array members;
  int64_t active = 0;
  for (const auto& m : v.members) {
    members.push_back(member_json(m));
    if (m.active) ++active;
  }
  out["active_members"] = active;  // counted from the members just read
  out["members"] = std::move(members);
  out["can_manage"] = v.can_manage;
  return out;
}

Response council_or_error(const app::Services& s, const Ctx& ctx, int64_t council_id, unsigned status = 200) {
  auto v = app::get_council(s, *ctx.actor, council_id);
  if (!v.ok()) return api_error(v.error());
  return Response::json(council_detail_json(*v), status);
}

// The member `member_id` as the council now lists it.
Response member_or_error(const app::Services& s, const Ctx& ctx, int64_t council_id, int64_t member_id,
                         unsigned status) {
  auto v = app::get_council(s, *ctx.actor, council_id);
  if (!v.ok()) return api_error(v.error());
  for (const auto& m : v->members) {
    if (m.id == member_id) return Response::json(member_json(m), status);
  }
  return api_error(app::not_found(msg::kWhatCouncilMember));
}

}  // namespace

void add_councils_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/councils", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int page = int_param(req, "page", 1, 1, 100000);
        auto listing = app::list_councils(s, *ctx.actor, page);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& c : listing->items) items.push_back(council_json(c));
        return Response::json(json::object{{"items", items},
                                           {"page", listing->page},
                                           {"page_size", listing->page_size},
                                           {"has_more", listing->has_more},
                                           {"can_create", listing->can_create}});
      }},

      {"POST", "/api/v1/councils", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"unit_id", "name"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        std::optional<int64_t> unit;
        std::string name;
        rd.id("unit_id", unit);
        rd.text("name", name);
        if (rd.error) return api_error(*rd.error);
        if (!unit) return api_error(core::make_error(core::errc::kValidation, msg::kCouncilUnitRequired, "unit_id"));
        auto created = app::create_council(s, *ctx.actor, *unit, name, ctx.meta);
        if (!created.ok()) return api_error(created.error());
        return council_or_error(s, ctx, *created, 201);
      }},

      {"GET", "/api/v1/councils/{cid:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        return council_or_error(s, ctx, cid);
      }},

      {"POST", "/api/v1/councils/{cid:int}/members", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"username", "role", "position", "full_name"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        app::NewMember m;
        rd.text("username", m.username);
        std::string role;
        rd.text("role", role);
        rd.text("position", m.position);
        rd.text("full_name", m.full_name);
        if (rd.error) return api_error(*rd.error);
        m.role = parse_role(role);
        auto added = app::add_council_member(s, *ctx.actor, cid, m, ctx.meta);
        if (!added.ok()) return api_error(added.error());
        return member_or_error(s, ctx, cid, *added, 201);
      }},

      {"PATCH", "/api/v1/councils/{cid:int}/members/{mid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        const int64_t mid = ctx.id("mid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"active"})) return api_error(*e);
        const json::value* active = body->if_contains("active");
        if (!active || !active->is_bool()) {
          return api_error(bad_request(msg::member_must_be_boolean("active"), "active"));
        }
        auto done = app::set_council_member_active(s, *ctx.actor, cid, mid, active->as_bool(), ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return member_or_error(s, ctx, cid, mid, 200);
      }},
  });
}

}  // namespace thidua::web
