// The council's pages: councils and their members (/hoi-dong...), a
// campaign's council sessions with attendance, the secret ballot, results
// after the close and the minutes (/dot-thi-dua/{id}/hoi-dong...). The JSON
// API of the same use cases is registered from here too (api_sessions.cc).
//
// Secrecy: a ballot is a POST whose body is never logged; no page shows a
// count while the ballot is open, only how many members have voted.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/ballot_receipt.h"
#include "app/council.h"
#include "app/crypto.h"
#include "app/org.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/council.h"
#include "core/messages_vi/http.h"
#include "core/messages_vi/pages_awards.h"
#include "core/messages_vi/pages_campaigns.h"
#include "web/api/api_sessions.h"
#include "web/ui/document_downloads.h"
#include "web/ui/format.h"
#include "web/ui/page.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

std::string session_href(int64_t campaign_id, int64_t session_id) {
  return "/dot-thi-dua/" + std::to_string(campaign_id) + "/hoi-dong/phien/" + std::to_string(session_id);
}

void add_error(json::object& data, const core::Error* error) {
  if (!error) return;
  data["error"] = error->message;
  if (!error->field.empty()) data["error_" + error->field] = true;
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
  int page = 1;
  if (auto p = parse_id(req.query_param("trang"))) page = static_cast<int>(std::min<int64_t>(*p, 100000));
  auto listing = app::list_councils(s, *ctx.actor, page);
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
  add_error(data, error);
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
  add_error(data, error);
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
                                    {"state", app::session_state_label(x.state)}});
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
  add_error(data, error);
  return render_page(req, ctx, template_name,
                     template_name == "council_sessions" ? msg::kPageTitleSessions : msg::kPageTitleNewSession, data,
                     status);
}

json::object session_data(const app::SessionView& v) {
  const bool closed = v.session.state == "closed";
  json::array attendance;
  for (const auto& a : v.attendance) {
    if (!a.member.active && !a.present) continue;
    attendance.push_back(json::object{{"member_id", a.member.id},
                                      {"full_name", a.member.full_name},
                                      {"position", a.member.position},
                                      {"role", app::council_role_label(a.member.role)},
                                      {"present", a.present}});
  }
  json::array items;
  for (const auto& it : v.items) {
    json::object o{{"id", it.id},
                   {"ord", it.ord},
                   {"nominee", it.nominee_name},
                   {"unit", it.nominating_unit_name},
                   {"award", it.award_name + " (" + it.award_granted_by + ")"},
                   {"rule", std::string(core::vote_base_label(it.rule.base)) + ": " +
                                (it.rule.strictly_above ? msg::kPageRuleAbove : msg::kPageRuleFrom) +
                                std::to_string(it.rule.threshold.numerator) + "/" +
                                std::to_string(it.rule.threshold.denominator) +
                                (it.rule.strictly_above ? "" : msg::kPageRuleOrMore)}};
    if (closed) {
      o["agree"] = it.agree.value_or(0);
      o["disagree"] = it.disagree.value_or(0);
      o["invalid"] = it.invalid.value_or(0);
      o["required"] = it.required_agree.value_or(0);
      o["passed"] = it.passed.value_or(false);
    }
    items.push_back(std::move(o));
  }
  json::array receipts;
  for (const auto& r : v.receipts) {
    receipts.push_back(json::object{{"item_id", r.item_id}, {"receipt", app::format_receipt(r.receipt)}});
  }
  json::array mine;
  for (const auto& b : v.my_ballots) {
    if (!b.receipt.empty()) mine.push_back(json::object{{"item_id", b.item_id}, {"receipt", app::format_receipt(b.receipt)}});
  }
  const std::string href = session_href(v.campaign.id, v.session.id);
  return json::object{{"campaign", json::object{{"id", v.campaign.id}, {"title", v.campaign.title}}},
                      {"session", json::object{{"id", v.session.id},
                                               {"council_name", v.session.council_name},
                                               {"held_on", vietnamese_date(v.session.held_on)},
                                               {"place", v.session.place},
                                               {"state", app::session_state_label(v.session.state)},
                                               {"members_total", v.session.members_total}}},
                      {"href", href},
                      {"planned", v.session.state == "planned"},
                      {"voting", v.session.state == "voting"},
                      {"closed", closed},
                      {"attendance", attendance},
                      {"items", items},
                      {"no_items", items.empty()},
                      {"present", v.present},
                      {"active_members", v.active_members},
                      {"members_voted", v.members_voted},
                      {"can_prepare", v.can_prepare},
                      {"can_close", v.can_close},
                      {"is_member", v.me.has_value()},
                      {"may_vote", v.may_vote},
                      {"my_receipts", mine},
                      {"has_my_receipts", !mine.empty()},
                      {"receipts", receipts}};
}

Response session_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id, int64_t session_id,
                      const std::string& template_name, const core::Error* error, unsigned status) {
  auto v = app::get_session(s, *ctx.actor, campaign_id, session_id);
  if (!v.ok()) return error_page(req, ctx, v.error());
  json::object data = session_data(*v);
  if (template_name == "council_ballot") {
    if (!v->me) return error_page(req, ctx, app::forbidden(msg::kActVoteNotMember));
    json::array ballot;
    for (size_t i = 0; i < v->items.size(); ++i) {
      const auto& it = v->items[i];
      const bool done = i < v->my_ballots.size() && !v->my_ballots[i].receipt.empty();
      ballot.push_back(json::object{{"id", it.id},
                                    {"ord", it.ord},
                                    {"nominee", it.nominee_name},
                                    {"unit", it.nominating_unit_name},
                                    {"award", it.award_name + " (" + it.award_granted_by + ")"},
                                    {"done", done},
                                    {"receipt", done ? app::format_receipt(v->my_ballots[i].receipt) : ""}});
    }
    data["ballot"] = ballot;
    data["not_present"] = !v->me_present;
    data["cast"] = req.query_param("thong-bao") == "da-bo-phieu";
  }
  const std::string checked = req.query_param("bien-nhan");
  if (!checked.empty() && v->session.state == "closed") {
    std::string want;
    for (char ch : checked) {
      if (ch != '-' && ch != ' ') want += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    bool found = false;
    for (const auto& r : v->receipts) found = found || r.receipt == want;
    data["checked_receipt"] = checked;
    data["receipt_found"] = found;
    data["receipt_checked"] = true;
  }
  data["notice"] = req.query_param("thong-bao") == "da-luu";
  add_error(data, error);
  return render_page(req, ctx, template_name,
                     template_name == "council_ballot" ? msg::kPageTitleBallot : msg::kPageTitleSessions, data, status);
}

std::optional<CampaignRecordIds> ids_of(const Request& req) { return campaign_record_ids(req, "sid"); }

}  // namespace

void add_council_routes(Router& r, const app::Services& s, const WebOptions& o) {
  r.get("/hoi-dong", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return councils_page(s, req, ctx, nullptr, "", 200);
        }));

  r.post("/hoi-dong", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto unit = parse_id(ctx.field("unit_id"));
           auto created = app::create_council(s, *ctx.actor, unit.value_or(0), ctx.field("name"), ctx.meta);
           if (!created.ok()) {
             if (is_refusal(created.error())) return error_page(req, ctx, created.error());
             return councils_page(s, req, ctx, &created.error(), ctx.field("name"), status_for(created.error().code));
           }
           return Response::redirect("/hoi-dong/" + std::to_string(*created));
         }));

  r.get("/hoi-dong/{cid}", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto cid = parse_id(req.path_param("cid"));
          if (!cid) return error_page(req, ctx, app::not_found(msg::kWhatCouncil));
          return council_page(s, req, ctx, *cid, nullptr, {}, 200);
        }));

  r.post("/hoi-dong/{cid}/thanh-vien", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto cid = parse_id(req.path_param("cid"));
           if (!cid) return error_page(req, ctx, app::not_found(msg::kWhatCouncil));
           app::NewMember m{ctx.field("username"), ctx.field("full_name"), ctx.field("position"), ctx.field("role")};
           auto added = app::add_council_member(s, *ctx.actor, *cid, m, ctx.meta);
           if (!added.ok()) {
             if (is_refusal(added.error())) return error_page(req, ctx, added.error());
             return council_page(s, req, ctx, *cid, &added.error(), m, status_for(added.error().code));
           }
           return Response::redirect("/hoi-dong/" + std::to_string(*cid) + "?thong-bao=da-luu");
         }));

  r.post("/hoi-dong/{cid}/thanh-vien/{mid}", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto cid = parse_id(req.path_param("cid"));
           auto mid = parse_id(req.path_param("mid"));
           if (!cid || !mid) return error_page(req, ctx, app::not_found(msg::kWhatCouncilMember));
           const std::string active = ctx.field("active");
           if (active != "0" && active != "1") {
             return error_page(req, ctx, core::make_error(core::errc::kValidation, msg::kHttpBadRequest, "active"));
           }
           auto done = app::set_council_member_active(s, *ctx.actor, *cid, *mid, active == "1", ctx.meta);
           if (!done.ok()) {
             if (is_refusal(done.error())) return error_page(req, ctx, done.error());
             return council_page(s, req, ctx, *cid, &done.error(), {}, status_for(done.error().code));
           }
           return Response::redirect("/hoi-dong/" + std::to_string(*cid) + "?thong-bao=da-luu");
         }));

  r.get("/dot-thi-dua/{id}/hoi-dong", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
          return sessions_page(s, req, ctx, *id, "council_sessions", nullptr, nullptr, 200);
        }));

  r.get("/dot-thi-dua/{id}/hoi-dong/phien/moi", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
          return sessions_page(s, req, ctx, *id, "council_session_form", nullptr, nullptr, 200);
        }));

  r.post("/dot-thi-dua/{id}/hoi-dong/phien/moi", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto id = parse_id(req.path_param("id"));
           if (!id) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
           auto created = app::create_session(s, *ctx.actor, *id, parse_id(ctx.field("council_id")).value_or(0),
                                              ctx.field("held_on"), ctx.field("place"), ctx.meta);
           if (!created.ok()) {
             if (is_refusal(created.error())) return error_page(req, ctx, created.error());
             return sessions_page(s, req, ctx, *id, "council_session_form", &created.error(), &ctx,
                                  status_for(created.error().code));
           }
           return Response::redirect(session_href(*id, *created));
         }));

  r.get("/dot-thi-dua/{id}/hoi-dong/phien/{sid}", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req);
          if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCouncilSession));
          return session_page(s, req, ctx, ids->campaign, ids->record, "council_session", nullptr, 200);
        }));

  r.post("/dot-thi-dua/{id}/hoi-dong/phien/{sid}/diem-danh", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCouncilSession));
           std::vector<int64_t> present;
           auto range = ctx.form.equal_range("co-mat");
           for (auto it = range.first; it != range.second; ++it) {
             if (auto m = parse_id(it->second)) present.push_back(*m);
           }
           auto done = app::set_session_attendance(s, *ctx.actor, ids->campaign, ids->record, present, ctx.meta);
           if (!done.ok()) {
             if (is_refusal(done.error())) return error_page(req, ctx, done.error());
             return session_page(s, req, ctx, ids->campaign, ids->record, "council_session", &done.error(),
                                 status_for(done.error().code));
           }
           return Response::redirect(session_href(ids->campaign, ids->record) + "?thong-bao=da-luu");
         }));

  r.post("/dot-thi-dua/{id}/hoi-dong/phien/{sid}/mo-bo-phieu", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCouncilSession));
           auto done = app::open_session_ballot(s, *ctx.actor, ids->campaign, ids->record, ctx.meta);
           if (!done.ok()) {
             if (is_refusal(done.error())) return error_page(req, ctx, done.error());
             return session_page(s, req, ctx, ids->campaign, ids->record, "council_session", &done.error(),
                                 status_for(done.error().code));
           }
           return Response::redirect(session_href(ids->campaign, ids->record));
         }));

  r.post("/dot-thi-dua/{id}/hoi-dong/phien/{sid}/ket-thuc", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCouncilSession));
           auto done = app::close_session_ballot(s, *ctx.actor, ids->campaign, ids->record, ctx.meta);
           if (!done.ok()) {
             if (is_refusal(done.error())) return error_page(req, ctx, done.error());
             return session_page(s, req, ctx, ids->campaign, ids->record, "council_session", &done.error(),
                                 status_for(done.error().code));
           }
           return Response::redirect(session_href(ids->campaign, ids->record));
         }));

  r.get("/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bo-phieu", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = ids_of(req);
          if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCouncilSession));
          return session_page(s, req, ctx, ids->campaign, ids->record, "council_ballot", nullptr, 200);
        }));

  r.post("/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bo-phieu", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto ids = ids_of(req);
           if (!ids) return error_page(req, ctx, app::not_found(msg::kWhatCouncilSession));
           std::vector<app::VoteInput> votes;
           core::Status bad;
           for (const auto& [name, value] : ctx.form) {
             if (name.rfind("phieu-", 0) != 0) continue;
             auto item = parse_id(std::string_view(name).substr(6));
             if (!item || (value != "dong-y" && value != "khong-dong-y")) {
               bad = core::make_error(core::errc::kValidation, msg::kPageBallotInvalid, "votes");
               break;
             }
             votes.push_back({*item, value == "dong-y" ? store::Choice::kAgree : store::Choice::kDisagree});
           }
           auto cast = bad.ok() ? app::cast_votes(s, *ctx.actor, ids->campaign, ids->record, votes, ctx.meta)
                                : core::Result<std::vector<app::MyBallot>>(bad.error());
           if (!cast.ok()) {
             if (is_refusal(cast.error())) return error_page(req, ctx, cast.error());
             return session_page(s, req, ctx, ids->campaign, ids->record, "council_ballot", &cast.error(),
                                 status_for(cast.error().code));
           }
           return Response::redirect(session_href(ids->campaign, ids->record) + "/bo-phieu?thong-bao=da-bo-phieu");
         }));

  r.get("/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bien-ban.pdf", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return minutes_download(s, req, ctx, DocFormat::kPdf);
        }));
  r.get("/dot-thi-dua/{id}/hoi-dong/phien/{sid}/bien-ban.docx", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          return minutes_download(s, req, ctx, DocFormat::kDocx);
        }));

  add_session_api_routes(r, s, o);
}

}  // namespace thidua::web
