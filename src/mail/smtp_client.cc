#include "mail/smtp_client.h"

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <ctime>
#include <istream>
#include <stdexcept>

namespace thidua::mail {
namespace {

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
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

class Conversation {
 public:
  Conversation(asio::io_context& io, const SmtpSettings& s) : settings_(s), socket_(io), timer_(io) {}

  awaitable<void> connect() {
    arm();
    tcp::resolver resolver(socket_.get_executor());
    auto endpoints = co_await resolver.async_resolve(settings_.host, std::to_string(settings_.port), use_awaitable);
    co_await asio::async_connect(socket_, endpoints, use_awaitable);
    expect(co_await read_reply(), 220, 220);
    Reply ehlo = co_await command("EHLO " + settings_.helo);
    if (ehlo.code != 250) expect(co_await command("HELO " + settings_.helo), 250, 250);
  }

  // One message; throws Refused when the relay refuses it (the session is
  // reset and may go on), other exceptions for network failures.
  awaitable<void> send(const MailMessage& m) {
    Reply r = co_await command("MAIL FROM:<" + settings_.from + ">");
    if (r.code != 250) { co_await refuse(r); co_return; }
    r = co_await command("RCPT TO:<" + m.to + ">");
    if (r.code != 250 && r.code != 251) { co_await refuse(r); co_return; }
    r = co_await command("DATA");
    if (r.code != 354) { co_await refuse(r); co_return; }
    MailMessage full = m;
    full.from = settings_.from;
    co_await write(dot_stuff(format_message(full, rfc5322_date(std::chrono::system_clock::now()),
                                            message_id(settings_.from))));
    r = co_await read_reply();
    if (r.code != 250) throw Refused("SMTP " + std::to_string(r.code) + " " + r.text);
  }

  awaitable<void> quit() {
    co_await command("QUIT");
    boost::system::error_code ignored;
    socket_.shutdown(tcp::socket::shutdown_both, ignored);
    timer_.cancel();
  }

  void close() {
    boost::system::error_code ignored;
    socket_.close(ignored);
    timer_.cancel();
  }

 private:
  // (Re)starts the inactivity timer: when it fires, the socket closes and the
  // pending operation fails.
  void arm() {
    timer_.expires_after(settings_.timeout);
    timer_.async_wait([this](boost::system::error_code ec) {
      if (!ec) {
        timed_out_ = true;
        boost::system::error_code ignored;
        socket_.close(ignored);
      }
    });
  }

  awaitable<void> write(const std::string& data) {
    arm();
    try {
      co_await asio::async_write(socket_, asio::buffer(data), use_awaitable);
    } catch (const boost::system::system_error&) {
      if (timed_out_) throw std::runtime_error("hết thời gian chờ máy chủ SMTP");
      throw;
    }
  }

  awaitable<Reply> read_reply() {
    arm();
    Reply reply;
    try {
      for (;;) {
        co_await asio::async_read_until(socket_, buffer_, "\r\n", use_awaitable);
        std::istream in(&buffer_);
        std::string line;
        std::getline(in, line);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.size() < 3) throw std::runtime_error("trả lời SMTP không hợp lệ: " + line);
        reply.code = std::atoi(line.substr(0, 3).c_str());
        reply.text = line.size() > 4 ? line.substr(4) : "";
        if (line.size() < 4 || line[3] != '-') break;
      }
    } catch (const boost::system::system_error&) {
      if (timed_out_) throw std::runtime_error("hết thời gian chờ máy chủ SMTP");
      throw;
    }
    co_return reply;
  }

  awaitable<Reply> command(const std::string& line) {
    co_await write(line + "\r\n");
    co_return co_await read_reply();
  }

  awaitable<void> refuse(const Reply& r) {
    (void)co_await command("RSET");
    throw Refused("SMTP " + std::to_string(r.code) + " " + r.text);
  }

  static void expect(const Reply& r, int lo, int hi) {
    if (r.code < lo || r.code > hi) {
      throw std::runtime_error("máy chủ SMTP từ chối: " + std::to_string(r.code) + " " + r.text);
    }
  }

  const SmtpSettings& settings_;
  tcp::socket socket_;
  asio::steady_timer timer_;
  asio::streambuf buffer_;
  bool timed_out_ = false;
};

core::Error smtp_error(const std::string& what) { return core::make_error(core::errc::kInternal, what); }

}  // namespace

std::vector<core::Status> send_batch(const SmtpSettings& settings, const std::vector<MailMessage>& messages) {
  std::vector<core::Status> results(messages.size(), core::Status{smtp_error("chưa gửi")});
  if (messages.empty()) return results;
  for (size_t i = 0; i < messages.size(); ++i) {
    if (auto st = check_address(messages[i].to); !st.ok()) results[i] = st.error();
  }
  asio::io_context io;
  Conversation conv(io, settings);
  asio::co_spawn(
      io,
      [&]() -> awaitable<void> {
        size_t i = 0;
        try {
          co_await conv.connect();
          for (; i < messages.size(); ++i) {
            if (!check_address(messages[i].to).ok()) continue;
            try {
              co_await conv.send(messages[i]);
              results[i] = core::Status{};
            } catch (const Refused& e) {
              results[i] = smtp_error(e.what());
            }
          }
          co_await conv.quit();
        } catch (const std::exception& e) {
          for (; i < messages.size(); ++i) {
            if (check_address(messages[i].to).ok()) results[i] = smtp_error(e.what());
          }
          conv.close();
        }
      },
      asio::detached);
  try {
    io.run();
  } catch (const std::exception& e) {
    for (auto& r : results) {
      if (r.ok()) continue;
      r = smtp_error(e.what());
    }
  }
  return results;
}

}  // namespace thidua::mail
