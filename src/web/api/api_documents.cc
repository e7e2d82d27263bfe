// The documents of a campaign's end through the API: a council session's
// minutes (PDF/DOCX), a decision's or proposal's document (PDF/DOCX), its
// dossier (ZIP), the certificates of a decision and of one award (PDF). The
// handlers are the page downloads' (web/shared/document_downloads.h), so the bytes
// and the rights are the page's; under /api/ their errors are JSON.
#include <string>

#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"

namespace thidua::web {

void add_document_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/minutes.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return minutes_download(s, req, ctx, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/minutes.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return minutes_download(s, req, ctx, DocFormat::kDocx); }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/decisions/{did:int}/document.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return decision_file_download(s, req, ctx, DocFormat::kPdf); }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/decisions/{did:int}/document.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return decision_file_download(s, req, ctx, DocFormat::kDocx); }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/decisions/{did:int}/dossier.zip", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return dossier_download(s, req, ctx); }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/decisions/{did:int}/certificates.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return decision_certificates_download(s, req, ctx); }, Cost::kHeavy},
      {"GET", "/api/v1/awards/{aid:int}/certificate.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return award_certificate_download(s, req, ctx); }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
