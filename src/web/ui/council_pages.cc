// The council's pages: councils and their members (/hoi-dong...), a
// campaign's council sessions with attendance, the secret ballot, results
// after the close and the minutes (/dot-thi-dua/{id}/hoi-dong...). The JSON
// API of the same use cases is registered from here too (api_sessions.cc).
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
#include "app/org.h"
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

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

std::string session_href(int64_t campaign_id, int64_t session_id) {
  return "/dot-thi-dua/" + std::to_string(campaign_id) + "/hoi-dong/phien/" + std::to_string(session_id);
}

// Pages answer refusals with the error page; other errors re-show the form.
bool is_refusal(const core::Error& e) {
  return e.code == core::errc::kForbidden || e.code == core::errc::kNotFound;
}

json::array role_options(const std::string& selected) {
  json::array out;
  for (const auto& r : app::council_roles()) {
    out.push_back(json::object{{"value", r}, {"label", app::council_role_label(r)}, {"selected", r == selected}});
  }
  return out;
}

Response councils_page(const app::Services& s, const Request& req, Ctx& ctx, const core::Error* error,
                       const std::string& name, unsigned status) {
  auto listing = app::list_councils(s, *ctx.actor, page_number(req));
  if (!listing.ok()) return error_page(req, ctx, listing.error());
  json::array rows;
  for (const auto& c : listing->items) {
    rows.push_back(json::object{{"id", c.id}, {"name", c.name}, {"unit_name", c.unit_name},
                                {"active_members", c.active_members}});
  }
  json::array units;
  if (listing->can_create) {
    auto nodes = app::browse_units(s, *ctx.actor);
    if (!nodes.ok()) return error_page(req, ctx, nodes.error());
    for (const auto& n : *nodes) {
      if (!app::permits(*ctx.actor, core::Action::kManageCampaigns, n.unit.path)) continue;
      std::string indent;
      for (int i = 0; i < n.depth; ++i) indent += "— ";
      units.push_back(json::object{{"value", n.unit.id}, {"label", indent + n.unit.name}});
    }
  }
  json::object data{{"councils", rows},         {"empty", rows.empty()}, {"can_create", listing->can_create},
                    {"units", units},           {"name", name},          {"page", listing->page}};
  if (listing->page > 1) data["prev_href"] = "/hoi-dong?trang=" + std::to_string(listing->page - 1);
  if (listing->has_more) data["next_href"] = "/hoi-dong?trang=" + std::to_string(listing->page + 1);
  add_form_error(data, error);
  return render_page(req, ctx, "councils", msg::kPageTitleCouncils, data, status);
}

Response council_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t council_id,
                      const core::Error* error, const app::NewMember& form, unsigned status) {
  auto v = app::get_council(s, *ctx.actor, council_id);
  if (!v.ok()) return error_page(req, ctx, v.error());
  json::array members;
  for (const auto& m : v->members) {
    members.push_back(json::object{{"id", m.id},
                                   {"full_name", m.full_name},
                                   {"username", m.username},
                                   {"position", m.position},
                                   {"role", app::council_role_label(m.role)},
                                   {"active", m.active}});
  }
  json::object data{{"council", json::object{{"id", v->council.id},
                                              {"name", v->council.name},
                                              {"unit_name", v->council.unit_name}}},
                    {"members", members},
                    {"can_manage", v->can_manage},
                    {"roles", role_options(form.role.empty() ? "member" : form.role)},
                    {"form", json::object{{"username", form.username},
                                          {"full_name", form.full_name},
                                          {"position", form.position}}},
                    {"saved", req.query_param("thong-bao") == "da-luu"}};
  add_form_error(data, error);
  return render_page(req, ctx, "council", v->council.name, data, status);
}

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

std::string group4(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i < hex.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += '-';
    out += hex[i];
  }
  return out;
}

json::object session_data(const app::SessionView& v) {
  const bool closed = v.session.state == core::SessionState::kClosed;
  std::map<int64_t, std::vector<const store::Recusal*>> recused_by_item;
  for (const auto& r : v.recusals) recused_by_item[r.item_id].push_back(&r);
  json::array attendance;
  std::set<int64_t> committee_ids;
  for (const auto& seat : v.committee) committee_ids.insert(seat.member_id);
  for (const auto& a : v.attendance) {
    if (!a.member.active && !a.present) continue;
    attendance.push_back(json::object{{"member_id", a.member.id},
                                      {"full_name", a.member.full_name},
                                      {"position", a.member.position},
                                      {"role", app::council_role_label(a.member.role)},
                                      {"present", a.present},
                                      {"on_committee", committee_ids.count(a.member.id) > 0}});
  }
  std::map<int64_t, const app::MyBallot*> mine_by_item;
  for (const auto& b : v.my_ballots) mine_by_item[b.item_id] = &b;
  std::map<int64_t, json::array> published_by_item;
  for (const auto& b : v.published) {
    published_by_item[b.item_id].push_back(json::object{{"tracker", group4(b.tracker)}, {"valid", b.valid}});
  }
  json::array items;
  for (const auto& it : v.items) {
    json::array recusals;
    for (const auto* r : recused_by_item[it.id]) {
      recusals.push_back(json::object{{"item_id", r->item_id},
                                      {"member_id", r->member_id},
                                      {"full_name", r->member_name},
                                      {"reason", r->reason},
                                      {"declared", r->kind == "declared"}});
    }
    json::object o{{"id", it.id},
                   {"ord", it.ord},
                   {"nominee", it.nominee_name},
                   {"unit", it.nominating_unit_name},
                   {"award", it.award_name + " (" + it.award_granted_by + ")"},
                   {"rule", core::ballot_threshold_text(it.rule)},
                   {"recusals", recusals},
                   {"has_recusals", !recusals.empty()}};
    if (closed) {
      o["agree"] = it.agree.value_or(0);
      o["disagree"] = it.disagree.value_or(0);
      o["invalid"] = it.invalid.value_or(0);
      o["recused"] = it.recused.value_or(0);
      o["required"] = it.required_agree.value_or(0);
      o["passed"] = it.passed.value_or(false);
      o["trackers"] = published_by_item[it.id];
    }
    if (auto m = mine_by_item.find(it.id); m != mine_by_item.end()) {
      o["my_voted"] = m->second->voted;
      o["my_recused"] = m->second->recused;
      o["my_tracker"] = group4(m->second->tracker);
      o["has_my_tracker"] = !m->second->tracker.empty();
    }
    items.push_back(std::move(o));
  }
  json::array committee;
  for (const auto& seat : v.committee) {
    committee.push_back(json::object{{"member_id", seat.member_id},
                                     {"full_name", seat.full_name},
                                     {"drawn", !seat.share_point.empty()}});
  }
  const std::string href = session_href(v.campaign.id, v.session.id);
  const core::SessionState state = v.session.state;
  return json::object{{"campaign", json::object{{"id", v.campaign.id}, {"title", v.campaign.title}}},
                      {"session", json::object{{"id", v.session.id},
                                               {"council_name", v.session.council_name},
                                               {"held_on", vietnamese_date(v.session.held_on)},
                                               {"place", v.session.place},
                                               {"state", std::string(core::session_state_label(state))},
                                               {"members_total", v.session.members_total}}},
                      {"href", href},
                      {"planned", state == core::SessionState::kPlanned},
                      {"keying", state == core::SessionState::kKeying},
                      {"voting", state == core::SessionState::kVoting},
                      {"closed", closed},
                      {"before_voting", core::session_before_voting(state)},
                      {"reopened_after_upgrade", v.session.notice == "reopened_after_upgrade"},
                      {"attendance", attendance},
                      {"items", items},
                      {"no_items", items.empty()},
                      {"committee", committee},
                      {"present", v.present},
                      {"active_members", v.active_members},
                      {"members_voted", v.members_voted},
                      {"can_prepare", v.can_prepare},
                      {"can_close", v.can_close},
                      {"is_member", v.me.has_value()},
                      {"may_vote", v.may_vote},
                      {"may_draw_share", v.may_draw_share},
                      {"me_on_committee", v.me_on_committee}};
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

void add_council_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/hoi-dong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return councils_page(s, req, ctx, nullptr, "", 200);
      }},

      {"POST", "/hoi-dong", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto unit = parse_id(ctx.field("unit_id"));
        auto created = app::create_council(s, *ctx.actor, unit.value_or(0), ctx.field("name"), ctx.meta);
        if (!created.ok()) {
          if (is_refusal(created.error())) return error_page(req, ctx, created.error());
          return councils_page(s, req, ctx, &created.error(), ctx.field("name"), failure_status(created.error()));
        }
        return Response::redirect("/hoi-dong/" + std::to_string(*created));
      }},

      {"GET", "/hoi-dong/{cid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        return council_page(s, req, ctx, cid, nullptr, {}, 200);
      }},

      {"POST", "/hoi-dong/{cid:int}/thanh-vien", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        app::NewMember m{ctx.field("username"), ctx.field("full_name"), ctx.field("position"), ctx.field("role")};
        auto added = app::add_council_member(s, *ctx.actor, cid, m, ctx.meta);
        if (!added.ok()) {
          if (is_refusal(added.error())) return error_page(req, ctx, added.error());
          return council_page(s, req, ctx, cid, &added.error(), m, failure_status(added.error()));
        }
        return Response::redirect("/hoi-dong/" + std::to_string(cid) + "?thong-bao=da-luu");
      }},

      {"POST", "/hoi-dong/{cid:int}/thanh-vien/{mid:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t cid = ctx.id("cid");
        const int64_t mid = ctx.id("mid");
        const std::string active = ctx.field("active");
        if (active != "0" && active != "1") {
          return error_page(req, ctx, core::make_error(core::errc::kValidation, msg::kHttpBadRequest, "active"));
        }
        auto done = app::set_council_member_active(s, *ctx.actor, cid, mid, active == "1", ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return council_page(s, req, ctx, cid, &done.error(), {}, failure_status(done.error()));
        }
        return Response::redirect("/hoi-dong/" + std::to_string(cid) + "?thong-bao=da-luu");
      }},

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
