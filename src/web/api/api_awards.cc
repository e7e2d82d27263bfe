// The JSON API of decisions, proposals and the award history under
// /api/v1 (registered by add_award_routes): the same use cases and rights as
// the pages; errors {"error": {"code", "message", "field"}} with stable codes.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/awards.h"
#include "app/decisions.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/awards.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages.h"
#include "core/messages_vi/pages_awards.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/award_views.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace json = boost::json;

void add_award_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/decisions", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, nullptr);
        auto ov = app::list_decisions(s, *ctx.actor, ids.campaign);
        if (!ov.ok()) return api_error(ov.error());
        json::array items, draftable;
        for (const auto& d : ov->decisions) items.push_back(decision_json(d));
        for (const auto& a : ov->draftable) {
          draftable.push_back(json::object{{"award_type_id", a.award_type_id},
                                           {"name", a.name},
                                           {"granted_by", a.granted_by},
                                           {"own_authority", a.own_authority},
                                           {"passed", a.passed}});
        }
        return Response::json(json::object{{"items", items}, {"draftable", draftable}, {"can_draft", ov->can_draft}});
      }},

      {"POST", "/api/v1/campaigns/{id:int}/decisions", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, nullptr);
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        Reader rd{*body, std::nullopt};
        std::optional<int64_t> award;
        rd.id("award_type_id", award);
        if (rd.error) return api_error(*rd.error);
        if (!award) {
          return api_error(core::make_error(core::errc::kValidation, msg::kPageAwardTypeMissing,
                                            "award_type_id"));
        }
        std::optional<std::vector<int64_t>> nominations;
        if (const auto* list = body->if_contains("nomination_ids")) {
          if (!list->is_array()) return api_error(bad_request(msg::kApiNominationIdsNotArray, "nomination_ids"));
          nominations.emplace();
          for (const auto& v : list->as_array()) {
            if (!v.is_int64() || v.as_int64() <= 0) {
              return api_error(bad_request(msg::kApiNominationIdsNotArray, "nomination_ids"));
            }
            nominations->push_back(v.as_int64());
          }
        }
        auto drafted = app::draft_decision(s, *ctx.actor, ids.campaign, *award, nominations, ctx.meta);
        if (!drafted.ok()) return api_error(drafted.error());
        auto v = app::get_decision(s, *ctx.actor, ids.campaign, *drafted);
        if (!v.ok()) return api_error(v.error());
        return Response::json(decision_json(v->decision), 201);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/decisions/{did:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        auto v = app::get_decision(s, *ctx.actor, ids.campaign, ids.record);
        if (!v.ok()) return api_error(v.error());
        json::object out = decision_json(v->decision);
        json::array list;
        size_t ord = 0;
        for (const auto& n : v->list) list.push_back(nominee_json(n, ++ord));
        out["list"] = std::move(list);
        out["can_approve"] = v->can_approve;
        out["can_answer"] = v->can_answer;
        out["can_discard"] = v->can_discard;
        out["can_send"] = v->can_send;
        out["submission_id"] = v->submission_id ? json::value(*v->submission_id) : json::value(nullptr);
        return Response::json(out);
      }},

      {"POST", "/api/v1/campaigns/{id:int}/decisions/{did:int}/approve", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        auto approved = app::approve_decision(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
        if (!approved.ok()) return api_error(approved.error());
        return Response::json(decision_json(*approved));
      }},

      {"POST", "/api/v1/campaigns/{id:int}/decisions/{did:int}/discard", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        auto discarded = app::discard_draft(s, *ctx.actor, ids.campaign, ids.record, ctx.meta);
        if (!discarded.ok()) return api_error(discarded.error());
        return Response::json(json::object{{"id", ids.record}, {"discarded", true}});
      }},

      {"POST", "/api/v1/campaigns/{id:int}/decisions/{did:int}/answer", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "did");
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        Reader rd{*body, std::nullopt};
        std::string result;
        app::ProposalAnswer a;
        rd.text("result", result);
        rd.text("number_symbol", a.number_symbol);
        rd.text("date", a.date);
        rd.text("note", a.note);
        if (rd.error) return api_error(*rd.error);
        if (result != "granted" && result != "refused") {
          return api_error(core::make_error(core::errc::kValidation,
                                            msg::kApiAnswerResultInvalid, "result"));
        }
        a.granted = result == "granted";
        auto answered = app::answer_proposal(s, *ctx.actor, ids.campaign, ids.record, a, ctx.meta);
        if (!answered.ok()) return api_error(answered.error());
        auto v = app::get_decision(s, *ctx.actor, ids.campaign, ids.record);
        if (!v.ok()) return api_error(v.error());
        return Response::json(decision_json(v->decision));
      }},

      {"GET", "/api/v1/awards", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        app::AwardFilter f;
        f.name = req.query_param("name");
        if (auto y = parse_id(req.query_param("year")); y && *y <= 9999) f.year = static_cast<int>(*y);
        f.award_name = req.query_param("award");
        f.granted_by = req.query_param("granted_by");
        if (const std::string source = req.query_param("source"); !source.empty()) {
          f.source = core::parse_award_source(source);
          if (!f.source) return api_error(bad_request(msg::kApiAwardSourceInvalid, "source"));
        }
        f.unit_id = parse_id(req.query_param("unit_id"));
        f.page = int_param(req, "page", 1, 1, 100000);
        f.page_size = int_param(req, "page_size", 50, 1, 200);
        auto listing = app::search_awards(s, *ctx.actor, f);
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& a : listing->items) items.push_back(award_json(a));
        return Response::json(json::object{{"items", items},
                                           {"page", listing->page},
                                           {"page_size", listing->page_size},
                                           {"total", listing->total}});
      }},
  });
}

}  // namespace thidua::web
