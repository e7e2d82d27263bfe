#include "store/mail_outbox.h"

#include <algorithm>

namespace thidua::store {
namespace {

constexpr const char* kColumns =
    "id, to_address, subject, body, created_at, sent_at, attempts, last_error, next_attempt_at, claimed_by, "
    "claimed_until";

OutboxMail from_row(const Row& r) {
  return OutboxMail{r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.opt_str(5),
                    r.i64(6), r.str(7), r.opt_str(8), r.str(9), r.opt_str(10)};
}

}  // namespace

core::Result<int64_t> enqueue_mail(Connection& conn, const std::string& to, const std::string& subject,
                                   const std::string& body, const std::string& now) {
  auto rows = conn.query(
      "INSERT INTO mail_outbox (to_address, subject, body, created_at) VALUES (?,?,?,?) RETURNING id",
      {to, subject, body, now});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].i64(0);
}

core::Result<std::vector<OutboxMail>> claim_due_mail(Connection& conn, const std::string& now,
                                                     const std::string& lease_until, const std::string& claimer,
                                                     int64_t max_attempts, int limit) {
  // The outer conditions repeat the inner ones: on PostgreSQL a row another
  // claim updated while this one waited is checked again in its new version.
  const char* skip_locked = conn.engine() == Engine::kPostgres ? " FOR UPDATE SKIP LOCKED" : "";
  auto rows = conn.query(
      std::string("UPDATE mail_outbox SET claimed_by = ?, claimed_until = ? WHERE id IN (SELECT id FROM mail_outbox "
                  "WHERE sent_at IS NULL AND attempts < ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                  "AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ?") +
          skip_locked +
          ") AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until <= ?) RETURNING " + kColumns,
      {claimer, lease_until, max_attempts, now, now, int64_t{limit}, now});
  if (!rows.ok()) return rows.error();
  std::vector<OutboxMail> out;
  for (const Row& r : *rows) out.push_back(from_row(r));
  std::sort(out.begin(), out.end(), [](const OutboxMail& a, const OutboxMail& b) { return a.id < b.id; });
  return out;
}

core::Status mark_mail_sent(Connection& conn, int64_t id, const std::string& now) {
  THIDUA_TRY(conn.exec("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = '', "
                       "next_attempt_at = NULL, claimed_until = NULL WHERE id = ?",
                       {now, id}));
  return {};
}

core::Status mark_mail_failed(Connection& conn, int64_t id, const std::string& error,
                              const std::string& next_attempt_at) {
  THIDUA_TRY(conn.exec(
      "UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL "
      "WHERE id = ?",
      {error.substr(0, 500), next_attempt_at, id}));
  return {};
}

core::Result<std::optional<OutboxMail>> find_mail(Connection& conn, int64_t id) {
  auto rows = conn.query(std::string("SELECT ") + kColumns + " FROM mail_outbox WHERE id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<OutboxMail>{};
  return std::optional<OutboxMail>{from_row((*rows)[0])};
}

}  // namespace thidua::store
