// The JSON API of a campaign's follow-up and of the user's notifications:
// GET /api/v1/campaigns/{id}/dashboard (page, page_size, sort=late),
// POST /api/v1/campaigns/{id}/reminders ({"unit_ids": [...]}, optional),
// GET /api/v1/notifications, POST /api/v1/notifications/{id}/read. The same
// use cases as the pages (app/tracking.h, app/notifications.h).

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/notifications.h"
#include "app/tracking.h"
#include "app/work_list.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/tracking.h"
#include "web/api/api_common.h"
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

json::object api_row(const core::UnitProgress& u) {
  const auto& f = u.figures;
  auto opt_int = [](const std::optional<int>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return json::object{{"unit_id", u.unit_id},
                      {"code", u.code},
                      {"name", u.name},
                      {"plan_submitted", u.plan_submitted_at.has_value()},
                      {"plan_submitted_at", u.plan_submitted_at ? json::value(*u.plan_submitted_at) : nullptr},
                      {"people", f.people},
                      {"registered", f.registered},
                      {"registration_rate", opt_int(u.registration_rate())},
                      {"pending_approvals", f.pending},
                      {"targets", f.targets},
                      {"average_progress", opt_int(u.average_progress())},
                      {"open_difficulties", f.open_difficulties},
                      {"late", u.late()},
                      {"plan_late", u.plan_late},
                      {"registration_late", u.registration_late}};
}

json::object notification_json(const core::Notification& n) {
  return json::object{{"id", n.id},
                      {"campaign_id", n.campaign_id ? json::value(*n.campaign_id) : nullptr},
                      {"kind", n.kind},
                      {"message", n.message},
                      {"link", n.link},
                      {"created_at", n.created_at},
                      {"read_at", n.read_at ? json::value(*n.read_at) : nullptr}};
}

}  // namespace

void add_track_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/dashboard", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        app::DashboardQuery q;
        q.page = int_param(req, "page", 1, 1, kMaxPageNumber);
        q.late_first = req.query_param("sort") == "late";
        q.page_size = int_param(req, "page_size", 50, 1, 200);
        auto d = app::get_dashboard(s, *ctx.actor, id, q);
        if (!d.ok()) return api_error(d.error());
        json::array items;
        for (const auto& u : d->rows) items.push_back(api_row(u));
        const auto& t = d->totals;
        auto opt_int = [](const std::optional<int>& v) { return v ? json::value(*v) : json::value(nullptr); };
        json::object totals{{"units", t.units},
                            {"plans_submitted", t.plans_submitted},
                            {"late_units", t.late_units},
                            {"people", t.figures.people},
                            {"registered", t.figures.registered},
                            {"registration_rate", opt_int(t.registration_rate())},
                            {"pending_approvals", t.figures.pending},
                            {"targets", t.figures.targets},
                            {"average_progress", opt_int(t.average_progress())},
                            {"open_difficulties", t.figures.open_difficulties},
                            {"plan_late_units", t.plan_late_units},
                            {"registration_late_units", t.registration_late_units},
                            {"rate_bands", json::array(t.rate_bands.begin(), t.rate_bands.end())},
                            {"rate_unknown", t.rate_unknown},
                            {"progress_bands", json::array(t.progress_bands.begin(), t.progress_bands.end())},
                            {"progress_unknown", t.progress_unknown}};
        return Response::json(json::object{
            {"campaign_id", id},
            {"registration_deadline", d->registration_deadline ? json::value(*d->registration_deadline) : nullptr},
            {"deadline_from_period", d->deadline_from_period},
            {"today", d->today},
            {"computed_at", d->computed_at},
            {"items", items},
            {"totals", totals},
            {"page", d->page},
            {"page_size", d->page_size},
            {"has_more", d->has_more}});
      }},

      {"POST", "/api/v1/campaigns/{id:int}/reminders", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        std::vector<int64_t> units;
        if (!req.body.empty()) {
          auto body = body_object(req);
          if (!body.ok()) return api_error(body.error());
          if (const auto* v = body->if_contains("unit_ids")) {
            if (!v->is_array()) return api_error(bad_request(msg::kApiUnitIdsNotArray, "unit_ids"));
            for (const auto& e : v->as_array()) {
              if (!e.is_int64() || e.as_int64() <= 0) {
                return api_error(bad_request(msg::kApiUnitIdsNotArray, "unit_ids"));
              }
              units.push_back(e.as_int64());
            }
          }
        }
        auto sent = app::send_reminders(s, *ctx.actor, id, units, ctx.meta);
        if (!sent.ok()) return api_error(sent.error());
        return Response::json(json::object{{"units", sent->units},
                                           {"notifications", sent->notifications},
                                           {"emails", sent->emails}},
                              201);
      }},

      {"GET", "/api/v1/notifications", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto listing = app::list_notifications(s, *ctx.actor, int_param(req, "page", 1, 1, kMaxPageNumber),
                                               int_param(req, "page_size", 20, 1, 100));
        if (!listing.ok()) return api_error(listing.error());
        json::array items;
        for (const auto& n : listing->items) items.push_back(notification_json(n));
        return Response::json(json::object{{"items", items},
                                           {"unread", listing->unread},
                                           {"page", listing->page},
                                           {"page_size", listing->page_size},
                                           {"has_more", listing->has_more}});
      }},

      {"GET", "/api/v1/work-list", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        auto list = app::work_list(s, *ctx.actor);
        if (!list.ok()) return api_error(list.error());
        json::array items;
        for (const auto& it : list->items) {
          items.push_back(json::object{{"kind", it.kind},
                                       {"label", it.label},
                                       {"campaign_id", it.campaign_id},
                                       {"campaign_title", it.campaign_title},
                                       {"count", it.count},
                                       {"due", it.due ? json::value(*it.due) : json::value(nullptr)},
                                       {"overdue", it.overdue},
                                       {"href", it.href}});
        }
        return Response::json(json::object{{"items", items}, {"total", list->total}, {"today", list->today}});
      }},

      {"POST", "/api/v1/notifications/{id:int}/read", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto st = app::mark_notification_read(s, *ctx.actor, id, ctx.meta);
        if (!st.ok()) return api_error(st.error());
        return Response::json(json::object{{"id", id}, {"read", true}});
      }},
  });
}

}  // namespace thidua::web
