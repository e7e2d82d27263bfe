// Exchange packages between deployments (issue 14 #3, app/exchange.h): the
// proposal page's "export as a package" form, the imported submission's
// "export the answer" form, the page that takes a package in, and the
// download of each package made or taken in.
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/exchange.h"
#include "app/submissions.h"
#include "core/messages_vi/exchange.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

Response exchange_page(const app::Services& s, const Request& req, Ctx& ctx, const core::Error* error,
                       unsigned status) {
  json::object data;
  data["queue"] = app::processes_submissions(s, *ctx.actor);  // the queue is linked for those it opens to
  add_form_error(data, error);
  return render_page(req, ctx, "exchange", msg::kPageTitleExchange, data, status);
}

}  // namespace

void add_exchange_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"POST", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/goi-trao-doi", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         const int64_t campaign = ctx.id("id"), decision = ctx.id("did");
         auto made = app::export_proposal_package(s, *ctx.actor, campaign, decision,
                                                  {ctx.field("receiver_code"), ctx.field("receiver_name")},
                                                  ctx.field("note"), ctx.meta);
         if (!made.ok()) return error_page(req, ctx, made.error());
         return Response::redirect("/dot-thi-dua/" + std::to_string(campaign) + "/quyet-dinh/" +
                                   std::to_string(decision) + "?thong-bao=da-xuat-goi#goi-trao-doi");
       }, Cost::kHeavy},

      {"POST", "/ho-so-de-nghi/{id:int}/goi-tra-loi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto made = app::export_answer_package(s, *ctx.actor, id, ctx.meta);
        if (!made.ok()) return error_page(req, ctx, made.error());
        return Response::redirect("/ho-so-de-nghi/" + std::to_string(id) + "?thong-bao=da-xuat-goi#goi-trao-doi");
      }, Cost::kHeavy},

      {"GET", "/goi-trao-doi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (!app::may_import_packages(*ctx.actor)) return error_page(req, ctx, app::forbidden(msg::kActImportPackage));
        return exchange_page(s, req, ctx, nullptr, 200);
      }},

      {"POST", "/goi-trao-doi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        if (!app::may_import_packages(*ctx.actor)) return error_page(req, ctx, app::forbidden(msg::kActImportPackage));
        const FormPart* file = ctx.file("file");
        if (file == nullptr || file->data.empty()) {
          const core::Error e = core::make_error(core::errc::kValidation, msg::kExchangeUploadMissing, "file");
          return exchange_page(s, req, ctx, &e, 422);
        }
        auto done = app::import_exchange_bytes(s, *ctx.actor, file->data, ctx.meta);
        if (!done.ok()) {
          const core::Error e = done.error();
          if (e.code == core::errc::kNotFound || e.code == core::errc::kForbidden) return error_page(req, ctx, e);
          return exchange_page(s, req, ctx, &e, status_for(e.code));
        }
        const std::string notice = done->already ? "da-nhan-truoc" : "da-nhan-goi";
        if (done->submission_id) {
          return Response::redirect("/ho-so-de-nghi/" + std::to_string(*done->submission_id) + "?thong-bao=" + notice);
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(done->campaign_id.value_or(0)) + "/quyet-dinh/" +
                                  std::to_string(done->decision_id.value_or(0)) + "?thong-bao=" + notice +
                                  "#goi-trao-doi");
      }, Cost::kHeavy},

      {"GET", "/goi-trao-doi/{direction}/{package_id}/goi.zip", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto f = app::exchange_package_file(s, *ctx.actor, req.path_param("direction"), req.path_param("package_id"));
        if (!f.ok()) return error_page(req, ctx, f.error());
        return stored_file_download(*f);
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
