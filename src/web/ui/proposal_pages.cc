// A unit's proposals for the year's review (app/annual_proposals.h):
// /dot-thi-dua/{id}/de-xuat-nam lists, per award type naming its rules, the
// unit's candidates judged on their history (the eligible ones ticked), and
// nominates the ticked ones at once. Each tick is "<award type>:p:<person>"
// or "<award type>:u:<unit>". /dot-thi-dua/{id}/de-xuat-nam/duyet is the unit
// head's list of the unit's proposals waiting for them, approved together
// (app/nomination_approval.h); each tick is a nomination id.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/annual_proposals.h"
#include "app/campaigns.h"
#include "app/nomination_approval.h"
#include "core/messages_vi/nominations.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"
#include "web/ui/unit_choice.h"

namespace thidua::web {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

// A count the template shows only when there is one (a number is always
// "true" to the templates).
json::value count_or_null(int64_t n) { return n > 0 ? json::value(n) : json::value(nullptr); }

std::string base(int64_t campaign_id) { return "/dot-thi-dua/" + std::to_string(campaign_id); }

Response form_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id,
                   std::optional<int64_t> unit_id, const core::Error* error, unsigned status) {
  auto form = app::annual_proposal_form(s, *ctx.actor, campaign_id, unit_id);
  if (!form.ok()) return error_page(req, ctx, form.error());
  json::array groups;
  for (const auto& g : form->groups) {
    json::array candidates;
    int64_t held_back = 0;  // eligible, but not ticked: the quota leaves no room
    for (const auto& c : g.candidates) {
      held_back += c.verdict == core::Verdict::kMet && !c.nominated && !c.holds_title && !c.preselected ? 1 : 0;
      const std::string value = std::to_string(g.award_type_id) + (c.person_id ? ":p:" + std::to_string(*c.person_id)
                                                                                 : ":u:" + std::to_string(*c.unit_id));
      candidates.push_back(json::object{{"value", value},
                                        {"name", c.name},
                                        {"unit_name", c.unit_name},
                                        {"met", c.verdict == core::Verdict::kMet},
                                        {"verdict", core::verdict_label(c.verdict)},
                                        {"checked", c.preselected},
                                        {"nominated", c.nominated},
                                        {"holds_title", c.holds_title && !c.nominated},
                                        {"awarded", c.awarded},
                                        {"reasons", json::array(c.reasons.begin(), c.reasons.end())}});
    }
    json::value quota = nullptr;
    if (g.quota) {
      const auto& q = *g.quota;
      quota = json::object{{"code", q.limit.code},
                           {"over", q.count.over()},
                           {"line", msg::quota_line(q.limit.name, q.count.used, q.count.allowed, q.limit.quota.share,
                                                    q.count.base, q.limit.of_name)}};
    }
    groups.push_back(json::object{{"award_name", g.award_name},
                                  {"quota", std::move(quota)},
                                  {"held_back", count_or_null(held_back)},
                                  {"base_name", g.quota ? g.quota->limit.of_name : std::string()},
                                  {"collective", g.collective},
                                  {"in_force", g.in_force},
                                  {"code", g.eligibility_code},
                                  {"candidates", std::move(candidates)},
                                  {"empty", g.candidates.empty()},
                                  {"not_met", count_or_null(g.not_met)}});
  }
  // The unit chosen: a drop-down, or its code past kUnitChoiceLimit units.
  json::object unit_pick = unit_choice(participating_nodes(form->units), kListUnitFilter, {}, {form->unit_id},
                                       req.query);
  unit_pick["id"] = "don-vi-chon";
  unit_pick["required"] = true;
  json::object data{{"campaign_id", campaign_id},
                    {"campaign_title", form->campaign.title},
                    {"year", form->year},
                    {"unit_id", form->unit_id},
                    {"unit_name", form->unit_name},
                    {"unit_pick", std::move(unit_pick)},
                    {"many_units", form->units.size() > 1},
                    {"groups", std::move(groups)},
                    {"left_out", count_or_null(form->people_left_out)},
                    {"action", base(campaign_id) + "/de-xuat-nam"},
                    {"list_href", base(campaign_id) + "/de-nghi"}};
  // A head over the unit sees how many of its proposals wait for them.
  if (auto pending = app::pending_count_for_head(s, *ctx.actor, campaign_id, form->unit_id); pending.ok()) {
    data["pending"] = count_or_null(*pending);
    data["approve_href"] = base(campaign_id) + "/de-xuat-nam/duyet?don-vi=" + std::to_string(form->unit_id);
  }
  add_form_error(data, error);
  return render_page(req, ctx, "annual_proposals", msg::page_proposals_title(form->year), data, status);
}

// The unit head's page: the unit's proposals waiting for them, each ticked
// unless it is their own; approved together.
Response approve_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t campaign_id, int64_t unit_id,
                      const core::Error* error, unsigned status) {
  auto campaign = app::require_visible_campaign(s, *ctx.actor, campaign_id);
  if (!campaign.ok()) return error_page(req, ctx, campaign.error());
  auto pending = app::pending_for_head(s, *ctx.actor, campaign_id, unit_id);
  if (!pending.ok()) return error_page(req, ctx, pending.error());
  json::array rows;
  int64_t own = 0;
  for (const auto& p : *pending) {
    const auto& n = p.nomination;
    if (!p.may_approve) ++own;
    rows.push_back(json::object{{"id", n.id},
                                {"href", base(campaign_id) + "/de-nghi/" + std::to_string(n.id)},
                                {"name", n.nominee_name},
                                {"award_type", n.award_type_name},
                                {"submitted_at", vietnam_time(n.submitted_at)},
                                {"may_approve", p.may_approve}});
  }
  json::object data{{"campaign_id", campaign_id},
                    {"campaign_title", campaign->title},
                    {"unit_id", unit_id},
                    {"rows", std::move(rows)},
                    {"empty", pending->empty()},
                    {"own", count_or_null(own)},
                    {"action", base(campaign_id) + "/de-xuat-nam/duyet"},
                    {"proposals_href", base(campaign_id) + "/de-xuat-nam?don-vi=" + std::to_string(unit_id)},
                    {"notice_done", count_or_null(parse_id(req.query_param("da-duyet")).value_or(0))}};
  add_form_error(data, error);
  return render_page(req, ctx, "annual_proposals_approve", msg::kPageTitleHeadApproval, data, status);
}

// "12:p:345" → the pick; nullopt when malformed.
std::optional<app::ProposalPick> pick_of(const std::string& v) {
  const auto a = v.find(':');
  if (a == std::string::npos || a + 3 > v.size() || v[a + 2] != ':') return std::nullopt;
  auto type = parse_id(std::string_view(v).substr(0, a));
  auto who = parse_id(std::string_view(v).substr(a + 3));
  if (!type || !who || (v[a + 1] != 'p' && v[a + 1] != 'u')) return std::nullopt;
  app::ProposalPick p;
  p.award_type_id = *type;
  if (v[a + 1] == 'p') p.person_id = *who;
  else p.unit_id = *who;
  return p;
}

}  // namespace

void add_proposal_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/de-xuat-nam", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        // "don-vi", or "ma-don-vi" typed: a unit the actor proposes for.
        auto unit = list_unit_filter(s, req, ctx, unit_work_units(*ctx.actor));
        if (!unit.ok()) return error_page(req, ctx, unit.error());
        return form_page(s, req, ctx, ctx.id("id"), *unit, nullptr, 200);
      }, Cost::kHeavy},

      {"POST", "/dot-thi-dua/{id:int}/de-xuat-nam", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const auto unit = parse_id(ctx.field("don-vi"));
        std::vector<app::ProposalPick> picks;
        auto [from, to] = ctx.form.equal_range("chon");
        for (auto it = from; it != to; ++it) {
          auto p = pick_of(it->second);
          if (!p) {
            const auto e = app::invalid_field(msg::kProposalPickInvalid, "chon");
            return form_page(s, req, ctx, id, unit, &e, 422);
          }
          picks.push_back(*p);
        }
        if (!unit) {
          const auto e = app::invalid_field(msg::kNominationUnitMissing, "don-vi");
          return form_page(s, req, ctx, id, std::nullopt, &e, 422);
        }
        auto done = app::submit_annual_proposals(s, *ctx.actor, id, *unit, picks, ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return form_page(s, req, ctx, id, unit, &done.error(), failure_status(done.error()));
        }
        return Response::redirect(base(id) + "/de-nghi?thong-bao=da-gui&so=" + std::to_string(done->size()));
      }, Cost::kHeavy},

      {"GET", "/dot-thi-dua/{id:int}/de-xuat-nam/duyet", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const auto unit = parse_id(req.query_param("don-vi"));
        if (!unit) return error_page(req, ctx, app::not_found(msg::kWhatNomination));
        return approve_page(s, req, ctx, ctx.id("id"), *unit, nullptr, 200);
      }},

      {"POST", "/dot-thi-dua/{id:int}/de-xuat-nam/duyet", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        const auto unit = parse_id(ctx.field("don-vi"));
        if (!unit) return error_page(req, ctx, app::not_found(msg::kWhatNomination));
        std::vector<int64_t> ids;
        auto [from, to] = ctx.form.equal_range("chon");
        for (auto it = from; it != to; ++it) {
          auto n = parse_id(it->second);
          if (!n) {
            const auto e = app::invalid_field(msg::kProposalPickInvalid, "chon");
            return approve_page(s, req, ctx, id, *unit, &e, 422);
          }
          ids.push_back(*n);
        }
        auto done = app::head_approve_nominations(s, *ctx.actor, id, *unit, ids, ctx.meta);
        if (!done.ok()) {
          if (is_refusal(done.error())) return error_page(req, ctx, done.error());
          return approve_page(s, req, ctx, id, *unit, &done.error(), failure_status(done.error()));
        }
        return Response::redirect(base(id) + "/de-xuat-nam/duyet?don-vi=" + std::to_string(*unit) +
                                  "&da-duyet=" + std::to_string(*done));
      }, Cost::kHeavy},
  });
}

}  // namespace thidua::web
