// The secretariat's follow-up of a campaign (dashboard, reminders) and the
// user's notifications: pages and their JSON API (/api/v1/campaigns/{id}/
// dashboard, /reminders, /api/v1/notifications). Rules in app/tracking.h and
// app/notifications.h.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/notifications.h"
#include "app/tracking.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages_unit_work.h"
#include "core/messages_vi/tracking.h"
#include "web/api/api_common.h"
#include "web/ui/format.h"
#include "web/ui/page.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

std::string percent_text(const std::optional<int>& v) { return v ? std::to_string(*v) + " %" : "—"; }

std::string late_text(const core::UnitProgress& u) {
  std::string out;
  if (u.plan_late) out = msg::kPageLatePlan;
  if (u.registration_late) out += std::string(out.empty() ? "" : ", ") + msg::kPageLateRegistrations;
  return out;
}

// One dashboard row for the page.
json::object page_row(const core::UnitProgress& u) {
  const auto& f = u.figures;
  json::object o{
      {"unit_id", u.unit_id},
      {"name", u.name},
      {"rate_value", u.registration_rate().value_or(0)},
      {"rate_text", msg::page_registration_rate(percent_text(u.registration_rate()), f.registered, f.people)},
      {"pending", f.pending},
      {"progress_value", u.average_progress().value_or(0)},
      {"progress_text", percent_text(u.average_progress())},
      {"difficulties", f.open_difficulties},
      {"late", u.late()},
      {"late_text", late_text(u)}};
  if (u.plan_submitted_at) o["plan"] = vietnam_time(*u.plan_submitted_at);
  return o;
}

// One dashboard row for the API.
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

app::DashboardQuery dashboard_query(const Request& req, const char* page_param, const char* sort_param,
                                    const char* late_value) {
  app::DashboardQuery q;
  q.page = int_param(req, page_param, 1, 1, 1000000);
  q.late_first = req.query_param(sort_param) == late_value;
  return q;
}

std::string dashboard_href(int64_t id, bool late_first, int page) {
  std::string href = "/dot-thi-dua/" + std::to_string(id) + "/theo-doi?trang=" + std::to_string(page);
  if (late_first) href += "&sap-xep=tre-han";
  return href;
}

Response dashboard_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id, const core::Error* error) {
  auto d = app::get_dashboard(s, *ctx.actor, id, dashboard_query(req, "trang", "sap-xep", "tre-han"));
  if (!d.ok()) return error_page(req, ctx, d.error());
  json::array rows;
  for (const auto& u : d->rows) rows.push_back(page_row(u));
  const auto& t = d->totals;
  json::object totals{{"units", t.units},
                      {"plans", t.plans_submitted},
                      {"rate_value", t.registration_rate().value_or(0)},
                      {"rate_text", msg::page_registration_rate(percent_text(t.registration_rate()),
                                                                t.figures.registered, t.figures.people)},
                      {"pending", t.figures.pending},
                      {"progress_value", t.average_progress().value_or(0)},
                      {"progress_text", percent_text(t.average_progress())},
                      {"difficulties", t.figures.open_difficulties},
                      {"late_units", t.late_units}};
  json::object data{{"campaign_id", id},
                    {"title", d->campaign.title},
                    {"rows", rows},
                    {"empty", t.units == 0},
                    {"totals", totals},
                    {"unit_count", t.units},
                    {"late_units", t.late_units},
                    {"late_first", d->late_first},
                    {"page", d->page},
                    {"today_text", vietnamese_date(d->today)},
                    {"computed_text", vietnam_time(d->computed_at)},
                    {"deadline_text", d->registration_deadline ? vietnamese_date(*d->registration_deadline)
                                                               : std::string(msg::kPageDeadlineNotSet)}};
  if (d->page > 1) data["prev_href"] = dashboard_href(id, d->late_first, d->page - 1);
  if (d->has_more) data["next_href"] = dashboard_href(id, d->late_first, d->page + 1);
  if (auto units = req.query_param("da-nhac"); !units.empty() && !error) {
    data["sent"] = true;
    data["sent_units"] = units;
    data["sent_notifications"] = req.query_param("thong-bao");
    data["sent_emails"] = req.query_param("thu");
  }
  if (error) data["error"] = error->message;
  return render_page(req, ctx, "dashboard", msg::kPageTitleDashboard, data, error ? failure_status(*error) : 200);
}

json::object notification_json(const store::Notification& n) {
  return json::object{{"id", n.id},
                      {"campaign_id", n.campaign_id ? json::value(*n.campaign_id) : nullptr},
                      {"kind", n.kind},
                      {"message", n.message},
                      {"link", n.link},
                      {"created_at", n.created_at},
                      {"read_at", n.read_at ? json::value(*n.read_at) : nullptr}};
}

}  // namespace

void add_track_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // Dashboard and reminders.
  r.get("/dot-thi-dua/{id}/theo-doi", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
          return dashboard_page(s, req, ctx, *id, nullptr);
        }));

  r.post("/dot-thi-dua/{id}/theo-doi/nhac-nho", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto id = parse_id(req.path_param("id"));
           if (!id) return error_page(req, ctx, app::not_found(msg::kWhatCampaign));
           std::vector<int64_t> units;
           auto [from, to] = ctx.form.equal_range("don-vi");
           for (auto it = from; it != to; ++it) {
             auto unit = parse_id(it->second);
             if (!unit) {
               core::Error e = core::make_error(core::errc::kValidation, msg::kPageUnitsInvalid, "units");
               return dashboard_page(s, req, ctx, *id, &e);
             }
             units.push_back(*unit);
           }
           auto sent = app::send_reminders(s, *ctx.actor, *id, units, ctx.meta);
           if (!sent.ok()) {
             if (sent.error().code != core::errc::kValidation) return error_page(req, ctx, sent.error());
             return dashboard_page(s, req, ctx, *id, &sent.error());
           }
           return Response::redirect("/dot-thi-dua/" + std::to_string(*id) + "/theo-doi?da-nhac=" +
                                     std::to_string(sent->units) + "&thong-bao=" +
                                     std::to_string(sent->notifications) + "&thu=" + std::to_string(sent->emails));
         }));

  r.get("/api/v1/campaigns/{id}/dashboard", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto id = parse_id(req.path_param("id"));
          if (!id) return api_error(app::not_found(msg::kWhatCampaign));
          auto q = dashboard_query(req, "page", "sort", "late");
          q.page_size = int_param(req, "page_size", 50, 1, 200);
          auto d = app::get_dashboard(s, *ctx.actor, *id, q);
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
                              {"open_difficulties", t.figures.open_difficulties}};
          return Response::json(json::object{
              {"campaign_id", *id},
              {"registration_deadline", d->registration_deadline ? json::value(*d->registration_deadline) : nullptr},
              {"today", d->today},
              {"computed_at", d->computed_at},
              {"items", items},
              {"totals", totals},
              {"page", d->page},
              {"page_size", d->page_size},
              {"has_more", d->has_more}});
        }));

  r.post("/api/v1/campaigns/{id}/reminders", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto id = parse_id(req.path_param("id"));
           if (!id) return api_error(app::not_found(msg::kWhatCampaign));
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
           auto sent = app::send_reminders(s, *ctx.actor, *id, units, ctx.meta);
           if (!sent.ok()) return api_error(sent.error());
           return Response::json(json::object{{"units", sent->units},
                                              {"notifications", sent->notifications},
                                              {"emails", sent->emails}},
                                 201);
         }));

  // Notifications.
  r.get("/thong-bao", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto listing = app::list_notifications(s, *ctx.actor, int_param(req, "trang", 1, 1, 1000000), 20);
          if (!listing.ok()) return error_page(req, ctx, listing.error());
          json::array items;
          for (const auto& n : listing->items) {
            json::object o{{"id", n.id},
                           {"created_at", vietnam_time(n.created_at)},
                           {"message", n.message},
                           {"unread", !n.read_at.has_value()}};
            if (!n.link.empty()) o["link"] = n.link;
            items.push_back(std::move(o));
          }
          json::object data{{"items", items},
                            {"empty", items.empty()},
                            {"page", listing->page},
                            {"has_unread", listing->unread > 0}};
          if (listing->page > 1) data["prev_href"] = "/thong-bao?trang=" + std::to_string(listing->page - 1);
          if (listing->has_more) data["next_href"] = "/thong-bao?trang=" + std::to_string(listing->page + 1);
          return render_page(req, ctx, "notifications", msg::kPageTitleNotifications, data);
        }));

  r.post("/thong-bao/{id}/da-doc", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto id = parse_id(req.path_param("id"));
           if (!id) return error_page(req, ctx, app::not_found(msg::kWhatNotification));
           auto st = app::mark_notification_read(s, *ctx.actor, *id, ctx.meta);
           if (!st.ok()) return error_page(req, ctx, st.error());
           return Response::redirect("/thong-bao");
         }));

  r.post("/thong-bao/da-doc", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto n = app::mark_all_notifications_read(s, *ctx.actor, ctx.meta);
           if (!n.ok()) return error_page(req, ctx, n.error());
           return Response::redirect("/thong-bao");
         }));

  r.get("/api/v1/notifications", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto listing = app::list_notifications(s, *ctx.actor, int_param(req, "page", 1, 1, 1000000),
                                                 int_param(req, "page_size", 20, 1, 100));
          if (!listing.ok()) return api_error(listing.error());
          json::array items;
          for (const auto& n : listing->items) items.push_back(notification_json(n));
          return Response::json(json::object{{"items", items},
                                             {"unread", listing->unread},
                                             {"page", listing->page},
                                             {"page_size", listing->page_size},
                                             {"has_more", listing->has_more}});
        }));

  r.post("/api/v1/notifications/{id}/read", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
           auto id = parse_id(req.path_param("id"));
           if (!id) return api_error(app::not_found(msg::kWhatNotification));
           auto st = app::mark_notification_read(s, *ctx.actor, *id, ctx.meta);
           if (!st.ok()) return api_error(st.error());
           return Response::json(json::object{{"id", *id}, {"read", true}});
         }));
}

}  // namespace thidua::web
