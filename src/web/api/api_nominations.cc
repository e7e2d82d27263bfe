// The JSON API of nominations under /api/v1/campaigns/{id}/nominations: list,
// create, read with the per-criterion check, resubmit (PUT), accept, return;
// the unit head's approval or return of a pending one (head-approve, head-return).
// The report file is attached with the page forms (multipart); here it is
// shown (report_file) and, on resubmission, kept or removed (remove_report_file).
// Same use cases and authorisation as the pages; errors carry stable codes
// (duplicate_nomination, deadline_passed, nominations_closed, ...).
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/nomination_approval.h"
#include "app/nominations.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/nominations.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/eligibility_views.h"
#include "web/shared/form_input.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// attestations: [{"criterion_id": 5, "note": "..."}].
core::Status read_attestations(const json::object& o, std::map<int64_t, std::string>& out) {
  const json::value* v = o.if_contains("attestations");
  if (!v || v->is_null()) return core::Status{};
  const std::string invalid = msg::kApiAttestationsInvalid;
  if (!v->is_array()) return bad_request(invalid, "attestations");
  for (const auto& item : v->as_array()) {
    if (!item.is_object()) return bad_request(invalid, "attestations");
    const auto& a = item.as_object();
    const json::value* id = a.if_contains("criterion_id");
    const json::value* note = a.if_contains("note");
    if (!id || !id->is_int64() || id->as_int64() <= 0 || !note || !note->is_string()) {
      return bad_request(invalid, "attestations");
    }
    out[id->as_int64()] = std::string(note->as_string());
  }
  return core::Status{};
}

core::Result<app::NominationInput> input_from(const json::object& o) {
  app::NominationInput in;
  Reader r{o, std::nullopt};
  r.id("award_type_id", in.award_type_id);
  r.id("unit_id", in.unit_id);
  r.id("person_id", in.person_id);
  r.id("nominee_unit_id", in.nominee_unit_id);
  std::string subject = "individual";
  r.text("subject", subject);
  r.text("report", in.report);
  if (r.error) return *r.error;
  auto s = core::parse_criterion_subject(subject);
  if (!s) return core::make_error(core::errc::kValidation, msg::kApiNominationSubjectInvalid, "subject");
  in.subject = *s;
  THIDUA_TRY(read_attestations(o, in.attestations));
  if (const json::value* v = o.if_contains("remove_report_file"); v && !v->is_null()) {
    if (!v->is_bool()) return bad_request(msg::kApiRemoveReportFileNotBoolean, "remove_report_file");
    in.remove_report_file = v->as_bool();
  }
  return in;
}

core::Result<int64_t> version_from(const json::object& o) {
  int64_t version = -1;
  Reader r{o, std::nullopt};
  r.number("version", version);
  if (r.error) return *r.error;
  if (version < 0) return bad_request(msg::kApiNominationVersionMissing, "version");
  return version;
}

json::object view_json(const app::NominationView& v) {
  json::object out = app::nomination_json(v.nomination);
  json::array criteria;
  for (const auto& c : v.criteria) {
    json::array checks;
    for (const auto& d : c.checks) {
      checks.push_back(json::object{{"check", std::string(core::data_check_code(d.check))}, {"holds", d.holds}});
    }
    criteria.push_back(json::object{{"criterion_id", c.criterion.id},
                                    {"text", c.criterion.text},
                                    {"verification", std::string(core::verification_code(c.criterion.verification))},
                                    {"status", std::string(core::criterion_status_code(c.status))},
                                    {"status_label", std::string(core::criterion_status_label(c.status))},
                                    {"checks", checks},
                                    {"note", c.note}});
  }
  out["criteria"] = criteria;
  // The award type's eligibility rules judged on the nominee's history, when it names them.
  if (v.eligibility_code.empty()) {
    out["eligibility"] = nullptr;
  } else {
    json::object e{{"code", v.eligibility_code},
                   {"year", v.eligibility_year},
                   {"hidden", v.eligibility_hidden},
                   {"in_force", v.eligibility.has_value()}};
    e["awards"] = v.eligibility ? eligibility_json({*v.eligibility}) : json::array();
    out["eligibility"] = std::move(e);
  }
  out["complete"] = v.complete;
  out["can_resubmit"] = v.can_resubmit;
  out["can_review"] = v.can_review;
  out["can_head_review"] = v.can_head_review;
  return out;
}

// The body of a review move: {"version": n} and, when `with_reason`,
// {"reason": "..."}.
struct MoveBody {
  int64_t version = 0;
  std::string reason;
};
core::Result<MoveBody> move_body(const Request& req, bool with_reason) {
  auto body = body_object(req);
  if (!body.ok()) return body.error();
  auto version = version_from(*body);
  if (!version.ok()) return version.error();
  MoveBody out{*version, {}};
  if (with_reason) {
    Reader rd{*body, std::nullopt};
    rd.text("reason", out.reason);
    if (rd.error) return *rd.error;
  }
  return out;
}

Response view_or_error(const app::Services& s, const Ctx& ctx, int64_t cid, int64_t nid, unsigned status = 200) {
  auto v = app::get_nomination(s, *ctx.actor, cid, nid);
  if (!v.ok()) return api_error(v.error());
  return Response::json(view_json(*v), status);
}


}  // namespace

void add_nomination_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/nominations", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        app::NominationFilter f;
        f.award_type_id = parse_id(req.query_param("award_type_id"));
        f.unit_id = parse_id(req.query_param("unit_id"));
        const std::string state = req.query_param("state");
        if (!state.empty()) {
          f.state = core::parse_nomination_state(state);
          if (!f.state) return api_error(bad_request(msg::kApiStateInvalid, "state"));
        }
        f.page = int_param(req, "page", 1, 1, 100000);
        f.page_size = int_param(req, "page_size", 20, 1, 100);
        auto listing = app::list_nominations(s, *ctx.actor, cid, f);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& n : listing->items) {
          json::object item = app::nomination_json(n);
          item.erase("report");
          items.push_back(std::move(item));
        }
        json::object counts;
        for (const auto& [st, count] : listing->counts) counts[core::nomination_state_code(st)] = count;
        return Response::json(json::object{{"items", items},
                                           {"counts", counts},
                                           {"total", listing->total},
                                           {"page", listing->page},
                                           {"page_size", listing->page_size}});
      }},

      {"POST", "/api/v1/campaigns/{id:int}/nominations", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("id");
        core::Result<app::NominationInput> input = app::NominationInput{};
        if (req.content_type().rfind("multipart/form-data", 0) == 0) {
          // With a report file: the page form's fields (see openapi.json).
          input = nomination_input_from(ctx);
        } else {
          auto body = body_object(req);
          if (!body.ok()) return api_error(body.error());
          input = input_from(*body);
        }
        if (!input.ok()) return api_error(input.error());
        auto id = app::create_nomination(s, *ctx.actor, cid, std::move(*input), ctx.meta);
        if (!id.ok()) return api_error(id.error());
        return view_or_error(s, ctx, cid, *id, 201);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/nominations/{nid:int}/achievement-report.docx", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) { return nomination_report_download(s, req, ctx); }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/achievement-report.docx", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) { return report_template_download(s, req, ctx); }, Cost::kHeavy},
      {"GET", "/api/v1/campaigns/{id:int}/nominations/{nid:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "nid");
        return view_or_error(s, ctx, ids.campaign, ids.record);
      }},

      {"PUT", "/api/v1/campaigns/{id:int}/nominations/{nid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "nid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        auto input = input_from(*body);
        if (!input.ok()) return api_error(input.error());
        auto version = version_from(*body);
        if (!version.ok()) return api_error(version.error());
        auto done = app::resubmit_nomination(s, *ctx.actor, ids.campaign, ids.record, std::move(*input),
                                             *version, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return view_or_error(s, ctx, ids.campaign, ids.record);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/nominations/{nid:int}/accept", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "nid");
        auto move = move_body(req, false);
        if (!move.ok()) return api_error(move.error());
        auto done = app::accept_nomination(s, *ctx.actor, ids.campaign, ids.record, move->version, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return view_or_error(s, ctx, ids.campaign, ids.record);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/nominations/{nid:int}/return", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "nid");
        auto move = move_body(req, true);
        if (!move.ok()) return api_error(move.error());
        auto done = app::return_nomination(s, *ctx.actor, ids.campaign, ids.record, move->reason, move->version,
                                  ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return view_or_error(s, ctx, ids.campaign, ids.record);
      }},

      // The unit head's approval (app/nomination_approval.h): one, or the
      // unit's pending ones together.
      {"POST", "/api/v1/campaigns/{id:int}/nominations/{nid:int}/head-approve", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         const auto ids = campaign_record_ids(ctx, "nid");
         auto move = move_body(req, false);
         if (!move.ok()) return api_error(move.error());
         auto done = app::head_approve_nomination(s, *ctx.actor, ids.campaign, ids.record, move->version, ctx.meta);
         if (!done.ok()) return api_error(done.error());
         return view_or_error(s, ctx, ids.campaign, ids.record);
       }},

      {"POST", "/api/v1/campaigns/{id:int}/nominations/{nid:int}/head-return", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         const auto ids = campaign_record_ids(ctx, "nid");
         auto move = move_body(req, true);
         if (!move.ok()) return api_error(move.error());
         auto done = app::head_return_nomination(s, *ctx.actor, ids.campaign, ids.record, move->reason, move->version,
                                   ctx.meta);
         if (!done.ok()) return api_error(done.error());
         return view_or_error(s, ctx, ids.campaign, ids.record);
       }},
  });
}

}  // namespace thidua::web
