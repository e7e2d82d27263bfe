// The secretariat's follow-up of a campaign (dashboard, reminders) and the
// user's notifications: the pages. (Their JSON API: web/api/api_tracking.cc.)
// Rules in app/tracking.h and app/notifications.h.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/notifications.h"
#include "app/tracking.h"
#include "core/messages_vi/api.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/pages_unit_work.h"
#include "core/messages_vi/tracking.h"
#include "web/route_table.h"
#include "web/shared/dashboard_charts.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
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
app::DashboardQuery dashboard_query(const Request& req, const char* page_param, const char* sort_param,
                                    const char* late_value) {
  app::DashboardQuery q;
  q.page = int_param(req, page_param, 1, 1, kMaxPageNumber);
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
                    {"charts", dashboard_charts(t)},
                    {"unit_count", t.units},
                    {"late_units", t.late_units},
                    {"late_first", d->late_first},
                    {"page", d->page},
                    {"today_text", vietnamese_date(d->today)},
                    {"deadline_from_period", d->deadline_from_period},
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
  add_form_error(data, error);
  return render_page(req, ctx, "dashboard", msg::kPageTitleDashboard, data, error ? failure_status(*error) : 200);
}

}  // namespace

void add_track_routes(Router& r, const app::Services& s, const WebOptions& o) {
  // Dashboard and reminders.
  install(r, s, o, {
      {"GET", "/dot-thi-dua/{id:int}/theo-doi", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        return dashboard_page(s, req, ctx, id, nullptr);
      }},

      {"POST", "/dot-thi-dua/{id:int}/theo-doi/nhac-nho", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        std::vector<int64_t> units;
        auto [from, to] = ctx.form.equal_range("don-vi");
        for (auto it = from; it != to; ++it) {
          auto unit = parse_id(it->second);
          if (!unit) {
            core::Error e = core::make_error(core::errc::kValidation, msg::kPageUnitsInvalid, "units");
            return dashboard_page(s, req, ctx, id, &e);
          }
          units.push_back(*unit);
        }
        auto sent = app::send_reminders(s, *ctx.actor, id, units, ctx.meta);
        if (!sent.ok()) {
          if (sent.error().code != core::errc::kValidation) return error_page(req, ctx, sent.error());
          return dashboard_page(s, req, ctx, id, &sent.error());
        }
        return Response::redirect("/dot-thi-dua/" + std::to_string(id) + "/theo-doi?da-nhac=" +
                                  std::to_string(sent->units) + "&thong-bao=" +
                                  std::to_string(sent->notifications) + "&thu=" + std::to_string(sent->emails));
      }},

      // Notifications.
      {"GET", "/thong-bao", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto listing = app::list_notifications(s, *ctx.actor, page_number(req), 20);
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
      }},

      {"POST", "/thong-bao/{id:int}/da-doc", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        auto st = app::mark_notification_read(s, *ctx.actor, id, ctx.meta);
        if (!st.ok()) return error_page(req, ctx, st.error());
        return Response::redirect("/thong-bao");
      }},

      {"POST", "/thong-bao/da-doc", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        auto n = app::mark_all_notifications_read(s, *ctx.actor, ctx.meta);
        if (!n.ok()) return error_page(req, ctx, n.error());
        return Response::redirect("/thong-bao");
      }},
  });

}

}  // namespace thidua::web
