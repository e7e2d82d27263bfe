// The e-mail outbox: messages waiting for the SMTP relay, sent, or failing
// with their attempts, last error and the time of the next try. Nothing is
// deleted: a message given up on stays with its last error for the operator.
// Several servers may drain one outbox: each takes the messages it sends with
// claim_due_mail, a lease no other server breaks before it ends, so a message
// is sent once unless its server dies between the relay's acceptance and
// mark_mail_sent (then it is sent again when the lease has run out).
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
  std::string claimed_by;                    // the server sending it, or ""
  std::optional<std::string> claimed_until;  // the end of that server's lease
};

// Queues a message; returns its id.
core::Result<int64_t> enqueue_mail(Connection& conn, const std::string& to, const std::string& subject,
                                   const std::string& body, const std::string& now);

// Takes for `claimer` (a name unique to one sending server) the unsent
// messages due at `now` with fewer than `max_attempts` attempts and no lease
// running at `now`, oldest first, at most `limit`: their lease runs until
// `lease_until`. Two servers claiming at once never take the same message
// (PostgreSQL: rows locked by the other claim are skipped; SQLite: writers
// take turns). Ordered by id.
core::Result<std::vector<OutboxMail>> claim_due_mail(Connection& conn, const std::string& now,
                                                     const std::string& lease_until, const std::string& claimer,
                                                     int64_t max_attempts, int limit);

// Both end the message's lease.
core::Status mark_mail_sent(Connection& conn, int64_t id, const std::string& now);

// Counts one failed attempt with its error and when to try again.
core::Status mark_mail_failed(Connection& conn, int64_t id, const std::string& error,
                              const std::string& next_attempt_at);

core::Result<std::optional<OutboxMail>> find_mail(Connection& conn, int64_t id);

}  // namespace thidua::store
