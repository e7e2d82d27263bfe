#include "mail/outbox_sender.h"

#include <algorithm>
#include <iostream>
#include <random>

#include <unistd.h>

#include "core/messages_vi/tracking.h"
#include "store/mail_outbox.h"

namespace thidua::mail {

namespace msg = core::messages_vi;

std::chrono::minutes retry_delay(int64_t attempts) {
  const int64_t shift = std::clamp<int64_t>(attempts - 1, 0, 6);
  return std::chrono::minutes(std::min<int64_t>(60, int64_t{1} << shift));
}

std::string outbox_claimer_name() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  std::random_device random;
  return std::string(host) + ":" + std::to_string(getpid()) + ":" + std::to_string(random());
}

core::Result<DrainResult> drain_outbox(store::Database& db, const app::Clock& clock, const SmtpSettings& settings,
                                       int batch, const std::string& claimer) {
  DrainResult out;
  core::Result<std::vector<store::OutboxMail>> due = std::vector<store::OutboxMail>{};
  {
    const auto start = clock.now();
    auto conn = db.acquire();
    due = store::claim_due_mail(*conn, app::iso_instant(start), app::iso_instant(start + kMailLease), claimer,
                                kMaxAttempts, batch);
  }
  if (!due.ok()) return due.error();
  if (due->empty()) return out;
  std::vector<MailMessage> messages;
  messages.reserve(due->size());
  for (const auto& m : *due) messages.push_back({settings.from, m.to_address, m.subject, m.body});
  const auto results = send_batch(settings, messages);
  const auto now = clock.now();
  auto conn = db.acquire();
  for (size_t i = 0; i < due->size(); ++i) {
    const auto& m = (*due)[i];
    if (results[i].ok()) {
      THIDUA_TRY(store::mark_mail_sent(*conn, m.id, app::iso_instant(now)));
      ++out.sent;
    } else {
      THIDUA_TRY(store::mark_mail_failed(*conn, m.id, results[i].error().message,
                                         app::iso_instant(now + retry_delay(m.attempts + 1))));
      ++out.failed;
    }
  }
  return out;
}

OutboxSender::OutboxSender(store::Database& db, const app::Clock& clock, SmtpSettings settings,
                           std::chrono::milliseconds interval)
    : db_(db), clock_(clock), settings_(std::move(settings)), interval_(interval) {}

OutboxSender::~OutboxSender() { stop(); }

void OutboxSender::start() {
  if (thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = false;
  }
  thread_ = std::thread([this] { run(); });
}

void OutboxSender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void OutboxSender::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  cv_.notify_all();
}

void OutboxSender::run() {
  for (;;) {
    try {
      for (;;) {
        auto r = drain_outbox(db_, clock_, settings_, 50, claimer_);
        if (!r.ok()) {
          std::cerr << msg::kOutboxLogPrefix << r.error().message << "\n";
          break;
        }
        // A full batch sent: more may be due at once.
        if (r->sent + r->failed < 50 || r->failed > 0) break;
      }
    } catch (const std::exception& e) {
      std::cerr << msg::kOutboxLogPrefix << e.what() << "\n";
    }
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, interval_, [this] { return stopping_ || woken_; });
    if (stopping_) return;
    woken_ = false;
  }
}

}  // namespace thidua::mail
