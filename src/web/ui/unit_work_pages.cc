// Pages of the units' campaign work: unit implementation plans
// (/dot-thi-dua/{id}/ke-hoach-don-vi), progress on a target with evidence
// (/dot-thi-dua/{id}/tien-do/chi-tieu/{tid}, /dot-thi-dua/{id}/minh-chung/{eid})
// and difficulties (/dot-thi-dua/{id}/kho-khan). Forms work without
// JavaScript (POST, then redirect to the page).

#include "web/shared/downloads.h"
#include <fstream>
#include <memory>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/difficulties.h"
#include "app/progress.h"
#include "app/unit_plans.h"
#include "core/file_type.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages_unit_work.h"
#include "core/messages_vi/unit_work.h"
#include "core/unit_work.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

// The unit a difficulty is raised for (web/ui/unit_choice.h).
const UnitField kDifficultyUnit{"unit_id", "unit_code", false};

namespace json = boost::json;

std::string campaign_href(int64_t id) { return "/dot-thi-dua/" + std::to_string(id); }

json::object campaign_json(const core::CampaignSummary& c) {
  return {{"id", c.id},
          {"title", c.title},
          {"href", campaign_href(c.id)},
          {"state", std::string(core::campaign_state_label(c.state))}};
}

// Previous / next links of a paginated list at `base` (which has a query or not).
void add_pager(json::object& data, const std::string& base, int page, int page_size, int64_t total) {
  const char sep = base.find('?') == std::string::npos ? '?' : '&';
  data["page"] = page;
  data["pages"] = std::max<int64_t>(1, (total + page_size - 1) / page_size);
  if (page > 1) data["prev_href"] = base + sep + "trang=" + std::to_string(page - 1);
  if (static_cast<int64_t>(page) * page_size < total) data["next_href"] = base + sep + "trang=" + std::to_string(page + 1);
}

// Errors a page shows above its form (the rest get the error page).
bool shown_on_form(const core::Error& e) {
  return e.code != core::errc::kNotFound && e.code != core::errc::kForbidden && e.code != core::errc::kStorage &&
         e.code != core::errc::kInternal;
}

app::UploadedFile upload_of(const FormPart& part) { return app::UploadedFile{part.filename, part.data}; }

// ---- Unit plans ----

std::optional<bool> submitted_filter(const Request& req) {
  const std::string v = req.query_param("trang-thai");
  if (v == "da-nop") return true;
  if (v == "chua-nop") return false;
  return std::nullopt;
}

Response unit_plans_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                         const core::Error* error, int64_t error_unit, const std::string& typed_body) {
  app::UnitPlanFilter f;
  f.submitted = submitted_filter(req);
  f.page = page_number(req);
  auto listing = app::list_unit_plans(s, *ctx.actor, campaign_id, f);
  if (!listing.ok()) return error_page(req, ctx, listing.error());
  const std::string base = campaign_href(campaign_id) + "/ke-hoach-don-vi";
  json::array items;
  int64_t submitted = 0;
  for (const auto& item : listing->items) {
    const auto& st = item.status;
    json::object row{{"unit_id", st.unit.id}, {"unit_name", st.unit.name}, {"submitted", st.plan.has_value()},
                     {"can_submit", item.can_submit}, {"body", st.plan ? st.plan->body : std::string()},
                     {"error", false}, {"file", false}};
    if (st.plan) {
      ++submitted;
      row["submitted_at"] = vietnam_time(st.plan->submitted_at);
      row["submitted_by"] = st.plan->submitted_by_name;
      row["version"] = st.plan->version;
      if (st.plan->file_sha256) {
        row["file"] = json::object{{"name", st.plan->file_name},
                                   {"href", base + "/" + std::to_string(st.plan->id) + "/tep"},
                                   {"size", file_size_text(st.plan->file_size)}};
      }
    }
    if (error && error_unit == st.unit.id) {
      row["body"] = typed_body;
      row["error"] = error->message;
    }
    items.push_back(std::move(row));
  }
  const auto filter = submitted_filter(req);
  json::object data{{"campaign", campaign_json(listing->campaign)},
                    {"tracker", listing->tracker},
                    {"accepting", listing->accepting},
                    {"items", items},
                    {"empty", items.empty()},
                    {"total", listing->total},
                    {"action", base},
                    {"saved", req.query_param("da-luu") == "1"},
                    {"filter_all", !filter.has_value()},
                    {"filter_submitted", filter == std::optional<bool>(true)},
                    {"filter_missing", filter == std::optional<bool>(false)}};
  std::string pager_base = base;
  if (filter) pager_base += *filter ? "?trang-thai=da-nop" : "?trang-thai=chua-nop";
  add_pager(data, pager_base, listing->page, listing->page_size, listing->total);
  if (error && error_unit == 0) add_form_error(data, error);
  unsigned status = error ? failure_status(*error) : 200;
  return render_page(req, ctx, "unit_plans", msg::kPageTitleUnitPlans, data, status);
}

// ---- Progress ----

// The statuses as options, `selected` (a code as typed, or the stored status's) chosen.
json::array status_options(const std::string& selected) {
  json::array out;
  for (auto st : {core::ProgressStatus::kNotStarted, core::ProgressStatus::kInProgress, core::ProgressStatus::kDone}) {
    const std::string code(core::progress_status_code(st));
    out.push_back(json::object{{"value", code},
                               {"label", std::string(core::progress_status_label(st))},
                               {"selected", code == selected}});
  }
  return out;
}

std::string status_label(core::ProgressStatus st) { return std::string(core::progress_status_label(st)); }

Response target_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id, int64_t target_id,
                     const core::Error* error, const app::ProgressInput* typed) {
  auto view = app::get_target_progress(s, *ctx.actor, campaign_id, target_id, page_number(req), 20);
  if (!view.ok()) return error_page(req, ctx, view.error());
  const auto& t = view->target;
  const std::string base = campaign_href(campaign_id);
  json::array history;
  for (const auto& r : view->history) {
    json::array evidence;
    for (const auto& e : r.evidence) {
      evidence.push_back(json::object{{"name", e.file_name},
                                      {"href", base + "/minh-chung/" + std::to_string(e.id)},
                                      {"size", file_size_text(e.size)}});
    }
    history.push_back(json::object{{"status", status_label(r.status)},
                                   {"percent", r.percent},
                                   {"note", r.note},
                                   {"by", r.reported_by_name},
                                   {"at", vietnam_time(r.reported_at)},
                                   {"evidence", evidence},
                                   {"has_evidence", !evidence.empty()}});
  }
  json::object target{{"id", t.id},
                      {"ord", t.ord},
                      {"content_label", t.content_label},
                      {"text", t.text},
                      {"subject", t.subject},
                      {"unit_name", t.unit_name},
                      {"status", status_label(t.progress_status)},
                      {"percent", t.progress_percent},
                      {"note", t.progress_note},
                      {"at", t.progress_at ? vietnam_time(*t.progress_at) : std::string()}};
  json::object form{{"status_options", status_options(typed ? typed->status : std::string(core::progress_status_code(t.progress_status)))},
                    {"percent", typed ? typed->percent : t.progress_percent},
                    {"note", typed ? typed->note : std::string()}};
  json::object data{{"campaign", campaign_json(view->campaign)},
                    {"target", target},
                    {"history", history},
                    {"empty", history.empty()},
                    {"can_report", view->can_report},
                    {"form", form},
                    {"action", base + "/tien-do/chi-tieu/" + std::to_string(t.id)},
                    {"saved", req.query_param("da-luu") == "1"},
                    {"max_files", static_cast<int64_t>(app::kMaxEvidenceFiles)}};
  add_pager(data, base + "/tien-do/chi-tieu/" + std::to_string(t.id), view->page, view->page_size, view->total);
  add_form_error(data, error);
  return render_page(req, ctx, "target_progress", msg::kPageTitleProgress, data,
                     error ? failure_status(*error) : 200);
}

// ---- Difficulties ----

std::optional<bool> answered_filter(const Request& req) {
  const std::string v = req.query_param("trang-thai");
  if (v == "da-tra-loi") return true;
  if (v == "chua-tra-loi") return false;
  return std::nullopt;
}

Response difficulties_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                           const core::Error* error, const app::DifficultyInput* typed, int64_t error_item,
                           const std::string& typed_answer) {
  app::DifficultyFilter f;
  f.answered = answered_filter(req);
  f.page = page_number(req);
  auto listing = app::list_difficulties(s, *ctx.actor, campaign_id, f);
  if (!listing.ok()) return error_page(req, ctx, listing.error());
  const std::string base = campaign_href(campaign_id) + "/kho-khan";
  json::array items;
  for (const auto& d : listing->items) {
    json::object row{{"id", d.id},
                     {"title", d.title},
                     {"body", d.body},
                     {"unit_name", d.unit_name},
                     {"raised_by", d.raised_by_name},
                     {"raised_at", vietnam_time(d.raised_at)},
                     {"answered", d.answered_at.has_value()},
                     {"answer", d.answer},
                     {"answered_by", d.answered_by_name},
                     {"answered_at", d.answered_at ? vietnam_time(*d.answered_at) : std::string()},
                     {"answer_action", base + "/" + std::to_string(d.id) + "/tra-loi"},
                     {"draft", d.answer},
                     {"can_answer", app::may_answer(*ctx.actor, *listing, d)},
                     {"own", listing->can_answer && !app::may_answer(*ctx.actor, *listing, d)},
                     {"error", false}};
    if (error && error_item == d.id) {
      row["error"] = error->message;
      row["draft"] = typed_answer;
    }
    items.push_back(std::move(row));
  }
  // The unit a difficulty is raised for: a drop-down, or its code past
  // kUnitChoiceLimit units (listing->own_units holds one more than that).
  json::object unit_pick = unit_choice(participating_nodes(listing->own_units), kDifficultyUnit, {},
                                       ids_of(typed ? typed->unit_id : std::nullopt), ctx.form);
  unit_pick["required"] = true;
  unit_pick["invalid"] = error != nullptr && error_item == 0 && error->field == kDifficultyUnit.id_field;
  const auto filter = answered_filter(req);
  json::object data{{"campaign", campaign_json(listing->campaign)},
                    {"sees_all", listing->sees_all},
                    {"can_answer", listing->can_answer},
                    {"can_raise", listing->accepting && !listing->own_units.empty()},
                    {"choose_unit", listing->own_units.size() > 1},
                    {"unit_pick", std::move(unit_pick)},
                    {"items", items},
                    {"empty", items.empty()},
                    {"total", listing->total},
                    {"action", base},
                    {"title", typed ? typed->title : std::string()},
                    {"body", typed ? typed->body : std::string()},
                    {"saved", req.query_param("da-luu") == "1"},
                    {"filter_all", !filter.has_value()},
                    {"filter_open", filter == std::optional<bool>(false)},
                    {"filter_answered", filter == std::optional<bool>(true)}};
  std::string pager_base = base;
  if (filter) pager_base += *filter ? "?trang-thai=da-tra-loi" : "?trang-thai=chua-tra-loi";
  add_pager(data, pager_base, listing->page, listing->page_size, listing->total);
  if (error && error_item == 0) add_form_error(data, error);
  return render_page(req, ctx, "difficulties", msg::kPageTitleDifficulties, data,
                     error ? failure_status(*error) : 200);
}

}  // namespace

void add_unit_work_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/ke-hoach-don-vi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return unit_plans_page(s, req, ctx, id, nullptr, 0, {});
      }},
      {"POST", "/dot-thi-dua/{id:int}/ke-hoach-don-vi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        app::UnitPlanInput in;
        in.unit_id = parse_id(ctx.field("unit_id"));
        in.body = ctx.field("body");
        in.remove_file = ctx.field("remove_file") == "1";
        if (const FormPart* f = ctx.file("file")) in.file = upload_of(*f);
        auto saved = app::submit_unit_plan(s, *ctx.actor, id, in, ctx.meta);
        if (!saved.ok()) {
          if (!shown_on_form(saved.error())) return error_page(req, ctx, saved.error());
          return unit_plans_page(s, req, ctx, id, &saved.error(), in.unit_id.value_or(0), in.body);
        }
        return Response::redirect(campaign_href(id) + "/ke-hoach-don-vi?da-luu=1");
      }},
      {"GET", "/dot-thi-dua/{id:int}/ke-hoach-don-vi/{plan_id:int}/tep", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t plan_id = ctx.id("plan_id");
        auto file = app::unit_plan_file(s, *ctx.actor, id, plan_id);
        if (!file.ok()) return error_page(req, ctx, file.error());
        return stored_file_download(*file);
      }},

      {"GET", "/dot-thi-dua/{id:int}/tien-do", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto listing = app::list_targets(s, *ctx.actor, id, page_number(req), 50);
        if (!listing.ok()) return error_page(req, ctx, listing.error());
        const std::string base = campaign_href(id) + "/tien-do";
        json::array items;
        for (const auto& t : listing->items) {
          items.push_back(json::object{{"href", base + "/chi-tieu/" + std::to_string(t.id)},
                                       {"unit_name", t.unit_name},
                                       {"subject", t.subject},
                                       {"content_label", t.content_label},
                                       {"text", t.text},
                                       {"status", status_label(t.progress_status)},
                                       {"percent", t.progress_percent},
                                       {"at", t.progress_at ? vietnam_time(*t.progress_at) : std::string()}});
        }
        json::object data{{"campaign", campaign_json(listing->campaign)},
                          {"items", items},
                          {"empty", items.empty()},
                          {"total", listing->total}};
        add_pager(data, base, listing->page, listing->page_size, listing->total);
        return render_page(req, ctx, "progress_index", msg::kPageTitleProgress, data);
      }},
      {"GET", "/dot-thi-dua/{id:int}/tien-do/chi-tieu/{target_id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t tid = ctx.id("target_id");
        return target_page(s, req, ctx, id, tid, nullptr, nullptr);
      }},
      {"POST", "/dot-thi-dua/{id:int}/tien-do/chi-tieu/{target_id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t tid = ctx.id("target_id");
        app::ProgressInput in;
        in.status = ctx.field("status");
        in.percent = percent_field(ctx.field("percent"));
        in.note = ctx.field("note");
        for (const auto& f : ctx.files) {
          if (f.name == "files") in.files.push_back(upload_of(f));
        }
        auto saved = app::report_progress(s, *ctx.actor, id, tid, in, ctx.meta);
        if (!saved.ok()) {
          if (!shown_on_form(saved.error())) return error_page(req, ctx, saved.error());
          return target_page(s, req, ctx, id, tid, &saved.error(), &in);
        }
        return Response::redirect(campaign_href(id) + "/tien-do/chi-tieu/" + std::to_string(tid) + "?da-luu=1");
      }},
      {"GET", "/dot-thi-dua/{id:int}/minh-chung/{evidence_id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t eid = ctx.id("evidence_id");
        auto file = app::evidence_file(s, *ctx.actor, id, eid);
        if (!file.ok()) return error_page(req, ctx, file.error());
        return stored_file_download(*file);
      }},

      {"GET", "/dot-thi-dua/{id:int}/kho-khan", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return difficulties_page(s, req, ctx, id, nullptr, nullptr, 0, {});
      }},
      {"POST", "/dot-thi-dua/{id:int}/kho-khan", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        // A unit typed by code (past kUnitChoiceLimit units) becomes its id first.
        auto typed_unit = take_unit_codes(s, ctx, kDifficultyUnit, unit_work_units(*ctx.actor));
        app::DifficultyInput in{parse_id(ctx.field("unit_id")), ctx.field("title"), ctx.field("body")};
        auto saved = typed_unit.ok() ? app::raise_difficulty(s, *ctx.actor, id, in, ctx.meta)
                                     : core::Result<int64_t>(typed_unit.error());
        if (!saved.ok()) {
          if (!shown_on_form(saved.error())) return error_page(req, ctx, saved.error());
          return difficulties_page(s, req, ctx, id, &saved.error(), &in, 0, {});
        }
        return Response::redirect(campaign_href(id) + "/kho-khan?da-luu=1");
      }},
      {"POST", "/dot-thi-dua/{id:int}/kho-khan/{difficulty_id:int}/tra-loi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t did = ctx.id("difficulty_id");
        const std::string answer = ctx.field("answer");
        auto saved = app::answer_difficulty(s, *ctx.actor, id, did, answer, ctx.meta);
        if (!saved.ok()) {
          if (!shown_on_form(saved.error())) return error_page(req, ctx, saved.error());
          return difficulties_page(s, req, ctx, id, &saved.error(), nullptr, did, answer);
        }
        return Response::redirect(campaign_href(id) + "/kho-khan?da-luu=1");
      }},
  });
}

}  // namespace thidua::web
