// Proposals sent upward inside one deployment (issue 14 #2): the sender's
// "send" button on an approved proposal, the receiving queue, the page of one
// submission with the steps each side may take and the processing history,
// the dossier of each round, and the naming of a receiving agency.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <set>

#include "app/access.h"
#include "app/exchange.h"
#include "app/org.h"
#include "app/submission_document.h"
#include "app/submissions.h"
#include "core/messages_vi/exchange.h"
#include "core/messages_vi/submissions.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/exchange_views.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/shared/submission_views.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

// The page of one submission, with a form error and what was typed.
Response submission_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id,
                         const core::Error* error, unsigned status, const char* form = "") {
  auto v = app::get_submission(s, *ctx.actor, id);
  if (!v.ok()) return error_page(req, ctx, v.error());
  json::object data = submission_json(*v);
  json::array specialists;
  for (const auto& p : v->specialists) {
    specialists.push_back(json::object{{"id", p.user_id},
                                       {"name", p.name},
                                       {"selected", v->record.assignee_id == p.user_id}});
  }
  data["specialists"] = std::move(specialists);
  data["can_receive"] = v->can_receive;
  data["can_assign"] = v->can_assign && !v->specialists.empty();
  data["can_appraise"] = v->can_appraise;
  data["can_return"] = v->can_return;
  data["can_review"] = v->can_review;
  data["can_decide"] = v->can_decide;
  data["can_resend"] = v->can_resend;
  data["can_withdraw"] = v->can_withdraw;
  data["authority"] = v->authority;
  data["decided"] = v->record.state == core::SubmissionState::kDecided;
  data["has_decision"] = v->record.decision_number.has_value();
  data["appraised"] = std::any_of(v->items.begin(), v->items.end(), [](const auto& i) { return !i.verdict.empty(); });
  data["reviewed"] = std::any_of(v->items.begin(), v->items.end(), [](const auto& i) { return i.agreed.has_value(); });
  data["proposal_href"] = v->sending_side ? "/dot-thi-dua/" + std::to_string(v->record.campaign_id) + "/quyet-dinh/" +
                                                std::to_string(v->record.decision_id)
                                          : std::string();
  // Taken in from another deployment's package (app/exchange.h): its
  // packages, and the answer that goes back the same way.
  data["imported"] = v->record.imported();
  if (v->record.imported() && v->receiving_side) {
    if (auto packages = app::submission_packages(s, *ctx.actor, id); packages.ok()) {
      data["has_packages"] = !packages->empty();
      data["packages"] = package_rows_json(*packages);
    }
    const bool answered = v->record.state == core::SubmissionState::kDecided ||
                          v->record.state == core::SubmissionState::kReturned;
    data["can_answer_package"] =
        answered && app::permits(*ctx.actor, core::Action::kDraftDecisions, v->record.receiver_path);
  }
  // The council form: every nominee ticked unless the appraisal found them wanting.
  for (auto& row : data["list"].as_array()) {
    auto& o = row.as_object();
    const auto& verdict = o["verdict"];
    o["tick"] = o["agreed"].is_bool() ? o["agreed"].as_bool()
                                      : !(verdict.is_string() && verdict.as_string() == "not_met");
  }
  const std::string notice = req.query_param("thong-bao");
  if (notice == "da-gui") data["notice"] = msg::kPageNoticeSent;
  if (notice == "da-cap-nhat") data["notice"] = msg::kPageNoticeStepDone;
  if (notice == "da-xuat-goi") data["notice"] = msg::kPageNoticePackageExported;
  if (notice == "da-nhan-goi") data["notice"] = msg::kPageNoticePackageImported;
  if (notice == "da-nhan-truoc") data["notice"] = msg::kPageNoticePackageAlready;
  if (error) {
    // What was typed goes back into the form it came from.
    data[std::string("note_") + form] = ctx.field("note");
    data[std::string("open_") + form] = true;
    data["council_date_typed"] = ctx.field("council_date");
    data["signer_typed"] = ctx.field("signer_name");
  }
  add_form_error(data, error);
  return render_page(req, ctx, "submission", msg::kPageTitleSubmission, data, status);
}

// The version the page was drawn from (its forms post it back).
std::optional<int64_t> read_version(const Ctx& ctx) { return parse_id(ctx.field("version")); }

// After a step: the page again with the refusal shown, or on to the page.
Response after_step(const app::Services& s, const Request& req, Ctx& ctx, int64_t id, const core::Status& done,
                    const char* form = "") {
  if (!done.ok()) {
    const auto& e = done.error();
    if (e.code == core::errc::kValidation || e.code == core::errc::kConflict) {
      return submission_page(s, req, ctx, id, &e, failure_status(e), form);
    }
    return error_page(req, ctx, e);
  }
  return Response::redirect("/ho-so-de-nghi/" + std::to_string(id) + "?thong-bao=da-cap-nhat");
}

Response queue_page(const app::Services& s, const Request& req, Ctx& ctx) {
  app::QueueFilter f;
  const std::string state = req.query_param("trang-thai");
  f.state = core::parse_submission_state(state);
  f.mine = req.query_param("cua-toi") == "1";
  f.before_id = parse_id(req.query_param("truoc"));
  auto q = app::submission_queue(s, *ctx.actor, f);
  if (!q.ok()) return error_page(req, ctx, q.error());
  json::array rows;
  for (const auto& r : q->rows) rows.push_back(submission_record_json(r));
  json::array tabs;
  int64_t total = 0;
  for (const auto& [st, n] : q->counts) total += n;
  tabs.push_back(json::object{{"href", "/tiep-nhan"}, {"label", msg::kPageQueueAll}, {"count", total},
                              {"current", !f.state}});
  for (auto st : {core::SubmissionState::kSent, core::SubmissionState::kReceived, core::SubmissionState::kReturned,
                  core::SubmissionState::kReviewed, core::SubmissionState::kDecided,
                  core::SubmissionState::kWithdrawn}) {
    int64_t n = 0;
    for (const auto& [c, k] : q->counts) {
      if (c == st) n = k;
    }
    tabs.push_back(json::object{{"href", "/tiep-nhan?trang-thai=" + std::string(core::submission_state_code(st))},
                                {"label", std::string(core::submission_state_label(st))},
                                {"count", n},
                                {"current", f.state == st}});
  }
  std::string next;
  if (q->next_before) {
    next = "/tiep-nhan?truoc=" + std::to_string(*q->next_before);
    if (f.state) next += "&trang-thai=" + std::string(core::submission_state_code(*f.state));
    if (f.mine) next += "&cua-toi=1";
  }
  json::object data{{"rows", std::move(rows)},
                    {"empty", q->rows.empty()},
                    {"tabs", std::move(tabs)},
                    {"mine", f.mine},
                    {"state", f.state ? std::string(core::submission_state_code(*f.state)) : std::string()},
                    {"next", next},
                    {"first_page", !f.before_id}};
  return render_page(req, ctx, "submission_queue", msg::kPageTitleQueue, data);
}

// The receiving agency's settings as the form sent them.
core::ReceivingSettings receiving_settings(Ctx& ctx) {
  return {ctx.field("decision_symbol"), ctx.field("authority"), ctx.field("issuing_body"), ctx.field("place")};
}

Response receiving_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t unit_id,
                        const core::Error* error, unsigned status) {
  auto unit = app::get_unit(s, *ctx.actor, unit_id);
  if (!unit.ok()) return error_page(req, ctx, unit.error());
  if (!app::may_name_receiving_agencies(*ctx.actor)) {
    return error_page(req, ctx, app::forbidden(msg::kActManageReceiving));
  }
  core::ReceivingSettings shown;
  bool named = false;
  if (auto all = app::list_receiving_agencies(s); all.ok()) {
    for (const auto& a : *all) {
      if (a.unit_id != unit_id) continue;
      shown = {a.decision_symbol, a.authority, a.issuing_body, a.place};
      named = true;
    }
  }
  if (error) shown = receiving_settings(ctx);
  json::object data{{"unit", json::object{{"id", unit_id}, {"name", unit->unit.name}}},
                    {"decision_symbol", shown.decision_symbol},
                    {"authority", shown.authority},
                    {"issuing_body", shown.issuing_body},
                    {"place", shown.place},
                    {"named", named}};
  if (req.query_param("thong-bao") == "da-luu") data["notice"] = msg::kPageNoticeReceivingSaved;
  add_form_error(data, error);
  return render_page(req, ctx, "receiving_agency", msg::kPageTitleReceiving, data, status);
}

// The receiver's decision as PDF or DOCX.
Response receiver_decision_download(const app::Services& s, const Request& req, Ctx& ctx, DocFormat format) {
  const int64_t id = ctx.id("id");
  auto doc = app::receiver_decision(s, *ctx.actor, id);
  if (!doc.ok()) return error_page(req, ctx, doc.error());
  return document_download(req, ctx, s.data_dir, *doc, format, "quyet-dinh-khen-thuong-" + std::to_string(id));
}

}  // namespace

void add_submission_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"POST", "/dot-thi-dua/{id:int}/quyet-dinh/{did:int}/gui", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t campaign = ctx.id("id"), decision = ctx.id("did");
        auto receiver = parse_id(ctx.field("receiver_id"));
        core::Result<int64_t> sent =
            receiver ? app::send_proposal(s, *ctx.actor, campaign, decision, *receiver, ctx.field("note"), ctx.meta)
                     : core::Result<int64_t>(core::make_error(core::errc::kValidation,
                                                              msg::kSubmissionReceiverMissing, "receiver_id"));
        if (!sent.ok()) return error_page(req, ctx, sent.error());
        return Response::redirect("/ho-so-de-nghi/" + std::to_string(*sent) + "?thong-bao=da-gui");
      }, Cost::kHeavy},

      {"GET", "/tiep-nhan", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) { return queue_page(s, req, ctx); }},

      {"GET", "/ho-so-de-nghi/{id:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return submission_page(s, req, ctx, ctx.id("id"), nullptr, 200);
      }},

      {"GET", "/ho-so-de-nghi/{id:int}/lan/{round:int}/ho-so.zip", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto f = app::round_dossier(s, *ctx.actor, ctx.id("id"), static_cast<int>(ctx.id("round")));
        if (!f.ok()) return error_page(req, ctx, f.error());
        return stored_file_download(*f);
      }, Cost::kHeavy},

      {"GET", "/ho-so-de-nghi/{id:int}/quyet-dinh.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return receiver_decision_download(s, req, ctx, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/ho-so-de-nghi/{id:int}/quyet-dinh.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return receiver_decision_download(s, req, ctx, DocFormat::kDocx);
      }, Cost::kHeavy},

      {"POST", "/ho-so-de-nghi/{id:int}/tiep-nhan", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return after_step(s, req, ctx, id, app::receive_submission(s, *ctx.actor, id, read_version(ctx), ctx.meta));
      }},

      {"POST", "/ho-so-de-nghi/{id:int}/phan-cong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto who = parse_id(ctx.field("assignee_id"));
        return after_step(s, req, ctx, id,
                          who ? app::assign_submission(s, *ctx.actor, id, *who, read_version(ctx), ctx.meta)
                              : core::Status(core::make_error(core::errc::kValidation,
                                                              msg::kSubmissionAssigneeInvalid, "assignee_id")));
      }},

      {"POST", "/ho-so-de-nghi/{id:int}/tham-dinh", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return after_step(s, req, ctx, id,
                          app::appraise_submission(s, *ctx.actor, id, ctx.field("note"), read_version(ctx), ctx.meta),
                          "appraise");
      }, Cost::kHeavy},

      {"POST", "/ho-so-de-nghi/{id:int}/tra-lai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return after_step(s, req, ctx, id,
                          app::return_submission(s, *ctx.actor, id, ctx.field("note"), read_version(ctx), ctx.meta),
                          "return");
      }},

      {"POST", "/ho-so-de-nghi/{id:int}/hoi-dong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        std::set<int64_t> agreed;
        auto [from, to] = ctx.form.equal_range("agreed");
        for (auto it = from; it != to; ++it) {
          auto n = parse_id(it->second);
          if (!n) {
            return after_step(s, req, ctx, id,
                              core::make_error(core::errc::kValidation, msg::kApiSubmissionAgreedInvalid, "agreed"));
          }
          agreed.insert(*n);
        }
        return after_step(s, req, ctx, id,
                          app::review_submission(s, *ctx.actor, id, ctx.field("council_date"), agreed,
                                                 ctx.field("note"), read_version(ctx), ctx.meta),
                          "council");
      }},

      {"POST", "/ho-so-de-nghi/{id:int}/quyet-dinh", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return after_step(s, req, ctx, id,
                          app::decide_submission(s, *ctx.actor, id, ctx.field("signer_name"), read_version(ctx), ctx.meta));
      }},

      {"POST", "/ho-so-de-nghi/{id:int}/gui-lai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return after_step(s, req, ctx, id,
                          app::resend_submission(s, *ctx.actor, id, ctx.field("note"), read_version(ctx), ctx.meta),
                          "resend");
      }, Cost::kHeavy},

      {"POST", "/ho-so-de-nghi/{id:int}/rut-lai", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return after_step(s, req, ctx, id,
                          app::withdraw_submission(s, *ctx.actor, id, ctx.field("note"), read_version(ctx), ctx.meta),
                          "withdraw");
      }},

      {"GET", "/don-vi/{id:int}/tiep-nhan-de-nghi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return receiving_page(s, req, ctx, ctx.id("id"), nullptr, 200);
      }},

      {"POST", "/don-vi/{id:int}/tiep-nhan-de-nghi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto done = app::set_receiving_agency(s, *ctx.actor, id, receiving_settings(ctx), ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return receiving_page(s, req, ctx, id, &done.error(), failure_status(done.error()));
        }
        return Response::redirect("/don-vi/" + std::to_string(id) + "/tiep-nhan-de-nghi?thong-bao=da-luu");
      }},
  });
}

}  // namespace thidua::web
