// Accounts, their role grants, login sessions and API tokens.
#pragma once

#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

#include "core/account.h"
#include "core/authz.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

core::Result<std::optional<core::UserRecord>> find_user(Connection& conn, int64_t id);
core::Result<std::optional<core::UserRecord>> find_user_by_username(Connection& conn, const std::string& username);
// Duplicate username → kConflict on field "username".
core::Result<core::UserRecord> insert_user(Connection& conn, core::UserRecord user, const std::string& now);
// Writes every mutable field of `user` (by id); bumps version.
core::Status save_user(Connection& conn, const core::UserRecord& user, const std::string& now);

// Users, ordered by username, after `after_username` (keyset), at most limit+1
// read so that the caller can tell whether more exist.
core::Result<std::vector<core::UserRecord>> list_users(Connection& conn, const std::string& after_username, int limit);

core::Result<std::vector<core::GrantRecord>> grants_of(Connection& conn, int64_t user_id);
// Grants of several users in one query, keyed by user id (users without
// grants are absent).
core::Result<std::map<int64_t, std::vector<core::GrantRecord>>> grants_of_users(Connection& conn,
                                                                          const std::vector<int64_t>& user_ids);
core::Result<int64_t> insert_grant(Connection& conn, int64_t user_id, core::Role role, int64_t unit_id);
core::Status delete_grant(Connection& conn, int64_t user_id, int64_t grant_id);
// Grants the administrator role on `agency_id` to every account that
// administers another open agency of the deployment (a new agency stays
// administered by the deployment's administrators). The caller holds the
// transaction.
core::Status grant_deployment_administrators(Connection& conn, int64_t agency_id);

// The enabled accounts holding one of `roles` on a unit whose subtree holds
// `unit_path` (the unit itself or one above), e.g. the heads over a unit:
// whether there is any, and the people (users.person_id) they belong to.
// One query over the grants of those roles.
struct RoleHolders {
  bool any = false;
  std::set<int64_t> people;
};
core::Result<RoleHolders> holders_of_role_over(Connection& conn, const std::vector<core::Role>& roles,
                                               const std::string& unit_path);

// Builds the Actor of a user from its record and grants.
core::Actor actor_of(const core::UserRecord& user, const std::vector<core::GrantRecord>& grants);

core::Status insert_session(Connection& conn, const core::SessionRecord& s, const std::string& ip,
                            const std::string& user_agent);
core::Result<std::optional<core::SessionRecord>> find_session(Connection& conn, const std::string& token_hash);
core::Status touch_session(Connection& conn, const std::string& token_hash, const std::string& now,
                           const std::string& expires_at);
core::Status delete_session(Connection& conn, const std::string& token_hash);
core::Status delete_sessions_of(Connection& conn, int64_t user_id);
core::Result<int64_t> delete_expired_sessions(Connection& conn, const std::string& now);

core::Result<int64_t> insert_api_token(Connection& conn, int64_t user_id, const std::string& name,
                                       const std::string& token_hash, const std::string& now);
// The live (not revoked) token with this hash.
core::Result<std::optional<core::ApiTokenRecord>> find_api_token(Connection& conn, const std::string& token_hash);
// Records that the token was used (callers throttle how often).
core::Status touch_api_token(Connection& conn, int64_t token_id, const std::string& now);
core::Result<std::vector<core::ApiTokenRecord>> api_tokens_of(Connection& conn, int64_t user_id);
core::Status revoke_api_token(Connection& conn, int64_t user_id, int64_t token_id, const std::string& now);
// Revokes every live token of the user (a password change, a reset, the
// account disabled). Returns how many were live.
core::Result<int64_t> revoke_api_tokens_of(Connection& conn, int64_t user_id, const std::string& now);

}  // namespace thidua::store
