// Nominations of a campaign (đề nghị khen thưởng): the list with filters and
// counts per state, the form a unit nominates with (text and/or a report
// file, multipart), the nomination's page with the per-criterion table,
// resubmission when returned and the secretariat's accept/return, and the
// report file's download (/de-nghi/{nid}/bao-cao). Plain forms, POST-redirect-GET.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/nomination_approval.h"
#include "app/nominations.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/nominations.h"
#include "core/messages_vi/pages_awards.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/eligibility_views.h"
#include "web/shared/downloads.h"
#include "web/shared/form_input.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/nomination_forms.h"
#include "web/ui/person_search.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;
using core::CriterionSubject;

std::string base_href(int64_t campaign_id) { return "/dot-thi-dua/" + std::to_string(campaign_id) + "/de-nghi"; }

app::NominationFilter filter_from(const Request& req) {
  app::NominationFilter f;
  f.award_type_id = parse_id(req.query_param("hinh-thuc"));
  f.unit_id = parse_id(req.query_param("don-vi"));
  f.state = core::parse_nomination_state(req.query_param("trang-thai"));
  f.page = page_number(req);
  return f;
}

std::string list_href(int64_t campaign_id, const app::NominationFilter& f, int page,
                      std::optional<core::NominationState> state) {
  std::string href = base_href(campaign_id) + "?trang=" + std::to_string(page);
  if (f.award_type_id) href += "&hinh-thuc=" + std::to_string(*f.award_type_id);
  if (f.unit_id) href += "&don-vi=" + std::to_string(*f.unit_id);
  if (state) href += "&trang-thai=" + std::string(core::nomination_state_code(*state));
  return href;
}

json::object row_of(const core::Nomination& n) {
  return {{"id", n.id},
          {"href", base_href(n.campaign_id) + "/" + std::to_string(n.id)},
          {"nominee_name", n.nominee_name},
          {"subject", std::string(core::criterion_subject_label(n.subject))},
          {"award_type", n.award_type_name},
          {"unit_name", n.unit_name},
          {"state", std::string(core::nomination_state_code(n.state))},
          {"state_label", std::string(core::nomination_state_label(n.state))},
          {"submitted_at", vietnam_time(n.submitted_at)}};
}

// The form of a new nomination with what the actor entered (`input`) and an error.
Response new_form(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                  const app::NominationInput& input, const core::Error* error, unsigned status) {
  // The name searched for (?tim=, or the posted form's copy of it).
  app::PeoplePickRequest want{person_search_term(req, ctx), input.person_id};
  auto options = app::nomination_form_options(s, *ctx.actor, campaign_id, want);
  if (!options.ok()) return error_page(req, ctx, options.error());
  json::object data = nomination_form_data(*options, input, ctx.form);
  if (error && error->field == kNominatingUnit.id_field) data["unit_pick"].as_object()["invalid"] = true;
  if (error && error->field == kNomineeUnit.id_field) data["nominee_pick"].as_object()["invalid"] = true;
  add_person_search(data, want.query, options->people_more, app::kNominationPeopleShown, !options->people_found);
  data["search_action"] = base_href(campaign_id) + "/moi";
  data["action"] = base_href(campaign_id) + "/moi";
  data["template_action"] = base_href(campaign_id) + "/mau-bao-cao.docx";
  data["list_href"] = base_href(campaign_id);
  data["max_file_mb"] = static_cast<int64_t>(s.max_file_bytes >> 20);
  add_form_error(data, error);
  return render_page(req, ctx, "nomination_form", msg::kPageTitleNewNomination, data, status);
}

Response view_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id, int64_t id,
                   const app::NominationInput* entered, const std::string& entered_reason, const core::Error* error,
                   unsigned status) {
  auto v = app::get_nomination(s, *ctx.actor, campaign_id, id);
  if (!v.ok()) return error_page(req, ctx, v.error());
  json::object data = nomination_view_data(*v, entered);
  data["href"] = base_href(campaign_id) + "/" + std::to_string(id);
  data["list_href"] = base_href(campaign_id);
  data["max_file_mb"] = static_cast<int64_t>(s.max_file_bytes >> 20);
  data["reason"] = entered_reason;
  if (!v->eligibility_code.empty()) {
    json::object history{{"code", v->eligibility_code},
                         {"year", v->eligibility_year},
                         {"hidden", v->eligibility_hidden},
                         {"found", v->eligibility.has_value()}};
    if (v->eligibility) history["awards"] = eligibility_view({*v->eligibility});
    data["history"] = std::move(history);
  }
  const std::string notice = req.query_param("thong-bao");
  data["notice_created"] = notice == "da-gui";
  data["pending"] = v->nomination.state == core::NominationState::kPending;
  data["notice_resubmitted"] = notice == "da-gui-lai";
  data["notice_accepted"] = notice == "da-tiep-nhan";
  data["notice_returned"] = notice == "da-tra-lai";
  data["notice_head_approved"] = notice == "thu-truong-da-duyet";
  data["notice_head_returned"] = notice == "thu-truong-da-tra-lai";
  add_form_error(data, error);
  return render_page(req, ctx, "nomination", msg::page_nomination_title(v->nomination.nominee_name), data, status);
}

// Error pages for refusals, the form again (422/409) for what the user can fix.
bool shows_error_page(const core::Error& e) {
  return e.code == core::errc::kForbidden || e.code == core::errc::kNotFound || e.code == core::errc::kStorage ||
         e.code == core::errc::kInternal;
}

int64_t version_field(const Ctx& ctx) {
  auto v = parse_id(ctx.field("version"));
  return v ? *v : -1;
}

}  // namespace

void add_nomination_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/de-nghi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        app::NominationFilter f = filter_from(req);
        auto unit = list_unit_filter(s, req, ctx);
        const bool bad_unit = !unit.ok() && unit.error().code == core::errc::kValidation;
        if (!unit.ok() && !bad_unit) return error_page(req, ctx, unit.error());
        f.unit_id = bad_unit ? std::optional<int64_t>(kNoSuchUnit) : *unit;
        auto listing = app::list_nominations(s, *ctx.actor, cid, f);
        if (!listing.ok()) return error_page(req, ctx, listing.error());
        json::array rows;
        for (const auto& n : listing->items) rows.push_back(row_of(n));
        json::array states;
        int64_t all = 0;
        for (auto st : core::all_nomination_states()) {
          auto it = listing->counts.find(st);
          const int64_t count = it == listing->counts.end() ? 0 : it->second;
          all += count;
          if (count == 0 && !(f.state && *f.state == st)) continue;
          states.push_back(json::object{{"label", std::string(core::nomination_state_label(st))},
                                        {"count", count},
                                        {"href", list_href(cid, f, 1, st)},
                                        {"current", f.state && *f.state == st}});
        }
        json::object data = nomination_filter_data(*listing, f, req.query);
        data["campaign_id"] = cid;
        data["campaign_title"] = listing->campaign.title;
        data["campaign_href"] = "/dot-thi-dua/" + std::to_string(cid);
        data["action"] = base_href(cid);
        data["rows"] = rows;
        data["empty"] = rows.empty();
        data["states"] = states;
        data["all_count"] = all;
        data["all_href"] = list_href(cid, f, 1, std::nullopt);
        data["all_current"] = !f.state;
        data["total"] = listing->total;
        data["page"] = listing->page;
        data["sees_all"] = listing->sees_all;
        data["can_create"] = listing->can_create;
        data["new_href"] = base_href(cid) + "/moi";
        if (req.query_param("thong-bao") == "da-gui") data["sent"] = int_param(req, "so", 0, 0, 100000);
        data["head_approves"] = core::needs_head_approval(listing->campaign.kind);
        // The annual review: the unit's proposals pre-filled from the rules.
        if (listing->campaign.kind == core::CampaignKind::kAnnual) {
          data["proposals_href"] = "/dot-thi-dua/" + std::to_string(cid) + "/de-xuat-nam";
        }
        if (listing->page > 1) data["prev_href"] = list_href(cid, f, listing->page - 1, f.state);
        if (static_cast<int64_t>(listing->page) * listing->page_size < listing->total) {
          data["next_href"] = list_href(cid, f, listing->page + 1, f.state);
        }
        if (bad_unit) {
          add_form_error(data, &unit.error());
          data["filter_unit_pick"].as_object()["invalid"] = true;
        }
        return render_page(req, ctx, "nominations", msg::kPageTitleNominations, data, bad_unit ? 422 : 200);
      }},

      {"GET", "/dot-thi-dua/{id:int}/de-nghi/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        app::NominationInput input;
        if (req.query_param("doi-tuong") == "collective") input.subject = CriterionSubject::kCollective;
        return new_form(s, req, ctx, cid, input, nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/de-nghi/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        // Units typed by code (a plan of thousands of units) become ids first:
        // the nominating unit among those the actor submits for, the
        // collective only when a collective is nominated.
        auto typed = take_unit_codes(s, ctx, kNominatingUnit, unit_work_units(*ctx.actor));
        if (typed.ok() && ctx.field("subject") == "collective") typed = take_unit_codes(s, ctx, kNomineeUnit);
        if (!typed.ok()) {
          const auto& e = typed.error();
          if (shows_error_page(e)) return error_page(req, ctx, e);
          return new_form(s, req, ctx, cid, nomination_input_from(ctx), &e, failure_status(e));
        }
        app::NominationInput input = nomination_input_from(ctx);
        auto created = app::create_nomination(s, *ctx.actor, cid, input, ctx.meta);
        if (!created.ok()) {
          const auto& e = created.error();
          if (shows_error_page(e)) return error_page(req, ctx, e);
          return new_form(s, req, ctx, cid, input, &e, failure_status(e));
        }
        return Response::redirect(base_href(cid) + "/" + std::to_string(*created) + "?thong-bao=da-gui");
      }},

      {"GET", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        const int64_t nid = ctx.id("nid");
        return view_page(s, req, ctx, cid, nid, nullptr, "", nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}/gui-lai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        const int64_t nid = ctx.id("nid");
        app::NominationInput input = nomination_input_from(ctx);
        auto done = app::resubmit_nomination(s, *ctx.actor, cid, nid, input, version_field(ctx), ctx.meta);
        if (!done.ok()) {
          const auto& e = done.error();
          if (shows_error_page(e)) return error_page(req, ctx, e);
          return view_page(s, req, ctx, cid, nid, &input, "", &e, failure_status(e));
        }
        return Response::redirect(base_href(cid) + "/" + std::to_string(nid) + "?thong-bao=da-gui-lai");
      }},

      // The achievement report pre-filled: for a nomination, or for the
      // subject the new nomination's form names (web/shared/document_downloads.h).
      {"GET", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}/mau-bao-cao.docx", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) { return nomination_report_download(s, req, ctx); }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/de-nghi/mau-bao-cao.docx", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         // The collective by code when the form asked for one (a plan of
         // thousands of units), among the units the actor sees.
         if (req.query.count(kNomineeUnit.code_field) > 0 && req.query_param("subject") == "collective") {
           auto nodes = app::unit_tree(s, *ctx.actor);
           if (!nodes.ok()) return error_page(req, ctx, nodes.error());
           auto unit = unit_from_query(**nodes, kNomineeUnit, req.query);
           if (!unit.ok()) return error_page(req, ctx, unit.error());
           req.query.erase(kNomineeUnit.id_field);
           if (*unit) req.query.emplace(kNomineeUnit.id_field, std::to_string(**unit));
         }
         return report_template_download(s, req, ctx);
       }, Cost::kHeavy},

      {"GET", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}/bao-cao", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        const int64_t nid = ctx.id("nid");
        auto file = app::nomination_report_file(s, *ctx.actor, cid, nid);
        if (!file.ok()) return error_page(req, ctx, file.error());
        return stored_file_download(*file);
      }},

      {"POST", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}/tiep-nhan", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        const int64_t nid = ctx.id("nid");
        auto done = app::accept_nomination(s, *ctx.actor, cid, nid, version_field(ctx), ctx.meta);
        if (!done.ok()) {
          const auto& e = done.error();
          if (shows_error_page(e)) return error_page(req, ctx, e);
          return view_page(s, req, ctx, cid, nid, nullptr, "", &e, failure_status(e));
        }
        return Response::redirect(base_href(cid) + "/" + std::to_string(nid) + "?thong-bao=da-tiep-nhan");
      }},

      {"POST", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}/tra-lai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        const int64_t nid = ctx.id("nid");
        const std::string reason = ctx.field("reason");
        auto done = app::return_nomination(s, *ctx.actor, cid, nid, reason, version_field(ctx), ctx.meta);
        if (!done.ok()) {
          const auto& e = done.error();
          if (shows_error_page(e)) return error_page(req, ctx, e);
          return view_page(s, req, ctx, cid, nid, nullptr, reason, &e, failure_status(e));
        }
        return Response::redirect(base_href(cid) + "/" + std::to_string(nid) + "?thong-bao=da-tra-lai");
      }},

      // The unit head's approval of a pending proposal (app/nomination_approval.h).
      {"POST", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}/thu-truong-duyet", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         const int64_t cid = ctx.id("id");
         const int64_t nid = ctx.id("nid");
         auto done = app::head_approve_nomination(s, *ctx.actor, cid, nid, version_field(ctx), ctx.meta);
         if (!done.ok()) {
           const auto& e = done.error();
           if (shows_error_page(e)) return error_page(req, ctx, e);
           return view_page(s, req, ctx, cid, nid, nullptr, "", &e, failure_status(e));
         }
         return Response::redirect(base_href(cid) + "/" + std::to_string(nid) + "?thong-bao=thu-truong-da-duyet");
       }},

      {"POST", "/dot-thi-dua/{id:int}/de-nghi/{nid:int}/thu-truong-tra-lai", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         const int64_t cid = ctx.id("id");
         const int64_t nid = ctx.id("nid");
         const std::string reason = ctx.field("reason");
         auto done = app::head_return_nomination(s, *ctx.actor, cid, nid, reason, version_field(ctx), ctx.meta);
         if (!done.ok()) {
           const auto& e = done.error();
           if (shows_error_page(e)) return error_page(req, ctx, e);
           return view_page(s, req, ctx, cid, nid, nullptr, reason, &e, failure_status(e));
         }
         return Response::redirect(base_href(cid) + "/" + std::to_string(nid) + "?thong-bao=thu-truong-da-tra-lai");
       }},
  });
}

}  // namespace thidua::web
