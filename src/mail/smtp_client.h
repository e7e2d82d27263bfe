// A small SMTP client (RFC 5321) over Boost.Asio for a local relay: EHLO (HELO
// when refused), MAIL FROM, RCPT TO, DATA with dot-stuffing, RSET after a
// refused message, QUIT. Plain TCP only: no STARTTLS and no AUTH, so the relay
// must accept mail from this host without authentication (a local MTA such as
// Postfix listening on 127.0.0.1, which then delivers over TLS itself).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/result.h"
#include "mail/message.h"

namespace thidua::mail {

struct SmtpSettings {
  std::string host;                          // "" = e-mail is off
  unsigned short port = 25;
  std::string from = "thidua@localhost";     // envelope and From: address
  std::string helo = "localhost";            // name given in EHLO
  std::chrono::milliseconds timeout{15000};  // per reply or write; the connection closes after it
  bool enabled() const { return !host.empty(); }
};

// Sends `messages` (their `from` is replaced by settings.from) over one
// connection and returns one Status per message, in order: ok when the relay
// accepted it (250 after DATA), else the error (kStorage-free: code
// errc::kInternal, message "SMTP 550 ..." or the network error). A network
// failure fails the message in progress and every later one. Never throws.
std::vector<core::Status> send_batch(const SmtpSettings& settings, const std::vector<MailMessage>& messages);

}  // namespace thidua::mail
