// A tiny SMTP server for tests: Boost.Asio on 127.0.0.1 (ephemeral port) on
// its own thread, speaking just enough of RFC 5321 (EHLO/HELO, MAIL, RCPT,
// DATA, RSET, NOOP, QUIT) to record every message it is given, with helpers
// that decode what thidua sends (RFC 2047 subject, base64 body). Optionally
// (SmtpSinkOptions) STARTTLS or implicit TLS with a given certificate, and
// AUTH PLAIN/LOGIN required before MAIL, offered only over TLS like a real
// submission server; every AUTH attempt is recorded, with whether TLS was up.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace thidua::test {

struct ReceivedMail {
  std::string mail_from;              // envelope sender
  std::vector<std::string> rcpt_to;   // envelope recipients
  std::string data;                   // the message, dot-stuffing undone, CRLF line ends
  // The value of the first header `name` (case-insensitive), unfolded; "".
  std::string header(std::string_view name) const;
  // Subject with RFC 2047 words decoded (UTF-8).
  std::string subject() const;
  // The body, base64 decoded when the transfer encoding says so.
  std::string body() const;
};

std::string decode_base64(std::string_view text);
// Decodes "=?UTF-8?B?...?=" words (B encoding only); other text is kept.
std::string decode_rfc2047(std::string_view value);

struct SmtpSinkOptions {
  std::string cert_file;        // PEM server certificate (chain); with key_file, enables TLS
  std::string key_file;         // PEM private key
  bool starttls = false;        // offer STARTTLS (needs the certificate)
  bool implicit_tls = false;    // TLS from the first byte, as on port 465
  std::string user;             // non-empty: AUTH with user/password required before MAIL
  std::string password;
  bool auth_login_only = false; // offer AUTH LOGIN only (else PLAIN and LOGIN)
  bool auth_in_clear = false;   // also offer AUTH before TLS (a badly set up server)
};

struct AuthAttempt {
  std::string mechanism;  // "PLAIN" or "LOGIN"
  std::string user;
  std::string password;
  bool over_tls = false;
  bool accepted = false;
};

class SmtpSink {
 public:
  explicit SmtpSink(SmtpSinkOptions options = {});
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  unsigned short port() const { return port_; }
  std::vector<ReceivedMail> messages() const;
  std::vector<AuthAttempt> auth_attempts() const;
  // Commands received before TLS was up, in order (verbs only, e.g. "EHLO").
  std::vector<std::string> clear_commands() const;
  // Waits until at least `count` messages arrived; false on timeout.
  bool wait_for(size_t count, std::chrono::milliseconds timeout) const;

  struct State;

 private:
  std::shared_ptr<State> state_;
  unsigned short port_ = 0;
  std::thread thread_;
};

}  // namespace thidua::test
