#include "mail/smtp_client.h"

#include "core/messages_vi/tracking.h"

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <cctype>
#include <ctime>
#include <istream>
#include <memory>
#include <optional>
#include <stdexcept>

namespace thidua::mail {

namespace msg = core::messages_vi;
namespace {

namespace asio = boost::asio;
namespace ssl = asio::ssl;
using asio::ip::tcp;

struct Reply {
  int code = 0;
  std::string text;                // the last line
  std::vector<std::string> lines;  // every line's text (EHLO capabilities)
};

// A reply the conversation did not expect: fails the current message only.
struct Refused : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string rfc5322_date(std::chrono::system_clock::time_point t) {
  const std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buf;
}

std::string message_id(const std::string& from) {
  static std::atomic<uint64_t> counter{0};
  const auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  const size_t at = from.find('@');
  const std::string domain = at == std::string::npos ? "localhost" : from.substr(at + 1);
  return "thidua." + std::to_string(now) + "." + std::to_string(++counter) + "@" + domain;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The words of the EHLO capability `keyword` ("AUTH PLAIN LOGIN" -> {"PLAIN",
// "LOGIN"}), or nullopt when the server does not offer it.
std::optional<std::vector<std::string>> capability(const Reply& ehlo, std::string_view keyword) {
  // The first line is the greeting, not a capability.
  for (size_t i = 1; i < ehlo.lines.size(); ++i) {
    const std::string line = upper(ehlo.lines[i]);
    std::vector<std::string> words;
    size_t pos = 0;
    while (pos < line.size()) {
      const size_t end = std::min(line.find_first_of(" =", pos), line.size());
      if (end > pos) words.push_back(line.substr(pos, end - pos));
      pos = end + 1;
    }
    if (!words.empty() && words[0] == keyword) return std::vector<std::string>(words.begin() + 1, words.end());
  }
  return std::nullopt;
}

// Peer verification on, system CAs plus the agency's own, TLS 1.2 at least.
ssl::context make_tls_context(const SmtpSettings& s) {
  ssl::context ctx(ssl::context::tls_client);
  ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                  ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
  ctx.set_verify_mode(ssl::verify_peer);
  if (s.tls != SmtpTls::kNone) {
    ctx.set_default_verify_paths();
    if (!s.ca_file.empty()) ctx.load_verify_file(s.ca_file);
  }
  return ctx;
}

// One SMTP session, step by step on a private io_context: each network step
// runs the context for at most settings.timeout (Asio's blocking-client
// pattern), so no step can hang and no coroutine support is needed.
class Conversation {
 public:
  explicit Conversation(const SmtpSettings& s) : settings_(s), tls_ctx_(make_tls_context(s)), stream_(io_, tls_ctx_) {}

  void connect() {
    tcp::resolver resolver(io_);
    tcp::resolver::results_type endpoints;
    run([&](auto done) {
      resolver.async_resolve(settings_.host, std::to_string(settings_.port),
                             [&endpoints, done](boost::system::error_code ec, tcp::resolver::results_type r) {
                               endpoints = std::move(r);
                               done(ec);
                             });
    });
    run([&](auto done) {
      asio::async_connect(socket(), endpoints,
                          [done](boost::system::error_code ec, const tcp::endpoint&) { done(ec); });
    });
    if (settings_.tls == SmtpTls::kImplicit) handshake();
    expect(read_reply(), 220, 220);
    Reply ehlo = command("EHLO " + settings_.helo);
    if (ehlo.code != 250) {
      // An old server without extensions: neither STARTTLS nor AUTH then.
      if (settings_.tls == SmtpTls::kStartTls) throw std::runtime_error(msg::kSmtpStartTlsNotOffered);
      expect(command("HELO " + settings_.helo), 250, 250);
      ehlo = Reply{};
    }
    if (settings_.tls == SmtpTls::kStartTls) {
      if (!capability(ehlo, "STARTTLS")) throw std::runtime_error(msg::kSmtpStartTlsNotOffered);
      expect(command("STARTTLS"), 220, 220);
      // Anything already received came in clear and could have been injected.
      if (buffer_.size() > 0) throw std::runtime_error(msg::kSmtpDataBeforeTls);
      handshake();
      // The capabilities before TLS are forgotten (RFC 3207 §4.2).
      ehlo = command("EHLO " + settings_.helo);
      expect(ehlo, 250, 250);
    }
    if (!settings_.user.empty()) authenticate(ehlo);
  }

  // One message; throws Refused when the relay refuses it (the session is
  // reset and may go on), other exceptions for network failures.
  void send(const MailMessage& m) {
    Reply r = command("MAIL FROM:<" + settings_.from + ">");
    if (r.code != 250) return refuse(r);
    r = command("RCPT TO:<" + m.to + ">");
    if (r.code != 250 && r.code != 251) return refuse(r);
    r = command("DATA");
    if (r.code != 354) return refuse(r);
    MailMessage full = m;
    full.from = settings_.from;
    write(dot_stuff(format_message(full, rfc5322_date(std::chrono::system_clock::now()), message_id(settings_.from))));
    r = read_reply();
    if (r.code != 250) throw Refused("SMTP " + std::to_string(r.code) + " " + r.text);
  }

  void quit() {
    command("QUIT");
    close();
  }

  void close() {
    boost::system::error_code ignored;
    socket().shutdown(tcp::socket::shutdown_both, ignored);
    socket().close(ignored);
  }

 private:
  tcp::socket& socket() { return stream_.next_layer(); }

  // Calls `op` with the stream the conversation currently speaks over.
  template <class Op>
  void on_stream(Op op) {
    if (tls_) op(stream_);
    else op(stream_.next_layer());
  }

  // Starts `start(done)` and runs the context until `done(ec)` is called or
  // the timeout passes (then the socket closes and the step fails).
  template <class Start>
  void run(Start start) {
    std::optional<boost::system::error_code> result;
    start([&result](boost::system::error_code ec) { result = ec; });
    io_.restart();
    io_.run_for(settings_.timeout);
    if (!result) {
      boost::system::error_code ignored;
      socket().close(ignored);
      io_.restart();
      io_.run();  // lets the cancelled operation complete
      throw std::runtime_error(msg::kSmtpTimeout);
    }
    if (*result) throw boost::system::system_error(*result);
  }

  // The TLS handshake: the certificate chain and the host name are checked.
  void handshake() {
    SSL* ssl_handle = stream_.native_handle();
    boost::system::error_code ec;
    asio::ip::make_address(settings_.host, ec);
    const bool is_address = !ec;
    // OpenSSL checks the name (RFC 6125) while verifying the chain, so that a
    // mismatch has its own verification result.
    X509_VERIFY_PARAM* param = SSL_get0_param(ssl_handle);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    const int named = is_address ? X509_VERIFY_PARAM_set1_ip_asc(param, settings_.host.c_str())
                                 : X509_VERIFY_PARAM_set1_host(param, settings_.host.c_str(), settings_.host.size());
    if (named != 1) throw std::runtime_error(msg::smtp_tls_failed(msg::kSmtpTlsWrongName, settings_.host));
    if (!is_address) SSL_set_tlsext_host_name(ssl_handle, settings_.host.c_str());  // SNI, for names only
    try {
      run([&](auto done) {
        stream_.async_handshake(ssl::stream_base::client, [done](boost::system::error_code e) { done(e); });
      });
    } catch (const boost::system::system_error& e) {
      std::string detail = e.code().message();
      const long verify = SSL_get_verify_result(ssl_handle);
      if (verify != X509_V_OK) detail += ": " + std::string(X509_verify_cert_error_string(verify));
      throw std::runtime_error(msg::smtp_tls_failed(tls_failure_reason(verify), detail));
    }
    tls_ = true;
  }

  // AUTH PLAIN when offered, else AUTH LOGIN; only ever over TLS.
  void authenticate(const Reply& ehlo) {
    if (!tls_) throw std::runtime_error(msg::kSmtpAuthNeedsTls);
    const auto mechanisms = capability(ehlo, "AUTH");
    const auto offers = [&](std::string_view m) {
      return mechanisms && std::find(mechanisms->begin(), mechanisms->end(), m) != mechanisms->end();
    };
    Reply r;
    if (offers("PLAIN")) {
      r = command("AUTH PLAIN " + base64(std::string(1, '\0') + settings_.user + std::string(1, '\0') +
                                         settings_.password));
    } else if (offers("LOGIN")) {
      r = command("AUTH LOGIN");
      if (r.code == 334) r = command(base64(settings_.user));
      if (r.code == 334) r = command(base64(settings_.password));
    } else {
      throw std::runtime_error(msg::kSmtpAuthNotOffered);
    }
    expect(r, 235, 235);
  }

  void write(const std::string& data) {
    run([&](auto done) {
      on_stream([&](auto& s) {
        asio::async_write(s, asio::buffer(data), [done](boost::system::error_code ec, size_t) { done(ec); });
      });
    });
  }

  Reply read_reply() {
    Reply reply;
    for (;;) {
      run([&](auto done) {
        on_stream([&](auto& s) {
          asio::async_read_until(s, buffer_, "\r\n", [done](boost::system::error_code ec, size_t) { done(ec); });
        });
      });
      std::istream in(&buffer_);
      std::string line;
      std::getline(in, line);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.size() < 3) throw std::runtime_error(msg::smtp_reply_invalid(line));
      reply.code = std::atoi(line.substr(0, 3).c_str());
      reply.text = line.size() > 4 ? line.substr(4) : "";
      reply.lines.push_back(reply.text);
      if (line.size() < 4 || line[3] != '-') break;
    }
    return reply;
  }

  Reply command(const std::string& line) {
    write(line + "\r\n");
    return read_reply();
  }

  void refuse(const Reply& r) {
    (void)command("RSET");
    throw Refused("SMTP " + std::to_string(r.code) + " " + r.text);
  }

  static void expect(const Reply& r, int lo, int hi) {
    if (r.code < lo || r.code > hi) {
      throw std::runtime_error(msg::smtp_refused(r.code, r.text));
    }
  }

  const SmtpSettings& settings_;
  asio::io_context io_;
  ssl::context tls_ctx_;
  ssl::stream<tcp::socket> stream_;
  bool tls_ = false;
  asio::streambuf buffer_;
};

core::Error smtp_error(const std::string& what) { return core::make_error(core::errc::kInternal, what); }

}  // namespace

const char* tls_failure_reason(long verify_result) {
  switch (verify_result) {
    case X509_V_OK:
      return msg::kSmtpTlsHandshake;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
      return msg::kSmtpTlsUntrustedCa;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
      return msg::kSmtpTlsWrongName;
    case X509_V_ERR_CERT_HAS_EXPIRED:
      return msg::kSmtpTlsExpired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
      return msg::kSmtpTlsNotYetValid;
    case X509_V_ERR_CERT_REVOKED:
      return msg::kSmtpTlsRevoked;
    default:
      return msg::kSmtpTlsBadCertificate;
  }
}

std::vector<core::Status> send_batch(const SmtpSettings& settings, const std::vector<MailMessage>& messages) {
  std::vector<core::Status> results(messages.size(), core::Status{smtp_error(msg::kSmtpNotSent)});
  if (messages.empty()) return results;
  for (size_t i = 0; i < messages.size(); ++i) {
    if (auto st = check_address(messages[i].to); !st.ok()) results[i] = st.error();
  }
  std::unique_ptr<Conversation> conv;
  size_t i = 0;
  try {
    conv = std::make_unique<Conversation>(settings);
    conv->connect();
    for (; i < messages.size(); ++i) {
      if (!check_address(messages[i].to).ok()) continue;
      try {
        conv->send(messages[i]);
        results[i] = core::Status{};
      } catch (const Refused& e) {
        results[i] = smtp_error(e.what());
      }
    }
    conv->quit();
  } catch (const std::exception& e) {
    for (; i < messages.size(); ++i) {
      if (check_address(messages[i].to).ok()) results[i] = smtp_error(e.what());
    }
    if (conv) conv->close();
  }
  return results;
}

}  // namespace thidua::mail
