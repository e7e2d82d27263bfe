#include "app/tracking.h"

#include <algorithm>
#include <boost/json/object.hpp>
#include <map>
#include <set>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "core/messages_vi/tracking.h"
#include "store/mail_outbox.h"
#include "store/notifications.h"
#include "store/registrations.h"
#include "store/unit_progress.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

// The campaign if the actor may track it: kNotFound when they do not see it,
// kForbidden when they see it without kTrackCampaigns on the issuing unit.
core::Result<core::CampaignSummary> trackable_campaign(store::Connection& conn, const core::Actor& actor,
                                                        int64_t id) {
  auto c = visible_campaign(conn, actor, id);
  if (!c.ok()) return c.error();
  if (!permits(actor, core::Action::kTrackCampaigns, c->issuing_unit_path)) {
    return forbidden(msg::kActTrackCampaign);
  }
  return c;
}

struct Progress {
  std::vector<core::UnitProgress> units;
  std::optional<std::string> deadline;
  bool deadline_from_period = false;
  std::string today;
  std::string computed_at;
};

// The campaign's figures with lateness as of today: from the cache when
// `cached` and it holds them, else computed (and cached).
core::Result<Progress> progress_of(store::Connection& conn, const Services& services, int64_t id, bool cached) {
  std::optional<CampaignProgress> figures;
  std::unique_lock<std::mutex> computing;
  if (cached && services.progress_cache) {
    figures = services.progress_cache->get(id);
    if (!figures) {
      computing = services.progress_cache->lock_computation();
      figures = services.progress_cache->get(id);  // computed while this request waited
    }
  }
  if (!figures) {
    auto units = store::campaign_progress(conn, id);
    if (!units.ok()) return units.error();
    auto due = store::registration_due(conn, id);
    if (!due.ok()) return due.error();
    figures = CampaignProgress{std::move(*units), std::move(due->date), due->from_period,
                               iso_instant(services.clock.now())};
    if (services.progress_cache) services.progress_cache->put(id, *figures);
  }
  Progress p;
  p.units = std::move(figures->units);
  p.deadline = std::move(figures->registration_deadline);
  p.deadline_from_period = figures->deadline_from_period;
  p.computed_at = std::move(figures->computed_at);
  p.today = vietnam_date(services.clock.now());
  core::mark_late(p.units, p.deadline, p.today);
  return p;
}

std::string late_reasons(const core::UnitProgress& u) {
  std::string out;
  if (u.plan_late) out += msg::kLatePlan;
  if (u.registration_late) {
    if (!out.empty()) out += "; ";
    out += msg::late_registrations(u.figures.registered, u.figures.people);
  }
  return out;
}

}  // namespace

core::Result<Dashboard> get_dashboard(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                      const DashboardQuery& query) {
  auto conn = services.db.acquire();
  auto campaign = trackable_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto progress = progress_of(*conn, services, campaign_id, true);
  if (!progress.ok()) return progress.error();
  Dashboard d;
  d.computed_at = progress->computed_at;
  d.campaign = std::move(*campaign);
  d.registration_deadline = progress->deadline;
  d.deadline_from_period = progress->deadline_from_period;
  d.today = progress->today;
  d.page_size = std::clamp(query.page_size, 1, 200);
  d.page = std::clamp(query.page, 1, 1000000);
  d.late_first = query.late_first;
  d.totals = core::totals_of(progress->units);
  if (query.late_first) core::sort_late_first(progress->units);
  const size_t from = static_cast<size_t>(d.page - 1) * static_cast<size_t>(d.page_size);
  auto& all = progress->units;
  if (from < all.size()) {
    const size_t to = std::min(all.size(), from + static_cast<size_t>(d.page_size));
    d.rows.assign(std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(from)),
                  std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(to)));
    d.has_more = to < all.size();
  }
  return d;
}

core::Result<ReminderOutcome> send_reminders(const Services& services, const core::Actor& actor,
                                             int64_t campaign_id, std::vector<int64_t> unit_ids,
                                             const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = trackable_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto progress = progress_of(*conn, services, campaign_id, false);  // reminders act on fresh figures
  if (!progress.ok()) return progress.error();

  std::map<int64_t, const core::UnitProgress*> chosen;
  if (unit_ids.empty()) {
    for (const auto& u : progress->units) {
      if (u.late()) chosen[u.unit_id] = &u;
    }
    if (chosen.empty()) {
      return core::make_error(core::errc::kValidation, msg::kReminderNoLateUnit, "units");
    }
  } else {
    std::map<int64_t, const core::UnitProgress*> by_id;
    for (const auto& u : progress->units) by_id[u.unit_id] = &u;
    for (int64_t id : unit_ids) {
      auto it = by_id.find(id);
      if (it == by_id.end()) {
        return core::make_error(core::errc::kValidation, msg::kReminderUnitNotTaking,
                                "units");
      }
      chosen[id] = it->second;
    }
  }

  std::vector<int64_t> ids;
  for (const auto& [id, u] : chosen) ids.push_back(id);
  const std::string now = iso_instant(services.clock.now());
  const std::string link = "/dot-thi-dua/" + std::to_string(campaign_id);
  const std::string& title = campaign->title;

  return store::in_transaction<ReminderOutcome>(*conn, [&]() -> core::Result<ReminderOutcome> {
    auto contacts = store::unit_contacts(*conn, ids);
    if (!contacts.ok()) return contacts.error();
    ReminderOutcome out;
    out.units = static_cast<int64_t>(chosen.size());
    for (const auto& c : *contacts) {
      const core::UnitProgress& u = *chosen.at(c.unit_id);
      const std::string reasons = late_reasons(u);
      const std::string message = msg::reminder_message(u.name, title, reasons);
      core::Notification n;
      n.user_id = c.user_id;
      n.campaign_id = campaign_id;
      n.kind = "reminder";
      n.message = message;
      n.link = link;
      n.created_at = now;
      auto inserted = store::insert_notification(*conn, n);
      if (!inserted.ok()) return inserted.error();
      ++out.notifications;
      if (services.mail_enabled && !c.email.empty()) {
        const std::string subject = msg::reminder_mail_subject(title);
        const std::string body = msg::reminder_mail_body(message, services.public_url + link);

        auto queued = store::enqueue_mail(*conn, c.email, subject, body, now);
        if (!queued.ok()) return queued.error();
        ++out.emails;
      }
    }
    boost::json::array unit_list;
    for (int64_t id : ids) unit_list.push_back(id);
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"campaign.remind", "campaign", std::to_string(campaign_id), std::nullopt,
                             boost::json::object{{"units", out.units},
                                                 {"unit_ids", unit_list},
                                                 {"notifications", out.notifications},
                                                 {"emails", out.emails}}}));
    return out;
  });
}

}  // namespace thidua::app
