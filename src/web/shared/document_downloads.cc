#include "web/shared/document_downloads.h"

#include "web/route_table.h"

#include <string>

#include "app/access.h"
#include "app/achievement_reports.h"
#include "app/certificate_blanks.h"
#include "app/certificates.h"
#include "app/closing_reports.h"
#include "app/decisions.h"
#include "app/dossier.h"
#include "app/minutes_document.h"
#include "app/plan_document.h"
#include "app/plan_issue.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/council.h"
#include "web/shared/award_views.h"
#include "web/shared/params.h"

namespace thidua::web {
namespace msg = core::messages_vi;

Response minutes_download(const app::Services& s, const Request& req, Ctx& ctx, DocFormat format) {
  const auto ids = campaign_record_ids(ctx, "sid");
  auto doc = app::session_minutes(s, *ctx.actor, ids.campaign, ids.record);
  if (!doc.ok()) return failure_response(req, ctx, doc.error());
  const std::string stem = "bien-ban-phien-" + std::to_string(ids.record);
  if (format != DocFormat::kPdf) return document_download(req, ctx, s.data_dir, *doc, format, stem);
  return export_download(req, ctx, s.data_dir, ".pdf", kPdfType, stem + ".pdf", [&](const std::string& path) {
    return app::write_minutes_pdf(s, *ctx.actor, ctx.meta, ids.campaign, ids.record, path);
  });
}

Response decision_file_download(const app::Services& s, const Request& req, Ctx& ctx, DocFormat format) {
  const auto ids = campaign_record_ids(ctx, "did");
  auto v = app::get_decision(s, *ctx.actor, ids.campaign, ids.record);
  if (!v.ok()) return failure_response(req, ctx, v.error());
  const bool pdf = format == DocFormat::kPdf;
  const std::string fmt = pdf ? "pdf" : "docx";
  return export_download(req, ctx, s.data_dir, "." + fmt, pdf ? kPdfType : kDocxType,
                         app::decision_file_stem(v->decision) + "." + fmt, [&](const std::string& path) {
                           return app::write_decision_file(s, *ctx.actor, ids.campaign, ids.record, fmt, path, ctx.meta);
                         });
}

Response dossier_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const auto ids = campaign_record_ids(ctx, "did");
  auto v = app::get_decision(s, *ctx.actor, ids.campaign, ids.record);
  if (!v.ok()) return failure_response(req, ctx, v.error());
  return export_download(req, ctx, s.data_dir, ".zip", kZipType,
                         "ho-so-" + app::decision_file_stem(v->decision) + ".zip", [&](const std::string& path) {
                           return app::write_dossier(s, *ctx.actor, ids.campaign, ids.record, path, ctx.meta);
                         });
}

Response decision_certificates_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const auto ids = campaign_record_ids(ctx, "did");
  return export_download(req, ctx, s.data_dir, ".pdf", kPdfType,
                         "giay-khen-qd-" + std::to_string(ids.record) + ".pdf", [&](const std::string& path) {
                           return app::write_decision_certificates(s, *ctx.actor, ids.campaign, ids.record,
                                                                   path);
                         });
}

Response award_certificate_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const int64_t aid = ctx.id("aid");
  return export_download(req, ctx, s.data_dir, ".pdf", kPdfType, "giay-khen-" + std::to_string(aid) + ".pdf",
                         [&](const std::string& path) {
                           return app::write_award_certificate(s, *ctx.actor, aid, path, ctx.meta);
                         });
}

Response blank_calibration_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const int64_t id = ctx.id("bid");
  return export_download(req, ctx, s.data_dir, ".pdf", kPdfType, "can-chinh-phoi-" + std::to_string(id) + ".pdf",
                         [&](const std::string& path) { return app::write_blank_calibration(s, *ctx.actor, id, path); });
}

Response blank_certificates_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const auto ids = campaign_record_ids(ctx, "did");
  const int64_t blank = ctx.id("bid");
  return export_download(req, ctx, s.data_dir, ".pdf", kPdfType,
                         "giay-khen-qd-" + std::to_string(ids.record) + "-phoi-" + std::to_string(blank) + ".pdf",
                         [&](const std::string& path) {
                           return app::write_decision_certificates_on_blank(s, *ctx.actor, ids.campaign, ids.record,
                                                                             blank, path);
                         });
}

Response nomination_report_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const auto ids = campaign_record_ids(ctx, "nid");
  auto doc = app::nomination_achievement_report(s, *ctx.actor, ids.campaign, ids.record);
  if (!doc.ok()) return failure_response(req, ctx, doc.error());
  return document_download(req, ctx, s.data_dir, *doc, DocFormat::kDocx,
                           "bao-cao-thanh-tich-de-nghi-" + std::to_string(ids.record));
}

Response report_template_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const int64_t cid = ctx.id("id");
  app::AchievementReportRequest r;
  r.award_type_id = parse_id(req.query_param("award_type_id"));
  if (req.query_param("subject") == "collective") r.subject = core::CriterionSubject::kCollective;
  r.person_id = parse_id(req.query_param("person_id"));
  r.nominee_unit_id = parse_id(req.query_param("nominee_unit_id"));
  auto doc = app::achievement_report_template(s, *ctx.actor, cid, r);
  if (!doc.ok()) return failure_response(req, ctx, doc.error());
  const bool individual = r.subject == core::CriterionSubject::kIndividual;
  const int64_t who = individual ? r.person_id.value_or(0) : r.nominee_unit_id.value_or(0);
  return document_download(req, ctx, s.data_dir, *doc, DocFormat::kDocx,
                           std::string("bao-cao-thanh-tich-") + (individual ? "ca-nhan-" : "tap-the-") +
                               std::to_string(who));
}

Response closing_document_download(const app::Services& s, const Request& req, Ctx& ctx,
                                   core::CampaignReportKind kind, DocFormat format) {
  const int64_t cid = ctx.id("id");
  const bool pdf = format == DocFormat::kPdf;
  const std::string fmt = pdf ? "pdf" : "docx";
  const std::string stem = kind == core::CampaignReportKind::kResults ? "thong-bao-ket-qua-" : "bao-cao-tong-ket-";
  return export_download(req, ctx, s.data_dir, "." + fmt, pdf ? kPdfType : kDocxType,
                         stem + std::to_string(cid) + "." + fmt, [&](const std::string& path) {
                           return app::write_closing_document(s, *ctx.actor, ctx.meta, cid, kind, fmt, path);
                         });
}

Response public_notice_download(const app::Services& s, const Request& req, Ctx& ctx) {
  const int64_t cid = ctx.id("id");
  return export_download(req, ctx, s.data_dir, ".pdf", kPdfType, "thong-bao-ket-qua-" + std::to_string(cid) + ".pdf",
                         [&](const std::string& path) {
                           return app::write_public_results_notice(s, ctx.meta, cid, path);
                         });
}

Response plan_download(const app::Services& s, const Request& req, Ctx& ctx, const core::Campaign& plan,
                       DocFormat format) {
  const std::string stem = "ke-hoach-" + std::to_string(plan.id);
  if (format != DocFormat::kPdf) return document_download(req, ctx, s.data_dir, app::plan_document(plan), format, stem);
  return export_download(req, ctx, s.data_dir, ".pdf", kPdfType, stem + ".pdf", [&](const std::string& path) {
    return app::write_plan_pdf(s, ctx.actor ? &*ctx.actor : nullptr, ctx.meta, plan, path);
  });
}

}  // namespace thidua::web
