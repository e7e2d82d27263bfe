// Campaign pages (đợt thi đua): the list of campaigns the actor sees, a
// campaign's plan with its history and the next step the actor may take, the
// plan as PDF/DOCX, copying a plan as a new draft, creating and editing a
// draft. Every handler calls one use case of app/campaigns.h, which checks
// the right to see the campaign and to act on it.
#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/plan_document.h"
#include "core/messages_vi/pages_campaigns.h"
#include "app/annual_review.h"
#include "app/clock.h"
#include "core/messages_vi/person_facts.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/downloads.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/campaign_view.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;
using core::CampaignState;

constexpr int kPageSize = 20;

std::string step_label(CampaignState to) {
  switch (to) {
    case CampaignState::kApproved: return msg::kPageStepApprove;
    case CampaignState::kPublished: return msg::kPageStepPublish;
    case CampaignState::kRunning: return msg::kPageStepRun;
    case CampaignState::kClosed: return msg::kPageStepClose;
    case CampaignState::kFinalised: return msg::kPageStepFinalise;
    case CampaignState::kDraft: break;
  }
  return msg::kPageStepOther;
}

std::string notice_text(const std::string& code) {
  if (code == "da-chuyen") return msg::kPageNoticeCampaignMoved;
  if (code == "da-luu") return msg::kPageNoticePlanSaved;
  if (code == "da-tao") return msg::kPageNoticePlanCreated;
  return "";
}

// The campaign's work areas the actor may open, in the order of a campaign's
// life; each page checks the right again (these links only spare dead ends).
json::array work_areas(const core::Actor& a, const app::CampaignView& v) {
  const std::string& issuing = v.summary.issuing_unit_path;
  const auto st = v.summary.state;
  const bool live = st != CampaignState::kDraft && st != CampaignState::kApproved;
  const bool nominating = st == CampaignState::kRunning || st == CampaignState::kClosed || st == CampaignState::kFinalised;
  const bool ended = st == CampaignState::kClosed || st == CampaignState::kFinalised;
  const bool tracker = app::permits(a, core::Action::kTrackCampaigns, issuing);
  const bool unit_role = app::permits_somewhere(a, core::Action::kSubmitUnitWork);
  const bool reviewer = app::permits(a, core::Action::kReviewNominations, issuing);
  const bool manager = app::permits(a, core::Action::kManageCampaigns, issuing);
  const std::string base = "/dot-thi-dua/" + std::to_string(v.summary.id);
  json::array out;
  auto add = [&](bool shown, const std::string& href, const char* label, const char* hint) {
    if (shown) out.push_back(json::object{{"href", href}, {"label", label}, {"hint", hint}});
  };
  add(live && tracker, base + "/theo-doi", msg::kPageAreaTracking, msg::kPageAreaTrackingHint);
  add(live && (tracker || unit_role), base + "/ke-hoach-don-vi", msg::kPageAreaUnitPlans, msg::kPageAreaUnitPlansHint);
  add(live, base + "/dang-ky", msg::kPageAreaRegistrations, msg::kPageAreaRegistrationsHint);
  add(live, base + "/tien-do", msg::kPageAreaProgress, msg::kPageAreaProgressHint);
  add(live && (tracker || unit_role || app::permits(a, core::Action::kAnswerDifficulties, issuing)),
      base + "/kho-khan", msg::kPageAreaDifficulties, msg::kPageAreaDifficultiesHint);
  add(nominating && (tracker || unit_role || reviewer), base + "/de-nghi", msg::kPageAreaNominations,
      msg::kPageAreaNominationsHint);
  add(nominating && (reviewer || manager || app::permits_somewhere(a, core::Action::kVote)), base + "/hoi-dong",
      msg::kPageAreaCouncil, msg::kPageAreaCouncilHint);
  add(nominating && (app::permits(a, core::Action::kDraftDecisions, issuing) ||
                     app::permits(a, core::Action::kApproveDecisions, issuing)),
      base + "/quyet-dinh", msg::kPageAreaDecisions, msg::kPageAreaDecisionsHint);
  add(ended, "/cong-khai/ket-qua/" + std::to_string(v.summary.id), msg::kPageAreaResults, msg::kPageAreaResultsHint);
  return out;
}

Response campaign_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id, const core::Error* error) {
  auto view = app::get_campaign(s, *ctx.actor, id);
  if (!view.ok()) return error_page(req, ctx, view.error());
  json::object data = campaign_document_json(view->campaign);
  data["id"] = id;
  data["summary"] = campaign_summary_json(view->summary);
  json::array events;
  for (const auto& e : view->events) {
    events.push_back(json::object{
        {"from", e.from ? std::string(core::campaign_state_label(*e.from)) : std::string("—")},
        {"to", std::string(core::campaign_state_label(e.to))},
        {"at", vietnam_time(e.at)},
        {"actor", e.actor_name},
        {"note", e.note}});
  }
  data["events"] = std::move(events);
  if (view->next_state) {
    data["next"] = json::object{{"code", std::string(core::campaign_state_code(*view->next_state))},
                                {"label", step_label(*view->next_state)}};
  }
  json::array areas = work_areas(*ctx.actor, *view);
  data["has_areas"] = !areas.empty();
  data["areas"] = std::move(areas);
  data["can_edit"] = view->can_edit;
  data["can_copy"] = view->can_copy;
  data["version"] = view->summary.version;
  data["notice"] = notice_text(req.query_param("thong-bao"));
  add_form_error(data, error);
  return render_page(req, ctx, "campaign", view->campaign.title, data, error ? failure_status(*error) : 200);
}

std::string list_href(int page) { return "/dot-thi-dua?trang=" + std::to_string(page); }

}  // namespace

void add_campaign_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      // Opens the year's annual review: a draft plan pre-filled from the rules
      // of that year (app/annual_review.h), then the plan's page.
      {"POST", "/dot-thi-dua/binh-xet-nam", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto agency = app::review_agency_of(*ctx.actor);
        if (!agency) return error_page(req, ctx, app::forbidden(msg::kActOpenAnnualReview));
        const int year = static_cast<int>(std::min<int64_t>(parse_id(ctx.field("year")).value_or(0), 99999));
        auto id = app::open_annual_review(s, *ctx.actor, *agency, year, ctx.meta);
        if (!id.ok()) {
          if (is_refusal(id.error())) return error_page(req, ctx, id.error());
          auto listing = app::list_campaigns(s, *ctx.actor, 1, kPageSize);
          if (!listing.ok()) return error_page(req, ctx, listing.error());
          json::array rows;
          for (const auto& c : listing->items) rows.push_back(campaign_summary_json(c));
          const int this_year = app::current_year(s.clock);
          json::object data{{"campaigns", rows}, {"empty", rows.empty()}, {"total", listing->total},
                            {"page", 1}, {"this_year", this_year}, {"review_year", year}, {"can_create", true}};
          add_form_error(data, &id.error());
          return render_page(req, ctx, "campaigns", msg::kPageTitleCampaigns, data, failure_status(id.error()));
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(*id));
      }},

      {"GET", "/dot-thi-dua", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        int page = page_number(req);
        auto listing = app::list_campaigns(s, *ctx.actor, page, kPageSize);
        if (!listing.ok()) return error_page(req, ctx, listing.error());
        json::array rows;
        for (const auto& c : listing->items) rows.push_back(campaign_summary_json(c));
        const int this_year = app::current_year(s.clock);
        json::object data{{"campaigns", rows},
                          {"empty", rows.empty()},
                          {"total", listing->total},
                          {"page", listing->page},
                          {"this_year", this_year},
                          {"review_year", this_year - 1},
                          {"can_create", app::permits_somewhere(*ctx.actor, core::Action::kManageCampaigns)}};
        if (page > 1) data["prev_href"] = list_href(page - 1);
        if (static_cast<int64_t>(page) * kPageSize < listing->total) data["next_href"] = list_href(page + 1);
        return render_page(req, ctx, "campaigns", msg::kPageTitleCampaigns, data);
      }},

      {"GET", "/dot-thi-dua/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return campaign_page(s, req, ctx, id, nullptr);
      }},

      {"POST", "/dot-thi-dua/{id:int}/chuyen-buoc", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto to = core::parse_campaign_state(ctx.field("to"));
        auto version = parse_id(ctx.field("version"));
        if (!to || !version) {
          core::Error e = core::make_error(core::errc::kValidation, msg::kPageStepInvalid, "to");
          return campaign_page(s, req, ctx, id, &e);
        }
        auto moved = app::move_campaign(s, *ctx.actor, id, *to, *version, ctx.meta);
        if (!moved.ok()) {
          const auto& e = moved.error();
          if (is_refusal(e)) return error_page(req, ctx, e);
          return campaign_page(s, req, ctx, id, &e);
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(id) + "?thong-bao=da-chuyen");
      }},

      {"POST", "/dot-thi-dua/{id:int}/sao-chep", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto copy = app::copy_campaign(s, *ctx.actor, id, ctx.meta);
        if (!copy.ok()) return error_page(req, ctx, copy.error());
        return Response::redirect("/dot-thi-dua/" + std::to_string(*copy) + "/sua?thong-bao=da-tao");
      }},
  });

  for (const auto& [suffix, kind] : {std::pair{".pdf", DocFormat::kPdf}, std::pair{".docx", DocFormat::kDocx}}) {
    const DocFormat format = kind;  // a plain variable: lambdas may not capture structured bindings (C++17 rule kept by clang 14)
    install(r, s, o, {
        {"GET", std::string("/dot-thi-dua/{id:int}/ke-hoach") + suffix, Access::kLoggedIn, [&s, format](Request& req, Ctx& ctx) {
          const int64_t id = ctx.id("id");
          auto view = app::get_campaign(s, *ctx.actor, id);
          if (!view.ok()) return error_page(req, ctx, view.error());
          return plan_download(s, req, ctx, view->campaign, format);
        }, Cost::kHeavy},
    });
  }

  add_campaign_edit_routes(r, s, o);
}

}  // namespace thidua::web
