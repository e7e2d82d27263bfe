// Use cases of the logged-in user's own notifications (thông báo): list them
// newest first, count the unread ones (page header), mark them read. Nobody
// sees or changes another account's notifications (kNotFound).
#pragma once

#include <cstdint>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/notifications.h"

namespace thidua::app {

struct NotificationListing {
  std::vector<core::Notification> items;
  int page = 1;
  int page_size = 20;
  bool has_more = false;
  int64_t unread = 0;
};

core::Result<NotificationListing> list_notifications(const Services& services, const core::Actor& actor, int page,
                                                     int page_size);

core::Result<int64_t> unread_notifications(const Services& services, const core::Actor& actor);

// Marks the actor's notification `id` read (kNotFound when it is not theirs).
// Audited as "notification.read".
core::Status mark_notification_read(const Services& services, const core::Actor& actor, int64_t id,
                                    const RequestMeta& meta);

// Marks all the actor's notifications read; audited when any changed. Returns how many.
core::Result<int64_t> mark_all_notifications_read(const Services& services, const core::Actor& actor,
                                                  const RequestMeta& meta);

}  // namespace thidua::app
