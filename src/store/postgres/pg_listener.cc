#include "store/postgres/pg_listener.h"

#include <libpq-fe.h>
#include <poll.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <thread>

namespace thidua::store::postgres {
namespace {

// A connection attempt to an unreachable host gives up after 5 s (unless the
// URL says otherwise), so that stopping never waits on TCP's own timeout.
std::string with_connect_timeout(std::string url) {
  if (url.find("connect_timeout=") != std::string::npos) return url;
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=5";
}

class PgListener final : public PeerListener {
 public:
  PgListener(std::string url, std::string channel, std::function<void(const std::string&)> heard)
      : url_(with_connect_timeout(std::move(url))), channel_(std::move(channel)), heard_(std::move(heard)) {
    thread_ = std::thread([this] { run(); });
  }
  ~PgListener() override {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }

 private:
  // Sleeps `total` unless asked to stop.
  void pause(std::chrono::milliseconds total) {
    for (auto waited = std::chrono::milliseconds(0); waited < total && !stop_; waited += std::chrono::milliseconds(50)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }

  // Listens on one connection until it fails or stop_; false if it never listened.
  bool listen_once(PGconn* conn) {
    if (PQstatus(conn) != CONNECTION_OK) return false;
    PGresult* res = PQexec(conn, ("LISTEN " + channel_).c_str());
    const bool listening = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!listening) return false;
    heard_(kPeerTopicAll);
    while (!stop_) {
      pollfd watch{PQsocket(conn), POLLIN, 0};
      const int ready = poll(&watch, 1, 250);
      if (ready < 0 && errno != EINTR) return true;
      if (ready > 0) {
        if (PQconsumeInput(conn) == 0) return true;
        while (PGnotify* note = PQnotifies(conn)) {
          heard_(note->extra != nullptr ? note->extra : "");
          PQfreemem(note);
        }
      }
      if (PQstatus(conn) != CONNECTION_OK) return true;
    }
    return true;
  }

  void run() {
    while (!stop_) {
      PGconn* conn = PQconnectdb(url_.c_str());
      if (conn != nullptr) {
        (void)listen_once(conn);
        PQfinish(conn);
      }
      pause(std::chrono::seconds(1));
    }
  }

  const std::string url_;
  const std::string channel_;
  const std::function<void(const std::string&)> heard_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace

std::unique_ptr<PeerListener> start_listener(const std::string& url, const std::string& channel,
                                             std::function<void(const std::string&)> heard) {
  return std::make_unique<PgListener>(url, channel, std::move(heard));
}

}  // namespace thidua::store::postgres
