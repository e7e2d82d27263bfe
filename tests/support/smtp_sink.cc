#include "support/smtp_sink.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <cctype>
#include <istream>

namespace thidua::test {

namespace asio = boost::asio;
using asio::ip::tcp;

struct SmtpSink::State {
  asio::io_context io;
  tcp::acceptor acceptor{io};
  mutable std::mutex mutex;
  mutable std::condition_variable cv;
  std::vector<ReceivedMail> messages;
};

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Address inside the angle brackets of "MAIL FROM:<a@b>".
std::string bracketed(const std::string& line) {
  const size_t open = line.find('<');
  const size_t close = line.find('>', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || close == std::string::npos) return {};
  return line.substr(open + 1, close - open - 1);
}

// One client, served with blocking calls on its own thread (the client
// closes the connection after QUIT, which ends the thread).
void session(tcp::socket socket, std::shared_ptr<SmtpSink::State> state) {
  asio::streambuf buf;
  auto reply = [&](const std::string& text) { asio::write(socket, asio::buffer(text + "\r\n")); };
  auto read_line = [&]() -> std::string {
    asio::read_until(socket, buf, "\r\n");
    std::istream in(&buf);
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  };
  try {
    reply("220 sink.test ESMTP");
    ReceivedMail current;
    for (;;) {
      const std::string line = read_line();
      const std::string verb = lower(line.substr(0, 4));
      if (verb == "ehlo") {
        reply("250-sink.test");
        reply("250 8BITMIME");
      } else if (verb == "helo") {
        reply("250 sink.test");
      } else if (verb == "mail") {
        current = ReceivedMail{};
        current.mail_from = bracketed(line);
        reply("250 OK");
      } else if (verb == "rcpt") {
        const std::string to = bracketed(line);
        if (to.rfind("tu-choi@", 0) == 0) {
          reply("550 5.1.1 No such user");
        } else {
          current.rcpt_to.push_back(to);
          reply("250 OK");
        }
      } else if (verb == "data") {
        reply("354 End data with <CR><LF>.<CR><LF>");
        std::string data;
        for (;;) {
          std::string l = read_line();
          if (l == ".") break;
          if (!l.empty() && l[0] == '.') l.erase(0, 1);
          data += l + "\r\n";
        }
        current.data = std::move(data);
        {
          std::lock_guard lock(state->mutex);
          state->messages.push_back(current);
        }
        state->cv.notify_all();
        reply("250 OK queued");
      } else if (verb == "rset") {
        current = ReceivedMail{};
        reply("250 OK");
      } else if (verb == "noop") {
        reply("250 OK");
      } else if (verb == "quit") {
        reply("221 Bye");
        return;
      } else {
        reply("502 Command not implemented");
      }
    }
  } catch (const std::exception&) {
    // The client went away.
  }
}

// The pending accept holds the state weakly: the state owns the io_context
// that owns the handler, and a strong reference would never be freed.
void accept_next(const std::shared_ptr<SmtpSink::State>& state) {
  std::weak_ptr<SmtpSink::State> weak = state;
  state->acceptor.async_accept([weak](boost::system::error_code ec, tcp::socket socket) {
    auto state = weak.lock();
    if (ec || !state) return;  // the sink is stopping
    std::thread(session, std::move(socket), state).detach();
    accept_next(state);
  });
}

}  // namespace

std::string decode_base64(std::string_view text) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char c : text) {
    const int v = value(c);
    if (v < 0) continue;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

std::string decode_rfc2047(std::string_view value) {
  std::string out;
  size_t pos = 0;
  bool last_was_word = false;
  while (pos < value.size()) {
    const size_t start = value.find("=?", pos);
    if (start == std::string_view::npos) {
      out += value.substr(pos);
      break;
    }
    std::string_view between = value.substr(pos, start - pos);
    // Whitespace between two encoded words is dropped (RFC 2047 §6.2).
    const bool blank = between.find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (!(last_was_word && blank)) out += between;
    const size_t q1 = value.find('?', start + 2);
    const size_t q2 = q1 == std::string_view::npos ? q1 : value.find('?', q1 + 1);
    const size_t end = q2 == std::string_view::npos ? q2 : value.find("?=", q2 + 1);
    if (end == std::string_view::npos) {
      out += value.substr(start);
      break;
    }
    out += decode_base64(value.substr(q2 + 1, end - q2 - 1));
    pos = end + 2;
    last_was_word = true;
  }
  return out;
}

std::string ReceivedMail::header(std::string_view name) const {
  const std::string wanted = lower(name) + ":";
  size_t pos = 0;
  while (pos < data.size()) {
    size_t eol = data.find("\r\n", pos);
    if (eol == std::string::npos) eol = data.size();
    if (eol == pos) break;  // end of headers
    if (lower(std::string_view(data).substr(pos, wanted.size())) == wanted) {
      std::string v = data.substr(pos + wanted.size(), eol - pos - wanted.size());
      // Folded continuation lines.
      size_t next = eol + 2;
      while (next < data.size() && (data[next] == ' ' || data[next] == '\t')) {
        size_t e = data.find("\r\n", next);
        if (e == std::string::npos) e = data.size();
        v += data.substr(next, e - next);
        next = e + 2;
      }
      const size_t first = v.find_first_not_of(' ');
      return first == std::string::npos ? "" : v.substr(first);
    }
    pos = eol + 2;
  }
  return {};
}

std::string ReceivedMail::subject() const { return decode_rfc2047(header("Subject")); }

std::string ReceivedMail::body() const {
  const size_t split = data.find("\r\n\r\n");
  const std::string raw = split == std::string::npos ? "" : data.substr(split + 4);
  if (lower(header("Content-Transfer-Encoding")) == "base64") return decode_base64(raw);
  return raw;
}

SmtpSink::SmtpSink() : state_(std::make_shared<State>()) {
  tcp::endpoint ep(asio::ip::make_address("127.0.0.1"), 0);
  state_->acceptor.open(ep.protocol());
  state_->acceptor.set_option(tcp::acceptor::reuse_address(true));
  state_->acceptor.bind(ep);
  state_->acceptor.listen();
  port_ = state_->acceptor.local_endpoint().port();
  accept_next(state_);
  thread_ = std::thread([state = state_] { state->io.run(); });
}

SmtpSink::~SmtpSink() {
  state_->io.stop();
  if (thread_.joinable()) thread_.join();
}

std::vector<ReceivedMail> SmtpSink::messages() const {
  std::lock_guard lock(state_->mutex);
  return state_->messages;
}

bool SmtpSink::wait_for(size_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(state_->mutex);
  return state_->cv.wait_for(lock, timeout, [&] { return state_->messages.size() >= count; });
}

}  // namespace thidua::test
