// The JSON API of registrations under /api/v1/campaigns/{id}/registrations:
// list (paginated, filters unit_id and state, counts per state), create, read,
// replace the content (PUT), submit, approve and return with a reason. Same
// use cases and rules as the pages; errors {"error": {"code", "message",
// "field"}} with the stable codes of core::errc.
#include <functional>
#include <string>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/registrations.h"
#include "app/registrations_export.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/registrations.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// Reads "signature_task", "targets" [{content_label, text}] and
// "initiatives" [{title, content, expected_effect}] into `r`.
core::Status content_overlay(core::Registration& r, const json::object& o) {
  Reader reader{o, std::nullopt};
  reader.text("signature_task", r.signature_task);
  if (reader.error) return *reader.error;
  auto objects = [&](const char* key, auto&& each) -> core::Status {
    const json::value* v = o.if_contains(key);
    if (!v) return {};
    if (!v->is_array()) return bad_request(msg::api_member_must_be_array(key), key);
    for (const auto& item : v->as_array()) {
      if (!item.is_object()) return bad_request(msg::api_member_items_must_be_objects(key), key);
      Reader ir{item.as_object(), std::nullopt};
      each(ir);
      if (ir.error) return core::make_error(ir.error->code, ir.error->message, key);
    }
    return {};
  };
  if (o.contains("targets")) r.targets.clear();
  THIDUA_TRY(objects("targets", [&](Reader& ir) {
    core::Target t;
    ir.text("content_label", t.content_label);
    ir.text("text", t.text);
    r.targets.push_back(std::move(t));
  }));
  if (o.contains("initiatives")) r.initiatives.clear();
  THIDUA_TRY(objects("initiatives", [&](Reader& ir) {
    core::Initiative i;
    ir.text("title", i.title);
    ir.text("content", i.content);
    ir.text("expected_effect", i.expected_effect);
    r.initiatives.push_back(std::move(i));
  }));
  return {};
}

struct Ids {
  int64_t campaign = 0;
  int64_t registration = 0;
};

Ids ids_of(const Ctx& ctx, bool with_registration) {
  return Ids{ctx.id("id"), with_registration ? ctx.id("rid") : 0};
}

// The registration after a change, as JSON.
Response current(const app::Services& s, const Ctx& ctx, const Ids& ids, unsigned status = 200) {
  auto v = app::get_registration(s, *ctx.actor, ids.campaign, ids.registration);
  if (!v.ok()) return api_error(v.error());
  return Response::json(app::registration_json(v->registration), status);
}

// Reads the required "version" of a state change or edit.
core::Result<int64_t> version_of(const json::object& o) {
  const json::value* v = o.if_contains("version");
  if (!v || !v->is_int64()) return bad_request(msg::kApiRegistrationVersionMissing, "version");
  return v->as_int64();
}

using Move = std::function<core::Status(const app::Services&, const Ctx&, const Ids&, int64_t version,
                                        const json::object& body)>;

// The handler of a state change or edit: reads the body's version, runs
// `move`, and answers the registration as it now is.
AppHandler move_route(const app::Services& s, Move move) {
  return [&s, move](Request& req, Ctx& ctx) {
    const Ids ids = ids_of(ctx, true);
    auto body = body_object(req);
    if (!body.ok()) return api_error(body.error());
    auto version = version_of(*body);
    if (!version.ok()) return api_error(version.error());
    auto st = move(s, ctx, ids, *version, *body);
    if (!st.ok()) return api_error(st.error());
    return current(s, ctx, ids);
  };
}

// The list's filter from the query (`unit_id`, `state`): kValidation for an
// unknown state.
core::Result<app::RegistrationFilter> filter_of(const Request& req) {
  app::RegistrationFilter f;
  f.unit_id = parse_id(req.query_param("unit_id"));
  if (auto st = req.query_param("state"); !st.empty()) {
    f.state = core::parse_registration_state(st);
    if (!f.state) return core::make_error(core::errc::kValidation, msg::kApiRegistrationStateInvalid, "state");
  }
  return f;
}

}  // namespace

void add_registration_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/registrations", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const Ids ids = ids_of(ctx, false);
        auto filter = filter_of(req);
        if (!filter.ok()) return api_error(filter.error());
        app::RegistrationFilter f = *filter;
        f.page = int_param(req, "page", 1, 1, kMaxPageNumber);
        f.page_size = int_param(req, "page_size", 50, 1, 200);
        auto l = app::list_registrations(s, *ctx.actor, ids.campaign, f);
        if (!l.ok()) return api_error(l.error());
        json::array items;
        for (const auto& reg : l->items) items.push_back(app::registration_json(reg));
        json::object counts;
        for (auto st : core::all_registration_states()) {
          counts[core::registration_state_code(st)] = l->counts.count(st) ? l->counts.at(st) : 0;
        }
        return Response::json(json::object{{"items", items},
                                           {"page", l->page},
                                           {"page_size", l->page_size},
                                           {"total", l->total},
                                           {"has_more", static_cast<int64_t>(l->page) * l->page_size < l->total},
                                           {"counts", counts}});
      }},

      {"GET", "/api/v1/campaigns/{id:int}/registrations.xlsx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const Ids ids = ids_of(ctx, false);
        auto filter = filter_of(req);
        if (!filter.ok()) return api_error(filter.error());
        const app::RegistrationFilter f = *filter;
        return xlsx_download(req, ctx, s.data_dir, "registrations-" + std::to_string(ids.campaign) + ".xlsx",
                             [&](const std::string& path) {
                               return app::write_registrations_xlsx(s, *ctx.actor, ids.campaign, f, path);
                             });
      }, Cost::kHeavy},

      {"POST", "/api/v1/campaigns/{id:int}/registrations", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const Ids ids = ids_of(ctx, false);
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        core::Registration reg;
        Reader reader{*body, std::nullopt};
        std::string subject;
        std::optional<int64_t> unit_id;
        reader.text("subject", subject);
        reader.id("unit_id", unit_id);
        reader.id("person_id", reg.person_id);
        if (reader.error) return api_error(*reader.error);
        auto parsed = core::parse_registration_subject(subject);
        if (!parsed) {
          return api_error(core::make_error(core::errc::kValidation,
                                            msg::kApiRegistrationSubjectInvalid, "subject"));
        }
        reg.subject = *parsed;
        reg.unit_id = unit_id.value_or(0);
        if (auto st = content_overlay(reg, *body); !st.ok()) return api_error(st.error());
        auto id = app::create_registration(s, *ctx.actor, ids.campaign, reg, ctx.meta);
        if (!id.ok()) return api_error(id.error());
        return current(s, ctx, Ids{ids.campaign, *id}, 201);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/registrations/{rid:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const Ids ids = ids_of(ctx, true);
        return current(s, ctx, ids);
      }},

      {"PUT", "/api/v1/campaigns/{id:int}/registrations/{rid:int}", Access::kLoggedIn,
       move_route(s, [](const app::Services& s, const Ctx& ctx, const Ids& ids, int64_t version,
                        const json::object& body) -> core::Status {
         auto current = app::get_registration(s, *ctx.actor, ids.campaign, ids.registration);
         if (!current.ok()) return current.error();
         core::Registration content = current->registration;  // members left out keep their value
         THIDUA_TRY(content_overlay(content, body));
         return app::update_registration(s, *ctx.actor, ids.campaign, ids.registration, content, version, ctx.meta);
       })},

      {"POST", "/api/v1/campaigns/{id:int}/registrations/{rid:int}/submit", Access::kLoggedIn,
       move_route(s, [](const app::Services& s, const Ctx& ctx, const Ids& ids, int64_t version, const json::object&) {
         return app::submit_registration(s, *ctx.actor, ids.campaign, ids.registration, version, ctx.meta);
       })},

      {"POST", "/api/v1/campaigns/{id:int}/registrations/{rid:int}/approve", Access::kLoggedIn,
       move_route(s, [](const app::Services& s, const Ctx& ctx, const Ids& ids, int64_t version, const json::object&) {
         return app::approve_registration(s, *ctx.actor, ids.campaign, ids.registration, version, ctx.meta);
       })},

      {"POST", "/api/v1/campaigns/{id:int}/registrations/{rid:int}/return", Access::kLoggedIn,
       move_route(s, [](const app::Services& s, const Ctx& ctx, const Ids& ids, int64_t version,
                        const json::object& body) -> core::Status {
         std::string reason;
         Reader reader{body, std::nullopt};
         reader.text("reason", reason);
         if (reader.error) return *reader.error;
         return app::return_registration(s, *ctx.actor, ids.campaign, ids.registration, version, reason, ctx.meta);
       })},
  });
}

}  // namespace thidua::web
