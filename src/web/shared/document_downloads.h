// The handlers of a campaign's end documents, shared by the pages and the
// JSON API: each is registered on its page path and on its /api/v1 path, and
// answers the same bytes with the same rights (its use case authorises);
// failures are the error page on a page path, the JSON error under /api/
// (failure_response in web/shared/respond.h).
//
//   minutes_download            /dot-thi-dua/{id}/hoi-dong/phien/{sid}/bien-ban.pdf|.docx
//                               /api/v1/campaigns/{id}/sessions/{sid}/minutes.pdf|.docx
//   decision_file_download      /dot-thi-dua/{id}/quyet-dinh/{did}/van-ban.pdf|.docx
//                               /api/v1/campaigns/{id}/decisions/{did}/document.pdf|.docx
//   dossier_download            /dot-thi-dua/{id}/quyet-dinh/{did}/ho-so.zip
//                               /api/v1/campaigns/{id}/decisions/{did}/dossier.zip
//   decision_certificates_download
//                               /dot-thi-dua/{id}/quyet-dinh/{did}/giay-khen.pdf
//                               /api/v1/campaigns/{id}/decisions/{did}/certificates.pdf
//   award_certificate_download  /khen-thuong/{aid}/giay-khen.pdf, /api/v1/awards/{aid}/certificate.pdf
//   blank_calibration_download  /mau-phoi-giay-khen/{bid}/can-chinh.pdf, /api/v1/certificate-blanks/{bid}/calibration.pdf
//   blank_certificates_download /dot-thi-dua/{id}/quyet-dinh/{did}/phoi/{bid}/giay-khen.pdf
//                               /api/v1/campaigns/{id}/decisions/{did}/blanks/{bid}/certificates.pdf
//   plan_download               /dot-thi-dua/{id}/ke-hoach.pdf|.docx, /api/v1/campaigns/{id}/plan.pdf|.docx,
//                               /cong-khai/ke-hoach/{id}/ke-hoach.pdf|.docx (the caller has read the plan)
//   nomination_report_download  /dot-thi-dua/{id}/de-nghi/{nid}/mau-bao-cao.docx
//                               /api/v1/campaigns/{id}/nominations/{nid}/achievement-report.docx
//   report_template_download    /dot-thi-dua/{id}/de-nghi/mau-bao-cao.docx?award_type_id=&subject=&person_id=|nominee_unit_id=
//                               /api/v1/campaigns/{id}/achievement-report.docx (the same query)
//   closing_document_download   /dot-thi-dua/{id}/thong-bao-ket-qua.pdf|.docx, /dot-thi-dua/{id}/bao-cao-tong-ket.pdf|.docx
//                               /api/v1/campaigns/{id}/results-notice.pdf|.docx, /api/v1/campaigns/{id}/summary-report.pdf|.docx
//   public_notice_download      /cong-khai/ket-qua/{id}/thong-bao.pdf, /api/v1/public/campaigns/{id}/results-notice.pdf
//
// Path ids, declared "{name:int}" in the route tables (web/route_table.h):
// "id" (campaign), "sid" (session), "did" (decision), "aid" (award), "bid" (certificate blank),
// "nid" (nomination).
#pragma once

#include "app/context.h"
#include "core/campaign.h"
#include "core/campaign_report.h"
#include "web/guard.h"
#include "web/http.h"
#include "web/shared/downloads.h"
#include "web/shared/respond.h"

namespace thidua::web {

// The minutes of a closed council session (who may read its results).
Response minutes_download(const app::Services& s, const Request& req, Ctx& ctx, DocFormat format);
// A decision's (or proposal's) document.
Response decision_file_download(const app::Services& s, const Request& req, Ctx& ctx, DocFormat format);
// A decision's dossier (ZIP).
Response dossier_download(const app::Services& s, const Request& req, Ctx& ctx);
// The certificates of an approved decision (PDF).
Response decision_certificates_download(const app::Services& s, const Request& req, Ctx& ctx);
// The certificate of one award (PDF).
Response award_certificate_download(const app::Services& s, const Request& req, Ctx& ctx);
// A certificate blank's calibration page (app/certificate_blanks.h).
Response blank_calibration_download(const app::Services& s, const Request& req, Ctx& ctx);
// A decision's certificates printed on a blank.
Response blank_certificates_download(const app::Services& s, const Request& req, Ctx& ctx);
// The achievement report pre-filled for a nomination (app/achievement_reports.h), DOCX.
Response nomination_report_download(const app::Services& s, const Request& req, Ctx& ctx);
// The same before the nomination, for the subject the query names.
Response report_template_download(const app::Services& s, const Request& req, Ctx& ctx);
// A campaign's closing document (app/closing_reports.h), for those who follow it.
Response closing_document_download(const app::Services& s, const Request& req, Ctx& ctx,
                                   core::CampaignReportKind kind, DocFormat format);
// The issued results notice, for the public.
Response public_notice_download(const app::Services& s, const Request& req, Ctx& ctx);
// A campaign's plan the caller may read: a published plan's PDF is its signed
// file when it has one (app/plan_issue.h); otherwise drawn.
Response plan_download(const app::Services& s, const Request& req, Ctx& ctx, const core::Campaign& plan,
                       DocFormat format);

}  // namespace thidua::web
