// The JSON API of exchange packages between deployments (issue 14 #3,
// app/exchange.h): exporting a proposal or an answer, importing a package
// (multipart, field `file`), listing the packages of a proposal or a
// submission, and downloading one. Same use cases and rights as the pages
// and `thidua exchange`.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/exchange.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/exchange.h"
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

std::string package_href(const std::string& direction, const std::string& id) {
  return "/api/v1/exchange-packages/" + direction + "/" + id;
}

json::object exported_json(const app::ExportedPackage& p) {
  return {{"package_id", p.package_id}, {"kind", p.kind},   {"sequence", p.sequence},
          {"round", p.round},           {"again", p.again}, {"bytes", p.file.size},
          {"href", package_href("out", p.package_id)}};
}

json::array packages_json(const std::vector<app::PackageInfo>& all) {
  json::array out;
  for (const auto& p : all) {
    out.push_back(json::object{{"direction", p.direction},
                               {"kind", p.kind},
                               {"package_id", p.package_id},
                               {"sequence", p.sequence},
                               {"round", p.round},
                               {"outcome", p.outcome},
                               {"note", p.note},
                               {"counterpart_code", p.counterpart},
                               {"signer", p.signer},
                               {"bytes", p.size},
                               {"created_at", p.created_at},
                               {"href", package_href(p.direction, p.package_id)}});
  }
  return out;
}

}  // namespace

void add_exchange_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"POST", "/api/v1/campaigns/{id:int}/decisions/{did:int}/exchange-package", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         auto body = body_object(req);
         if (!body.ok()) return api_error(body.error());
         if (auto bad = unknown_member(*body, {"receiver_code", "receiver_name", "note"})) return api_error(*bad);
         Reader rd{*body, std::nullopt};
         std::string code, name, note;
         rd.text("receiver_code", code);
         rd.text("receiver_name", name);
         rd.text("note", note);
         if (rd.error) return api_error(*rd.error);
         auto made = app::export_proposal_package(s, *ctx.actor, ctx.id("id"), ctx.id("did"), {code, name}, note,
                                                  ctx.meta);
         if (!made.ok()) return api_error(made.error());
         return Response::json(exported_json(*made), made->again ? 200 : 201);
       }, Cost::kHeavy},

      {"GET", "/api/v1/campaigns/{id:int}/decisions/{did:int}/exchange-packages", Access::kLoggedIn,
       [&s](Request&, Ctx& ctx) {
         auto all = app::decision_packages(s, *ctx.actor, ctx.id("id"), ctx.id("did"));
         if (!all.ok()) return api_error(all.error());
         return Response::json(json::object{{"items", packages_json(*all)}});
       }},

      {"POST", "/api/v1/submissions/{id:int}/answer-package", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto made = app::export_answer_package(s, *ctx.actor, ctx.id("id"), ctx.meta);
        if (!made.ok()) return api_error(made.error());
        return Response::json(exported_json(*made), made->again ? 200 : 201);
      }, Cost::kHeavy},

      {"GET", "/api/v1/submissions/{id:int}/exchange-packages", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto all = app::submission_packages(s, *ctx.actor, ctx.id("id"));
        if (!all.ok()) return api_error(all.error());
        return Response::json(json::object{{"items", packages_json(*all)}});
      }},

      {"POST", "/api/v1/exchange-packages", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (!app::may_import_packages(*ctx.actor)) return api_error(app::forbidden(msg::kActImportPackage));
        if (req.content_type().rfind("multipart/form-data", 0) != 0) {
          return api_error(core::make_error(core::errc::kUnsupported, msg::kExchangeUploadNeedsMultipart, "file"));
        }
        const FormPart* f = ctx.file("file");
        if (f == nullptr || f->data.empty()) {
          return api_error(core::make_error(core::errc::kValidation, msg::kExchangeUploadMissing, "file"));
        }
        auto done = app::import_exchange_bytes(s, *ctx.actor, f->data, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        json::object out{{"package_id", done->package_id},
                         {"kind", done->kind},
                         {"already", done->already},
                         {"signer", done->signer},
                         {"outcome", done->outcome}};
        out["submission_id"] = done->submission_id ? json::value(*done->submission_id) : json::value(nullptr);
        out["campaign_id"] = done->campaign_id ? json::value(*done->campaign_id) : json::value(nullptr);
        out["decision_id"] = done->decision_id ? json::value(*done->decision_id) : json::value(nullptr);
        return Response::json(out, done->already ? 200 : 201);
      }, Cost::kHeavy},

      {"GET", "/api/v1/exchange-packages/{direction}/{package_id}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto f = app::exchange_package_file(s, *ctx.actor, req.path_param("direction"), req.path_param("package_id"));
        if (!f.ok()) return api_error(f.error());
        return stored_file_download(*f);
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
