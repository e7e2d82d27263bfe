#include "support/smtp_sink.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <istream>

namespace thidua::test {

namespace asio = boost::asio;
using asio::ip::tcp;

struct SmtpSink::State {
  asio::io_context io;
  tcp::acceptor acceptor{io};
  SmtpSinkOptions options;
  std::unique_ptr<asio::ssl::context> tls;  // when options name a certificate
  mutable std::mutex mutex;
  mutable std::condition_variable cv;
  std::vector<ReceivedMail> messages;
  std::vector<AuthAttempt> auth_attempts;
  std::vector<std::string> clear_commands;
  // Session threads and their open client sockets: ~SmtpSink shuts the
  // sockets down (which ends any blocked read) and joins every thread, so no
  // session outlives the io_context its socket belongs to.
  std::mutex sessions_mutex;
  std::vector<std::thread> sessions;
  std::vector<int> session_fds;
  bool stopping = false;
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

// One client, served with blocking calls on its own thread until QUIT, the
// client closing the connection, or ~SmtpSink shutting the socket down.
void serve(tcp::socket& socket, SmtpSink::State* state);

// Runs one session and unregisters its socket before the socket closes, so
// ~SmtpSink never shuts down a descriptor number reused by someone else.
void session(tcp::socket socket, SmtpSink::State* state) {
  serve(socket, state);
  std::lock_guard lock(state->sessions_mutex);
  auto& fds = state->session_fds;
  fds.erase(std::remove(fds.begin(), fds.end(), socket.native_handle()), fds.end());
}

void serve(tcp::socket& socket, SmtpSink::State* state) {
  const SmtpSinkOptions& opt = state->options;
  asio::streambuf buf;
  std::unique_ptr<asio::ssl::stream<tcp::socket&>> tls;
  auto reply = [&](const std::string& text) {
    if (tls) asio::write(*tls, asio::buffer(text + "\r\n"));
    else asio::write(socket, asio::buffer(text + "\r\n"));
  };
  auto read_line = [&]() -> std::string {
    if (tls) asio::read_until(*tls, buf, "\r\n");
    else asio::read_until(socket, buf, "\r\n");
    std::istream in(&buf);
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  };
  auto start_tls = [&] {
    tls = std::make_unique<asio::ssl::stream<tcp::socket&>>(socket, *state->tls);
    tls->handshake(asio::ssl::stream_base::server);
  };
  try {
    if (opt.implicit_tls) start_tls();
    reply("220 sink.test ESMTP");
    ReceivedMail current;
    bool authenticated = false;
    // AUTH: checks the credentials and records the attempt.
    auto check_auth = [&](const std::string& mechanism, const std::string& user, const std::string& password) {
      AuthAttempt attempt{mechanism, user, password, tls != nullptr, false};
      attempt.accepted = tls && !opt.user.empty() && user == opt.user && password == opt.password;
      {
        std::lock_guard lock(state->mutex);
        state->auth_attempts.push_back(attempt);
      }
      if (!tls && !opt.auth_in_clear) reply("538 5.7.11 Encryption required for requested authentication mechanism");
      else if (attempt.accepted) reply("235 2.7.0 Authentication successful");
      else reply("535 5.7.8 Authentication credentials invalid");
      authenticated = authenticated || attempt.accepted;
    };
    for (;;) {
      const std::string line = read_line();
      const std::string verb = lower(line.substr(0, 4));
      if (!tls) {
        std::lock_guard lock(state->mutex);
        state->clear_commands.push_back(verb);
      }
      if (verb == "ehlo") {
        reply("250-sink.test");
        if (opt.starttls && !tls) reply("250-STARTTLS");
        if (!opt.user.empty() && (tls || opt.auth_in_clear)) {
          reply(opt.auth_login_only ? "250-AUTH LOGIN" : "250-AUTH PLAIN LOGIN");
        }
        reply("250 8BITMIME");
      } else if (verb == "helo") {
        reply("250 sink.test");
      } else if (lower(line) == "starttls" && opt.starttls && !tls) {
        reply("220 2.0.0 Ready to start TLS");
        start_tls();
        authenticated = false;  // the session starts over (RFC 3207)
      } else if (verb == "auth") {
        const std::string rest = line.size() > 5 ? line.substr(5) : "";
        const std::string mechanism = lower(rest.substr(0, rest.find(' ')));
        if (mechanism == "plain" && !opt.auth_login_only) {
          const size_t space = rest.find(' ');
          const std::string decoded = decode_base64(space == std::string::npos ? "" : rest.substr(space + 1));
          // authzid NUL authcid NUL password
          const size_t a = decoded.find('\0');
          const size_t b = a == std::string::npos ? a : decoded.find('\0', a + 1);
          if (b == std::string::npos) {
            reply("501 5.5.2 Cannot decode response");
            continue;
          }
          check_auth("PLAIN", decoded.substr(a + 1, b - a - 1), decoded.substr(b + 1));
        } else if (mechanism == "login") {
          reply("334 VXNlcm5hbWU6");  // "Username:"
          const std::string user = decode_base64(read_line());
          reply("334 UGFzc3dvcmQ6");  // "Password:"
          const std::string password = decode_base64(read_line());
          check_auth("LOGIN", user, password);
        } else {
          reply("504 5.5.4 Unrecognized authentication type");
        }
      } else if (verb == "mail") {
        if (!opt.user.empty() && !authenticated) {
          reply("530 5.7.0 Authentication required");
          continue;
        }
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
    // The client went away, or refused the TLS handshake.
  }
}

// The pending accept holds the state weakly: the state owns the io_context
// that owns the handler, and a strong reference would never be freed.
void accept_next(const std::shared_ptr<SmtpSink::State>& state) {
  std::weak_ptr<SmtpSink::State> weak = state;
  state->acceptor.async_accept([weak](boost::system::error_code ec, tcp::socket socket) {
    auto state = weak.lock();
    if (ec || !state) return;  // the sink is stopping
    {
      std::lock_guard lock(state->sessions_mutex);
      if (state->stopping) return;
      state->session_fds.push_back(socket.native_handle());
      state->sessions.emplace_back(session, std::move(socket), state.get());
    }
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

SmtpSink::SmtpSink(SmtpSinkOptions options) : state_(std::make_shared<State>()) {
  state_->options = std::move(options);
  if (!state_->options.cert_file.empty()) {
    state_->tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    state_->tls->use_certificate_chain_file(state_->options.cert_file);
    state_->tls->use_private_key_file(state_->options.key_file, asio::ssl::context::pem);
  }
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
  std::vector<std::thread> sessions;
  {
    std::lock_guard lock(state_->sessions_mutex);
    state_->stopping = true;
    for (int fd : state_->session_fds) ::shutdown(fd, SHUT_RDWR);
    sessions.swap(state_->sessions);
  }
  for (auto& t : sessions) t.join();
}

std::vector<ReceivedMail> SmtpSink::messages() const {
  std::lock_guard lock(state_->mutex);
  return state_->messages;
}

std::vector<AuthAttempt> SmtpSink::auth_attempts() const {
  std::lock_guard lock(state_->mutex);
  return state_->auth_attempts;
}

std::vector<std::string> SmtpSink::clear_commands() const {
  std::lock_guard lock(state_->mutex);
  return state_->clear_commands;
}

bool SmtpSink::wait_for(size_t count, std::chrono::milliseconds timeout) const {
  std::unique_lock lock(state_->mutex);
  return state_->cv.wait_for(lock, timeout, [&] { return state_->messages.size() >= count; });
}

}  // namespace thidua::test
