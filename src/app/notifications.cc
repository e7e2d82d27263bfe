#include "app/notifications.h"

#include <algorithm>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "core/messages_vi/tracking.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Result<NotificationListing> list_notifications(const Services& services, const core::Actor& actor, int page,
                                                     int page_size) {
  NotificationListing out;
  out.page = std::clamp(page, 1, 1000000);
  out.page_size = std::clamp(page_size, 1, 100);
  auto conn = services.db.acquire();
  auto listed = store::list_notifications(*conn, actor.user_id,
                                          static_cast<int64_t>(out.page - 1) * out.page_size, out.page_size);
  if (!listed.ok()) return listed.error();
  out.items = std::move(listed->items);
  out.has_more = listed->has_more;
  auto unread = store::count_unread(*conn, actor.user_id);
  if (!unread.ok()) return unread.error();
  out.unread = *unread;
  return out;
}

core::Result<int64_t> unread_notifications(const Services& services, const core::Actor& actor) {
  auto conn = services.db.acquire();
  return store::count_unread(*conn, actor.user_id);
}

core::Status mark_notification_read(const Services& services, const core::Actor& actor, int64_t id,
                                    const RequestMeta& meta) {
  auto conn = services.db.acquire();
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto found = store::mark_read(*conn, actor.user_id, id, now);
    if (!found.ok()) return found.error();
    if (!*found) return not_found(msg::kWhatNotification);
    return record_audit(*conn, services, &actor, meta,
                        {"notification.read", "notification", std::to_string(id), std::nullopt,
                         boost::json::object{{"read_at", now}}});
  });
}

core::Result<int64_t> mark_all_notifications_read(const Services& services, const core::Actor& actor,
                                                  const RequestMeta& meta) {
  auto conn = services.db.acquire();
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto n = store::mark_all_read(*conn, actor.user_id, now);
    if (!n.ok()) return n.error();
    if (*n > 0) {
      THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                              {"notification.read_all", "user", std::to_string(actor.user_id), std::nullopt,
                               boost::json::object{{"count", *n}, {"read_at", now}}}));
    }
    return n;
  });
}

}  // namespace thidua::app
