#include "web/api/routes.h"

#include <map>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/ballot.h"
#include "app/council.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/council.h"
#include "web/access_log.h"
#include "web/api/api_common.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

json::object session_summary_json(const core::CouncilSession& s) {
  return json::object{{"id", s.id},
                      {"campaign_id", s.campaign_id},
                      {"council_id", s.council_id},
                      {"council_name", s.council_name},
                      {"held_on", s.held_on},
                      {"place", s.place},
                      {"state", std::string(core::session_state_code(s.state))},
                      {"members_total", s.members_total},
                      {"opened_at", s.opened_at ? json::value(*s.opened_at) : json::value(nullptr)},
                      {"closed_at", s.closed_at ? json::value(*s.closed_at) : json::value(nullptr)}};
}

json::object session_json(const app::SessionView& v) {
  json::object out = session_summary_json(v.session);
  const bool closed = v.session.state == core::SessionState::kClosed;
  json::array members;
  for (const auto& a : v.attendance) {
    members.push_back(json::object{{"member_id", a.member.id},
                                   {"full_name", a.member.full_name},
                                   {"position", a.member.position},
                                   {"role", core::council_role_code(a.member.role)},
                                   {"active", a.member.active},
                                   {"present", a.present}});
  }
  json::array items;
  for (const auto& it : v.items) {
    json::object o{{"id", it.id},
                   {"nomination_id", it.nomination_id},
                   {"ord", it.ord},
                   {"subject", it.subject},
                   {"nominee", it.nominee_name},
                   {"nominating_unit", it.nominating_unit_name},
                   {"award_type_id", it.award_type_id},
                   {"award", it.award_name}};
    if (closed) {
      o["result"] = json::object{{"agree", it.agree.value_or(0)},
                                 {"disagree", it.disagree.value_or(0)},
                                 {"invalid", it.invalid.value_or(0)},
                                 {"recused", it.recused.value_or(0)},
                                 {"required_agree", it.required_agree.value_or(0)},
                                 {"passed", it.passed.value_or(false)}};
    }
    items.push_back(std::move(o));
  }
  out["members"] = members;
  out["items"] = items;
  out["members_present"] = v.present;
  out["members_voted"] = v.members_voted;
  out["can_prepare"] = v.can_prepare;
  out["can_close"] = v.can_close;
  out["may_vote"] = v.may_vote;
  out["may_draw_share"] = v.may_draw_share;
  json::array committee;
  for (const auto& seat : v.committee) {
    committee.push_back(json::object{{"member_id", seat.member_id},
                                     {"full_name", seat.full_name},
                                     {"share_drawn", !seat.share_point.empty()}});
  }
  out["committee"] = committee;
  json::array recusals;
  for (const auto& r : v.recusals) {
    recusals.push_back(json::object{{"item_id", r.item_id},
                                    {"member_id", r.member_id},
                                    {"full_name", r.member_name},
                                    {"kind", core::recusal_kind_code(r.kind)},
                                    {"reason", r.reason}});
  }
  out["recusals"] = recusals;
  out["election_key"] = v.session.election_key;
  json::array mine;
  for (const auto& b : v.my_ballots) {
    mine.push_back(json::object{{"item_id", b.item_id}, {"voted", b.voted}, {"recused", b.recused}});
  }
  out["my_ballots"] = mine;
  if (closed) {
    json::array trackers;
    for (const auto& b : v.published) {
      trackers.push_back(json::object{{"item_id", b.item_id}, {"tracker", b.tracker}, {"valid", b.valid}});
    }
    out["trackers"] = trackers;
  }
  return out;
}


Response session_or_error(const app::Services& s, const Ctx& ctx, const CampaignRecordIds& ids,
                          unsigned status = 200) {
  auto v = app::get_session(s, *ctx.actor, ids.campaign, ids.record);
  if (!v.ok()) return api_error(v.error());
  return Response::json(session_json(*v), status);
}

}  // namespace

void add_session_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/sessions", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto v = app::list_sessions(s, *ctx.actor, id);
        if (!v.ok()) return api_error(v.error());
        json::array items;
        for (const auto& x : v->sessions) items.push_back(session_summary_json(x));
        json::array councils;
        for (const auto& c : v->councils) councils.push_back(json::object{{"id", c.id}, {"name", c.name}});
        return Response::json(json::object{{"items", items}, {"councils", councils}, {"can_prepare", v->can_prepare}});
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        Reader rd{*body, std::nullopt};
        std::optional<int64_t> council;
        std::string held_on, place;
        rd.id("council_id", council);
        rd.text("held_on", held_on);
        rd.text("place", place);
        if (rd.error) return api_error(*rd.error);
        auto created = app::create_session(s, *ctx.actor, id, council.value_or(0), held_on, place, ctx.meta);
        if (!created.ok()) return api_error(created.error());
        return session_or_error(s, ctx, CampaignRecordIds{id, *created}, 201);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/sessions/{sid:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        return session_or_error(s, ctx, ids);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/attendance", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        std::vector<int64_t> present;
        const auto* list = body->if_contains("present_member_ids");
        if (!list || !list->is_array()) {
          return api_error(bad_request(msg::kApiPresentMembersNotArray, "present_member_ids"));
        }
        for (const auto& v : list->as_array()) {
          if (!v.is_int64()) return api_error(bad_request(msg::kApiMemberIdNotInteger, "present_member_ids"));
          present.push_back(v.as_int64());
        }
        auto done = app::set_session_attendance(s, *ctx.actor, ids.campaign, ids.record, present, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return session_or_error(s, ctx, ids);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/open", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        const auto* list = body->if_contains("committee_member_ids");
        if (!list || !list->is_array()) return api_error(bad_request(msg::kApiCommitteeNotArray, "committee_member_ids"));
        std::vector<int64_t> committee;
        for (const auto& v : list->as_array()) {
          if (!v.is_int64()) return api_error(bad_request(msg::kApiCommitteeNotArray, "committee_member_ids"));
          committee.push_back(v.as_int64());
        }
        auto done = app::open_session_ballot(s, *ctx.actor, ids.campaign, ids.record, committee, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return session_or_error(s, ctx, ids);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/cancel-keying", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto done = app::cancel_keying(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return session_or_error(s, ctx, ids);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/share", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto code = app::draw_committee_share(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
        if (!code.ok()) return api_error(code.error());
        Response res = Response::json(json::object{{"share_code", *code}}, 201);
        res.set_header("Cache-Control", "no-store");
        return res;
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/recusals", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        const auto* item = body->if_contains("item_id");
        const auto* member = body->if_contains("member_id");
        const auto* declared = body->if_contains("declared");
        const auto* reason = body->if_contains("reason");
        if (!item || !item->is_int64() || !member || !member->is_int64() || !declared || !declared->is_bool() ||
            (reason && !reason->is_string())) {
          return api_error(bad_request(msg::kApiRecusalInvalid, "recusal"));
        }
        auto done = app::set_declared_recusal(s, *ctx.actor, ids.campaign, ids.record, item->as_int64(),
                                              member->as_int64(), declared->as_bool(),
                                              reason ? std::string(reason->as_string()) : std::string(), ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return session_or_error(s, ctx, ids);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/record", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto v = app::ballot_record(s, *ctx.actor, ids.campaign, ids.record);
        if (!v.ok()) return api_error(v.error());
        json::array items;
        for (const auto& it : v->record.items) {
          items.push_back(json::object{{"item_id", it.item_id},
                                       {"ord", it.ord},
                                       {"agree", it.agree},
                                       {"disagree", it.disagree},
                                       {"invalid", it.invalid},
                                       {"agree_decryption", it.agree_decryption}});
        }
        json::array ballots;
        for (const auto& b : v->record.ballots) {
          ballots.push_back(json::object{{"item_id", b.item_id},
                                         {"tracker", b.tracker},
                                         {"ballot", b.ballot},
                                         {"valid", b.valid}});
        }
        json::array problems;
        for (const auto& p : v->check.problems) problems.push_back(json::value(p));
        return Response::json(json::object{{"session_id", v->record.session_id},
                                           {"election_key", v->record.election_key},
                                           {"items", items},
                                           {"ballots", ballots},
                                           {"verification", json::object{{"ok", v->check.ok},
                                                                         {"nothing_to_verify", v->check.nothing_to_verify},
                                                                         {"ballots_checked", v->check.ballots_checked},
                                                                         {"decryptions_checked", v->check.decryptions_checked},
                                                                         {"problems", problems}}}},
                              200);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/votes", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        const auto* list = body->if_contains("votes");
        if (!list || !list->is_array()) return api_error(bad_request(msg::kApiVotesNotArray, "votes"));
        std::vector<app::VoteInput> votes;
        for (const auto& v : list->as_array()) {
          const auto* obj = v.if_object();
          const json::value* item = obj ? obj->if_contains("item_id") : nullptr;
          const json::value* choice = obj ? obj->if_contains("choice") : nullptr;
          if (!item || !item->is_int64() || !choice || !choice->is_string() ||
              (choice->as_string() != "agree" && choice->as_string() != "disagree")) {
            return api_error(core::make_error(
                core::errc::kValidation, msg::kApiVoteInvalid, "votes"));
          }
          votes.push_back({item->as_int64(),
                           choice->as_string() == "agree" ? core::ballot::kAgree : core::ballot::kDisagree});
        }
        auto cast = app::cast_votes(s, *ctx.actor, ids.campaign, ids.record, votes, ctx.meta);
        if (!cast.ok()) return api_error(cast.error());
        json::array ballots;
        for (const auto& b : *cast) ballots.push_back(json::object{{"item_id", b.item_id}, {"tracker", b.tracker}});
        return Response::json(json::object{{"ballots", ballots}}, 201);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/sessions/{sid:int}/close", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "sid");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        const auto* given = body->if_contains("shares");
        if (!given || !given->is_object()) return api_error(bad_request(msg::kApiSharesNotObject, "shares"));
        std::map<int64_t, std::string> shares;
        for (const auto& [key, value] : given->as_object()) {
          auto member = parse_id(std::string(key));
          if (!member || !value.is_string()) return api_error(bad_request(msg::kApiSharesNotObject, "shares"));
          shares[*member] = std::string(value.as_string());
        }
        auto done = app::close_session_ballot(s, *ctx.actor, ids.campaign, ids.record, shares, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        if (!done->scrubbed) log_error(ctx.meta.request_id, "ballot close: " + done->scrub_error);
        return session_or_error(s, ctx, ids);
      }},
  });
}

}  // namespace thidua::web
