// In-app notifications (thông báo) of user accounts, and who receives a
// unit's reminders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/notification.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Inserts one notification (id and read_at ignored); returns the id.
core::Result<int64_t> insert_notification(Connection& conn, const core::Notification& n);

struct NotificationPage {
  std::vector<core::Notification> items;
  bool has_more = false;
};
// The user's notifications, newest first; `limit` rows from `offset`.
core::Result<NotificationPage> list_notifications(Connection& conn, int64_t user_id, int64_t offset, int limit);

core::Result<int64_t> count_unread(Connection& conn, int64_t user_id);

// Marks the user's notification `id` read (unchanged when already read).
// Returns false when the user has no notification `id`.
core::Result<bool> mark_read(Connection& conn, int64_t user_id, int64_t id, const std::string& now);
// Marks every unread notification of the user read; returns how many.
core::Result<int64_t> mark_all_read(Connection& conn, int64_t user_id, const std::string& now);

// An enabled account holding the unit head or unit officer role on a unit
// (exactly that unit), with the e-mail of its person ("" when none).
struct UnitContact {
  int64_t unit_id = 0;
  int64_t user_id = 0;
  std::string email;
};
// The contacts of every unit in `unit_ids`, ordered by unit then user; one
// query. An account with both roles on a unit appears once for it.
core::Result<std::vector<UnitContact>> unit_contacts(Connection& conn, const std::vector<int64_t>& unit_ids);

}  // namespace thidua::store
