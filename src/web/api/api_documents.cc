// The documents of a campaign's end through the API: a council session's
// minutes (PDF/DOCX), a decision's or proposal's document (PDF/DOCX), its
// dossier (ZIP), the certificates of a decision and of one award (PDF). Each
// handler calls the use case the page download calls (which authorises), so
// the bytes and the rights are the page's; errors are JSON.
#include <string>
#include <tuple>

#include "app/access.h"
#include "app/certificates.h"
#include "app/decisions.h"
#include "app/dossier.h"
#include "app/minutes_document.h"
#include "core/messages_vi/api_documents.h"
#include "web/api/api_downloads.h"
#include "web/ui/award_views.h"
#include "web/ui/page.h"

namespace thidua::web {
namespace msg = core::messages_vi;

void add_document_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // The minutes of a closed session: who may read the session's results.
  for (const auto& [suffix, kind] : {std::pair{"minutes.pdf", DocFormat::kPdf}, std::pair{"minutes.docx", DocFormat::kDocx}}) {
    const DocFormat format = kind;  // lambdas may not capture structured bindings (clang 14)
    r.get(std::string("/api/v1/campaigns/{id}/sessions/{sid}/") + suffix,
          guard(s, o, Access::kLoggedIn, [&s, format](Request& req, Ctx& ctx) {
            auto ids = campaign_record_ids(req, "sid");
            if (!ids) return api_error(app::not_found(msg::kApiDocWhatSession));
            auto doc = app::session_minutes(s, *ctx.actor, ids->campaign, ids->record);
            if (!doc.ok()) return api_error(doc.error());
            return document_download(req, ctx, s.data_dir, *doc, format,
                                     "bien-ban-phien-" + std::to_string(ids->record));
          }));
  }

  // The decision's (or proposal's) document, as the page offers it.
  for (const auto& [suffix, format, type] :
       {std::tuple<const char*, const char*, const char*>{"document.pdf", "pdf", kPdfType},
        {"document.docx", "docx", kDocxType}}) {
    const std::string fmt = format;
    const std::string content_type = type;
    r.get(std::string("/api/v1/campaigns/{id}/decisions/{did}/") + suffix,
          guard(s, o, Access::kLoggedIn, [&s, fmt, content_type](Request& req, Ctx& ctx) {
            auto ids = decision_ids(req, true);
            if (!ids) return api_error(app::not_found(msg::kApiDocWhatDecision));
            auto v = app::get_decision(s, *ctx.actor, ids->campaign, ids->decision);
            if (!v.ok()) return api_error(v.error());
            return api_export_download(s.data_dir, "." + fmt, content_type,
                                       app::decision_file_stem(v->decision) + "." + fmt,
                                       [&](const std::string& path) {
                                         return app::write_decision_file(s, *ctx.actor, ids->campaign, ids->decision,
                                                                         fmt, path);
                                       });
          }));
  }

  r.get("/api/v1/campaigns/{id}/decisions/{did}/dossier.zip",
        guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = decision_ids(req, true);
          if (!ids) return api_error(app::not_found(msg::kApiDocWhatDecision));
          auto v = app::get_decision(s, *ctx.actor, ids->campaign, ids->decision);
          if (!v.ok()) return api_error(v.error());
          return api_export_download(s.data_dir, ".zip", kZipType,
                                     "ho-so-" + app::decision_file_stem(v->decision) + ".zip",
                                     [&](const std::string& path) {
                                       return app::write_dossier(s, *ctx.actor, ids->campaign, ids->decision, path);
                                     });
        }));

  r.get("/api/v1/campaigns/{id}/decisions/{did}/certificates.pdf",
        guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = decision_ids(req, true);
          if (!ids) return api_error(app::not_found(msg::kApiDocWhatDecision));
          return api_export_download(s.data_dir, ".pdf", kPdfType,
                                     "giay-khen-qd-" + std::to_string(ids->decision) + ".pdf",
                                     [&](const std::string& path) {
                                       return app::write_decision_certificates(s, *ctx.actor, ids->campaign,
                                                                               ids->decision, path);
                                     });
        }));

  r.get("/api/v1/awards/{aid}/certificate.pdf", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto aid = parse_id(req.path_param("aid"));
          if (!aid) return api_error(app::not_found(msg::kApiDocWhatAward));
          return api_export_download(s.data_dir, ".pdf", kPdfType, "giay-khen-" + std::to_string(*aid) + ".pdf",
                                     [&](const std::string& path) {
                                       return app::write_award_certificate(s, *ctx.actor, *aid, path);
                                     });
        }));
}

}  // namespace thidua::web
