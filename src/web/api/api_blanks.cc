// The certificate blanks through the API (app/certificate_blanks.h):
//   GET  /api/v1/certificate-blanks                 the blanks the caller sees
//   POST /api/v1/certificate-blanks                 {"unit_id", "name", "layout"?} → 201 {"id"}
//   GET  /api/v1/certificate-blanks/{bid}           one blank with its layout and version
//   PUT  /api/v1/certificate-blanks/{bid}           {"name", "layout", "version"}
//   GET  /api/v1/certificate-blanks/{bid}/calibration.pdf
//   GET  /api/v1/campaigns/{id}/decisions/{did}/blanks/{bid}/certificates.pdf
// The layout is the object of store/certificate_blanks.h: page_width_mm,
// page_height_mm, offset_x_mm, offset_y_mm, boxes.{recipient|detail|reason|
// decision|date|signer}.{printed,x_mm,y_mm,width_mm,size_pt,bold,centered}.
#include <boost/json.hpp>

#include "app/certificate_blanks.h"
#include "core/messages_vi/certificate_blanks.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/respond.h"

namespace thidua::web {

namespace json = boost::json;

namespace {

json::object blank_json(const core::CertificateBlank& b) {
  boost::system::error_code ec;
  return json::object{{"id", b.id},
                      {"unit_id", b.unit_id},
                      {"unit_name", b.unit_name},
                      {"name", b.name},
                      {"layout", json::parse(app::blank_layout_json(b.layout), ec)},
                      {"version", b.version},
                      {"updated_at", b.updated_at}};
}

// The "layout" member, or `base` when absent.
core::Result<core::BlankLayout> layout_member(const json::object& body, const core::BlankLayout& base) {
  auto it = body.find("layout");
  if (it == body.end()) return base;
  if (!it->value().is_object()) return bad_request(core::messages_vi::blank_member_invalid("layout"), "layout");
  return app::parse_blank_layout(json::serialize(it->value()));
}

}  // namespace

void add_blank_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/certificate-blanks", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto list = app::list_blanks(s, *ctx.actor);
        if (!list.ok()) return api_error(list.error());
        json::array items;
        for (const auto& b : *list) items.push_back(blank_json(b));
        return Response::json(json::object{{"items", items}});
      }},

      {"POST", "/api/v1/certificate-blanks", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"unit_id", "name", "layout"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        std::optional<int64_t> unit;
        app::BlankInput input;
        rd.id("unit_id", unit);
        rd.text("name", input.name);
        if (rd.error) return api_error(*rd.error);
        auto layout = layout_member(*body, core::default_blank_layout());
        if (!layout.ok()) return api_error(layout.error());
        input.layout = *layout;
        auto id = app::create_blank(s, *ctx.actor, unit.value_or(0), input, ctx.meta);
        if (!id.ok()) return api_error(id.error());
        return Response::json(json::object{{"id", *id}}, 201);
      }},

      {"GET", "/api/v1/certificate-blanks/{bid:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto b = app::get_blank(s, *ctx.actor, ctx.id("bid"));
        if (!b.ok()) return api_error(b.error());
        return Response::json(blank_json(*b));
      }},

      {"PUT", "/api/v1/certificate-blanks/{bid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("bid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"name", "layout", "version"})) return api_error(*e);
        auto before = app::get_blank(s, *ctx.actor, id);
        if (!before.ok()) return api_error(before.error());
        Reader rd{*body, std::nullopt};
        app::BlankInput input{before->name, before->layout};
        int64_t version = 0;
        rd.text("name", input.name);
        rd.number("version", version);
        if (rd.error) return api_error(*rd.error);
        auto layout = layout_member(*body, before->layout);
        if (!layout.ok()) return api_error(layout.error());
        input.layout = *layout;
        auto saved = app::update_blank(s, *ctx.actor, id, input, version, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        auto after = app::get_blank(s, *ctx.actor, id);
        if (!after.ok()) return api_error(after.error());
        return Response::json(blank_json(*after));
      }},

      {"GET", "/api/v1/certificate-blanks/{bid:int}/calibration.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return blank_calibration_download(s, req, ctx); }, Cost::kHeavy},

      {"GET", "/api/v1/campaigns/{id:int}/decisions/{did:int}/blanks/{bid:int}/certificates.pdf", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) { return blank_certificates_download(s, req, ctx); }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
