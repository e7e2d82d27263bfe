#include "store/login_failures.h"

namespace thidua::store {

core::Result<std::optional<LoginFailures>> find_login_failures(Connection& conn, const std::string& key,
                                                               const std::string& address) {
  auto rows = conn.query("SELECT failures, blocked_until FROM login_failures WHERE login_key = ? AND address = ?",
                         {key, address});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<LoginFailures>();
  return std::optional<LoginFailures>(LoginFailures{(*rows)[0].i64(0), (*rows)[0].str(1)});
}

core::Status save_login_failures(Connection& conn, const std::string& key, const std::string& address,
                                 const LoginFailures& f, const std::string& now) {
  auto r = conn.exec(
      "INSERT INTO login_failures (login_key, address, failures, last_failed_at, blocked_until) VALUES (?,?,?,?,?) "
      "ON CONFLICT (login_key, address) DO UPDATE SET failures = excluded.failures, "
      "last_failed_at = excluded.last_failed_at, blocked_until = excluded.blocked_until",
      {key, address, f.failures, now, f.blocked_until});
  if (!r.ok()) return r.error();
  return {};
}

core::Status clear_login_failures(Connection& conn, const std::string& key, const std::optional<std::string>& address) {
  auto r = address ? conn.exec("DELETE FROM login_failures WHERE login_key = ? AND address = ?", {key, *address})
                   : conn.exec("DELETE FROM login_failures WHERE login_key = ?", {key});
  if (!r.ok()) return r.error();
  return {};
}

core::Result<int64_t> purge_login_failures(Connection& conn, const std::string& before) {
  return conn.exec("DELETE FROM login_failures WHERE last_failed_at < ?", {before});
}

}  // namespace thidua::store
