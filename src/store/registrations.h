// Registrations (đăng ký thi đua) with their targets and initiatives: insert
// in few statements, replace the content, move the state under optimistic
// versioning, read one, list a campaign's page with counts per state (targets
// and initiatives of a page loaded with one IN query each).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/person.h"
#include "core/registration.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Inserts `r` (state, signature task, entered_by, submitted_at as given) with
// its targets and initiatives in order: one INSERT per table. Version 1.
// kConflict when the subject already has a registration in the campaign.
// Returns the new id. The caller holds the transaction.
core::Result<int64_t> insert_registration(Connection& conn, const core::Registration& r, const std::string& now);

// Replaces signature task, targets and initiatives of registration `r.id`
// when its version is `expected_version` and it is still draft or returned
// (else kConflict); bumps the version. The caller holds the transaction.
core::Status update_registration_content(Connection& conn, const core::Registration& r, int64_t expected_version,
                                         const std::string& now);

// Moves registration `id` from `from` to `to` when it is still in `from`
// with version `expected_version` (else kConflict); bumps the version.
// submitted: submitted_at = now, return reason and decision cleared;
// approved/returned: decided_by/at set, the reason stored (returned only).
struct RegistrationMove {
  core::RegistrationState from = core::RegistrationState::kDraft;
  core::RegistrationState to = core::RegistrationState::kSubmitted;
  int64_t expected_version = 0;
  std::optional<int64_t> actor_user_id;
  std::string reason;
};
core::Status move_registration(Connection& conn, int64_t id, const RegistrationMove& move, const std::string& now);

// One registration with names, targets and initiatives; nullopt when absent.
core::Result<std::optional<core::Registration>> find_registration(Connection& conn, int64_t id);

struct RegistrationQuery {
  int64_t campaign_id = 0;
  // Visibility: registrations whose unit lies under these paths, or of
  // `own_person`. nullopt: no restriction.
  std::optional<std::vector<std::string>> scopes;
  std::optional<int64_t> own_person;
  std::optional<int64_t> unit_id;              // only this unit's
  std::optional<core::RegistrationState> state;  // only this state (counts ignore it)
  std::optional<int64_t> before_id;              // only ids below it (keyset paging; counts ignore it)
  int64_t offset = 0;
  int64_t limit = 50;
};

struct RegistrationPage {
  std::vector<core::Registration> items;          // newest first, with targets and initiatives
  std::map<core::RegistrationState, int64_t> counts;  // per state, before the state filter
  int64_t total = 0;                              // matching rows (state filter applied)
};
core::Result<RegistrationPage> list_registrations(Connection& conn, const RegistrationQuery& q);

// The campaign's registration deadline (ISO date) if it has one.
core::Result<std::optional<std::string>> registration_deadline(Connection& conn, int64_t campaign_id);
// The date by which the units must have registered, for lateness (ISO): the
// plan's registration deadline, else the last day of its period (a plan that
// names no deadline still ends).
struct RegistrationDue {
  std::optional<std::string> date;  // ISO; nullopt only for an unknown campaign
  bool from_period = false;         // the plan names no deadline: this is its period's end
};
core::Result<RegistrationDue> registration_due(Connection& conn, int64_t campaign_id);

// People by id and by (folded full name) for a bulk import: one query each.
core::Result<std::vector<core::Person>> people_by_ids(Connection& conn, const std::vector<int64_t>& ids);
core::Result<std::vector<core::Person>> people_by_folded_names(Connection& conn,
                                                               const std::vector<std::string>& folded_names);

// Subject keys among `keys` that already have a registration in the campaign.
core::Result<std::vector<std::string>> registered_subjects(Connection& conn, int64_t campaign_id,
                                                           const std::vector<std::string>& keys);

}  // namespace thidua::store
