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
#include "app/certificate_blanks.h"
#include "app/closing_reports.h"
#include "app/decision_document.h"
#include "app/decisions.h"
#include "app/exchange.h"
#include "app/import_awards.h"
#include "app/import_kinds.h"
#include "app/org.h"
#include "app/results_summary.h"
#include "app/submissions.h"
#include "core/document_lines.h"
#include "core/messages_vi/award_register.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/exchange.h"
#include "core/messages_vi/pages.h"
#include "core/messages_vi/pages_awards.h"
#include "web/route_table.h"
#include "web/shared/award_charts.h"
#include "web/shared/award_views.h"
#include "web/shared/closing_views.h"
#include "web/shared/document_downloads.h"
#include "web/shared/downloads.h"
#include "web/shared/exchange_views.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/import_pages.h"
#include "web/ui/routes.h"
#include "web/ui/unit_options.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// "2.000": a count with its thousands grouped the Vietnamese way.
std::string grouped(size_t n) {
  std::string digits = std::to_string(n);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<size_t>(at), ".");
  return digits;
}

// The choice of a shorter list (app::draft_choice) as the page shows it:
// the quota lines, the seats left, and the candidates: those `picked` when
// the office's pick was refused, else ticked when they all fit (none ticked
// when they do not: the office chooses).
json::object choice_json(const app::DraftChoice& c, const std::optional<std::vector<int64_t>>& picked) {
  int64_t seats = -1;  // no quota
  json::array lines;
  for (const auto& q : c.quotas) {
    lines.push_back(json::string(msg::page_decision_quota_line(q.limit.name, q.count.used, q.count.allowed,
                                                               q.limit.quota.share, q.count.base, q.limit.of_name)));
    const int64_t left = std::max<int64_t>(0, q.count.allowed - q.count.used);
    seats = seats < 0 ? left : std::min(seats, left);
  }
  const bool all_fit = seats < 0 || static_cast<int64_t>(c.candidates.size()) <= seats;
  json::array candidates;
  for (const auto& n : c.candidates) {
    const bool checked = picked ? std::find(picked->begin(), picked->end(), n.nomination_id) != picked->end() : all_fit;
    candidates.push_back(json::object{{"nomination_id", n.nomination_id},
                                      {"name", n.name},
                                      {"unit_name", n.unit_name},
                                      {"checked", checked}});
  }
  json::object out{{"award_type_id", c.award_type_id}, {"award", c.award_name}, {"candidates", candidates},
                   {"no_candidates", c.candidates.empty()}, {"quota_lines", lines}};
  if (c.candidates.empty()) out["none_left"] = msg::kPageDraftNoCandidates;
  if (seats >= 0 && !all_fit) out["seats"] = msg::page_draft_seats_left(seats);
  if (c.more) out["more"] = msg::page_draft_choice_more(grouped(app::kDraftChoiceShown));
  return out;
}

Response decisions_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                        const core::Error* error, unsigned status, std::optional<int64_t> choose = std::nullopt,
                        const std::optional<std::vector<int64_t>>& picked = std::nullopt) {
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
  auto closing = app::issued_closing_documents(s, campaign_id);
  if (!closing.ok()) return error_page(req, ctx, closing.error());
  json::object data{{"campaign", json::object{{"id", o->campaign.id}, {"title", o->campaign.title}}},
                    {"decisions", decisions},
                    {"no_decisions", decisions.empty()},
                    {"draftable", draftable},
                    {"no_draftable", draftable.empty()},
                    {"can_draft", o->can_draft}};
  // The closing documents: what was issued (signed or not), drafts before;
  // for a finalised campaign, those still to issue (web/shared/closing_views.h).
  data["closing"] = closing_view(*ctx.actor, o->campaign, o->decisions, *closing);
  // The closing summary's charts, for those who read the results.
  if (auto counts = app::campaign_award_counts(s, *ctx.actor, campaign_id); counts.ok()) {
    auto charts = award_charts(*counts);
    data["has_charts"] = !charts.empty();
    data["charts"] = std::move(charts);
  } else if (counts.error().code != core::errc::kForbidden) {
    return error_page(req, ctx, counts.error());
  }
  const std::string notice = req.query_param("thong-bao");
  data["notice_closing_issued"] = notice == "da-ban-hanh";
  data["notice_closing_none"] = notice == "khong-con";
  if (choose && o->can_draft) {
    auto c = app::draft_choice(s, *ctx.actor, campaign_id, *choose);
    if (!c.ok() && c.error().code != core::errc::kValidation) return error_page(req, ctx, c.error());
    if (c.ok()) data["choice"] = choice_json(*c, picked);
    else if (!error) return decisions_page(s, req, ctx, campaign_id, &c.error(), failure_status(c.error()));
  }
  add_form_error(data, error);
  return render_page(req, ctx, "decisions", msg::kPageTitleDecisions, data, status);
}

Response decision_page(const app::Services& s, const Request& req, Ctx& ctx, const CampaignRecordIds& ids,
                       const core::Error* error, unsigned status, const app::ProposalAnswer* form) {
  auto v = app::get_decision(s, *ctx.actor, ids.campaign, ids.record);
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
                    {"answered", d.answer != core::HigherAnswer::kNone},
                    {"answer_label",
                     d.answer == core::HigherAnswer::kGranted ? msg::kPageAnswerGranted : msg::kPageAnswerRefused},
                    {"answer_date", d.answer_date ? vietnamese_date(*d.answer_date) : std::string()},
                    {"base", base},
                    {"list", list},
                    {"count", static_cast<int64_t>(list.size())},
                    {"has_certificates", d.kind == core::DecisionKind::kDecision && d.state == core::DecisionState::kApproved},
                    {"can_approve", v->can_approve},
                    {"approval_left_to_others", v->approval_left_to_others},
                    {"own_concerned", v->own == core::Involvement::kConcerned},
                    {"can_answer", v->can_answer},
                    {"can_discard", v->can_discard}};
  if (v->submission_id) {
    data["submission_href"] = "/ho-so-de-nghi/" + std::to_string(*v->submission_id);
    data["submission_withdrawn"] = v->submission_withdrawn;
  }
  if (v->can_send) {
    // The receiving agencies of the deployment, the sender's own left out.
    json::array receivers;
    if (auto all = app::list_receiving_agencies(s); all.ok()) {
      for (const auto& a : *all) {
        const std::string& mine = v->campaign.issuing_unit_path;
        if (mine.rfind(a.path, 0) == 0 || a.path.rfind(mine, 0) == 0) continue;
        receivers.push_back(json::object{{"id", a.unit_id}, {"name", a.name}});
      }
    }
    data["can_send"] = !receivers.empty();
    data["receivers"] = std::move(receivers);
  }
  // Another deployment's body (app/exchange.h): the packages made and taken in.
  data["can_export"] = v->can_export;
  if (d.kind == core::DecisionKind::kProposal && d.state == core::DecisionState::kApproved) {
    if (auto packages = app::decision_packages(s, *ctx.actor, ids.campaign, d.id); packages.ok()) {
      data["has_packages"] = !packages->empty();
      data["packages"] = package_rows_json(*packages);
    }
  }
  if (d.kind == core::DecisionKind::kDecision && d.state == core::DecisionState::kApproved) {
    // The agency's pre-printed blanks this decision's certificates can print on.
    json::array blanks;
    if (auto list = app::list_blanks(s, *ctx.actor); list.ok()) {
      for (const auto& b : *list) {
        blanks.push_back(json::object{{"name", b.name},
                                      {"href", base + "/phoi/" + std::to_string(b.id) + "/giay-khen.pdf"}});
      }
    }
    data["has_blanks"] = !blanks.empty();
    data["blanks"] = std::move(blanks);
  }
  if (v->issued) {
    // "2026-12-06T04:03:11+07:00" → "04:03:11 ngày 06/12/2026" (Vietnam time, as signed).
    const std::string& at = v->issued->signed_at;
    const std::string when = at.size() >= 19 ? at.substr(11, 8) + " " + msg::kPageOnDay + " " + at.substr(8, 2) + "/" +
                                                   at.substr(5, 2) + "/" + at.substr(0, 4)
                                             : at;
    data["signed"] = json::object{{"at", when}, {"sha256", v->issued->sha256}};
  } else if (d.state == core::DecisionState::kApproved) {
    data["issued_unsigned"] = true;
  }
  if (form) data["form"] = json::object{{"number_symbol", form->number_symbol}, {"date", form->date}, {"note", form->note}};
  const std::string notice = req.query_param("thong-bao");
  if (notice == "da-duyet") data["notice"] = msg::page_notice_decision_approved(decision_number_symbol(d));
  if (notice == "da-ghi-nhan") data["notice"] = msg::kPageNoticeAnswerRecorded;
  if (notice == "da-lap") data["notice"] = msg::kPageNoticeDraftCreated;
  if (notice == "da-xuat-goi") data["notice"] = msg::kPageNoticePackageExported;
  if (notice == "da-nhan-goi") data["notice"] = msg::kPageNoticePackageImported;
  if (notice == "da-nhan-truoc") data["notice"] = msg::kPageNoticePackageAlready;
  add_form_error(data, error);
  return render_page(req, ctx, "decision", decision_kind_label(d) + " " + decision_number_symbol(d), data, status);
}

app::AwardFilter award_filter(const Request& req) {
  app::AwardFilter f;
  f.name = req.query_param("q");
  if (auto y = parse_id(req.query_param("nam")); y && *y >= 1945 && *y <= 2100) f.year = static_cast<int>(*y);
  f.award_text = req.query_param("hinh-thuc");
  f.granted_by = req.query_param("cap-khen");
  const std::string source = req.query_param("nguon");
  if (source == "he-thong") f.source = core::AwardSource::kIssued;
  if (source == "nhap") f.source = core::AwardSource::kImported;
  f.unit_id = parse_id(req.query_param("don-vi"));
  f.page = page_number(req);
  return f;
}

// The query of a filter ("q=...&nam=..."), without the page.
std::string award_query(const app::AwardFilter& f) {
  std::string q;
  auto add = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    q += (q.empty() ? "" : "&") + std::string(key) + "=" + percent_encode(value);
  };
  add("q", f.name);
  if (f.year) add("nam", std::to_string(*f.year));
  add("hinh-thuc", f.award_text);
  add("cap-khen", f.granted_by);
  if (f.source) add("nguon", *f.source == core::AwardSource::kIssued ? "he-thong" : "nhap");
  if (f.unit_id) add("don-vi", std::to_string(*f.unit_id));
  return q;
}

std::string award_href(const app::AwardFilter& f, int page) {
  const std::string q = award_query(f);
  return "/khen-thuong?trang=" + std::to_string(page) + (q.empty() ? "" : "&" + q);
}

Response results_page(const Request& req, const Ctx& ctx, const app::CampaignResults& r,
                      const std::vector<core::CampaignReport>& closing) {
  json::array decisions;
  for (const auto& dr : r.decisions) {
    const auto& d = dr.decision;
    json::array awards;
    int64_t ord = 0;
    for (const auto& a : dr.awards) {
      awards.push_back(json::object{{"ord", ++ord}, {"recipient_name", a.recipient_name}, {"unit_name", a.unit_name}});
    }
    std::string heading =
        d.kind == core::DecisionKind::kDecision
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
                    {"charts", award_charts(r.counts)}};
  for (const auto& c : closing) {
    if (c.kind != core::CampaignReportKind::kResults) continue;
    data["notice"] = json::object{{"href", "/cong-khai/ket-qua/" + std::to_string(r.campaign.id) + "/thong-bao.pdf"},
                                  {"number_symbol", app::document_number_symbol(c.number, c.doc_symbol)},
                                  {"issue_date", vietnamese_date(c.issue_date)},
                                  {"signed", !c.signed_sha256.empty()}};
  }
  return render_page(req, ctx, "public_results", msg::kPageTitlePublicResults, data);
}

// The closing summary; with the fairness figures as a second sheet when
// `fairness` is given (for those who read the results, not the public).
Response summary_xlsx(const Request& req, const Ctx& ctx, const std::string& data_dir,
                      const core::Result<app::CampaignResults>& r,
                      const core::Result<app::FairnessReport>* fairness = nullptr) {
  if (!r.ok()) return error_page(req, ctx, r.error());
  if (fairness && !fairness->ok()) return error_page(req, ctx, fairness->error());
  const app::FairnessReport* sheet = fairness ? &**fairness : nullptr;
  return xlsx_download(req, ctx, data_dir, "tong-ket-" + std::to_string(r->campaign.id) + ".xlsx",
                       [&](const std::string& path) { return app::write_summary_xlsx(*r, path, sheet); });
}

}  // namespace

void add_award_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // ---- pages: decisions of a campaign
  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/quyet-dinh", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, nullptr);
        // ?chon={award_type_id}: the candidates to pick a shorter list from.
        const std::string chosen = req.query_param("chon");
        if (chosen.empty()) return decisions_page(s, req, ctx, ids.campaign, nullptr, 200);
        auto award = parse_id(chosen);
        if (!award) {
          const auto e = core::make_error(core::errc::kValidation, msg::kPageAwardTypeMissing, "award_type_id");
          return decisions_page(s, req, ctx, ids.campaign, &e, failure_status(e));
        }
        return decisions_page(s, req, ctx, ids.campaign, nullptr, 200, *award);
      }},

      {"POST", "/dot-thi-dua/{id:int}/quyet-dinh", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, nullptr);
        auto award = parse_id(ctx.field("award_type_id"));
        // From the choice (a hidden "chon" field): the ticked nominations only.
        std::optional<std::vector<int64_t>> picked;
        bool malformed = false;
        if (!ctx.field("chon").empty()) {
          picked.emplace();
          auto [from, to] = ctx.form.equal_range("nomination_ids");
          for (auto it = from; it != to; ++it) {
            auto id = parse_id(it->second);
            if (id) picked->push_back(*id);
            else malformed = true;
          }
        }
        core::Result<int64_t> drafted = core::make_error(core::errc::kValidation, msg::kPageAwardTypeMissing,
                                                         "award_type_id");
        if (award && malformed) {
          drafted = core::make_error(core::errc::kValidation, msg::kDecisionNominationUnknown, "nomination_ids");
        } else if (award && picked && picked->empty()) {
          drafted = core::make_error(core::errc::kValidation, msg::kPageDraftNonePicked, "nomination_ids");
        } else if (award) {
          drafted = app::draft_decision(s, *ctx.actor, ids.campaign, *award, picked, ctx.meta);
        }
        if (!drafted.ok()) {
          const auto& e = drafted.error();
          if (e.code != core::errc::kValidation && e.code != core::errc::kQuotaExceeded) return error_page(req, ctx, e);
          // The candidates shown again to pick from (a quota, a wrong pick).
          const bool choose = award && (picked || e.code == core::errc::kQuotaExceeded);
          return decisions_page(s, req, ctx, ids.campaign, &e, failure_status(e), choose ? award : std::nullopt,
                                picked);
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(ids.campaign) + "/quyet-dinh/" +
                                  std::to_string(*drafted) + "?thong-bao=da-lap");
      }},

      {"GET", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        return decision_page(s, req, ctx, ids, nullptr, 200, nullptr);
      }},

      {"POST", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/duyet", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        auto approved = app::approve_decision(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
        if (!approved.ok()) {
          const auto& e = approved.error();
          // Shown on the draft's page, where it can be discarded and drafted again.
          if (e.code == core::errc::kConflict || e.code == core::errc::kQuotaExceeded) {
            return decision_page(s, req, ctx, ids, &e, 409, nullptr);
          }
          return error_page(req, ctx, e);
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(ids.campaign) + "/quyet-dinh/" +
                                  std::to_string(ids.record) + "?thong-bao=da-duyet");
      }},

      {"POST", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/huy", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        auto discarded = app::discard_draft(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
        if (!discarded.ok()) {
          const auto& e = discarded.error();
          if (e.code == core::errc::kConflict) return decision_page(s, req, ctx, ids, &e, 409, nullptr);
          return error_page(req, ctx, e);
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(ids.campaign) + "/quyet-dinh");
      }},

      {"POST", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/ket-qua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        app::ProposalAnswer a;
        a.granted = ctx.field("ket_qua") != "refused";
        a.number_symbol = ctx.field("so_ky_hieu");
        a.date = ctx.field("ngay");
        a.note = ctx.field("ghi_chu");
        auto answered = app::answer_proposal(s, *ctx.actor, ids.campaign, ids.record, a, ctx.meta);
        if (!answered.ok()) {
          const auto& e = answered.error();
          if (e.code == core::errc::kValidation || e.code == core::errc::kConflict) {
            return decision_page(s, req, ctx, ids, &e, failure_status(e), &a);
          }
          return error_page(req, ctx, e);
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(ids.campaign) + "/quyet-dinh/" +
                                  std::to_string(ids.record) + "?thong-bao=da-ghi-nhan");
      }},

      // ---- documents of a decision (web/shared/document_downloads.h)
      {"GET", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/van-ban.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return decision_file_download(s, req, ctx, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/van-ban.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return decision_file_download(s, req, ctx, DocFormat::kDocx);
      }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/ho-so.zip", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return dossier_download(s, req, ctx);
      }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/giay-khen.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return decision_certificates_download(s, req, ctx); }, Cost::kHeavy},

      {"GET", "/dot-thi-dua/{id:int}/tong-ket.xlsx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, nullptr);
        const auto fairness = app::fairness_report(s, *ctx.actor, {ids.campaign, std::nullopt, 0, 0});
        return summary_xlsx(req, ctx, s.data_dir, app::campaign_results(s, *ctx.actor, ids.campaign), &fairness);
      }, Cost::kHeavy},

      // ---- the closing documents (app/closing_reports.h)
      {"GET", "/dot-thi-dua/{id:int}/thong-bao-ket-qua.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kResults, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/thong-bao-ket-qua.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kResults, DocFormat::kDocx);
      }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/bao-cao-tong-ket.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kSummary, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/bao-cao-tong-ket.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return closing_document_download(s, req, ctx, core::CampaignReportKind::kSummary, DocFormat::kDocx);
      }, Cost::kHeavy},

      {"POST", "/dot-thi-dua/{id:int}/van-ban-tong-ket", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        auto issued = app::issue_pending_closing_documents(s, *ctx.actor, ctx.meta, cid);
        if (!issued.ok()) return error_page(req, ctx, issued.error());
        return Response::redirect("/dot-thi-dua/" + std::to_string(cid) + "/quyet-dinh?thong-bao=" +
                                  (*issued > 0 ? "da-ban-hanh" : "khong-con"));
      }},

      // ---- pages: the award history
      {"GET", "/khen-thuong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const app::AwardFilter f = award_filter(req);
        auto listing = app::search_awards(s, *ctx.actor, f);
        if (!listing.ok()) return error_page(req, ctx, listing.error());
        auto nodes = app::unit_tree(s, *ctx.actor);
        if (!nodes.ok()) return error_page(req, ctx, nodes.error());
        const std::string query = award_query(f);
        json::object data{{"awards", award_history_rows(listing->items)},
                          {"empty", listing->items.empty()},
                          {"total", listing->total},
                          {"q", f.name},
                          {"year", f.year ? std::to_string(*f.year) : std::string()},
                          {"award_text", f.award_text},
                          {"granted_by", f.granted_by},
                          {"source_issued", f.source == core::AwardSource::kIssued},
                          {"source_imported", f.source == core::AwardSource::kImported},
                          {"can_import", app::may_import_awards(*ctx.actor).ok()},
                          {"can_see_fairness", app::may_view_fairness(*ctx.actor)},
                          {"can_export", app::permits_somewhere(*ctx.actor, core::Action::kExportLists)},
                          {"export_href", "/khen-thuong/xuat" + (query.empty() ? "" : "?" + query)},
                          {"page", listing->page}};
        add_unit_filter(data, unit_filter_options(**nodes, f.unit_id));
        if (listing->page > 1) data["prev_href"] = award_href(f, listing->page - 1);
        if (static_cast<int64_t>(listing->page) * listing->page_size < listing->total) {
          data["next_href"] = award_href(f, listing->page + 1);
        }
        return render_page(req, ctx, "awards", msg::kPageTitleAwardHistory, data);
      }},

      {"GET", "/khen-thuong/xuat", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const app::AwardFilter f = award_filter(req);
        return xlsx_download(req, ctx, s.data_dir, "so-khen-thuong.xlsx", [&](const std::string& path) {
          return app::export_awards_xlsx(s, *ctx.actor, f, path);
        });
      }, Cost::kHeavy},

      {"GET", "/khen-thuong/{aid:int}/giay-khen.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return award_certificate_download(s, req, ctx);
      }, Cost::kHeavy},

      // ---- public results (no login)
      {"GET", "/cong-khai/ket-qua/{id:int}", Access::kPublic, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto results = app::public_results(s, id);
        if (!results.ok()) return error_page(req, ctx, results.error());
        auto closing = app::issued_closing_documents(s, id);
        if (!closing.ok()) return error_page(req, ctx, closing.error());
        return results_page(req, ctx, *results, *closing);
      }},

      {"GET", "/cong-khai/ket-qua/{id:int}/thong-bao.pdf", Access::kPublic, [&s](Request& req, Ctx& ctx) {
        return public_notice_download(s, req, ctx);
      }, Cost::kHeavy},

      {"GET", "/cong-khai/ket-qua/{id:int}/tong-ket.xlsx", Access::kPublic, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return summary_xlsx(req, ctx, s.data_dir, app::public_results(s, id));
      }, Cost::kHeavy},
  });

  // The register's past, recorded from the agency's files (app/import_awards.h).
  add_import_routes(r, s, o,
                    ImportRoutes{&app::awards_import_kind(), "/khen-thuong/nhap", "", msg::kPageImportRegisterHeading,
                                 msg::kPageImportRegisterWhat, msg::kPageImportRegisterRequired,
                                 {msg::kRegisterColYear, msg::kPageImportRegisterColRecipient,
                                  msg::kRegisterColUnitName, msg::kRegisterColAward, msg::kRegisterColDecision},
                                 [](const json::object& v) {
                                   const auto* year = v.if_contains("year");
                                   return json::array{year && year->is_int64() ? json::value(year->as_int64())
                                                                               : json::value(""),
                                                      text_of(v, "recipient_name"), text_of(v, "unit_name"),
                                                      text_of(v, "award_name"),
                                                      msg::register_decision_cell(
                                                          text_of(v, "decision_number_symbol"),
                                                          vietnamese_date(text_of(v, "decision_date")))};
                                 }});
}

}  // namespace thidua::web
