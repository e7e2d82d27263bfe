#include "store/users.h"

#include "core/messages_vi/accounts.h"
#include "store/scope_sql.h"

namespace thidua::store {

namespace msg = core::messages_vi;

namespace {

constexpr const char* kUserColumns =
    "id, username, display_name, person_id, password_hash, disabled, must_change_password, failed_logins, "
    "locked_until, last_login_at, version";

core::UserRecord to_user(const Row& r) {
  core::UserRecord u;
  u.id = r.i64(0);
  u.username = r.str(1);
  u.display_name = r.str(2);
  u.person_id = r.opt_i64(3);
  u.password_hash = r.str(4);
  u.disabled = r.i64(5) != 0;
  u.must_change_password = r.i64(6) != 0;
  u.failed_logins = static_cast<int>(r.i64(7));
  u.locked_until = r.str(8);
  u.last_login_at = r.str(9);
  u.version = r.i64(10);
  return u;
}

core::Result<std::optional<core::UserRecord>> find_user_where(Connection& conn, const std::string& where, const Params& p) {
  auto rows = conn.query(std::string("SELECT ") + kUserColumns + " FROM users WHERE " + where, p);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::UserRecord>();
  return std::optional<core::UserRecord>(to_user((*rows)[0]));
}

}  // namespace

core::Result<std::optional<core::UserRecord>> find_user(Connection& conn, int64_t id) {
  return find_user_where(conn, "id = ?", {id});
}

core::Result<std::optional<core::UserRecord>> find_user_by_username(Connection& conn, const std::string& username) {
  return find_user_where(conn, "username = ?", {username});
}

core::Result<core::UserRecord> insert_user(Connection& conn, core::UserRecord u, const std::string& now) {
  auto rows = conn.query(
      "INSERT INTO users (username, display_name, person_id, password_hash, disabled, must_change_password, "
      "failed_logins, version, created_at, updated_at) VALUES (?,?,?,?,?,?,0,1,?,?) RETURNING id",
      {u.username, u.display_name, opt(u.person_id), u.password_hash, u.disabled, u.must_change_password, now, now});
  if (!rows.ok()) {
    if (rows.error().code == core::errc::kConflict) {
      return core::make_error(core::errc::kConflict, msg::kUsernameTaken, "username");
    }
    return rows.error();
  }
  u.id = (*rows)[0].i64(0);
  u.version = 1;
  return u;
}

core::Status save_user(Connection& conn, const core::UserRecord& u, const std::string& now) {
  auto r = conn.exec(
      "UPDATE users SET display_name = ?, person_id = ?, password_hash = ?, disabled = ?, must_change_password = ?, "
      "failed_logins = ?, locked_until = ?, last_login_at = ?, version = version + 1, updated_at = ? WHERE id = ?",
      {u.display_name, opt(u.person_id), u.password_hash, u.disabled, u.must_change_password,
       static_cast<int64_t>(u.failed_logins), null_if_empty(u.locked_until), null_if_empty(u.last_login_at), now,
       u.id});
  if (!r.ok()) return r.error();
  if (*r == 0) return core::make_error(core::errc::kNotFound, msg::kAccountNotFound);
  return {};
}

core::Result<std::vector<core::UserRecord>> list_users(Connection& conn, const std::string& after_username, int limit) {
  auto rows = conn.query(std::string("SELECT ") + kUserColumns +
                             " FROM users WHERE username > ? ORDER BY username LIMIT ?",
                         {after_username, static_cast<int64_t>(limit + 1)});
  if (!rows.ok()) return rows.error();
  std::vector<core::UserRecord> out;
  for (const auto& r : *rows) out.push_back(to_user(r));
  return out;
}

core::Result<std::vector<core::GrantRecord>> grants_of(Connection& conn, int64_t user_id) {
  auto rows = conn.query(
      "SELECT g.id, g.role, g.unit_id, u.path, u.name FROM role_grants g JOIN units u ON u.id = g.unit_id "
      "WHERE g.user_id = ? ORDER BY g.id",
      {user_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::GrantRecord> out;
  for (const auto& r : *rows) {
    auto role = core::parse_role(r.str(1));
    if (!role) continue;  // a role this version does not know grants nothing
    out.push_back({r.i64(0), *role, r.i64(2), r.str(3), r.str(4)});
  }
  return out;
}

core::Result<std::map<int64_t, std::vector<core::GrantRecord>>> grants_of_users(Connection& conn,
                                                                          const std::vector<int64_t>& user_ids) {
  std::map<int64_t, std::vector<core::GrantRecord>> out;
  if (user_ids.empty()) return out;
  std::string sql =
      "SELECT g.user_id, g.id, g.role, g.unit_id, u.path, u.name FROM role_grants g JOIN units u ON u.id = g.unit_id "
      "WHERE g.user_id IN (";
  sql += sql_markers(user_ids.size());
  Params params(user_ids.begin(), user_ids.end());
  auto rows = conn.query(sql + ") ORDER BY g.user_id, g.id", params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) {
    auto role = core::parse_role(r.str(2));
    if (!role) continue;
    out[r.i64(0)].push_back({r.i64(1), *role, r.i64(3), r.str(4), r.str(5)});
  }
  return out;
}

core::Result<RoleHolders> holders_of_role_over(Connection& conn, const std::vector<core::Role>& roles,
                                               const std::string& unit_path) {
  RoleHolders out;
  std::vector<std::string> paths = path_and_ancestors(unit_path);
  if (roles.empty() || paths.empty()) return out;
  Params params;
  for (auto r : roles) params.emplace_back(std::string(core::role_code(r)));
  for (auto& p : paths) params.emplace_back(std::move(p));
  auto rows = conn.query(
      "SELECT DISTINCT us.person_id FROM role_grants g JOIN users us ON us.id = g.user_id "
      "JOIN units u ON u.id = g.unit_id WHERE g.role IN (" + sql_markers(roles.size()) + ") AND u.path IN (" +
          sql_markers(params.size() - roles.size()) + ") AND us.disabled = 0",
      params);
  if (!rows.ok()) return rows.error();
  out.any = !rows->empty();
  for (const auto& r : *rows) {
    if (!r.is_null(0)) out.people.insert(r.i64(0));
  }
  return out;
}

core::Result<int64_t> insert_grant(Connection& conn, int64_t user_id, core::Role role, int64_t unit_id) {
  auto rows = conn.query("INSERT INTO role_grants (user_id, role, unit_id) VALUES (?,?,?) RETURNING id",
                         {user_id, std::string(core::role_code(role)), unit_id});
  if (!rows.ok()) {
    if (rows.error().code == core::errc::kConflict) {
      return core::make_error(core::errc::kConflict, msg::kRoleAlreadyGranted, "role");
    }
    return rows.error();
  }
  return (*rows)[0].i64(0);
}

core::Status grant_deployment_administrators(Connection& conn, int64_t agency_id) {
  auto admins = conn.query(
      "SELECT DISTINCT g.user_id FROM role_grants g JOIN units u ON u.id = g.unit_id "
      "WHERE g.role = 'administrator' AND u.parent_id IS NULL AND u.valid_to IS NULL AND u.id <> ?",
      {agency_id});
  if (!admins.ok()) return admins.error();
  for (const auto& row : *admins) {
    auto grant = insert_grant(conn, row.i64(0), core::Role::kAdministrator, agency_id);
    if (!grant.ok()) return grant.error();
  }
  return {};
}

core::Status delete_grant(Connection& conn, int64_t user_id, int64_t grant_id) {
  auto r = conn.exec("DELETE FROM role_grants WHERE id = ? AND user_id = ?", {grant_id, user_id});
  if (!r.ok()) return r.error();
  if (*r == 0) return core::make_error(core::errc::kNotFound, msg::kRoleNotFound);
  return {};
}

core::Actor actor_of(const core::UserRecord& user, const std::vector<core::GrantRecord>& grants) {
  core::Actor a;
  a.user_id = user.id;
  a.username = user.username;
  a.display_name = user.display_name;
  a.person_id = user.person_id;
  for (const auto& g : grants) a.grants.push_back({g.role, g.unit_id, g.unit_path});
  return a;
}

core::Status insert_session(Connection& conn, const core::SessionRecord& s, const std::string& ip,
                            const std::string& user_agent) {
  auto r = conn.exec(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at, ip, user_agent) "
      "VALUES (?,?,?,?,?,?,?,?)",
      {s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at, s.last_seen_at, ip,
       user_agent.substr(0, 255)});
  if (!r.ok()) return r.error();
  return {};
}

core::Result<std::optional<core::SessionRecord>> find_session(Connection& conn, const std::string& token_hash) {
  auto rows = conn.query(
      "SELECT token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at FROM sessions "
      "WHERE token_hash = ?",
      {token_hash});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::SessionRecord>();
  const Row& r = (*rows)[0];
  return std::optional<core::SessionRecord>(core::SessionRecord{r.str(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.str(5)});
}

core::Status touch_session(Connection& conn, const std::string& token_hash, const std::string& now,
                           const std::string& expires_at) {
  auto r = conn.exec("UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?",
                     {now, expires_at, token_hash});
  if (!r.ok()) return r.error();
  return {};
}

core::Status delete_session(Connection& conn, const std::string& token_hash) {
  auto r = conn.exec("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
  if (!r.ok()) return r.error();
  return {};
}

core::Status delete_sessions_of(Connection& conn, int64_t user_id) {
  auto r = conn.exec("DELETE FROM sessions WHERE user_id = ?", {user_id});
  if (!r.ok()) return r.error();
  return {};
}

core::Result<int64_t> delete_expired_sessions(Connection& conn, const std::string& now) {
  return conn.exec("DELETE FROM sessions WHERE expires_at < ?", {now});
}

core::Result<int64_t> insert_api_token(Connection& conn, int64_t user_id, const std::string& name,
                                       const std::string& token_hash, const std::string& now) {
  auto rows = conn.query(
      "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?,?,?,?) RETURNING id",
      {user_id, name, token_hash, now});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::optional<core::ApiTokenRecord>> find_api_token(Connection& conn, const std::string& token_hash) {
  auto rows = conn.query(
      "SELECT id, user_id, name, created_at, last_used_at, revoked_at FROM api_tokens "
      "WHERE token_hash = ? AND revoked_at IS NULL",
      {token_hash});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<core::ApiTokenRecord>();
  const Row& r = (*rows)[0];
  return std::optional<core::ApiTokenRecord>(core::ApiTokenRecord{r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.str(5)});
}

core::Status touch_api_token(Connection& conn, int64_t token_id, const std::string& now) {
  auto r = conn.exec("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", {now, token_id});
  if (!r.ok()) return r.error();
  return {};
}

core::Result<std::vector<core::ApiTokenRecord>> api_tokens_of(Connection& conn, int64_t user_id) {
  auto rows = conn.query(
      "SELECT id, user_id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = ? ORDER BY id",
      {user_id});
  if (!rows.ok()) return rows.error();
  std::vector<core::ApiTokenRecord> out;
  for (const auto& r : *rows) out.push_back({r.i64(0), r.i64(1), r.str(2), r.str(3), r.str(4), r.str(5)});
  return out;
}

core::Result<int64_t> revoke_api_tokens_of(Connection& conn, int64_t user_id, const std::string& now) {
  return conn.exec("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", {now, user_id});
}

core::Status revoke_api_token(Connection& conn, int64_t user_id, int64_t token_id, const std::string& now) {
  auto r = conn.exec("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL",
                     {now, token_id, user_id});
  if (!r.ok()) return r.error();
  if (*r == 0) return core::make_error(core::errc::kNotFound, msg::kTokenNotFound);
  return {};
}

}  // namespace thidua::store
