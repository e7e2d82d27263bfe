// Use cases for accounts (administrators, core::Action::kManageUsers): create,
// disable, re-enable, reset password, grant and revoke roles; and API tokens,
// which each user manages for themself. An administrator may only touch
// accounts whose every role lies inside the administrator's own scope, and
// grant roles only on units inside it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/users.h"

namespace thidua::app {

struct NewUser {
  std::string username;       // 3–64 of [a-z0-9._-]
  std::string display_name;
  std::optional<int64_t> person_id;
  std::string password;       // "" → a random temporary password is generated
  std::optional<core::Role> role;
  std::optional<int64_t> unit_id;  // required with role
};

struct CreatedUser {
  core::UserRecord user;
  std::string temporary_password;  // set when one was generated; shown once
};

core::Result<CreatedUser> create_user(const Services& services, const core::Actor& actor, const NewUser& input,
                                      const RequestMeta& meta);

struct UserSummary {
  core::UserRecord user;
  std::vector<core::GrantRecord> grants;
};
// A page of the accounts the actor may manage (all of whose roles lie in the
// actor's scope); a page may hold fewer than `limit` when others are hidden.
struct UserListing {
  std::vector<UserSummary> users;
  std::string next_after;  // pass back to get the next page; "" when none
};
core::Result<UserListing> list_users(const Services& services, const core::Actor& actor,
                                     const std::string& after_username, int limit);
core::Result<UserSummary> get_user(const Services& services, const core::Actor& actor, int64_t user_id);

core::Status set_user_disabled(const Services& services, const core::Actor& actor, int64_t user_id, bool disabled,
                               const RequestMeta& meta);
// Sets a new random temporary password (returned, shown once), forces a change
// at next login, ends the user's sessions and clears any lock.
core::Result<std::string> reset_user_password(const Services& services, const core::Actor& actor, int64_t user_id,
                                              const RequestMeta& meta);
core::Status grant_role(const Services& services, const core::Actor& actor, int64_t user_id, core::Role role,
                        int64_t unit_id, const RequestMeta& meta);
core::Status revoke_role(const Services& services, const core::Actor& actor, int64_t user_id, int64_t grant_id,
                         const RequestMeta& meta);

struct NewApiToken {
  int64_t id = 0;
  std::string secret;  // shown once; only its hash is stored
};
// Creates an API token acting as `actor` (a user creates their own tokens;
// the system actor creates one for `user_id`).
core::Result<NewApiToken> create_api_token(const Services& services, const core::Actor& actor, int64_t user_id,
                                           const std::string& name, const RequestMeta& meta);
core::Result<std::vector<core::ApiTokenRecord>> list_api_tokens(const Services& services, const core::Actor& actor);
core::Status revoke_api_token(const Services& services, const core::Actor& actor, int64_t token_id,
                              const RequestMeta& meta);

// Validates a username: 3–64 characters of a–z, 0–9, '.', '_', '-'.
core::Status validate_username(const std::string& username);

}  // namespace thidua::app
