// The JSON API under /api/v1: units, people, users, audit, and the caller.
// Same use cases and authorisation as the pages; errors are
// {"error": {"code", "message", "field"}} with stable codes.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/eligibility.h"
#include "app/import_evaluations.h"
#include "app/import_person_facts.h"
#include "app/org.h"
#include "app/people.h"
#include "app/records_json.h"
#include "app/unit_browse.h"
#include "app/users.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/pages.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/eligibility_views.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/static_assets.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

core::Result<core::Person> person_overlay(core::Person p, const json::object& o) {
  Reader r{o, std::nullopt};
  r.text("full_name", p.full_name);
  std::string gender = std::string(core::gender_code(p.gender));
  r.text("gender", gender);
  r.text("birth_date", p.birth_date);
  r.text("position", p.position);
  r.text("title", p.title);
  std::string category = std::string(core::category_code(p.category));
  r.text("category", category);
  r.text("email", p.email);
  r.text("phone", p.phone);
  r.id("unit_id", p.unit_id);
  r.number("version", p.version);
  if (r.error) return *r.error;
  auto g = gender.empty() ? std::optional(core::Gender::kUnspecified) : core::parse_gender(gender);
  if (!g) return core::make_error(core::errc::kValidation, msg::kApiGenderInvalid, "gender");
  p.gender = *g;
  auto c = core::parse_category(category);
  if (!c) {
    return core::make_error(core::errc::kValidation,
                            msg::kApiCategoryInvalid, "category");
  }
  p.category = *c;
  return p;
}

core::Result<core::Unit> unit_overlay(core::Unit u, const json::object& o) {
  Reader r{o, std::nullopt};
  r.text("code", u.code);
  r.text("name", u.name);
  r.text("short_name", u.short_name);
  std::string kind = std::string(core::unit_kind_code(u.kind));
  r.text("kind", kind);
  r.text("host_agency", u.host_agency);
  r.text("valid_from", u.valid_from);
  r.text("valid_to", u.valid_to);
  r.id("parent_id", u.parent_id);
  r.id("successor_id", u.successor_id);
  r.number("version", u.version);
  if (r.error) return *r.error;
  auto k = core::parse_unit_kind(kind);
  if (!k) return core::make_error(core::errc::kValidation, msg::kApiUnitKindInvalid, "kind");
  u.kind = *k;
  return u;
}

template <class T>
Response json_or_error(const core::Result<T>& r, unsigned ok_status = 200) {
  if (!r.ok()) return api_error(r.error());
  return Response::json(app::to_json(*r), ok_status);
}

}  // namespace

void add_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  r.get("/api/v1/openapi.json", [](Request&) {
    auto doc = StaticAssets::embedded().data("openapi.json");
    if (!doc) return api_error(app::not_found(msg::kPageWhatOpenApi));
    Response res = Response::text(std::string(*doc));
    res.content_type = "application/json";
    return res;
  });

  install(r, s, o, {
      {"GET", "/api/v1/me", Access::kLoggedIn, [](Request&, Ctx& ctx) {
        const auto& a = *ctx.actor;
        json::array roles;
        for (const auto& g : a.grants) {
          roles.push_back(json::object{{"role", std::string(core::role_code(g.role))}, {"unit_id", g.unit_id}});
        }
        json::object me{{"id", a.user_id},
                        {"username", a.username},
                        {"display_name", a.display_name},
                        {"person_id", a.person_id ? json::value(*a.person_id) : json::value(nullptr)},
                        {"roles", roles}};
        return Response::json(me);
      }},

      {"GET", "/api/v1/units", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::UnitBrowseRequest want;
        const auto root = req.query_param("root_id");
        if (!root.empty()) {
          want.root_id = parse_id(root);
          if (!want.root_id) {
            return api_error(core::make_error(core::errc::kValidation, msg::kApiRootIdInvalid, "root_id"));
          }
        }
        want.page = page_number(req, "page");
        want.page_size = static_cast<size_t>(int_param(req, "page_size", 500, 1, 1000));
        auto shown = app::browse_unit_page(s, *ctx.actor, want);
        if (!shown.ok()) return api_error(shown.error());
        json::array items;
        items.reserve(shown->units.size());
        for (const auto& b : shown->units) {
          json::value u = app::to_json(b.node.unit);
          u.as_object()["depth"] = b.node.depth;
          u.as_object()["people"] = b.node.people;
          items.push_back(std::move(u));
        }
        return Response::json(json::object{{"items", std::move(items)},
                                           {"page", shown->page},
                                           {"page_size", shown->page_size},
                                           {"total", shown->total},
                                           {"has_more", shown->has_more}});
      }},

      {"GET", "/api/v1/units/{id:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto d = app::get_unit(s, *ctx.actor, id);
        if (!d.ok()) return api_error(d.error());
        json::value u = app::to_json(d->unit);
        json::array names;
        for (const auto& n : d->names) {
          names.push_back(json::object{{"name", n.name}, {"valid_from", n.valid_from}, {"valid_to", n.valid_to}});
        }
        u.as_object()["names"] = names;
        return Response::json(u);
      }},

      {"POST", "/api/v1/units", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto unit = unit_overlay(core::Unit{}, *body);
        if (!unit.ok()) return api_error(unit.error());
        return json_or_error(app::create_unit(s, *ctx.actor, *unit, ctx.meta), 201);
      }},

      {"PATCH", "/api/v1/units/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto d = app::get_unit(s, *ctx.actor, id);
        if (!d.ok()) return api_error(d.error());
        auto unit = unit_overlay(d->unit, *body);
        if (!unit.ok()) return api_error(unit.error());
        return json_or_error(app::update_unit(s, *ctx.actor, *unit, ctx.meta));
      }},

      {"GET", "/api/v1/people", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::PeopleFilter f;
        f.query = req.query_param("q");
        f.unit_id = parse_id(req.query_param("unit_id"));
        f.page = int_param(req, "page", 1, 1, kMaxPageNumber);
        f.page_size = int_param(req, "page_size", 50, 1, 200);
        f.after = req.query_param("after");
        f.before = req.query_param("before");
        auto listing = app::list_people(s, *ctx.actor, f);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        items.reserve(listing->people.size());
        for (const auto& p : listing->people) items.push_back(app::to_json(p));
        auto cursor = [](const std::string& c) { return c.empty() ? json::value(nullptr) : json::value(c); };
        return Response::json(json::object{{"items", std::move(items)},
                                           {"page", listing->page},
                                           {"page_size", listing->page_size},
                                           {"has_more", listing->has_more},
                                           {"next_cursor", cursor(listing->next_cursor)},
                                           {"prev_cursor", cursor(listing->prev_cursor)}});
      }},

      {"GET", "/api/v1/people/{id:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto d = app::get_person(s, *ctx.actor, id);
        if (!d.ok()) return api_error(d.error());
        json::value p = app::to_json(d->person);
        json::array ms;
        for (const auto& m : d->memberships) ms.push_back(app::to_json(m));
        p.as_object()["memberships"] = ms;
        auto ratings = app::person_evaluations(s, id);
        if (!ratings.ok()) return api_error(ratings.error());
        json::array evaluations;
        for (const auto& e : *ratings) {
          evaluations.push_back(json::object{{"year", e.year},
                                             {"rating", core::evaluation_rating_code(e.rating)},
                                             {"rated_on", e.rated_on},
                                             {"note", e.note}});
        }
        p.as_object()["evaluations"] = std::move(evaluations);
        auto facts = app::person_fact_records(s, id);
        if (!facts.ok()) return api_error(facts.error());
        json::array initiatives, discipline, absences;
        for (const auto& i : facts->initiatives) initiatives.push_back(app::to_json(i));
        for (const auto& m : facts->discipline) discipline.push_back(app::to_json(m));
        for (const auto& a : facts->absences) absences.push_back(app::to_json(a));
        p.as_object()["initiatives"] = std::move(initiatives);
        p.as_object()["discipline"] = std::move(discipline);
        p.as_object()["absences"] = std::move(absences);
        return Response::json(p);
      }},

      {"GET", "/api/v1/people/{id:int}/eligibility", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int this_year = app::current_year(s.clock);
        auto e = app::person_eligibility(s, *ctx.actor, ctx.id("id"), int_param(req, "year", this_year, 1, 9999));
        if (!e.ok()) return api_error(e.error());
        return Response::json(json::object{{"person_id", e->person_id},
                                           {"year", e->year},
                                           {"awards", eligibility_json(e->awards)},
                                           {"within_reach", within_reach_json(e->awards, e->within_reach)}});
      }},

      {"POST", "/api/v1/people", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto person = person_overlay(core::Person{}, *body);
        if (!person.ok()) return api_error(person.error());
        return json_or_error(app::create_person(s, *ctx.actor, *person, ctx.meta), 201);
      }},

      {"PATCH", "/api/v1/people/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto d = app::get_person(s, *ctx.actor, id);
        if (!d.ok()) return api_error(d.error());
        auto person = person_overlay(d->person, *body);
        if (!person.ok()) return api_error(person.error());
        return json_or_error(app::update_person(s, *ctx.actor, *person, ctx.meta));
      }},

      {"GET", "/api/v1/users", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto page = app::list_users(s, *ctx.actor, req.query_param("after"), int_param(req, "limit", 50, 1, 200));
        if (!page.ok()) return api_error(page.error());
        json::array items;
        for (const auto& u : page->users) items.push_back(app::to_json(u.user, u.grants));
        json::object out{{"items", items}};
        out["next_after"] = page->next_after.empty() ? json::value(nullptr) : json::value(page->next_after);
        return Response::json(out);
      }},

      {"GET", "/api/v1/users/{id:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto u = app::get_user(s, *ctx.actor, id);
        if (!u.ok()) return api_error(u.error());
        return Response::json(app::to_json(u->user, u->grants));
      }},

      {"POST", "/api/v1/users", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        app::NewUser nu;
        Reader rd{*body, std::nullopt};
        rd.text("username", nu.username);
        rd.text("display_name", nu.display_name);
        rd.id("person_id", nu.person_id);
        rd.id("unit_id", nu.unit_id);
        std::string role;
        rd.text("role", role);
        if (rd.error) return api_error(*rd.error);
        if (!role.empty()) {
          nu.role = core::parse_role(role);
          if (!nu.role) return api_error(core::make_error(core::errc::kValidation, msg::kApiRoleInvalid, "role"));
        }
        auto created = app::create_user(s, *ctx.actor, nu, ctx.meta);
        if (!created.ok()) return api_error(created.error());
        // The account as stored, with the role just granted.
        auto stored = app::get_user(s, *ctx.actor, created->user.id);
        json::value out = stored.ok() ? app::to_json(stored->user, stored->grants) : app::to_json(created->user, {});
        out.as_object()["temporary_password"] = created->temporary_password;
        return Response::json(out, 201);
      }},

      {"GET", "/api/v1/audit", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        core::AuditFilter f;
        f.entity = req.query_param("entity").substr(0, 40);
        f.entity_id = req.query_param("entity_id").substr(0, 40);
        if (auto b = parse_id(req.query_param("before"))) f.before_seq = *b;
        f.limit = int_param(req, "limit", 50, 1, 200);
        auto rows = app::browse_audit(s, *ctx.actor, f);
        if (!rows.ok()) return api_error(rows.error());
        json::array items;
        for (const auto& row : *rows) {
          std::error_code ec;
          json::object e{{"seq", row.seq},
                         {"at", row.at},
                         {"actor", row.actor_name},
                         {"action", row.action},
                         {"entity", row.entity},
                         {"entity_id", row.entity_id},
                         {"hash", row.hash}};
          e["before"] = row.before_json ? json::parse(*row.before_json, ec) : json::value(nullptr);
          e["after"] = row.after_json ? json::parse(*row.after_json, ec) : json::value(nullptr);
          items.push_back(std::move(e));
        }
        return Response::json(json::object{{"items", items}});
      }},
  });
}

}  // namespace thidua::web
