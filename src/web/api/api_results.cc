// A campaign's closing summary and its public results through the API: the
// figures per unit, per award type and in total (JSON, and the XLSX the pages
// offer) for those who may follow the campaign (app::campaign_results), and,
// without login, the published results and the published plans
// (app::public_results, app::list_public_campaigns): exactly what the public
// pages under /cong-khai/ show, 404 where they show nothing.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string>

#include "app/access.h"
#include "app/awards.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/closing_reports.h"
#include "app/fairness.h"
#include "app/results_summary.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/fairness.h"
#include "core/messages_vi/org.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/award_views.h"
#include "web/shared/campaign_summary_json.h"
#include "web/shared/closing_views.h"
#include "web/shared/document_downloads.h"
#include "web/shared/downloads.h"
#include "web/shared/fairness_views.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace {
namespace json = boost::json;
namespace msg = core::messages_vi;

json::object tally_json(const app::AwardTally& a) {
  return json::object{{"award_name", a.award_name},
                      {"granted_by", a.granted_by},
                      {"individuals", a.individuals},
                      {"collectives", a.collectives},
                      {"total", a.individuals + a.collectives}};
}

// {"campaign", "units", "award_types", "totals"}: schema ResultsSummary.
json::object summary_json(const app::CampaignResults& r) {
  const app::ResultsSummary sum = app::summarise_results(r.counts);
  json::array units;
  for (const auto& u : sum.units) {
    json::array awards;
    for (const auto& a : u.awards) awards.push_back(tally_json(a));
    units.push_back(json::object{{"unit_name", u.unit_name},
                                 {"awards", awards},
                                 {"individuals", u.individuals},
                                 {"collectives", u.collectives},
                                 {"total", u.individuals + u.collectives}});
  }
  json::array award_types;
  for (const auto& a : sum.award_types) award_types.push_back(tally_json(a));
  return json::object{{"campaign", json::object{{"id", r.campaign.id}, {"title", r.campaign.title}}},
                      {"units", units},
                      {"award_types", award_types},
                      {"totals", json::object{{"individuals", sum.individuals},
                                              {"collectives", sum.collectives},
                                              {"total", sum.individuals + sum.collectives}}}};
}

// The decisions the public page lists: the deciding document (the agency's
// decision, or the higher authority's for a granted proposal) and the awardees.
json::array public_decisions_json(const app::CampaignResults& r) {
  json::array out;
  for (const auto& dr : r.decisions) {
    const auto& d = dr.decision;
    const bool own = d.kind == core::DecisionKind::kDecision;
    json::array awards;
    for (const auto& a : dr.awards) {
      awards.push_back(
          json::object{{"recipient_name", a.recipient_name}, {"unit_name", a.unit_name}, {"subject", a.subject}});
    }
    const auto& date = own ? d.issue_date : d.answer_date;
    out.push_back(json::object{{"kind", std::string(core::decision_kind_code(d.kind))},
                               {"number_symbol", own ? decision_number_symbol(d) : d.answer_number_symbol},
                               {"date", date ? json::value(*date) : json::value(nullptr)},
                               {"award_name", d.award_name},
                               {"granted_by", d.award_granted_by},
                               {"awards", awards}});
  }
  return out;
}

// With the fairness figures as a second sheet when given (not for the public).
Response summary_xlsx(const Request& req, const Ctx& ctx, const std::string& data_dir,
                      const app::CampaignResults& r, const app::FairnessReport* fairness = nullptr) {
  return xlsx_download(req, ctx, data_dir, "tong-ket-" + std::to_string(r.campaign.id) + ".xlsx",
                       [&](const std::string& path) { return app::write_summary_xlsx(r, path, fairness); });
}

}  // namespace

void add_results_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/summary", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto results = app::campaign_results(s, *ctx.actor, id);
        if (!results.ok()) return api_error(results.error());
        return Response::json(summary_json(*results));
      }},

      {"GET", "/api/v1/campaigns/{id:int}/summary.xlsx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto results = app::campaign_results(s, *ctx.actor, id);
        if (!results.ok()) return api_error(results.error());
        auto fairness = app::fairness_report(s, *ctx.actor, {id, std::nullopt, 0, 0});
        if (!fairness.ok()) return api_error(fairness.error());
        return summary_xlsx(req, ctx, s.data_dir, *results, &*fairness);
      }, Cost::kHeavy},

      // The fairness figures of a campaign, or of a range of years within a
      // unit (app/fairness.h).
      {"GET", "/api/v1/fairness", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::FairnessRequest q;
        if (const auto c = req.query_param("campaign_id"); !c.empty()) {
          q.campaign_id = parse_id(c);
          if (!q.campaign_id) return api_error(app::not_found(msg::kWhatCampaignForFairness));
        } else {
          const int this_year = app::current_year(s.clock);
          q.from_year = int_param(req, "from_year", this_year, 0, 100000);
          q.to_year = int_param(req, "to_year", q.from_year, 0, 100000);
          if (const auto u = req.query_param("unit_id"); !u.empty()) {
            q.unit_id = parse_id(u);
            if (!q.unit_id) return api_error(app::not_found(msg::kWhatUnit));
          }
        }
        auto report = app::fairness_report(s, *ctx.actor, q);
        if (!report.ok()) return api_error(report.error());
        return Response::json(fairness_api_json(*report));
      }},

      // ---- the closing documents (web/shared/document_downloads.h)
      {"GET", "/api/v1/campaigns/{id:int}/results-notice.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kResults, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/results-notice.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kResults, DocFormat::kDocx);
      }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/summary-report.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kSummary, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/summary-report.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kSummary, DocFormat::kDocx);
      }, Cost::kHeavy},

      {"GET", "/api/v1/campaigns/{id:int}/closing-documents", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto docs = app::list_closing_documents(s, *ctx.actor, ctx.id("id"));
        if (!docs.ok()) return api_error(docs.error());
        return Response::json(json::object{{"items", closing_documents_json(*docs)}});
      }},
      // Issues those still to issue of a finalised campaign (app/closing_reports.h).
      {"POST", "/api/v1/campaigns/{id:int}/closing-documents", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto issued = app::issue_pending_closing_documents(s, *ctx.actor, ctx.meta, id);
        if (!issued.ok()) return api_error(issued.error());
        auto docs = app::list_closing_documents(s, *ctx.actor, id);
        if (!docs.ok()) return api_error(docs.error());
        return Response::json(json::object{{"issued", *issued}, {"items", closing_documents_json(*docs)}});
      }},

      // ---- public (no login), as /cong-khai/ shows
      {"GET", "/api/v1/public/campaigns", Access::kPublic, [&s](Request& req, Ctx&) {
        const int page = int_param(req, "page", 1, 1, 100000);
        const int size = int_param(req, "page_size", 20, 1, 100);
        auto listing = app::list_public_campaigns(s, page, size);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& c : listing->items) items.push_back(api_campaign_summary_json(c));
        return Response::json(json::object{
            {"items", items}, {"page", listing->page}, {"page_size", listing->page_size}, {"total", listing->total}});
      }},

      {"GET", "/api/v1/public/campaigns/{id:int}/results", Access::kPublic, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto results = app::public_results(s, id);
        if (!results.ok()) return api_error(results.error());
        json::object out = summary_json(*results);
        out["decisions"] = public_decisions_json(*results);
        return Response::json(out);
      }},

      {"GET", "/api/v1/public/campaigns/{id:int}/results-notice.pdf", Access::kPublic, [&s](Request& req, Ctx& ctx) {
        return public_notice_download(s, req, ctx);
      }, Cost::kHeavy},

      {"GET", "/api/v1/public/campaigns/{id:int}/results.xlsx", Access::kPublic, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto results = app::public_results(s, id);
        if (!results.ok()) return api_error(results.error());
        return summary_xlsx(req, ctx, s.data_dir, *results);
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
