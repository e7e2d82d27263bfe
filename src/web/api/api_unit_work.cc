// The JSON API of the units' campaign work: unit plans, progress on targets,
// difficulties. Same use cases and rules as the pages (web/ui/unit_work_pages.cc).
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/difficulties.h"
#include "app/progress.h"
#include "app/unit_plans.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/unit_work.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

bool is_multipart(const Request& req) { return req.content_type().rfind("multipart/form-data", 0) == 0; }
namespace json = boost::json;

json::value opt_json(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::object plan_json(int64_t campaign_id, const core::UnitPlanStatus& s) {
  json::object o{{"unit_id", s.unit.id}, {"unit_code", s.unit.code}, {"unit_name", s.unit.name},
                 {"submitted", s.plan.has_value()}};
  if (s.plan) {
    const auto& p = *s.plan;
    json::object plan{{"id", p.id}, {"body", p.body}, {"submitted_at", p.submitted_at},
                      {"submitted_by", p.submitted_by_name}, {"version", p.version}};
    if (p.file_sha256) {
      plan["file"] = json::object{{"name", p.file_name},
                                  {"media_type", p.media_type},
                                  {"size", p.file_size},
                                  {"href", "/dot-thi-dua/" + std::to_string(campaign_id) + "/ke-hoach-don-vi/" +
                                               std::to_string(p.id) + "/tep"}};
    } else {
      plan["file"] = nullptr;
    }
    o["plan"] = plan;
  } else {
    o["plan"] = nullptr;
  }
  return o;
}

json::object difficulty_json(const core::Difficulty& d) {
  return {{"id", d.id},
          {"unit_id", d.unit_id},
          {"unit_name", d.unit_name},
          {"title", d.title},
          {"body", d.body},
          {"raised_by", d.raised_by_name},
          {"raised_at", d.raised_at},
          {"answer", d.answered_at ? json::value(d.answer) : json::value(nullptr)},
          {"answered_by", d.answered_at ? json::value(d.answered_by_name) : json::value(nullptr)},
          {"answered_at", opt_json(d.answered_at)}};
}

std::optional<bool> bool_query(const Request& req, const char* name) {
  const std::string v = req.query_param(name);
  if (v == "true" || v == "1") return true;
  if (v == "false" || v == "0") return false;
  return std::nullopt;
}

}  // namespace

void add_unit_work_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/unit-plans", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        app::UnitPlanFilter f;
        f.submitted = bool_query(req, "submitted");
        f.page = int_param(req, "page", 1, 1, kMaxPageNumber);
        f.page_size = int_param(req, "page_size", 50, 1, 200);
        auto listing = app::list_unit_plans(s, *ctx.actor, id, f);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& item : listing->items) {
          json::object row = plan_json(id, item.status);
          row["can_submit"] = item.can_submit;
          items.push_back(std::move(row));
        }
        return Response::json(json::object{{"items", items},
                                           {"page", listing->page},
                                           {"page_size", listing->page_size},
                                           {"total", listing->total}});
      }},
      {"PUT", "/api/v1/campaigns/{id:int}/unit-plans", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        app::UnitPlanInput in;
        if (is_multipart(req)) {
          // With a file: unit_id, body, file, remove_file=1 as form fields.
          in.unit_id = parse_id(ctx.field("unit_id"));
          in.body = ctx.field("body");
          in.remove_file = ctx.field("remove_file") == "1" || ctx.field("remove_file") == "true";
          if (const FormPart* f = ctx.file("file")) in.file = app::UploadedFile{f->filename, f->data};
          auto saved = app::submit_unit_plan(s, *ctx.actor, id, in, ctx.meta);
          if (!saved.ok()) return api_error(saved.error());
          return Response::json(json::object{{"id", *saved}});
        }
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        Reader rd{*body, std::nullopt};
        rd.id("unit_id", in.unit_id);
        rd.text("body", in.body);
        if (rd.error) return api_error(*rd.error);
        if (auto it = body->find("remove_file"); it != body->end()) {
          if (!it->value().is_bool()) return api_error(bad_request(msg::kApiRemoveFileNotBoolean, "remove_file"));
          in.remove_file = it->value().as_bool();
        }
        auto saved = app::submit_unit_plan(s, *ctx.actor, id, in, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return Response::json(json::object{{"id", *saved}});
      }},

      {"GET", "/api/v1/campaigns/{id:int}/targets/{target_id:int}/progress", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t tid = ctx.id("target_id");
        auto v = app::get_target_progress(s, *ctx.actor, id, tid, int_param(req, "page", 1, 1, kMaxPageNumber),
                                          int_param(req, "page_size", 20, 1, 100));
        if (!v.ok()) return api_error(v.error());
        const auto& t = v->target;
        json::array items;
        for (const auto& rep : v->history) {
          json::array evidence;
          for (const auto& e : rep.evidence) {
            evidence.push_back(json::object{{"id", e.id},
                                            {"name", e.file_name},
                                            {"media_type", e.media_type},
                                            {"size", e.size},
                                            {"href", "/dot-thi-dua/" + std::to_string(id) + "/minh-chung/" +
                                                         std::to_string(e.id)}});
          }
          items.push_back(json::object{{"id", rep.id},
                                       {"status", std::string(core::progress_status_code(rep.status))},
                                       {"percent", rep.percent},
                                       {"note", rep.note},
                                       {"reported_by", rep.reported_by_name},
                                       {"reported_at", rep.reported_at},
                                       {"evidence", evidence}});
        }
        json::object target{{"id", t.id},
                            {"registration_id", t.registration_id},
                            {"unit_id", t.unit_id},
                            {"text", t.text},
                            {"progress_status", std::string(core::progress_status_code(t.progress_status))},
                            {"progress_percent", t.progress_percent},
                            {"progress_note", t.progress_note},
                            {"progress_at", opt_json(t.progress_at)}};
        return Response::json(json::object{{"target", target},
                                           {"can_report", v->can_report},
                                           {"items", items},
                                           {"page", v->page},
                                           {"page_size", v->page_size},
                                           {"total", v->total}});
      }},
      {"POST", "/api/v1/campaigns/{id:int}/targets/{target_id:int}/progress", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t tid = ctx.id("target_id");
        app::ProgressInput in;
        if (is_multipart(req)) {
          // With evidence: status, percent, note and one or more `files` as form fields.
          in.status = ctx.field("status");
          in.percent = percent_field(ctx.field("percent"));
          in.note = ctx.field("note");
          for (const auto& f : ctx.files) {
            if (f.name == "files") in.files.push_back(app::UploadedFile{f.filename, f.data});
          }
          auto saved = app::report_progress(s, *ctx.actor, id, tid, in, ctx.meta);
          if (!saved.ok()) return api_error(saved.error());
          return Response::json(json::object{{"id", *saved}}, 201);
        }
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        Reader rd{*body, std::nullopt};
        int64_t percent = -1;
        rd.text("status", in.status);
        rd.number("percent", percent);
        rd.text("note", in.note);
        if (rd.error) return api_error(*rd.error);
        in.percent = percent < 0 || percent > 100 ? -1 : static_cast<int>(percent);
        auto saved = app::report_progress(s, *ctx.actor, id, tid, in, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return Response::json(json::object{{"id", *saved}}, 201);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/difficulties", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        app::DifficultyFilter f;
        f.answered = bool_query(req, "answered");
        f.page = int_param(req, "page", 1, 1, kMaxPageNumber);
        f.page_size = int_param(req, "page_size", 20, 1, 100);
        auto listing = app::list_difficulties(s, *ctx.actor, id, f);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& d : listing->items) items.push_back(difficulty_json(d));
        return Response::json(json::object{{"items", items},
                                           {"can_answer", listing->can_answer},
                                           {"page", listing->page},
                                           {"page_size", listing->page_size},
                                           {"total", listing->total}});
      }},
      {"POST", "/api/v1/campaigns/{id:int}/difficulties", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        Reader rd{*body, std::nullopt};
        app::DifficultyInput in;
        rd.id("unit_id", in.unit_id);
        rd.text("title", in.title);
        rd.text("body", in.body);
        if (rd.error) return api_error(*rd.error);
        auto saved = app::raise_difficulty(s, *ctx.actor, id, in, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return Response::json(json::object{{"id", *saved}}, 201);
      }},
      {"POST", "/api/v1/campaigns/{id:int}/difficulties/{difficulty_id:int}/answer", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const int64_t did = ctx.id("difficulty_id");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        Reader rd{*body, std::nullopt};
        std::string answer;
        rd.text("answer", answer);
        if (rd.error) return api_error(*rd.error);
        auto saved = app::answer_difficulty(s, *ctx.actor, id, did, answer, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return Response::json(json::object{{"id", did}, {"answered", true}});
      }},
  });
}

}  // namespace thidua::web
