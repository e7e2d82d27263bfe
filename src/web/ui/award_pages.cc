// Decisions, proposals and awards on the site: the decisions of a campaign
// (list, draft, view, approve, answer, PDF/DOCX, dossier ZIP, certificates),
// the award history search, a campaign's closing summary and the public
// results; add_award_routes also registers the JSON API of api_awards.cc.
// Handlers parse, call one use case of app/decisions.h or app/awards.h (which
// authorise), and render.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>

#include "app/access.h"
#include "app/awards.h"
#include "app/decisions.h"
#include "app/org.h"
#include "app/results_summary.h"
#include "core/document_lines.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages.h"
#include "core/messages_vi/pages_awards.h"
#include "web/ui/award_views.h"
#include "web/ui/document_downloads.h"
#include "web/ui/format.h"
#include "web/ui/page.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

Response decisions_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                        const core::Error* error, unsigned status) {
  auto o = app::list_decisions(s, *ctx.actor, campaign_id);
  if (!o.ok()) return error_page(req, ctx, o.error());
  json::array decisions;
  for (const auto& d : o->decisions) {
    json::object row = decision_json(d);
    row["kind_label"] = decision_kind_label(d);
    row["state_label"] = decision_state_label(d);
    row["number_symbol"] = decision_number_symbol(d);
    row["issue_date"] = d.issue_date ? vietnamese_date(*d.issue_date) : std::string();
    row["award"] = msg::page_award_of(d.award_name, d.award_granted_by);
    decisions.push_back(std::move(row));
  }
  json::array draftable;
  for (const auto& a : o->draftable) {
    draftable.push_back(json::object{
        {"award_type_id", a.award_type_id},
        {"label", msg::page_draftable_award(a.name, a.granted_by, a.passed, a.own_authority)}});
  }
  json::object data{{"campaign", json::object{{"id", o->campaign.id}, {"title", o->campaign.title}}},
                    {"decisions", decisions},
                    {"no_decisions", decisions.empty()},
                    {"draftable", draftable},
                    {"no_draftable", draftable.empty()},
                    {"can_draft", o->can_draft}};
  if (error) {
    data["error"] = error->message;
    data["error_" + error->field] = true;
  }
  return render_page(req, ctx, "decisions", msg::kPageTitleDecisions, data, status);
}

Response decision_page(const app::Services& s, const Request& req, Ctx& ctx, const DecisionIds& ids,
                       const core::Error* error, unsigned status, const app::ProposalAnswer* form) {
  auto v = app::get_decision(s, *ctx.actor, ids.campaign, ids.decision);
  if (!v.ok()) return error_page(req, ctx, v.error());
  const auto& d = v->decision;
  json::array list;
  size_t ord = 0;
  for (const auto& n : v->list) {
    json::object row = nominee_json(n, ++ord);
    row["person_id"] = n.person_id ? json::value(*n.person_id) : json::value(false);
    list.push_back(std::move(row));
  }
  const std::string base = "/dot-thi-dua/" + std::to_string(ids.campaign) + "/quyet-dinh/" + std::to_string(d.id);
  json::object data{{"campaign", json::object{{"id", v->campaign.id}, {"title", v->campaign.title}}},
                    {"decision", decision_json(d)},
                    {"kind_label", decision_kind_label(d)},
                    {"state_label", decision_state_label(d)},
                    {"number_symbol", decision_number_symbol(d)},
                    {"issue_date", d.issue_date ? vietnamese_date(*d.issue_date) : std::string()},
                    {"award", msg::page_award_of(d.award_name, d.award_granted_by)},
                    {"answered", !d.answer.empty()},
                    {"answer_label", d.answer == "granted" ? msg::kPageAnswerGranted : msg::kPageAnswerRefused},
                    {"answer_date", d.answer_date ? vietnamese_date(*d.answer_date) : std::string()},
                    {"base", base},
                    {"list", list},
                    {"count", static_cast<int64_t>(list.size())},
                    {"has_certificates", d.kind == "decision" && d.state == "approved"},
                    {"can_approve", v->can_approve},
                    {"approval_left_to_others", v->approval_left_to_others},
                    {"own_concerned", v->own == core::Involvement::kConcerned},
                    {"can_answer", v->can_answer},
                    {"can_discard", v->can_discard}};
  if (form) data["form"] = json::object{{"number_symbol", form->number_symbol}, {"date", form->date}, {"note", form->note}};
  const std::string notice = req.query_param("thong-bao");
  if (notice == "da-duyet") data["notice"] = msg::page_notice_decision_approved(decision_number_symbol(d));
  if (notice == "da-ghi-nhan") data["notice"] = msg::kPageNoticeAnswerRecorded;
  if (notice == "da-lap") data["notice"] = msg::kPageNoticeDraftCreated;
  if (error) {
    data["error"] = error->message;
    data["error_" + error->field] = true;
  }
  return render_page(req, ctx, "decision", decision_kind_label(d) + " " + decision_number_symbol(d), data, status);
}

app::AwardFilter award_filter(const Request& req) {
  app::AwardFilter f;
  f.name = req.query_param("q");
  if (auto y = parse_id(req.query_param("nam")); y && *y >= 1945 && *y <= 2100) f.year = static_cast<int>(*y);
  f.award_name = req.query_param("hinh-thuc");
  f.unit_id = parse_id(req.query_param("don-vi"));
  if (auto p = parse_id(req.query_param("trang"))) f.page = static_cast<int>(std::min<int64_t>(*p, 100000));
  return f;
}

std::string award_href(const app::AwardFilter& f, int page) {
  std::string href = "/khen-thuong?trang=" + std::to_string(page);
  if (!f.name.empty()) href += "&q=" + percent_encode(f.name);
  if (f.year) href += "&nam=" + std::to_string(*f.year);
  if (!f.award_name.empty()) href += "&hinh-thuc=" + percent_encode(f.award_name);
  if (f.unit_id) href += "&don-vi=" + std::to_string(*f.unit_id);
  return href;
}

Response results_page(const Request& req, const Ctx& ctx, const app::CampaignResults& r) {
  json::array decisions;
  for (const auto& dr : r.decisions) {
    const auto& d = dr.decision;
    json::array awards;
    int64_t ord = 0;
    for (const auto& a : dr.awards) {
      awards.push_back(json::object{{"ord", ++ord}, {"recipient_name", a.recipient_name}, {"unit_name", a.unit_name}});
    }
    std::string heading =
        d.kind == "decision"
            ? msg::page_results_decision_heading(decision_number_symbol(d),
                                                 core::vietnamese_date_text(d.issue_date.value_or("")))
            : msg::page_results_decision_heading(d.answer_number_symbol,
                                                 core::vietnamese_date_text(d.answer_date.value_or("")));
    decisions.push_back(json::object{{"heading", heading},
                                     {"award", msg::page_award_of(d.award_name, d.award_granted_by)},
                                     {"awards", awards}});
  }
  json::array counts;
  for (const auto& c : r.counts) {
    counts.push_back(json::object{{"unit_name", c.unit_name},
                                  {"award", msg::page_award_of(c.award_name, c.granted_by)},
                                  {"individuals", c.individuals},
                                  {"collectives", c.collectives}});
  }
  // Totals per award type (in the order first met) and overall.
  const app::ResultsSummary sum = app::summarise_results(r.counts);
  json::array per_award;
  for (const auto& a : sum.award_types) {
    per_award.push_back(json::object{{"award", msg::page_award_of(a.award_name, a.granted_by)},
                                     {"individuals", a.individuals},
                                     {"collectives", a.collectives}});
  }
  json::object data{{"campaign", json::object{{"id", r.campaign.id}, {"title", r.campaign.title}}},
                    {"decisions", decisions},
                    {"counts", counts},
                    {"per_award", per_award},
                    {"total_individuals", sum.individuals},
                    {"total_collectives", sum.collectives},
                    {"chart", summary_chart_svg(r.counts)}};
  return render_page(req, ctx, "public_results", msg::kPageTitlePublicResults, data);
}

Response summary_xlsx(const Request& req, const Ctx& ctx, const std::string& data_dir,
                      const core::Result<app::CampaignResults>& r) {
  if (!r.ok()) return error_page(req, ctx, r.error());
  return xlsx_download(req, ctx, data_dir, "tong-ket-" + std::to_string(r->campaign.id) + ".xlsx",
                       [&](const std::string& path) { return app::write_summary_xlsx(*r, path); });
}

}  // namespace

void add_award_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // ---- pages: decisions of a campaign
  r.get("/dot-thi-dua/{id}/quyet-dinh", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = decision_ids(req, false);
          if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
          return decisions_page(s, req, ctx, ids->campaign, nullptr, 200);
        }));

  r.post("/dot-thi-dua/{id}/quyet-dinh", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = decision_ids(req, false);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
           auto award = parse_id(ctx.field("award_type_id"));
           auto drafted = award ? app::draft_decision(s, *ctx.actor, ids->campaign, *award, std::nullopt, ctx.meta)
                                : core::Result<int64_t>(core::make_error(
                                      core::errc::kValidation, msg::kPageAwardTypeMissing, "award_type_id"));
           if (!drafted.ok()) {
             const auto& e = drafted.error();
             if (e.code != core::errc::kValidation) return error_page(req, ctx, e);
             return decisions_page(s, req, ctx, ids->campaign, &e, failure_status(e));
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(ids->campaign) + "/quyet-dinh/" +
                                     std::to_string(*drafted) + "?thong-bao=da-lap");
         }));

  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = decision_ids(req, true);
          if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatDecision));
          return decision_page(s, req, ctx, *ids, nullptr, 200, nullptr);
        }));

  r.post("/dot-thi-dua/{id}/quyet-dinh/{did}/duyet", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = decision_ids(req, true);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatDecision));
           auto approved = app::approve_decision(s, *ctx.actor, ids->campaign, ids->decision, ctx.meta);
           if (!approved.ok()) {
             const auto& e = approved.error();
             if (e.code == core::errc::kConflict) return decision_page(s, req, ctx, *ids, &e, 409, nullptr);
             return error_page(req, ctx, e);
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(ids->campaign) + "/quyet-dinh/" +
                                     std::to_string(ids->decision) + "?thong-bao=da-duyet");
         }));

  r.post("/dot-thi-dua/{id}/quyet-dinh/{did}/huy", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = decision_ids(req, true);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatDecision));
           auto discarded = app::discard_draft(s, *ctx.actor, ids->campaign, ids->decision, ctx.meta);
           if (!discarded.ok()) {
             const auto& e = discarded.error();
             if (e.code == core::errc::kConflict) return decision_page(s, req, ctx, *ids, &e, 409, nullptr);
             return error_page(req, ctx, e);
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(ids->campaign) + "/quyet-dinh");
         }));

  r.post("/dot-thi-dua/{id}/quyet-dinh/{did}/ket-qua", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = decision_ids(req, true);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kPageWhatProposal));
           app::ProposalAnswer a;
           a.granted = ctx.field("ket_qua") != "refused";
           a.number_symbol = ctx.field("so_ky_hieu");
           a.date = ctx.field("ngay");
           a.note = ctx.field("ghi_chu");
           auto answered = app::answer_proposal(s, *ctx.actor, ids->campaign, ids->decision, a, ctx.meta);
           if (!answered.ok()) {
             const auto& e = answered.error();
             if (e.code == core::errc::kValidation || e.code == core::errc::kConflict) {
               return decision_page(s, req, ctx, *ids, &e, failure_status(e), &a);
             }
             return error_page(req, ctx, e);
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(ids->campaign) + "/quyet-dinh/" +
                                     std::to_string(ids->decision) + "?thong-bao=da-ghi-nhan");
         }));

  // ---- documents of a decision (web/ui/document_downloads.h)
  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}/van-ban.pdf", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return decision_file_download(s, req, ctx, DocFormat::kPdf);
        }), Cost::kHeavy);
  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}/van-ban.docx", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return decision_file_download(s, req, ctx, DocFormat::kDocx);
        }), Cost::kHeavy);
  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}/ho-so.zip", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return dossier_download(s, req, ctx);
        }), Cost::kHeavy);
  r.get("/dot-thi-dua/{id}/quyet-dinh/{did}/giay-khen.pdf",
        guard(s, o, Access::kLoggedIn,
              [&s](Request& req, Ctx& ctx) { return decision_certificates_download(s, req, ctx); }), Cost::kHeavy);

  r.get("/dot-thi-dua/{id}/tong-ket.xlsx", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = decision_ids(req, false);
          if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
          return summary_xlsx(req, ctx, s.data_dir, app::campaign_results(s, *ctx.actor, ids->campaign));
        }), Cost::kHeavy);

  // ---- pages: the award history
  r.get("/khen-thuong", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          const app::AwardFilter f = award_filter(req);
          auto listing = app::search_awards(s, *ctx.actor, f);
          if (!listing.ok()) return error_page(req, ctx, listing.error());
          auto nodes = app::browse_units(s, *ctx.actor);
          if (!nodes.ok()) return error_page(req, ctx, nodes.error());
          json::array units;
          for (const auto& n : *nodes) {
            std::string indent;
            for (int i = 0; i < n.depth; ++i) indent += "— ";
            units.push_back(json::object{{"value", n.unit.id},
                                         {"label", indent + n.unit.name},
                                         {"selected", f.unit_id && *f.unit_id == n.unit.id}});
          }
          json::array award_options;
          for (const char* name : {msg::kAwardNameCertificate, msg::kAwardNameMerit}) {
            award_options.push_back(json::object{{"value", name}, {"selected", f.award_name == name}});
          }
          json::object data{{"awards", award_history_rows(listing->items)},
                            {"empty", listing->items.empty()},
                            {"total", listing->total},
                            {"q", f.name},
                            {"year", f.year ? std::to_string(*f.year) : std::string()},
                            {"units", units},
                            {"award_options", award_options},
                            {"page", listing->page}};
          if (listing->page > 1) data["prev_href"] = award_href(f, listing->page - 1);
          if (static_cast<int64_t>(listing->page) * listing->page_size < listing->total) {
            data["next_href"] = award_href(f, listing->page + 1);
          }
          return render_page(req, ctx, "awards", msg::kPageTitleAwardHistory, data);
        }));

  r.get("/khen-thuong/{aid}/giay-khen.pdf", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return award_certificate_download(s, req, ctx);
        }), Cost::kHeavy);

  // ---- public results (no login)
  r.get("/cong-khai/ket-qua/{id}", guard(s, o, Access::kPublic, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return error_page(req, ctx, app::not_found(msg::kWhatAwardResults));
          auto results = app::public_results(s, *id);
          if (!results.ok()) return error_page(req, ctx, results.error());
          return results_page(req, ctx, *results);
        }));

  r.get("/cong-khai/ket-qua/{id}/tong-ket.xlsx", guard(s, o, Access::kPublic, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return error_page(req, ctx, app::not_found(msg::kWhatAwardResults));
          return summary_xlsx(req, ctx, s.data_dir, app::public_results(s, *id));
        }), Cost::kHeavy);

  add_award_api_routes(r, s, o);
}

}  // namespace thidua::web
