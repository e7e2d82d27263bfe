// Drains the e-mail outbox (store/mail_outbox.h) through the SMTP relay: in
// bounded batches, marking each message sent or counting a failed attempt
// with its error and an exponential back-off (1, 2, 4 ... minutes, at most
// 60), giving up after kMaxAttempts (the row stays, with its last error).
// OutboxSender runs drain_outbox on a background thread of `thidua serve`.
// Several servers may drain one outbox: a batch is claimed for kMailLease
// before the SMTP conversation (store::claim_due_mail), so no two servers
// send the same message.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "app/clock.h"
#include "mail/smtp_client.h"
#include "store/db.h"

namespace thidua::mail {

inline constexpr int64_t kMaxAttempts = 8;
// How long a claimed batch is this server's: longer than the SMTP
// conversation of a full batch can last under its timeouts.
inline constexpr std::chrono::minutes kMailLease{15};

// A name for this sending server, unique among the servers of a database:
// host name, process id and random digits.
std::string outbox_claimer_name();

struct DrainResult {
  int64_t sent = 0;
  int64_t failed = 0;
};

// The delay before attempt number `attempts` + 1 after `attempts` failures.
std::chrono::minutes retry_delay(int64_t attempts);

// Claims the due messages for `claimer`, at most `batch` of them, and sends
// them over one SMTP connection; the database connection is not held during
// the conversation. Storage errors come back as the Error; SMTP failures are
// recorded per row.
core::Result<DrainResult> drain_outbox(store::Database& db, const app::Clock& clock, const SmtpSettings& settings,
                                       int batch = 50, const std::string& claimer = outbox_claimer_name());

class OutboxSender {
 public:
  // Drains every `interval` (and at start) until stopped. Needs settings.enabled().
  OutboxSender(store::Database& db, const app::Clock& clock, SmtpSettings settings,
               std::chrono::milliseconds interval = std::chrono::seconds(30));
  ~OutboxSender();  // stops and joins
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  void start();
  void stop();
  // Drains now instead of waiting for the interval.
  void wake();

 private:
  void run();

  store::Database& db_;
  const app::Clock& clock_;
  SmtpSettings settings_;
  std::chrono::milliseconds interval_;
  std::string claimer_ = outbox_claimer_name();
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace thidua::mail
