// The documents of a campaign's end through the API: a council session's
// minutes (PDF/DOCX), a decision's or proposal's document (PDF/DOCX), its
// dossier (ZIP), the certificates of a decision and of one award (PDF). The
// handlers are the page downloads' (web/ui/document_downloads.h), so the bytes
// and the rights are the page's; under /api/ their errors are JSON.
#include <string>

#include "web/api/api_documents.h"
#include "web/ui/document_downloads.h"

namespace thidua::web {

void add_document_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  r.get("/api/v1/campaigns/{id}/sessions/{sid}/minutes.pdf", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return minutes_download(s, req, ctx, DocFormat::kPdf);
        }), Cost::kHeavy);
  r.get("/api/v1/campaigns/{id}/sessions/{sid}/minutes.docx",
        guard(s, o, Access::kLoggedIn,
              [&s](Request& req, Ctx& ctx) { return minutes_download(s, req, ctx, DocFormat::kDocx); }), Cost::kHeavy);
  r.get("/api/v1/campaigns/{id}/decisions/{did}/document.pdf",
        guard(s, o, Access::kLoggedIn,
              [&s](Request& req, Ctx& ctx) { return decision_file_download(s, req, ctx, DocFormat::kPdf); }), Cost::kHeavy);
  r.get("/api/v1/campaigns/{id}/decisions/{did}/document.docx",
        guard(s, o, Access::kLoggedIn,
              [&s](Request& req, Ctx& ctx) { return decision_file_download(s, req, ctx, DocFormat::kDocx); }), Cost::kHeavy);
  r.get("/api/v1/campaigns/{id}/decisions/{did}/dossier.zip",
        guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return dossier_download(s, req, ctx); }), Cost::kHeavy);
  r.get("/api/v1/campaigns/{id}/decisions/{did}/certificates.pdf",
        guard(s, o, Access::kLoggedIn,
              [&s](Request& req, Ctx& ctx) { return decision_certificates_download(s, req, ctx); }), Cost::kHeavy);
  r.get("/api/v1/awards/{aid}/certificate.pdf",
        guard(s, o, Access::kLoggedIn,
              [&s](Request& req, Ctx& ctx) { return award_certificate_download(s, req, ctx); }), Cost::kHeavy);
}

}  // namespace thidua::web
