// A small SMTP client (RFC 5321) over Boost.Asio: EHLO (HELO when refused and
// no TLS is asked for), STARTTLS (RFC 3207) or implicit TLS (port 465), AUTH
// PLAIN or LOGIN (RFC 4954), MAIL FROM, RCPT TO, DATA with dot-stuffing, RSET
// after a refused message, QUIT.
//
// TLS: the server certificate is always verified, against the system's trusted
// CAs plus settings.ca_file, and its name against settings.host (RFC 6125);
// there is no way to turn that off. With SmtpTls::kStartTls a server that does
// not offer STARTTLS is refused: nothing is ever sent in clear. AUTH is only
// ever sent over TLS, and the password never appears in an error message.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/result.h"
#include "mail/message.h"

namespace thidua::mail {

enum class SmtpTls {
  kNone,      // plain TCP (a local relay); AUTH refused
  kStartTls,  // plain connect, then STARTTLS required (port 587 or 25)
  kImplicit,  // TLS from the first byte (port 465)
};

struct SmtpSettings {
  std::string host;                          // "" = e-mail is off
  unsigned short port = 25;
  std::string from = "thidua@localhost";     // envelope and From: address
  std::string helo = "localhost";            // name given in EHLO
  std::chrono::milliseconds timeout{15000};  // per reply or write; the connection closes after it
  SmtpTls tls = SmtpTls::kNone;
  std::string ca_file;   // PEM file of CAs trusted besides the system store; "" = system store only
  std::string user;      // "" = no AUTH
  std::string password;  // with user; never logged
  bool enabled() const { return !host.empty(); }
};

// Sends `messages` (their `from` is replaced by settings.from) over one
// connection and returns one Status per message, in order: ok when the relay
// accepted it (250 after DATA), else the error (kStorage-free: code
// errc::kInternal, message "SMTP 550 ..." or the network, TLS or AUTH error).
// A failure of the connection (network, TLS, AUTH) fails the message in
// progress and every later one. Never throws.
std::vector<core::Status> send_batch(const SmtpSettings& settings, const std::vector<MailMessage>& messages);

// Why a TLS handshake failed, in Vietnamese, from OpenSSL's certificate
// verification result (X509_V_OK when the certificate was not the problem).
const char* tls_failure_reason(long verify_result);

}  // namespace thidua::mail
