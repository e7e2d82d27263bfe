// The annual review's proposals through the API (app/annual_proposals.h):
// GET the unit's candidates judged on their history, POST the picks as
// nominations, all or none; the unit head approves the pending ones together.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/annual_proposals.h"
#include "app/nomination_approval.h"
#include "core/messages_vi/api.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {

namespace json = boost::json;
namespace msg = core::messages_vi;

namespace {

// [{"award_type_id": 3, "person_id": 51} | {"award_type_id": 5, "unit_id": 4}, ...]
core::Result<std::vector<app::ProposalPick>> picks_of(const json::object& body) {
  std::vector<app::ProposalPick> out;
  const json::value* v = body.if_contains("picks");
  if (!v || !v->is_array()) return bad_request(msg::api_member_must_be_array("picks"), "picks");
  for (const auto& item : v->as_array()) {
    if (!item.is_object()) return bad_request(msg::api_member_items_must_be_objects("picks"), "picks");
    const auto& o = item.as_object();
    if (auto e = unknown_member(o, {"award_type_id", "person_id", "unit_id"})) return *e;
    Reader rd{o, std::nullopt};
    std::optional<int64_t> type, person, unit;
    rd.id("award_type_id", type);
    rd.id("person_id", person);
    rd.id("unit_id", unit);
    if (rd.error) return *rd.error;
    if (!type) return bad_request(msg::api_member_must_be_positive_integer("award_type_id"), "picks");
    if (person.has_value() == unit.has_value()) return bad_request(msg::kApiPickNeedsOne, "picks");
    out.push_back({*type, person, unit});
  }
  return out;
}

}  // namespace

void add_proposal_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/annual-proposals", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto form = app::annual_proposal_form(s, *ctx.actor, ctx.id("id"), parse_id(req.query_param("unit_id")));
        if (!form.ok()) return api_error(form.error());
        json::array groups;
        for (const auto& g : form->groups) {
          json::array candidates;
          for (const auto& c : g.candidates) {
            json::object item{{"name", c.name},
                              {"unit_name", c.unit_name},
                              {"verdict", core::verdict_code(c.verdict)},
                              {"reasons", json::array(c.reasons.begin(), c.reasons.end())},
                              {"nominated", c.nominated},
                              {"holds_title", c.holds_title},
                              {"preselected", c.preselected},
                              {"awarded", c.awarded}};
            if (c.person_id) item["person_id"] = *c.person_id;
            if (c.unit_id) item["unit_id"] = *c.unit_id;
            candidates.push_back(std::move(item));
          }
          json::value quota = nullptr;
          if (g.quota) {
            const auto& q = *g.quota;
            quota = json::object{{"code", q.limit.code},
                                 {"of", q.limit.quota.of},
                                 {"share", q.limit.quota.share},
                                 {"used", q.count.used},
                                 {"base", q.count.base},
                                 {"allowed", q.count.allowed},
                                 {"over", q.count.over()},
                                 {"citation", q.limit.quota.citation},
                                 {"to_confirm", q.limit.quota.to_confirm}};
          }
          groups.push_back(json::object{{"award_type_id", g.award_type_id},
                                        {"quota", std::move(quota)},
                                        {"award_name", g.award_name},
                                        {"eligibility_code", g.eligibility_code},
                                        {"subject", g.collective ? "collective" : "individual"},
                                        {"in_force", g.in_force},
                                        {"candidates", std::move(candidates)},
                                        {"not_met", g.not_met}});
        }
        return Response::json(json::object{{"campaign_id", form->campaign.id},
                                           {"year", form->year},
                                           {"unit_id", form->unit_id},
                                           {"people_left_out", form->people_left_out},
                                           {"groups", std::move(groups)}});
      }, Cost::kHeavy},

      // {"unit_id": 4, "picks": [{"award_type_id": 3, "person_id": 51}, ...]}
      {"POST", "/api/v1/campaigns/{id:int}/annual-proposals", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"unit_id", "picks"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        std::optional<int64_t> unit;
        rd.id("unit_id", unit);
        if (rd.error) return api_error(*rd.error);
        if (!unit) return api_error(bad_request(msg::api_member_must_be_positive_integer("unit_id"), "unit_id"));
        auto picks = picks_of(*body);
        if (!picks.ok()) return api_error(picks.error());
        auto ids = app::submit_annual_proposals(s, *ctx.actor, ctx.id("id"), *unit, *picks, ctx.meta);
        if (!ids.ok()) return api_error(ids.error());
        return Response::json(json::object{{"nomination_ids", json::array(ids->begin(), ids->end())}}, 201);
      }, Cost::kHeavy},

      // The unit head approves the unit's pending proposals together
      // (app/nomination_approval.h): {"unit_id": 4, "ids": [12, 13]}.
      {"POST", "/api/v1/campaigns/{id:int}/annual-proposals/approve", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"unit_id", "ids"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        std::optional<int64_t> unit;
        rd.id("unit_id", unit);
        if (rd.error) return api_error(*rd.error);
        if (!unit) return api_error(bad_request(msg::api_member_must_be_positive_integer("unit_id"), "unit_id"));
        const json::value* v = body->if_contains("ids");
        if (!v || !v->is_array()) return api_error(bad_request(msg::api_member_must_be_array("ids"), "ids"));
        std::vector<int64_t> ids;
        for (const auto& item : v->as_array()) {
          if (!item.is_int64() || item.as_int64() <= 0) {
            return api_error(bad_request(msg::api_member_must_be_positive_integer("ids"), "ids"));
          }
          ids.push_back(item.as_int64());
        }
        auto done = app::head_approve_nominations(s, *ctx.actor, ctx.id("id"), *unit, ids, ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return Response::json(json::object{{"approved", *done}});
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
