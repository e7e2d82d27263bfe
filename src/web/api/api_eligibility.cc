#include "web/api/routes.h"

#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "app/annual_review.h"
#include "app/access.h"
#include "app/award_rule_edits.h"
#include "app/clock.h"
#include "app/eligibility.h"
#include "app/fact_years.h"
#include "app/person_rating.h"
#include "app/unit_evaluations.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/api_councils.h"
#include "core/messages_vi/person_facts.h"
#include "web/api/api_common.h"
#include "web/route_table.h"
#include "web/shared/eligibility_views.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {

namespace json = boost::json;
namespace msg = core::messages_vi;

namespace {

// A rating's body ({"rating", "rated_on", "note"}) and the path's year, for
// a unit's or a person's rating.
template <class Input>
core::Result<Input> rating_input(const Request& req, Ctx& ctx) {
  auto body = body_object(req);
  if (!body.ok()) return body.error();
  if (auto e = unknown_member(*body, {"rating", "rated_on", "note"})) return *e;
  Input input;
  Reader rd{*body, std::nullopt};
  rd.text("rating", input.rating);
  rd.text("rated_on", input.rated_on);
  rd.text("note", input.note);
  if (rd.error) return *rd.error;
  input.year = static_cast<int>(std::min<int64_t>(ctx.id("year"), 99999));  // never wraps into a valid year
  return input;
}

app::EligibleQuery query_of(const app::Services& s, const Request& req) {
  app::EligibleQuery q;
  q.award_code = req.query_param("award");
  q.year = int_param(req, "year", app::current_year(s.clock), 1, 9999);
  q.unit_id = parse_id(req.query_param("unit_id"));
  q.shown = core::read_verdict_code(req.query_param("verdict")).value_or(core::Verdict::kMet);
  q.page = int_param(req, "page", 1, 1, 100000);
  q.page_size = int_param(req, "page_size", 50, 1, 200);
  return q;
}

json::object unit_rating_json(const core::UnitEvaluation& e) {
  return json::object{{"unit_id", e.unit_id},
                      {"year", e.year},
                      {"rating", core::evaluation_rating_code(e.rating)},
                      {"rated_on", e.rated_on},
                      {"note", e.note},
                      {"recorded_at", e.recorded_at}};
}

json::object rule_set_json(const app::RuleSetRow& row) {
  return json::object{{"set", app::award_rule_set_json(row.set)},
                      {"origin", app::rule_set_origin_code(row.origin)},
                      {"unreadable", row.unreadable},
                      {"version", row.version},
                      {"updated_by_name", row.updated_by_name},
                      {"updated_at", row.updated_at}};
}

struct RuleSetKey {
  std::string code, effective_from;
  int64_t version = 0;
};

core::Result<RuleSetKey> rule_set_key(const Request& req) {
  auto body = body_object(req);
  if (!body.ok()) return body.error();
  if (auto e = unknown_member(*body, {"code", "effective_from", "version"})) return *e;
  RuleSetKey key;
  Reader rd{*body, std::nullopt};
  rd.text("code", key.code);
  rd.text("effective_from", key.effective_from);
  rd.number("version", key.version);
  if (rd.error) return *rd.error;
  return key;
}

}  // namespace

void add_eligibility_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/eligibility", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto list = app::eligible_list(s, *ctx.actor, query_of(s, req));
        if (!list.ok()) return api_error(list.error());
        json::array items;
        for (const auto& row : list->rows) {
          // A person's row, or a collective's (the unit judged).
          if (list->collective) {
            items.push_back(json::object{{"unit_id", row.unit_id},
                                         {"unit_name", row.unit_name},
                                         {"verdict", core::verdict_code(row.verdict)},
                                         {"reason", row.reason}});
          } else {
            items.push_back(json::object{{"person_id", row.person_id},
                                         {"full_name", row.full_name},
                                         {"unit_name", row.unit_name},
                                         {"verdict", core::verdict_code(row.verdict)},
                                         {"reason", row.reason}});
          }
        }
        return Response::json(json::object{
            {"award", list->code},
            {"name", list->name},
            {"subject", list->collective ? app::kCollective : app::kIndividual},
            {"year", list->year},
            {"counts", json::object{{"met", list->met}, {"not_met", list->not_met}, {"missing", list->missing}}},
            {"verdict", core::verdict_code(list->shown)},
            {"page", list->page},
            {"page_size", list->page_size},
            {"has_more", list->has_more},
            {"items", std::move(items)}});
      }, Cost::kHeavy},

      {"GET", "/api/v1/units/{id:int}/eligibility", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto default_year = app::default_eligibility_year(s);
        if (!default_year.ok()) return api_error(default_year.error());
        auto e = app::unit_eligibility(s, *ctx.actor, ctx.id("id"), int_param(req, "year", *default_year, 1, 9999));
        if (!e.ok()) return api_error(e.error());
        return Response::json(json::object{{"unit_id", e->unit_id},
                                           {"year", e->year},
                                           {"members", e->members},
                                           {"awards", eligibility_json(e->awards)}});
      }, Cost::kHeavy},

      {"GET", "/api/v1/units/{id:int}/evaluations", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto ratings = app::unit_evaluations(s, *ctx.actor, ctx.id("id"));
        if (!ratings.ok()) return api_error(ratings.error());
        json::array items;
        for (const auto& e : *ratings) items.push_back(unit_rating_json(e));
        return Response::json(json::object{{"items", std::move(items)}});
      }},

      // {"rating": "excellent", "rated_on": "2024-12-20", "note": ""}: records
      // the unit's rating of the year, replacing one already recorded.
      {"PUT", "/api/v1/units/{id:int}/evaluations/{year:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto input = rating_input<app::UnitRatingInput>(req, ctx);
        if (!input.ok()) return api_error(input.error());
        auto saved = app::record_unit_evaluation(s, *ctx.actor, ctx.id("id"), *input, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return Response::json(unit_rating_json(*saved));
      }},

      // {"rating": "excellent", "rated_on": "2024-12-20", "note": ""}: records
      // the person's rating of the year, replacing one already recorded.
      {"PUT", "/api/v1/people/{id:int}/evaluations/{year:int}", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto input = rating_input<app::PersonRatingInput>(req, ctx);
        if (!input.ok()) return api_error(input.error());
        auto saved = app::record_person_evaluation(s, *ctx.actor, ctx.id("id"), *input, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return Response::json(json::object{{"person_id", saved->person_id},
                                           {"year", saved->year},
                                           {"rating", core::evaluation_rating_code(saved->rating)},
                                           {"rated_on", saved->rated_on},
                                           {"note", saved->note}});
      }},

      {"GET", "/api/v1/award-rules", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto rows = app::list_award_rule_sets(s, *ctx.actor);
        if (!rows.ok()) return api_error(rows.error());
        json::array items;
        for (const auto& row : *rows) items.push_back(rule_set_json(row));
        return Response::json(
            json::object{{"items", std::move(items)}, {"may_edit", app::may_edit_award_rules(*ctx.actor)}});
      }},

      // {"set": {...one set in the shipped file's format...}, "version": 0}
      {"POST", "/api/v1/award-rules", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"set", "version"})) return api_error(*e);
        const json::value* set = body->if_contains("set");
        if (!set || !set->is_object()) return api_error(bad_request(msg::api_member_must_be_object("set"), "set"));
        int64_t version = 0;
        Reader rd{*body, std::nullopt};
        rd.number("version", version);
        if (rd.error) return api_error(*rd.error);
        auto saved = app::save_award_rule_set(s, *ctx.actor, json::serialize(*set), version, ctx.meta);
        if (!saved.ok()) return api_error(saved.error());
        return Response::json(rule_set_json(*saved));
      }},

      // {"code": "LDTT", "effective_from": "2024-01-01", "version": 0}
      {"POST", "/api/v1/award-rules/withdraw", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto key = rule_set_key(req);
        if (!key.ok()) return api_error(key.error());
        auto done = app::withdraw_award_rule_set(s, *ctx.actor, key->code, key->effective_from, key->version,
                                                 ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return Response::json(json::object{{"code", key->code}, {"effective_from", key->effective_from}});
      }},

      {"POST", "/api/v1/award-rules/discard", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto key = rule_set_key(req);
        if (!key.ok()) return api_error(key.error());
        auto done = app::discard_award_rule_edit(s, *ctx.actor, key->code, key->effective_from, key->version,
                                                 ctx.meta);
        if (!done.ok()) return api_error(done.error());
        return Response::json(json::object{{"code", key->code}, {"effective_from", key->effective_from}});
      }},

      // {"year": 2025, "unit_id": 1}: a draft plan of the year's annual
      // review, pre-filled from the rules in force (unit_id: the highest
      // unit where the caller manages campaigns, when left out).
      {"POST", "/api/v1/annual-reviews", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"year", "unit_id"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        int64_t year = 0;
        std::optional<int64_t> unit_id;
        rd.number("year", year);
        rd.id("unit_id", unit_id);
        if (rd.error) return api_error(*rd.error);
        if (!unit_id) unit_id = app::review_agency_of(*ctx.actor);
        if (!unit_id) return api_error(app::forbidden(msg::kActOpenAnnualReview));
        const int bounded = static_cast<int>(std::clamp<int64_t>(year, 0, 99999));
        auto id = app::open_annual_review(s, *ctx.actor, *unit_id, bounded, ctx.meta);
        if (!id.ok()) return api_error(id.error());
        return Response::json(json::object{{"campaign_id", *id}}, 201);
      }},

      {"GET", "/api/v1/fact-years", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        std::optional<int64_t> agency_id;
        if (const auto named = req.query_param("agency_id"); !named.empty()) {
          agency_id = parse_id(named);
          if (!agency_id) {
            return api_error(bad_request(msg::api_member_must_be_positive_integer("agency_id"), "agency_id"));
          }
        }
        auto view = app::list_fact_years(s, *ctx.actor, agency_id);
        if (!view.ok()) return api_error(view.error());
        json::array items;
        for (const auto& d : view->declared) {
          items.push_back(json::object{{"kind", core::fact_kind_code(d.kind)},
                                       {"year", d.year},
                                       {"declared_by", d.declared_by > 0 ? json::value(d.declared_by) : nullptr},
                                       {"declared_by_name", d.declared_by_name},
                                       {"declared_at", d.declared_at}});
        }
        json::array agencies;
        for (const auto& a : view->agencies) agencies.push_back(json::object{{"id", a.id}, {"name", a.name}});
        return Response::json(json::object{{"agency_id", view->agency.id},
                                           {"agency_name", view->agency.name},
                                           {"agencies", std::move(agencies)},
                                           {"items", std::move(items)},
                                           {"may_declare", view->may_declare}});
      }},

      // {"agency_id": 1, "kind": "initiatives", "year": 2024, "complete": true}:
      // declares or withdraws (no agency_id: the only agency the caller sees).
      {"POST", "/api/v1/fact-years", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto body = body_object(req);
        if (!body.ok()) return api_error(body.error());
        if (auto e = unknown_member(*body, {"agency_id", "kind", "year", "complete"})) return api_error(*e);
        Reader rd{*body, std::nullopt};
        std::string kind;
        int64_t year = 0;
        std::optional<int64_t> agency_id;
        rd.text("kind", kind);
        rd.number("year", year);
        rd.id("agency_id", agency_id);
        if (rd.error) return api_error(*rd.error);
        const json::value* complete = body->if_contains("complete");
        if (!complete || !complete->is_bool()) {
          return api_error(bad_request(msg::member_must_be_boolean("complete"), "complete"));
        }
        const int bounded = static_cast<int>(std::clamp<int64_t>(year, 0, 99999));  // never wraps into a valid year
        auto agency = app::set_fact_year(s, *ctx.actor, agency_id, kind, bounded, complete->as_bool(), ctx.meta);
        if (!agency.ok()) return api_error(agency.error());
        return Response::json(
            json::object{{"agency_id", *agency}, {"kind", kind}, {"year", year}, {"complete", complete->as_bool()}});
      }},
  });
}

}  // namespace thidua::web
