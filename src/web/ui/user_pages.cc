// Account administration (create, disable, reset password, grant and revoke
// roles) and each user's own API tokens.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/export_lists.h"
#include "app/org.h"
#include "app/records_json.h"
#include "app/users.h"
#include "core/messages_vi/pages.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

json::array role_options() {
  json::array out;
  for (auto r : core::all_roles()) {
    out.push_back(json::object{{"value", std::string(core::role_code(r))}, {"label", std::string(core::role_label(r))}});
  }
  return out;
}

// The unit of a role: one where the actor manages accounts.
const UnitField kRoleUnit{"unit_id", "unit_code"};
UnitKeep grantable(const core::Actor& a) {
  return [&a](const core::Unit& u) { return app::permits(a, core::Action::kManageUsers, u.path); };
}

// The role's unit field, keeping the unit of a form sent back.
core::Result<json::object> grantable_units(const app::Services& s, const Ctx& ctx) {
  auto nodes = app::unit_tree(s, *ctx.actor);
  if (!nodes.ok()) return nodes.error();
  std::vector<int64_t> chosen;
  if (auto id = parse_id(ctx.field("unit_id"))) chosen.push_back(*id);
  return unit_choice(**nodes, kRoleUnit, grantable(*ctx.actor), chosen, ctx.form);
}

Response user_form(const app::Services& s, const Request& req, Ctx& ctx, const json::object& values,
                   const std::string& error, unsigned status) {
  auto units = grantable_units(s, ctx);
  if (!units.ok()) return error_page(req, ctx, units.error());
  return render_page(req, ctx, "user_form", msg::kPageTitleAddAccount,
                     json::object{{"values", values}, {"roles", role_options()}, {"unit_pick", *units}, {"error", error}},
                     status);
}

Response user_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id, json::object extra = {},
                   unsigned status = 200) {
  auto u = app::get_user(s, *ctx.actor, id);
  if (!u.ok()) return error_page(req, ctx, u.error());
  auto units = grantable_units(s, ctx);
  if (!units.ok()) return error_page(req, ctx, units.error());
  json::array grants;
  for (const auto& g : u->grants) {
    grants.push_back(json::object{{"id", g.id}, {"role", std::string(core::role_label(g.role))}, {"unit", g.unit_name}});
  }
  json::object data{{"account", app::to_json(u->user, u->grants)},
                    {"grants", grants},
                    {"roles", role_options()},
                    {"unit_pick", *units},
                    {"self", u->user.id == ctx.actor->user_id}};
  for (auto& kv : extra) data[kv.key()] = kv.value();
  return render_page(req, ctx, "user", u->user.display_name, data, status);
}

// POST /nguoi-dung/{id:int}/<action> with a use-case call; redirects back or shows the error.
template <class Fn>
AppHandler user_action(const app::Services& s, Fn fn) {
  return [&s, fn](Request& req, Ctx& ctx) {
    const int64_t id = ctx.id("id");
    core::Status st = fn(req, ctx, id);
    if (!st.ok()) {
      if (is_refusal(st.error())) return error_page(req, ctx, st.error());
      return user_page(s, req, ctx, id, json::object{{"error", st.error().message}}, failure_status(st.error()));
    }
    return Response::redirect("/nguoi-dung/" + std::to_string(id));
  };
}

}  // namespace

void add_user_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/nguoi-dung", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto page = app::list_users(s, *ctx.actor, req.query_param("sau"), 50);
        if (!page.ok()) return error_page(req, ctx, page.error());
        json::array rows;
        for (const auto& u : page->users) {
          json::array roles;
          for (const auto& g : u.grants) {
            roles.push_back(json::object{{"role", std::string(core::role_label(g.role))}, {"unit", g.unit_name}});
          }
          rows.push_back(json::object{{"id", u.user.id},
                                      {"username", u.user.username},
                                      {"display_name", u.user.display_name},
                                      {"disabled", u.user.disabled},
                                      {"roles", roles}});
        }
        json::object data{{"users", rows}};
        if (!page->next_after.empty()) data["next_href"] = "/nguoi-dung?sau=" + percent_encode(page->next_after);
        return render_page(req, ctx, "users", msg::kPageTitleAccounts, data);
      }},

      {"GET", "/nguoi-dung/xuat", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return xlsx_download(req, ctx, s.data_dir, "tai-khoan.xlsx",
                             [&](const std::string& path) { return app::export_users_xlsx(s, *ctx.actor, path); });
      }, Cost::kHeavy},

      {"GET", "/nguoi-dung/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (!app::permits_somewhere(*ctx.actor, core::Action::kManageUsers)) {
          return error_page(req, ctx, app::forbidden(msg::kPageActCreateAccount));
        }
        return user_form(s, req, ctx, json::object{}, "", 200);
      }},

      {"POST", "/nguoi-dung/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::NewUser nu;
        if (auto taken = take_unit_codes(s, ctx, kRoleUnit, grantable(*ctx.actor)); !taken.ok()) {
          if (core::is_server_failure(taken.error())) return error_page(req, ctx, taken.error());
          json::object values{{"username", ctx.field("username")}, {"display_name", ctx.field("display_name")}};
          return user_form(s, req, ctx, values, taken.error().message, failure_status(taken.error()));
        }
        nu.username = ctx.field("username");
        nu.display_name = ctx.field("display_name");
        nu.person_id = parse_id(ctx.field("person_id"));
        nu.role = core::parse_role(ctx.field("role"));
        nu.unit_id = parse_id(ctx.field("unit_id"));
        auto created = app::create_user(s, *ctx.actor, nu, ctx.meta);
        if (!created.ok()) {
          if (created.error().code == core::errc::kForbidden) return error_page(req, ctx, created.error());
          json::object values{{"username", nu.username}, {"display_name", nu.display_name}};
          return user_form(s, req, ctx, values, created.error().message, failure_status(created.error()));
        }
        return user_page(s, req, ctx, created->user.id,
                         json::object{{"temporary_password", created->temporary_password}});
      }},

      {"GET", "/nguoi-dung/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return user_page(s, req, ctx, id);
      }},

      {"POST", "/nguoi-dung/{id:int}/khoa", Access::kLoggedIn, user_action(s, [&s](Request&, Ctx& ctx, int64_t id) {
         return app::set_user_disabled(s, *ctx.actor, id, true, ctx.meta);
       })},
      {"POST", "/nguoi-dung/{id:int}/mo-khoa", Access::kLoggedIn, user_action(s, [&s](Request&, Ctx& ctx, int64_t id) {
         return app::set_user_disabled(s, *ctx.actor, id, false, ctx.meta);
       })},
      {"POST", "/nguoi-dung/{id:int}/cap-quyen", Access::kLoggedIn,
       user_action(s, [&s](Request&, Ctx& ctx, int64_t id) -> core::Status {
         if (auto taken = take_unit_codes(s, ctx, kRoleUnit, grantable(*ctx.actor)); !taken.ok()) return taken;
         auto role = core::parse_role(ctx.field("role"));
         auto unit = parse_id(ctx.field("unit_id"));
         if (!role || !unit) {
           return core::make_error(core::errc::kValidation, msg::kPageRoleAndUnitMissing, "role");
         }
         return app::grant_role(s, *ctx.actor, id, *role, *unit, ctx.meta);
       })},
      {"POST", "/nguoi-dung/{id:int}/thu-hoi-quyen", Access::kLoggedIn,
       user_action(s, [&s](Request&, Ctx& ctx, int64_t id) -> core::Status {
         auto grant = parse_id(ctx.field("grant_id"));
         if (!grant) return app::not_found(msg::kPageWhatRole);
         return app::revoke_role(s, *ctx.actor, id, *grant, ctx.meta);
       })},
      {"POST", "/nguoi-dung/{id:int}/dat-lai-mat-khau", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto temp = app::reset_user_password(s, *ctx.actor, id, ctx.meta);
        if (!temp.ok()) return error_page(req, ctx, temp.error());
        return user_page(s, req, ctx, id, json::object{{"temporary_password", *temp}});
      }},
  });

  // Each user's own API tokens.
  auto tokens_page = [&s](Request& req, Ctx& ctx, json::object extra, unsigned status) {
    auto tokens = app::list_api_tokens(s, *ctx.actor);
    if (!tokens.ok()) return error_page(req, ctx, tokens.error());
    json::array rows;
    for (const auto& t : *tokens) {
      rows.push_back(json::object{{"id", t.id},
                                  {"name", t.name},
                                  {"created_at", t.created_at.substr(0, 10)},
                                  {"last_used_at", t.last_used_at.substr(0, 10)},
                                  {"revoked", !t.revoked_at.empty()}});
    }
    extra["tokens"] = rows;
    return render_page(req, ctx, "tokens", msg::kPageTitleTokens, extra, status);
  };
  install(r, s, o, {
      {"GET", "/tai-khoan/ma-truy-cap", Access::kLoggedIn, [tokens_page](Request& req, Ctx& ctx) {
        return tokens_page(req, ctx, json::object{}, 200);
      }},
      {"POST", "/tai-khoan/ma-truy-cap", Access::kLoggedIn, [&s, tokens_page](Request& req, Ctx& ctx) {
        auto t = app::create_api_token(s, *ctx.actor, ctx.actor->user_id, ctx.field("name"), ctx.meta);
        if (!t.ok()) {
          return tokens_page(req, ctx, json::object{{"error", t.error().message}}, failure_status(t.error()));
        }
        return tokens_page(req, ctx, json::object{{"secret", t->secret}}, 200);
      }},
      {"POST", "/tai-khoan/ma-truy-cap/{id:int}/thu-hoi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto st = app::revoke_api_token(s, *ctx.actor, id, ctx.meta);
        if (!st.ok()) return error_page(req, ctx, st.error());
        return Response::redirect("/tai-khoan/ma-truy-cap");
      }},
  });
}

}  // namespace thidua::web
