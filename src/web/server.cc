#include "web/server.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <atomic>
#include <condition_variable>
#include <csignal>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/messages_vi/config.h"
#include "core/messages_vi/http.h"
#include "web/access_log.h"
#include "web/router.h"
#include "web/work_pool.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using std::chrono::seconds;

// After an error response the server reads and discards at most this much of
// what the client is still sending before closing, so that closing does not
// reset the connection before the client has read the response.
constexpr size_t kDrainLimit = 1024 * 1024;
constexpr int kDrainTimeoutS = 2;


bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

bool valid_header(std::string_view name, std::string_view value) {
  if (name.empty()) return false;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f || c == ':') return false;
  }
  for (char c : value) {
    if (c == '\r' || c == '\n' || c == '\0') return false;
  }
  return true;
}

}  // namespace

class Session;

struct Server::Impl {
  Impl(ServerConfig c, Handler h) : cfg(std::move(c)), root(std::move(h)), log(cfg.access_log_path) {}

  void do_accept();
  void on_accept(beast::error_code ec, tcp::socket socket);

  ServerConfig cfg;
  Handler root;
  AccessLog log;
  // Declared before the io_context: sessions unregister from their destructors,
  // which may run when the io_context is destroyed.
  std::mutex mu;
  std::condition_variable cv;
  std::map<Session*, std::weak_ptr<Session>> sessions;
  std::atomic<bool> stopping{false};
  std::mutex signal_mu;
  std::condition_variable signal_cv;
  bool signalled = false;

  asio::io_context ioc;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::optional<tcp::acceptor> acceptor;
  std::vector<std::thread> threads;
  // Heavy requests run here (ServerConfig::is_heavy); destroyed before the
  // io_context, whose executors its jobs post to.
  std::optional<WorkPool> pool;
  std::mutex lifecycle_mu;
  bool running = false;
  unsigned short bound_port = 0;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(Server::Impl& srv, tcp::socket socket) : srv_(srv), stream_(std::move(socket)) {
    beast::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ip_ = ep.address().to_string();
  }

  ~Session() {
    std::lock_guard lock(srv_.mu);
    srv_.sessions.erase(this);
    srv_.cv.notify_all();
  }

  void start() {
    {
      std::lock_guard lock(srv_.mu);
      srv_.sessions[this] = weak_from_this();
    }
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->wait_for_request(); });
  }

  // Runs on the session's strand once the server starts stopping.
  void on_server_stop() {
    keep_alive_ = false;
    if (state_ == State::kIdle) close();
  }

  // Runs on the session's strand when the grace period is over.
  void force_close() { close(); }

  auto get_executor_for_stop() { return stream_.get_executor(); }

 private:
  enum class State { kIdle, kReading, kHandling, kWriting, kClosed };

  int read_timeout() const { return std::max(1, srv_.cfg.read_timeout_s); }

  void wait_for_request() {
    if (srv_.stopping || state_ == State::kClosed) return close();
    state_ = State::kIdle;
    if (buffer_.size() > 0) return read_header();
    stream_.expires_after(seconds(first_ ? read_timeout() : std::max(1, srv_.cfg.idle_timeout_s)));
    stream_.async_read_some(buffer_.prepare(4096),
                            beast::bind_front_handler(&Session::on_first_bytes, shared_from_this()));
  }

  void on_first_bytes(beast::error_code ec, size_t n) {
    if (ec) return close();
    buffer_.commit(n);
    read_header();
  }

  void read_header() {
    state_ = State::kReading;
    first_ = false;
    record_ = AccessRecord{};
    record_.time = std::chrono::system_clock::now();
    record_.remote_ip = remote_ip_;
    started_ = std::chrono::steady_clock::now();
    head_ = false;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(std::min<size_t>(srv_.cfg.header_limit, UINT32_MAX)));
    parser_->body_limit(srv_.cfg.body_limit);
    stream_.expires_after(seconds(read_timeout()));
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  void on_header(beast::error_code ec, size_t) {
    if (ec) return on_read_error(ec);
    // Request bodies must say their length. Boost.Beast 1.81's chunk parser
    // asserts (and, without assertions, reads past its buffer) on some
    // malformed final chunks, which the request fuzzer found; browsers and
    // API clients send Content-Length, so a chunked request is refused here,
    // before any of its body is parsed.
    if (parser_->chunked()) return fail(400, core::errc::kBadRequest, msg::kHttpChunkedRequest);
    const auto& msg = parser_->get();
    // RFC 9112 §3.2: an HTTP/1.1 request without a Host header, or with more
    // than one, is answered 400.
    if (msg.version() >= 11 && msg.count(http::field::host) != 1) {
      return fail(400, core::errc::kBadRequest, msg::kHttpHostRequired);
    }
    // Credentials are checked before the body is read (ServerConfig::body_gate).
    if (srv_.cfg.body_gate && parser_->content_length().value_or(0) > 0) {
      std::vector<std::pair<std::string, std::string>> fields;
      for (const auto& f : msg) fields.emplace_back(std::string(f.name_string()), std::string(f.value()));
      auto head = build_request(msg.method_string(), msg.target(), fields, std::string(), client_ip(msg));
      if (!head) return fail(400, core::errc::kBadRequest, msg::kHttpBadRequest);
      head->request_id = new_request_id();
      BodyAdmission admission;
      try {
        RequestIdScope scope(head->request_id);
        admission = srv_.cfg.body_gate(*head);
      } catch (const std::exception& e) {
        log_error(head->request_id, std::string("body gate threw: ") + e.what());
        return fail(500, core::errc::kInternal, msg::http_server_error(head->request_id));
      }
      if (admission.refusal) return refuse(*head, std::move(*admission.refusal));
      if (*parser_->content_length() > admission.limit) return fail(413, core::errc::kTooLarge, msg::kHttpTooLarge);
    }
    if (iequals(msg[http::field::expect], "100-continue") && !parser_->is_done()) {
      auto cont = std::make_shared<http::response<http::empty_body>>(http::status::continue_, msg.version());
      http::async_write(stream_, *cont, [self = shared_from_this(), cont](beast::error_code wec, size_t) {
        if (wec) return self->close();
        self->read_body();
      });
      return;
    }
    read_body();
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_body, shared_from_this()));
  }

  void on_body(beast::error_code ec, size_t) {
    if (ec) return on_read_error(ec);
    handle();
  }

  void on_read_error(beast::error_code ec) {
    if (ec == http::error::header_limit) {
      return fail(431, core::errc::kTooLarge, msg::kHttpHeaderTooLarge);
    }
    if (ec == http::error::body_limit) return fail(413, core::errc::kTooLarge, msg::kHttpTooLarge);
    if (ec == http::error::end_of_stream || ec == http::error::partial_message ||
        ec == asio::error::eof || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::broken_pipe) {
      return close();
    }
    fail(400, core::errc::kBadRequest, msg::kHttpBadRequest);
  }

  // Answers an error the server detected itself and closes the connection.
  void fail(unsigned status, std::string_view code, std::string_view message) {
    Request req;
    if (parser_) {
      const auto& msg = parser_->get();
      req.method = std::string(msg.method_string());
      std::string_view target = msg.target();
      req.path = std::string(target.substr(0, target.find('?')));
      std::string_view accept = msg[http::field::accept];
      if (!accept.empty()) req.headers["accept"] = std::string(accept);
      version_ = msg.version() == 10 ? 10 : 11;
    }
    req.request_id = new_request_id();
    record_.method = req.method;
    record_.path = req.path;
    record_.request_id = req.request_id;
    keep_alive_ = false;
    drain_after_ = true;
    send(error_response(req, status, code, message), req.request_id);
  }

  // The client's address: the peer's, or behind a trusted proxy the one its
  // X-Forwarded-For names (ServerConfig::trusted_proxies).
  template <class Message>
  std::string client_ip(const Message& msg) const {
    if (srv_.cfg.trusted_proxies.empty()) return remote_ip_;
    std::string forwarded;
    for (const auto& f : msg) {
      if (!iequals(f.name_string(), "x-forwarded-for")) continue;
      if (!forwarded.empty()) forwarded += ',';
      forwarded += std::string(f.value());
    }
    return srv_.cfg.trusted_proxies.client_address(remote_ip_, forwarded);
  }

  // Every failure of the server (5xx) is logged with the request id and its cause.
  static void log_failure(const Request& req, const Response& res) {
    if (res.status < 500) return;
    log_error(req.request_id, std::to_string(res.status) + " " + req.method + " " + req.path + ": " +
                                  (res.cause.empty() ? std::string("(no cause recorded)") : res.cause));
  }

  // Answers `res` to a request whose body was refused unread, then closes.
  void refuse(const Request& head, Response res) {
    version_ = parser_->get().version() == 10 ? 10 : 11;
    record_.method = head.method;
    record_.path = head.path;
    record_.request_id = head.request_id;
    log_failure(head, res);
    keep_alive_ = false;
    drain_after_ = true;
    send(std::move(res), head.request_id);
  }

  void handle() {
    state_ = State::kHandling;
    stream_.expires_never();
    auto msg = parser_->release();
    version_ = msg.version() == 10 ? 10 : 11;
    keep_alive_ = msg.keep_alive();
    std::vector<std::pair<std::string, std::string>> fields;
    for (const auto& f : msg) fields.emplace_back(std::string(f.name_string()), std::string(f.value()));
    record_.method = std::string(msg.method_string());
    std::string_view target = msg.target();
    record_.path = std::string(target.substr(0, target.find('?')));

    const std::string client = client_ip(msg);
    record_.remote_ip = client;
    auto built = build_request(msg.method_string(), msg.target(), fields, std::move(msg.body()), client);
    if (!built) return fail(400, core::errc::kBadRequest, msg::kHttpBadRequest);
    Request& req = *built;
    req.request_id = new_request_id();
    req.received_at = started_;
    record_.request_id = req.request_id;
    record_.path = req.path;
    head_ = req.head;

    if (srv_.pool && srv_.cfg.is_heavy && srv_.cfg.is_heavy(req)) {
      // Off the io thread: the pool runs the handler, the answer comes back
      // to this session's strand.
      auto shared = std::make_shared<Request>(std::move(req));
      auto job = [self = shared_from_this(), shared] {
        auto res = std::make_shared<Response>(self->run_root(*shared));
        asio::post(self->stream_.get_executor(), [self, shared, res] { self->respond(*shared, std::move(*res)); });
      };
      if (!srv_.pool->try_submit(std::move(job))) {
        Response busy = error_response(*shared, 503, core::errc::kServerBusy, msg::kHttpServerBusy);
        busy.set_header("Retry-After", "5");
        busy.cause = "heavy work at its bound (" + std::to_string(srv_.pool->load()) + " running or waiting)";
        respond(*shared, std::move(busy));
      }
      return;
    }
    respond(req, run_root(req));
  }

  // Calls the root handler; an exception becomes a 500 with its cause.
  Response run_root(Request& req) {
    Response res;
    try {
      RequestIdScope scope(req.request_id);
      res = srv_.root(req);
      if (res.status >= 500 && res.cause.empty()) res.cause = take_failure_cause();
    } catch (const std::exception& e) {
      res = internal_error(req);
      res.cause = std::string("handler threw: ") + e.what();
    } catch (...) {
      res = internal_error(req);
      res.cause = "handler threw a non-standard exception";
    }
    return res;
  }

  // Logs and sends the handler's answer (on the session's strand).
  void respond(Request& req, Response res) {
    if (state_ == State::kClosed) return;  // closed by the end of a graceful stop
    log_failure(req, res);
    record_.fields = std::move(req.log_fields);
    if (res.delay.count() > 0) {
      // Answer later without holding this thread (see Response::delay).
      delay_timer_ = std::make_shared<asio::steady_timer>(stream_.get_executor(), res.delay);
      delay_timer_->async_wait([self = shared_from_this(), timer = delay_timer_, res = std::move(res),
                                id = req.request_id](beast::error_code ec) mutable {
        if (ec || self->state_ == State::kClosed) return self->close();
        self->send(std::move(res), id);
      });
      return;
    }
    send(std::move(res), req.request_id);
  }

  static Response internal_error(const Request& req) {
    Request plain = req;
    return error_response(plain, 500, core::errc::kInternal,
                          msg::http_server_error(req.request_id));
  }

  // Adds the server's headers; falls back to a 500 if the handler produced an
  // unusable header.
  bool make_header(const Response& res, const std::string& request_id, http::response_header<>& h) {
    h.version(version_);
    h.result(res.status);
    bool has_cache_control = false;
    if (!res.content_type.empty()) {
      if (!valid_header("Content-Type", res.content_type)) return false;
      h.set(http::field::content_type, res.content_type);
    }
    for (const auto& [name, value] : res.headers) {
      if (!valid_header(name, value)) return false;
      if (iequals(name, "content-length") || iequals(name, "transfer-encoding") || iequals(name, "connection")) {
        continue;  // framing belongs to the server
      }
      if (iequals(name, "cache-control")) has_cache_control = true;
      h.insert(name, value);
    }
    for (const auto& [name, value] : security_headers()) {
      if (h.find(name) == h.end()) h.set(name, value);
    }
    h.set("X-Request-Id", request_id);
    if (!has_cache_control) h.set(http::field::cache_control, "no-store");
    return true;
  }

  void send(Response res, const std::string& request_id) {
    state_ = State::kWriting;
    if (srv_.stopping) keep_alive_ = false;
    http::response_header<> h;
    if (!make_header(res, request_id, h)) {
      log_error(request_id, "handler produced an invalid header for " + record_.path);
      Request req;
      req.request_id = request_id;
      res = internal_error(req);
      h = {};
      make_header(res, request_id, h);
    }
    record_.status = res.status;
    bool bodiless = res.status / 100 == 1 || res.status == 204 || res.status == 304;
    if (bodiless) {
      res.body.clear();
      res.stream = nullptr;
    }
    if (res.stream && version_ == 10 && !head_) {
      // HTTP/1.0 has no chunked encoding: collect the stream.
      try {
        std::string chunk;
        bool more = true;
        while (more) {
          chunk.clear();
          more = res.stream(chunk);
          res.body += chunk;
        }
      } catch (const std::exception& e) {
        log_error(request_id, std::string("response stream threw: ") + e.what());
        record_.duration_ms = elapsed_ms();
        srv_.log.write(record_);
        return close();
      }
      res.stream = nullptr;
    }
    stream_.expires_after(seconds(read_timeout()));

    if (head_ || (bodiless && !res.stream)) {
      auto m = std::make_shared<http::response<http::empty_body>>(std::move(h));
      if (!bodiless && !res.stream) m->content_length(res.body.size());
      m->keep_alive(keep_alive_);
      http::async_write(stream_, *m, [self = shared_from_this(), m](beast::error_code ec, size_t) {
        self->on_written(ec);
      });
      return;
    }
    if (res.stream) {
      producer_ = std::move(res.stream);
      last_ = false;
      stream_res_.emplace(std::move(h));
      stream_res_->chunked(true);
      stream_res_->keep_alive(keep_alive_);
      stream_sr_.emplace(*stream_res_);
      http::async_write_header(stream_, *stream_sr_, [self = shared_from_this()](beast::error_code ec, size_t) {
        if (ec) return self->on_written(ec);
        self->next_chunk();
      });
      return;
    }
    auto m = std::make_shared<http::response<http::string_body>>(std::move(h));
    record_.bytes = res.body.size();
    m->body() = std::move(res.body);
    m->prepare_payload();
    m->keep_alive(keep_alive_);
    http::async_write(stream_, *m, [self = shared_from_this(), m](beast::error_code ec, size_t) {
      self->on_written(ec);
    });
  }

  void next_chunk() {
    while (true) {
      chunk_.clear();
      bool more = false;
      try {
        more = producer_(chunk_);
      } catch (const std::exception& e) {
        log_error(record_.request_id, std::string("response stream threw: ") + e.what());
        return abort_stream();
      } catch (...) {
        log_error(record_.request_id, "response stream threw a non-standard exception");
        return abort_stream();
      }
      last_ = !more;
      stream_.expires_after(seconds(read_timeout()));
      if (!chunk_.empty()) {
        record_.bytes += chunk_.size();
        asio::async_write(stream_, http::make_chunk(asio::buffer(chunk_)),
                          [self = shared_from_this()](beast::error_code ec, size_t) {
                            if (ec) return self->on_written(ec);
                            if (self->last_) return self->write_last_chunk();
                            self->next_chunk();
                          });
        return;
      }
      if (last_) return write_last_chunk();
    }
  }

  void write_last_chunk() {
    asio::async_write(stream_, http::make_chunk_last(),
                      [self = shared_from_this()](beast::error_code ec, size_t) { self->on_written(ec); });
  }

  void abort_stream() {
    record_.duration_ms = elapsed_ms();
    srv_.log.write(record_);
    release_stream();
    close();
  }

  void release_stream() {
    producer_ = nullptr;
    stream_sr_.reset();
    stream_res_.reset();
  }

  double elapsed_ms() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
  }

  void on_written(beast::error_code ec) {
    record_.duration_ms = elapsed_ms();
    srv_.log.write(record_);
    release_stream();
    parser_.reset();
    if (ec) return close();
    if (drain_after_) return drain();
    if (!keep_alive_ || srv_.stopping) {
      beast::error_code ignored;
      stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
      return close();
    }
    wait_for_request();
  }

  void drain() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(seconds(kDrainTimeoutS));
    stream_.async_read_some(asio::buffer(drain_buf_), [self = shared_from_this()](beast::error_code ec, size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ > kDrainLimit) return self->close();
      self->drain();
    });
  }

  void close() {
    if (state_ == State::kClosed) return;
    state_ = State::kClosed;
    if (delay_timer_) delay_timer_->cancel();
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  Server::Impl& srv_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  State state_ = State::kIdle;
  std::shared_ptr<asio::steady_timer> delay_timer_;  // a delayed response waiting (Response::delay)
  bool first_ = true;
  bool keep_alive_ = false;
  bool drain_after_ = false;
  bool head_ = false;
  unsigned version_ = 11;
  std::string remote_ip_;
  AccessRecord record_;
  std::chrono::steady_clock::time_point started_;
  std::function<bool(std::string&)> producer_;
  std::string chunk_;
  bool last_ = false;
  std::optional<http::response<http::empty_body>> stream_res_;
  std::optional<http::response_serializer<http::empty_body>> stream_sr_;
  size_t drained_ = 0;
  std::array<char, 8192> drain_buf_{};
};

void Server::Impl::do_accept() {
  acceptor->async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    on_accept(ec, std::move(socket));
  });
}

void Server::Impl::on_accept(beast::error_code ec, tcp::socket socket) {
  if (ec == asio::error::operation_aborted || stopping || !acceptor->is_open()) return;
  if (ec) {
    log_error("", "accept failed: " + ec.message());
  } else {
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    std::make_shared<Session>(*this, std::move(socket))->start();
  }
  do_accept();
}

Server::Server(ServerConfig cfg, Handler root) : impl_(std::make_unique<Impl>(std::move(cfg), std::move(root))) {}

Server::~Server() { stop(); }

core::Status Server::start() {
  Impl& s = *impl_;
  std::lock_guard lock(s.lifecycle_mu);
  if (s.running) return {};
  if (!s.root) return core::make_error(core::errc::kInternal, msg::kHttpNoHandler);
  THIDUA_TRY(s.log.open());

  beast::error_code ec;
  tcp::resolver resolver(s.ioc);
  auto results = resolver.resolve(s.cfg.host, std::to_string(s.cfg.port), tcp::resolver::passive, ec);
  if (ec || results.empty()) {
    return core::make_error(core::errc::kInternal,
                            msg::config_listen_unresolved(s.cfg.host, ec.message()), "listen");
  }
  tcp::endpoint ep = results.begin()->endpoint();
  s.acceptor.emplace(asio::make_strand(s.ioc));
  s.acceptor->open(ep.protocol(), ec);
  if (!ec) s.acceptor->set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) s.acceptor->bind(ep, ec);
  if (!ec) s.acceptor->listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    s.acceptor.reset();
    return core::make_error(core::errc::kInternal,
                            msg::config_listen_failed(s.cfg.host, s.cfg.port, ec.message()),
                            "listen");
  }
  s.bound_port = s.acceptor->local_endpoint().port();
  s.stopping = false;
  s.signalled = false;
  s.ioc.restart();
  s.work.emplace(s.ioc.get_executor());
  if (s.cfg.is_heavy) s.pool.emplace(s.cfg.heavy_workers, s.cfg.heavy_queue);
  s.do_accept();
  int n = std::max(1, s.cfg.threads);
  for (int i = 0; i < n; ++i) {
    s.threads.emplace_back([&s] {
      while (true) {
        try {
          s.ioc.run();
          return;
        } catch (const std::exception& e) {
          log_error("", std::string("uncaught exception in server thread: ") + e.what());
        }
      }
    });
  }
  s.running = true;
  return {};
}

unsigned short Server::port() const { return impl_->bound_port; }

size_t Server::heavy_load() const { return impl_->pool ? impl_->pool->load() : 0; }

void Server::run_until_signal() {
  Impl& s = *impl_;
  {
    std::lock_guard lock(s.lifecycle_mu);
    if (!s.running) return;
  }
  asio::signal_set signals(s.ioc, SIGINT, SIGTERM);
  signals.async_wait([&s](const beast::error_code& ec, int) {
    if (ec) return;
    std::lock_guard lock(s.signal_mu);
    s.signalled = true;
    s.signal_cv.notify_all();
  });
  {
    std::unique_lock lock(s.signal_mu);
    s.signal_cv.wait(lock, [&] { return s.signalled; });
  }
  stop();
}

void Server::stop() {
  Impl& s = *impl_;
  std::lock_guard lifecycle(s.lifecycle_mu);
  if (!s.running) return;
  s.running = false;
  s.stopping = true;
  auto deadline = std::chrono::steady_clock::now() + seconds(std::max(0, s.cfg.shutdown_grace_s));

  // Stop accepting.
  auto closed = std::make_shared<std::promise<void>>();
  auto closed_future = closed->get_future();
  asio::post(s.acceptor->get_executor(), [&s, closed] {
    beast::error_code ignored;
    s.acceptor->close(ignored);
    closed->set_value();
  });
  closed_future.wait_until(deadline);

  // Close idle connections; the busy ones close after their response.
  auto snapshot = [&s] {
    std::vector<std::shared_ptr<Session>> live;
    std::lock_guard lock(s.mu);
    for (auto& [ptr, weak] : s.sessions) {
      if (auto sp = weak.lock()) live.push_back(std::move(sp));
    }
    return live;
  };
  {
    auto live = snapshot();
    for (auto& sp : live) {
      asio::post(sp->get_executor_for_stop(), [sp] { sp->on_server_stop(); });
    }
  }
  {
    std::unique_lock lock(s.mu);
    s.cv.wait_until(lock, deadline, [&] { return s.sessions.empty(); });
  }
  {
    auto live = snapshot();
    if (!live.empty()) {
      log_error("", "shutdown grace period over; closing " + std::to_string(live.size()) + " connection(s)");
      for (auto& sp : live) asio::post(sp->get_executor_for_stop(), [sp] { sp->force_close(); });
      live.clear();
      std::unique_lock lock(s.mu);
      s.cv.wait_for(lock, seconds(1), [&] { return s.sessions.empty(); });
    }
  }

  {
    std::lock_guard lock(s.signal_mu);
    s.signalled = true;
    s.signal_cv.notify_all();
  }
  s.work.reset();
  s.ioc.stop();
  for (auto& t : s.threads) t.join();
  s.threads.clear();
  s.pool.reset();  // drops waiting jobs, lets running ones end
  s.acceptor.reset();
}

}  // namespace thidua::web
