// PostgreSQL database: the connection pool, URL hygiene and pg_dump backups.
#include "store/postgres/pg_database.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <vector>

#include "store/backup_file.h"
#include "store/postgres/pg_connection.h"

extern char** environ;

namespace thidua::store::postgres {
namespace {

struct UrlParts {
  size_t userinfo_begin = std::string::npos;  // first char after "://"
  size_t at = std::string::npos;              // the '@' ending the userinfo
  size_t colon = std::string::npos;           // ':' before the password
  size_t query = std::string::npos;           // the '?'
};

UrlParts split_url(const std::string& url) {
  UrlParts p;
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return p;
  p.userinfo_begin = scheme + 3;
  size_t end = url.find_first_of("/?#", p.userinfo_begin);
  if (end == std::string::npos) end = url.size();
  size_t at = url.rfind('@', end == 0 ? 0 : end - 1);
  if (at != std::string::npos && at >= p.userinfo_begin) {
    p.at = at;
    size_t colon = url.find(':', p.userinfo_begin);
    if (colon != std::string::npos && colon < at) p.colon = colon;
  }
  p.query = url.find('?', p.userinfo_begin);
  return p;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = hex_value(s[i + 1]);
      int lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

// Finds the executable pg_dump: on PATH first, then the Debian location.
std::string find_pg_dump() {
  if (const char* path = std::getenv("PATH"); path != nullptr) {
    std::string_view rest = path;
    while (!rest.empty()) {
      size_t colon = rest.find(':');
      std::string dir(rest.substr(0, colon));
      rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
      if (dir.empty()) continue;
      std::string candidate = dir + "/pg_dump";
      if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
  }
  const char* fallback = "/usr/lib/postgresql/15/bin/pg_dump";
  if (::access(fallback, X_OK) == 0) return fallback;
  return {};
}

class PgDatabase final : public Database, public Pool {
 public:
  PgDatabase(std::string url, const DatabaseOptions& options) : url_(std::move(url)), options_(options) {
    if (options_.pool_size < 1) options_.pool_size = 1;
  }

  Engine engine() const override { return Engine::kPostgres; }

  core::Status validate() {
    auto conn = std::make_unique<PgConnection>(url_);
    THIDUA_TRY(conn->ensure_connected());
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(conn));
    ++open_;
    return {};
  }

  Lease acquire() override {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !idle_.empty() || open_ < options_.pool_size; });
    if (!idle_.empty()) {
      auto conn = std::move(idle_.back());
      idle_.pop_back();
      lock.unlock();
      conn->revive_if_dropped();
      return Lease(this, std::move(conn));
    }
    ++open_;
    lock.unlock();
    // A connection that fails to connect now retries on its first call and
    // reports the failure as an error value until the server answers.
    return Lease(this, std::make_unique<PgConnection>(url_));
  }

  void release(std::unique_ptr<Connection> conn) override {
    auto* pc = dynamic_cast<PgConnection*>(conn.get());
    if (pc == nullptr) {
      conn.reset();
      std::lock_guard lock(mu_);
      --open_;
    } else {
      pc->reset_state();
      conn.release();
      std::lock_guard lock(mu_);
      idle_.emplace_back(pc);
    }
    cv_.notify_one();
  }

  core::Status backup(const std::string& destination) override {
    auto prepared = BackupFile::prepare(destination);
    if (!prepared.ok()) return prepared.error();
    BackupFile& out = *prepared;
    auto fail = [&](std::string message) -> core::Status {
      return driver_error(core::errc::kStorage, std::move(message));
    };
    std::string pg_dump = find_pg_dump();
    if (pg_dump.empty()) return fail("pg_dump not found on PATH nor in /usr/lib/postgresql/15/bin");

    // The password goes through the environment, not the command line.
    std::string dbname = "--dbname=" + strip_password(url_);
    std::string file = "--file=" + out.temp_path();
    std::vector<std::string> args = {pg_dump, "--format=plain", "--no-password", file, dbname};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_store;
    for (char** e = environ; e != nullptr && *e != nullptr; ++e) {
      if (std::strncmp(*e, "PGPASSWORD=", 11) != 0) env_store.emplace_back(*e);
    }
    std::string password = password_of(url_);
    if (!password.empty()) env_store.push_back("PGPASSWORD=" + password);
    std::vector<char*> envp;
    for (auto& e : env_store) envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    int rc = posix_spawn(&pid, pg_dump.c_str(), nullptr, nullptr, argv.data(), envp.data());
    if (rc != 0) return fail("cannot run " + pg_dump + ": " + std::strerror(rc));
    int wstatus = 0;
    while (::waitpid(pid, &wstatus, 0) < 0) {
      if (errno != EINTR) return fail(std::string("waitpid: ") + std::strerror(errno));
    }
    if (!WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
      return fail("pg_dump failed with status " + std::to_string(WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1));
    }
    return out.publish();
  }

  std::string describe() const override { return strip_password(url_); }

 private:
  std::string url_;
  DatabaseOptions options_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<PgConnection>> idle_;
  int open_ = 0;  // connections in existence, idle or leased
};

}  // namespace

std::string strip_password(const std::string& url) {
  UrlParts p = split_url(url);
  std::string out = url;
  if (p.colon != std::string::npos) {
    out = url.substr(0, p.colon) + url.substr(p.at);
    p = split_url(out);
  }
  if (p.query == std::string::npos) return out;
  std::string base = out.substr(0, p.query);
  std::string_view query = std::string_view(out).substr(p.query + 1);
  std::string kept;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view item = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (item.rfind("password=", 0) == 0 || item.empty()) continue;
    if (!kept.empty()) kept += '&';
    kept += item;
  }
  return kept.empty() ? base : base + "?" + kept;
}

std::string password_of(const std::string& url) {
  UrlParts p = split_url(url);
  if (p.colon != std::string::npos) {
    return percent_decode(std::string_view(url).substr(p.colon + 1, p.at - p.colon - 1));
  }
  if (p.query != std::string::npos) {
    std::string_view query = std::string_view(url).substr(p.query + 1);
    while (!query.empty()) {
      size_t amp = query.find('&');
      std::string_view item = query.substr(0, amp);
      query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
      if (item.rfind("password=", 0) == 0) return percent_decode(item.substr(9));
    }
  }
  return {};
}

core::Result<std::unique_ptr<Database>> open_postgres(const std::string& url, const DatabaseOptions& options) {
  auto db = std::make_unique<PgDatabase>(url, options);
  auto st = db->validate();
  if (!st.ok()) {
    // libpq's message may quote the URL; keep the password out of it.
    return driver_error(st.error().code.c_str(), st.error().detail + " (" + strip_password(url) + ")");
  }
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace thidua::store::postgres
