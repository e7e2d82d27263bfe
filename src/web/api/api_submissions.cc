// The JSON API of proposals sent upward inside one deployment (issue 14 #2):
// the receiving agencies, sending a proposal, the receiving queue, one
// submission with its list, rounds and history, each step, and the dossier of
// each round. Same use cases and authorisation as the pages
// (app/submissions.h); a step answers the submission as it now stands.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <set>

#include "app/submission_document.h"
#include "app/submissions.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/submissions.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/shared/submission_views.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// The submission after a step, or the step's error.
Response after_step(const app::Services& s, Ctx& ctx, int64_t id, const core::Status& done) {
  if (!done.ok()) return api_error(done.error());
  auto v = app::get_submission(s, *ctx.actor, id);
  if (!v.ok()) return api_error(v.error());
  return Response::json(submission_json(*v));
}

// The body of a step: an object (or nothing) with the text member `member`
// (when named) and `version` (optional: the version the client read).
struct StepBody {
  std::string text;
  std::optional<int64_t> version;
};
core::Result<StepBody> step_body(Request& req, const char* member) {
  StepBody out;
  if (req.body.empty()) return out;
  auto body = body_object(req);
  if (!body.ok()) return body.error();
  if (auto bad = member ? unknown_member(*body, {member, "version"}) : unknown_member(*body, {"version"})) return *bad;
  Reader r{*body, std::nullopt};
  if (member) r.text(member, out.text);
  r.id("version", out.version);
  if (r.error) return *r.error;
  return out;
}

// A step whose body holds one text member (optional) and the version.
template <class Step>
Response text_step(const app::Services& s, Request& req, Ctx& ctx, const char* member, Step step) {
  const int64_t id = ctx.id("id");
  auto body = step_body(req, member);
  if (!body.ok()) return api_error(body.error());
  return after_step(s, ctx, id, step(id, body->text, body->version));
}

}  // namespace

void add_submission_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/receiving-agencies", Access::kLoggedIn, [&s](Request&, Ctx&) {
        auto all = app::list_receiving_agencies(s);
        if (!all.ok()) return api_error(all.error());
        json::array items;
        for (const auto& a : *all) {
          items.push_back(json::object{{"unit_id", a.unit_id},
                                       {"name", a.name},
                                       {"decision_symbol", a.decision_symbol},
                                       {"authority", a.authority},
                                       {"issuing_body", a.issuing_body},
                                       {"place", a.place}});
        }
        return Response::json(json::object{{"items", std::move(items)}});
      }},

      {"PUT", "/api/v1/units/{id:int}/receiving-agency", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto bad = unknown_member(*body, {"decision_symbol", "authority", "issuing_body", "place"})) {
          return api_error(*bad);
        }
        Reader rd{*body, std::nullopt};
        core::ReceivingSettings settings;
        rd.text("decision_symbol", settings.decision_symbol);
        rd.text("authority", settings.authority);
        rd.text("issuing_body", settings.issuing_body);
        rd.text("place", settings.place);
        if (rd.error) return api_error(*rd.error);
        const int64_t id = ctx.id("id");
        auto done = app::set_receiving_agency(s, *ctx.actor, id, settings, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        // What was stored (tidied), not what was typed.
        auto all = app::list_receiving_agencies(s);
        if (!all.ok()) return api_error(all.error());
        for (const auto& a : *all) {
          if (a.unit_id != id) continue;
          settings = {a.decision_symbol, a.authority, a.issuing_body, a.place};
        }
        return Response::json(json::object{{"unit_id", id},
                                           {"decision_symbol", settings.decision_symbol},
                                           {"authority", settings.authority},
                                           {"issuing_body", settings.issuing_body},
                                           {"place", settings.place}});
      }},

      {"POST", "/api/v1/campaigns/{id:int}/decisions/{did:int}/submission", Access::kLoggedIn,
       [&s](Request& req, Ctx& ctx) {
         auto body = body_object(req);
         if (!body.ok()) return api_error(body.error());
         if (auto bad = unknown_member(*body, {"receiver_id", "note"})) return api_error(*bad);
         Reader rd{*body, std::nullopt};
         std::optional<int64_t> receiver;
         std::string note;
         rd.id("receiver_id", receiver);
         rd.text("note", note);
         if (rd.error) return api_error(*rd.error);
         if (!receiver) {
           return api_error(core::make_error(core::errc::kValidation, msg::kSubmissionReceiverMissing, "receiver_id"));
         }
         auto sent = app::send_proposal(s, *ctx.actor, ctx.id("id"), ctx.id("did"), *receiver, note, ctx.meta);
         if (!sent.ok()) return api_error(sent.error());
         auto v = app::get_submission(s, *ctx.actor, *sent);
         if (!v.ok()) return api_error(v.error());
         return Response::json(submission_json(*v), 201);
       }, Cost::kHeavy},

      {"GET", "/api/v1/submissions", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::QueueFilter f;
        const std::string state = req.query_param("state");
        if (!state.empty()) {
          f.state = core::parse_submission_state(state);
          if (!f.state) return api_error(bad_request(msg::kApiSubmissionStateInvalid, "state"));
        }
        f.mine = req.query_param("mine") == "true" || req.query_param("mine") == "1";
        const std::string before = req.query_param("before");
        if (!before.empty()) {
          f.before_id = parse_id(before);
          if (!f.before_id) return api_error(bad_request(msg::kApiSubmissionBeforeInvalid, "before"));
        }
        f.page_size = int_param(req, "limit", 50, 1, 100);
        auto q = app::submission_queue(s, *ctx.actor, f);
        if (!q.ok()) return api_error(q.error());
        json::array items;
        for (const auto& row : q->rows) items.push_back(submission_record_json(row));
        json::object counts;
        for (const auto& [st, n] : q->counts) counts[std::string(core::submission_state_code(st))] = n;
        return Response::json(json::object{
            {"items", std::move(items)},
            {"counts", std::move(counts)},
            {"next_before", q->next_before ? json::value(*q->next_before) : json::value(nullptr)}});
      }},

      {"GET", "/api/v1/submissions/{id:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto v = app::get_submission(s, *ctx.actor, ctx.id("id"));
        if (!v.ok()) return api_error(v.error());
        return Response::json(submission_json(*v));
      }},

      {"GET", "/api/v1/submissions/{id:int}/rounds/{round:int}/dossier", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto f = app::round_dossier(s, *ctx.actor, ctx.id("id"), static_cast<int>(ctx.id("round")));
        if (!f.ok()) return api_error(f.error());
        return stored_file_download(*f);
      }, Cost::kHeavy},

      {"GET", "/api/v1/submissions/{id:int}/decision.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto doc = app::receiver_decision(s, *ctx.actor, ctx.id("id"));
        if (!doc.ok()) return api_error(doc.error());
        return document_download(req, ctx, s.data_dir, *doc, DocFormat::kPdf,
                                 "quyet-dinh-khen-thuong-" + std::to_string(ctx.id("id")));
      }, Cost::kHeavy},
      {"GET", "/api/v1/submissions/{id:int}/decision.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto doc = app::receiver_decision(s, *ctx.actor, ctx.id("id"));
        if (!doc.ok()) return api_error(doc.error());
        return document_download(req, ctx, s.data_dir, *doc, DocFormat::kDocx,
                                 "quyet-dinh-khen-thuong-" + std::to_string(ctx.id("id")));
      }, Cost::kHeavy},

      {"POST", "/api/v1/submissions/{id:int}/receive", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return text_step(s, req, ctx, nullptr, [&](int64_t id, const std::string&, std::optional<int64_t> version) {
          return app::receive_submission(s, *ctx.actor, id, version, ctx.meta);
        });
      }},

      {"POST", "/api/v1/submissions/{id:int}/assign", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto bad = unknown_member(*body, {"assignee_id", "version"})) return api_error(*bad);
        Reader rd{*body, std::nullopt};
        std::optional<int64_t> who, version;
        rd.id("assignee_id", who);
        rd.id("version", version);
        if (rd.error) return api_error(*rd.error);
        const int64_t id = ctx.id("id");
        if (!who) {
          return api_error(core::make_error(core::errc::kValidation, msg::kSubmissionAssigneeInvalid, "assignee_id"));
        }
        return after_step(s, ctx, id, app::assign_submission(s, *ctx.actor, id, *who, version, ctx.meta));
      }},

      {"POST", "/api/v1/submissions/{id:int}/appraise", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return text_step(s, req, ctx, "note", [&](int64_t id, const std::string& note, std::optional<int64_t> version) {
          return app::appraise_submission(s, *ctx.actor, id, note, version, ctx.meta);
        });
      }, Cost::kHeavy},

      {"POST", "/api/v1/submissions/{id:int}/return", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return text_step(s, req, ctx, "reason", [&](int64_t id, const std::string& reason, std::optional<int64_t> version) {
          return app::return_submission(s, *ctx.actor, id, reason, version, ctx.meta);
        });
      }},

      {"POST", "/api/v1/submissions/{id:int}/resend", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return text_step(s, req, ctx, "note", [&](int64_t id, const std::string& note, std::optional<int64_t> version) {
          return app::resend_submission(s, *ctx.actor, id, note, version, ctx.meta);
        });
      }, Cost::kHeavy},

      {"POST", "/api/v1/submissions/{id:int}/withdraw", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return text_step(s, req, ctx, "reason", [&](int64_t id, const std::string& reason, std::optional<int64_t> version) {
          return app::withdraw_submission(s, *ctx.actor, id, reason, version, ctx.meta);
        });
      }},

      {"POST", "/api/v1/submissions/{id:int}/review", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto bad = unknown_member(*body, {"council_date", "agreed", "note", "version"})) return api_error(*bad);
        Reader rd{*body, std::nullopt};
        std::string date, note;
        std::optional<int64_t> version;
        rd.text("council_date", date);
        rd.text("note", note);
        rd.id("version", version);
        if (rd.error) return api_error(*rd.error);
        std::set<int64_t> agreed;
        if (auto* v = body->if_contains("agreed")) {
          if (!v->is_array()) return api_error(bad_request(msg::kApiSubmissionAgreedInvalid, "agreed"));
          for (const auto& e : v->as_array()) {
            if (!e.is_int64() || e.as_int64() <= 0) {
              return api_error(bad_request(msg::kApiSubmissionAgreedInvalid, "agreed"));
            }
            agreed.insert(e.as_int64());
          }
        }
        const int64_t id = ctx.id("id");
        return after_step(s, ctx, id, app::review_submission(s, *ctx.actor, id, date, agreed, note, version, ctx.meta));
      }},

      {"POST", "/api/v1/submissions/{id:int}/decide", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return text_step(s, req, ctx, "signer_name", [&](int64_t id, const std::string& signer, std::optional<int64_t> version) {
          return app::decide_submission(s, *ctx.actor, id, signer, version, ctx.meta);
        });
      }},
  });
}

}  // namespace thidua::web
