#include "store/mail_outbox.h"

namespace thidua::store {
namespace {

constexpr const char* kColumns =
    "id, to_address, subject, body, created_at, sent_at, attempts, last_error, next_attempt_at";

OutboxMail from_row(const Row& r) {
  return OutboxMail{r.i64(0), r.str(1), r.str(2), r.str(3), r.str(4), r.opt_str(5), r.i64(6), r.str(7), r.opt_str(8)};
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

core::Result<std::vector<OutboxMail>> due_mail(Connection& conn, const std::string& now, int64_t max_attempts,
                                               int limit) {
  auto rows = conn.query(std::string("SELECT ") + kColumns +
                             " FROM mail_outbox WHERE sent_at IS NULL AND attempts < ? "
                             "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?",
                         {max_attempts, now, int64_t{limit}});
  if (!rows.ok()) return rows.error();
  std::vector<OutboxMail> out;
  for (const Row& r : *rows) out.push_back(from_row(r));
  return out;
}

core::Status mark_mail_sent(Connection& conn, int64_t id, const std::string& now) {
  THIDUA_TRY(conn.exec("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = '', "
                       "next_attempt_at = NULL WHERE id = ?",
                       {now, id}));
  return {};
}

core::Status mark_mail_failed(Connection& conn, int64_t id, const std::string& error,
                              const std::string& next_attempt_at) {
  THIDUA_TRY(conn.exec(
      "UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
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
