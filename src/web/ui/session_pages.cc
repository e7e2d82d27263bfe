// A campaign's council sessions (/dot-thi-dua/{id}/hoi-dong...): the
// session with its attendance and recusals, the counting committee's shares,
// the secret ballot, results after the close, the published record and the
// minutes. (Councils and members: council_pages.cc; the JSON API:
// api_sessions.cc.)
//
// Secrecy: a ballot is a POST whose body is never logged; no page shows a
// count while the ballot is open, only how many members have voted.

#include <map>
#include <set>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/ballot.h"
#include "app/council.h"
#include "app/crypto.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/council.h"
#include "core/messages_vi/http.h"
#include "core/messages_vi/pages_awards.h"
#include "core/messages_vi/pages_campaigns.h"
#include "web/access_log.h"
#include "web/route_table.h"
#include "web/shared/document_downloads.h"
#include "web/shared/downloads.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/session_view.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

Response sessions_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                       const std::string& template_name, const core::Error* error, const Ctx* form, unsigned status) {
  auto v = app::list_sessions(s, *ctx.actor, campaign_id);
  if (!v.ok()) return error_page(req, ctx, v.error());
  if (template_name == "council_session_form" && !v->can_prepare) {
    return error_page(req, ctx, app::forbidden(msg::kActCreateSession));
  }
  json::array sessions;
  for (const auto& x : v->sessions) {
    sessions.push_back(json::object{{"href", session_href(campaign_id, x.id)},
                                    {"held_on", vietnamese_date(x.held_on)},
                                    {"place", x.place},
                                    {"council_name", x.council_name},
                                    {"state", std::string(core::session_state_label(x.state))}});
  }
  const std::string chosen = form ? form->field("council_id") : std::string();
  json::array councils;
  for (const auto& c : v->councils) {
    councils.push_back(json::object{{"value", c.id}, {"label", c.name}, {"selected", std::to_string(c.id) == chosen}});
  }
  json::object data{{"campaign", json::object{{"id", v->campaign.id}, {"title", v->campaign.title}}},
                    {"sessions", sessions},
                    {"empty", sessions.empty()},
                    {"councils", councils},
                    {"no_council", councils.empty()},
                    {"can_prepare", v->can_prepare},
                    {"held_on", form ? form->field("held_on") : std::string()},
                    {"place", form ? form->field("place") : std::string()}};
  add_form_error(data, error);
  return render_page(req, ctx, template_name,
                     template_name == "council_sessions" ? msg::kPageTitleSessions : msg::kPageTitleNewSession, data,
                     status);
}

// The cookie that keeps a member's trackers in their own browser (the server
// stores no link between a member and a ballot): "item_tracker.item_tracker".
std::string tracker_cookie(int64_t session_id) { return "thidua_phieu_" + std::to_string(session_id); }

std::vector<std::string> trackers_from(const Request& req, int64_t session_id) {
  std::vector<std::string> out;
  const std::string raw = req.cookie(tracker_cookie(session_id));
  size_t start = 0;
  while (start < raw.size() && out.size() < 500) {
    size_t end = raw.find('.', start);
    if (end == std::string::npos) end = raw.size();
    std::string pair = raw.substr(start, end - start);
    const auto us = pair.find('_');
    if (us != std::string::npos) out.push_back(pair.substr(0, us) + ":" + pair.substr(us + 1));
    start = end + 1;
  }
  return out;
}

Response session_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id, int64_t session_id,
                      const std::string& template_name, const core::Error* error, unsigned status) {
  auto v = app::get_session(s, *ctx.actor, campaign_id, session_id, trackers_from(req, session_id));
  if (!v.ok()) return error_page(req, ctx, v.error());
  json::object data = session_data(*v);
  if (template_name == "council_ballot") {
    if (!v->me) return error_page(req, ctx, app::forbidden(msg::kActVoteNotMember));
    data["not_present"] = !v->me_present;
    data["cast"] = req.query_param("thong-bao") == "da-bo-phieu";
    bool has_trackers = false;
    for (const auto& b : v->my_ballots) has_trackers = has_trackers || !b.tracker.empty();
    data["has_my_trackers"] = has_trackers;
  }
  const std::string checked = req.query_param("ma-theo-doi");
  if (!checked.empty() && v->session.state == core::SessionState::kClosed) {
    data["checked_tracker"] = checked;
    data["tracker_found"] = app::tracker_published(*v, checked);
    data["tracker_checked"] = true;
  }
  data["notice"] = req.query_param("thong-bao") == "da-luu";
  add_form_error(data, error);
  return render_page(req, ctx, template_name,
                     template_name == "council_ballot" ? msg::kPageTitleBallot : msg::kPageTitleSessions, data, status);
}

// The share code, shown once: the answer to the POST that drew it, never
// stored and never cached.
Response share_page(const Request& req, Ctx& ctx, int64_t campaign_id, int64_t session_id, const std::string& code) {
  json::object data{{"href", session_href(campaign_id, session_id)}, {"code", code}};
  Response res = render_page(req, ctx, "council_share", msg::kPageTitleShare, data, 200);
  res.set_header("Cache-Control", "no-store");
  return res;
}

Response record_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id, int64_t session_id) {
  auto v = app::ballot_record(s, *ctx.actor, campaign_id, session_id);
  if (!v.ok()) return error_page(req, ctx, v.error());
  json::array problems;
  for (const auto& p : v->check.problems) problems.push_back(json::value(p));
  json::array items;
  std::map<int64_t, int> ballots_per_item;
  for (const auto& b : v->record.ballots) ++ballots_per_item[b.item_id];
  for (const auto& it : v->record.items) {
    items.push_back(json::object{{"ord", it.ord},
                                 {"agree", it.agree},
                                 {"disagree", it.disagree},
                                 {"invalid", it.invalid},
                                 {"ballots", ballots_per_item[it.item_id]}});
  }
  json::object data{{"href", session_href(campaign_id, session_id)},
                    {"ok", v->check.ok},
                    {"nothing_to_verify", v->check.nothing_to_verify},
                    {"problems", problems},
                    {"ballots_checked", v->check.ballots_checked},
                    {"decryptions_checked", v->check.decryptions_checked},
                    {"election_key", v->record.election_key},
                    {"items", items},
                    {"session_id", session_id}};
  return render_page(req, ctx, "council_record", msg::kPageTitleRecord, data, 200);
}

}  // namespace

void add_session_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/hoi-dong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return sessions_page(s, req, ctx, id, "council_sessions", nullptr, nullptr, 200);
      }},

      {"GET", "/dot-thi-dua/{id:int}/hoi-dong/phien/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return sessions_page(s, req, ctx, id, "council_session_form", nullptr, nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/moi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto created = app::create_session(s, *ctx.actor, id, parse_id(ctx.field("council_id")).value_or(0),
                                           ctx.field("held_on"), ctx.field("place"), ctx.meta);
        if (!created.ok()) {
          if (is_refusal(created.error())) return error_page(req, ctx, created.error());
          return sessions_page(s, req, ctx, id, "council_session_form", &created.error(), &ctx,
                               failure_status(created.error()));
        }
        return Response::redirect(session_href(id, *created));
      }},

      {"GET", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        return session_page(s, req, ctx, ids.campaign, ids.record, "council_session", nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/diem-danh", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        std::vector<int64_t> present;
        auto range = ctx.form.equal_range("co-mat");
        for (auto it = range.first; it != range.second; ++it) {
          if (auto m = parse_id(it->second)) present.push_back(*m);
        }
        auto done = app::set_session_attendance(s, *ctx.actor, ids.campaign, ids.record, present, ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return session_page(s, req, ctx, ids.campaign, ids.record, "council_session", &done.error(),
                              failure_status(done.error()));
        }
        return Response::redirect(session_href(ids.campaign, ids.record) + "?thong-bao=da-luu");
      }},
  });

  // Each session handler below: parse the ids, call one use case, and on a
  // refusal show the error page, on another error the session page again.
  auto session_post = [&s](const std::string& suffix, auto action) -> AppHandler {
    return [&s, suffix, action](Request& req, Ctx& ctx) {
      const auto ids = campaign_record_ids(ctx, "sid");
      core::Status done = action(req, ctx, ids);
      if (!done.ok()) {
        if (is_refusal(done.error())) return error_page(req, ctx, done.error());
        return session_page(s, req, ctx, ids.campaign, ids.record, "council_session", &done.error(),
                            failure_status(done.error()));
      }
      return Response::redirect(session_href(ids.campaign, ids.record) + suffix);
    };
  };

  install(r, s, o, {
      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/mo-bo-phieu", Access::kLoggedIn,
       session_post("", [&s](Request&, Ctx& ctx, const CampaignRecordIds& ids) {
         std::vector<int64_t> committee;
         auto range = ctx.form.equal_range("kiem-phieu");
         for (auto it = range.first; it != range.second; ++it) {
           if (auto m = parse_id(it->second)) committee.push_back(*m);
         }
         return app::open_session_ballot(s, *ctx.actor, ids.campaign, ids.record, committee, ctx.meta);
       })},

      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/chon-lai-ban-kiem-phieu", Access::kLoggedIn,
       session_post("", [&s](Request&, Ctx& ctx, const CampaignRecordIds& ids) {
         return app::cancel_keying(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
       })},

      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/khong-bo-phieu", Access::kLoggedIn,
       session_post("?thong-bao=da-luu", [&s](Request&, Ctx& ctx, const CampaignRecordIds& ids) {
         const std::string action = ctx.field("thao-tac");
         if (action != "them" && action != "bo") {
           return core::Status(core::make_error(core::errc::kValidation, msg::kHttpBadRequest, "thao-tac"));
         }
         return app::set_declared_recusal(s, *ctx.actor, ids.campaign, ids.record,
                                          parse_id(ctx.field("de-nghi")).value_or(0),
                                          parse_id(ctx.field("thanh-vien")).value_or(0), action == "them",
                                          ctx.field("ly-do"), ctx.meta);
       })},
  });

  // The share is drawn by its holder and shown once, in this answer.
  install(r, s, o, {
      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/ma-kiem-phieu", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto code = app::draw_committee_share(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
        if (!code.ok()) {
          if (is_refusal(code.error())) return error_page(req, ctx, code.error());
          return session_page(s, req, ctx, ids.campaign, ids.record, "council_session", &code.error(),
                              failure_status(code.error()));
        }
        return share_page(req, ctx, ids.campaign, ids.record, *code);
      }},

      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/ket-thuc", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        std::map<int64_t, std::string> shares;
        for (const auto& [name, value] : ctx.form) {
          if (name.rfind("ma-", 0) != 0) continue;
          if (auto member = parse_id(std::string_view(name).substr(3))) shares[*member] = value;
        }
        auto done = app::close_session_ballot(s, *ctx.actor, ids.campaign, ids.record, shares, ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return session_page(s, req, ctx, ids.campaign, ids.record, "council_session", &done.error(),
                              failure_status(done.error()));
        }
        if (!done->scrubbed) log_error(ctx.meta.request_id, "ballot close: " + done->scrub_error);
        return Response::redirect(session_href(ids.campaign, ids.record));
      }},

      {"GET", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/kiem-chung", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        return record_page(s, req, ctx, ids.campaign, ids.record);
      }},

      {"GET", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/bo-phieu", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        return session_page(s, req, ctx, ids.campaign, ids.record, "council_ballot", nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/bo-phieu", Access::kLoggedIn, [&s, &o](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        std::vector<app::VoteInput> votes;
        core::Status bad;
        for (const auto& [name, value] : ctx.form) {
          if (name.rfind("phieu-", 0) != 0) continue;
          auto item = parse_id(std::string_view(name).substr(6));
          if (!item || (value != "dong-y" && value != "khong-dong-y")) {
            bad = core::make_error(core::errc::kValidation, msg::kPageBallotInvalid, "votes");
            break;
          }
          votes.push_back({*item, value == "dong-y" ? core::ballot::kAgree : core::ballot::kDisagree});
        }
        auto cast = bad.ok() ? app::cast_votes(s, *ctx.actor, ids.campaign, ids.record, votes, ctx.meta)
                             : core::Result<std::vector<app::CastBallot>>(bad.error());
        if (!cast.ok()) {
          if (is_refusal(cast.error())) return error_page(req, ctx, cast.error());
          return session_page(s, req, ctx, ids.campaign, ids.record, "council_ballot", &cast.error(),
                              failure_status(cast.error()));
        }
        // The trackers go to the member's own browser, added to those it
        // already keeps for this session; the server keeps no copy.
        std::string kept = req.cookie(tracker_cookie(ids.record));
        for (const auto& b : *cast) kept += (kept.empty() ? "" : ".") + std::to_string(b.item_id) + "_" + b.tracker;
        Response res =
            Response::redirect(session_href(ids.campaign, ids.record) + "/bo-phieu?thong-bao=da-bo-phieu");
        CookieOptions c;
        c.path = session_href(ids.campaign, ids.record);
        c.max_age_s = 60LL * 60 * 24 * 365;
        c.secure = o.cookie_secure;
        c.same_site = SameSite::kStrict;
        if (kept.size() < 3800) res.set_cookie(tracker_cookie(ids.record), kept, c);
        return res;
      }},

      {"GET", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/bien-ban.pdf", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return minutes_download(s, req, ctx, DocFormat::kPdf);
      }, Cost::kHeavy},
      {"GET", "/dot-thi-dua/{id:int}/hoi-dong/phien/{sid:int}/bien-ban.docx", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return minutes_download(s, req, ctx, DocFormat::kDocx);
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
