#include "mail/smtp_client.h"

#include "core/messages_vi/tracking.h"

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <ctime>
#include <istream>
#include <optional>
#include <stdexcept>

namespace thidua::mail {

namespace msg = core::messages_vi;
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;

struct Reply {
  int code = 0;
  std::string text;  // the last line
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

// One SMTP session, step by step on a private io_context: each network step
// runs the context for at most settings.timeout (Asio's blocking-client
// pattern), so no step can hang and no coroutine support is needed.
class Conversation {
 public:
  explicit Conversation(const SmtpSettings& s) : settings_(s), socket_(io_) {}

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
      asio::async_connect(socket_, endpoints, [done](boost::system::error_code ec, const tcp::endpoint&) { done(ec); });
    });
    expect(read_reply(), 220, 220);
    Reply ehlo = command("EHLO " + settings_.helo);
    if (ehlo.code != 250) expect(command("HELO " + settings_.helo), 250, 250);
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
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    socket_.close(ignored);
  }

 private:
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
      socket_.close(ignored);
      io_.restart();
      io_.run();  // lets the cancelled operation complete
      throw std::runtime_error(msg::kSmtpTimeout);
    }
    if (*result) throw boost::system::system_error(*result);
  }

  void write(const std::string& data) {
    run([&](auto done) {
      asio::async_write(socket_, asio::buffer(data), [done](boost::system::error_code ec, size_t) { done(ec); });
    });
  }

  Reply read_reply() {
    Reply reply;
    for (;;) {
      run([&](auto done) {
        asio::async_read_until(socket_, buffer_, "\r\n", [done](boost::system::error_code ec, size_t) { done(ec); });
      });
      std::istream in(&buffer_);
      std::string line;
      std::getline(in, line);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.size() < 3) throw std::runtime_error(msg::smtp_reply_invalid(line));
      reply.code = std::atoi(line.substr(0, 3).c_str());
      reply.text = line.size() > 4 ? line.substr(4) : "";
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
  tcp::socket socket_;
  asio::streambuf buffer_;
};

core::Error smtp_error(const std::string& what) { return core::make_error(core::errc::kInternal, what); }

}  // namespace

std::vector<core::Status> send_batch(const SmtpSettings& settings, const std::vector<MailMessage>& messages) {
  std::vector<core::Status> results(messages.size(), core::Status{smtp_error(msg::kSmtpNotSent)});
  if (messages.empty()) return results;
  for (size_t i = 0; i < messages.size(); ++i) {
    if (auto st = check_address(messages[i].to); !st.ok()) results[i] = st.error();
  }
  Conversation conv(settings);
  size_t i = 0;
  try {
    conv.connect();
    for (; i < messages.size(); ++i) {
      if (!check_address(messages[i].to).ok()) continue;
      try {
        conv.send(messages[i]);
        results[i] = core::Status{};
      } catch (const Refused& e) {
        results[i] = smtp_error(e.what());
      }
    }
    conv.quit();
  } catch (const std::exception& e) {
    for (; i < messages.size(); ++i) {
      if (check_address(messages[i].to).ok()) results[i] = smtp_error(e.what());
    }
    conv.close();
  }
  return results;
}

}  // namespace thidua::mail
