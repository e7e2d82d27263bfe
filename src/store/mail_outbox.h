// The e-mail outbox: messages waiting for the SMTP relay, sent, or failing
// with their attempts, last error and the time of the next try. Nothing is
// deleted: a message given up on stays with its last error for the operator.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct OutboxMail {
  int64_t id = 0;
  std::string to_address;
  std::string subject;  // UTF-8, not encoded
  std::string body;     // UTF-8 plain text
  std::string created_at;
  std::optional<std::string> sent_at;
  int64_t attempts = 0;
  std::string last_error;
  std::optional<std::string> next_attempt_at;
};

// Queues a message; returns its id.
core::Result<int64_t> enqueue_mail(Connection& conn, const std::string& to, const std::string& subject,
                                   const std::string& body, const std::string& now);

// Unsent messages due at `now` (next_attempt_at NULL or not after it) with
// fewer than `max_attempts` attempts, oldest first, at most `limit`.
core::Result<std::vector<OutboxMail>> due_mail(Connection& conn, const std::string& now, int64_t max_attempts,
                                               int limit);

core::Status mark_mail_sent(Connection& conn, int64_t id, const std::string& now);

// Counts one failed attempt with its error and when to try again.
core::Status mark_mail_failed(Connection& conn, int64_t id, const std::string& error,
                              const std::string& next_attempt_at);

core::Result<std::optional<OutboxMail>> find_mail(Connection& conn, int64_t id);

}  // namespace thidua::store
