// The HTTP/1.1 server: accepts connections, frames requests with Boost.Beast,
// hands each one to a root Handler on a small thread pool, writes the response
// with security headers and logs one JSON line per request.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/result.h"
#include "web/client_address.h"
#include "web/http.h"

namespace thidua::web {

// What the server may read of a request's body, decided from its head (the
// request line and headers, Request::body empty) before any of the body is
// read: so that a request nobody may send cannot make the server hold its
// body in memory.
struct BodyAdmission {
  size_t limit = 0;                 // the largest body accepted; a larger one gets 413 unread
  std::optional<Response> refusal;  // answer this instead, without reading the body
};
using BodyGate = std::function<BodyAdmission(const Request& head)>;

struct ServerConfig {
  std::string host = "127.0.0.1";  // name or address to bind
  unsigned short port = 8080;      // 0 = an ephemeral port (see Server::port())
  int threads = 2;                 // io threads; handlers run on them and may block
  size_t header_limit = 16 * 1024;         // request line + headers; over it: 431
  size_t body_limit = 32 * 1024 * 1024;    // request body (uploads); over it: 413
  int read_timeout_s = 30;    // to receive one whole request, and to write a response
  int idle_timeout_s = 60;    // between keep-alive requests
  int shutdown_grace_s = 20;  // stop() waits at most this long for open connections
  // Access log destination: "" or "-" = stdout, "off" = none, else a file path
  // opened for appending.
  std::string access_log_path;
  // Reverse proxies whose X-Forwarded-For is believed (web/client_address.h);
  // empty: the peer's address is the client's.
  TrustedProxies trusted_proxies;
  // Heavy requests (is_heavy(request) true: imports, documents, dossiers)
  // run on a pool of heavy_workers threads of their own, never on an io
  // thread; at most heavy_queue more wait for a worker. Past that the server
  // answers 503 with code server_busy and Retry-After (the handler does not
  // run). Unset: every handler runs on an io thread.
  std::function<bool(const Request&)> is_heavy;
  int heavy_workers = 1;
  size_t heavy_queue = 4;
  // Asked for every request that announces a body (Content-Length > 0) once
  // its head is read; unset: every body up to body_limit is read.
  BodyGate body_gate;
};

// Lifecycle: construct, start(), then run_until_signal() or stop(). Not copyable.
// What every response gets from the server, whatever the handler did:
//  - the security_headers() of http.h and X-Request-Id;
//  - "Cache-Control: no-store" unless the handler set Cache-Control;
//  - for HEAD, the headers of the GET response without its body.
// Errors the server answers itself, as a short Vietnamese page, or JSON
// {"error":{"code","message"}} when Request::wants_json(): malformed request 400,
// headers over header_limit 431, body over body_limit 413 (the handler does not
// run), heavy work already at its bound 503 server_busy, handler exception 500 (details only in the error log, with the request id).
// After such an error the connection is closed.
class Server {
 public:
  // `root` is called for every framed request (usually a Router's dispatch
  // wrapped in the app's filters); it must be thread-safe.
  Server(ServerConfig cfg, Handler root);
  ~Server();  // stop()s if still running
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Opens the access log, resolves and binds host:port, starts listening and the
  // io threads. Errors (bad address, port in use, log not writable) as values.
  core::Status start();
  // The bound port (useful with port 0); 0 before start().
  unsigned short port() const;
  // Heavy requests running or waiting for a worker now (0 without is_heavy).
  size_t heavy_load() const;
  // Blocks until SIGTERM or SIGINT, then stop(). Returns at once if not started.
  void run_until_signal();
  // Graceful stop: stops accepting, closes idle keep-alive connections, lets
  // requests in flight finish and their responses be written fully (closing the
  // connection afterwards), waits for that at most shutdown_grace_s, then closes
  // what is left and joins the threads. A handler that never returns still blocks
  // the join. Idempotent. Must not be called from a handler.
  void stop();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace thidua::web
