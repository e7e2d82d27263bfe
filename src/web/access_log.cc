#include "web/access_log.h"

#include <utility>

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "core/messages_vi/config.h"
#include "core/utf8_cut.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

// Writes all of `line` to `fd` (one write() for typical lines; O_APPEND keeps
// lines from several processes whole).
void write_all(int fd, std::string_view line) {
  while (!line.empty()) {
    ssize_t n = ::write(fd, line.data(), line.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    line.remove_prefix(static_cast<size_t>(n));
  }
}

std::mutex& stderr_mutex() {
  static std::mutex mu;
  return mu;
}

}  // namespace

std::string iso_utc(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  auto ms = duration_cast<milliseconds>(t.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  if (ms % 1000 < 0) --secs;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(((ms % 1000) + 1000) % 1000));
  return buf;
}

AccessLog::AccessLog(std::string destination) : destination_(std::move(destination)) {}

AccessLog::~AccessLog() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

core::Status AccessLog::open() {
  std::lock_guard lock(mu_);
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
  owns_fd_ = false;
  fd_ = -1;
  if (destination_ == "off") return {};
  if (destination_.empty() || destination_ == "-") {
    fd_ = STDOUT_FILENO;
    return {};
  }
  int fd = ::open(destination_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (fd < 0) {
    return core::make_error(core::errc::kInternal,
                            msg::config_access_log_unopened(destination_, std::strerror(errno)),
                            "access_log");
  }
  fd_ = fd;
  owns_fd_ = true;
  return {};
}

std::string AccessLog::format(const AccessRecord& r) {
  boost::json::object o;
  o["time"] = iso_utc(r.time);
  o["request_id"] = r.request_id;
  o["remote_ip"] = r.remote_ip;
  o["method"] = r.method;
  o["path"] = core::utf8_prefix(r.path, 200);
  o["status"] = r.status;
  o["bytes"] = r.bytes;
  o["duration_ms"] = static_cast<double>(static_cast<long long>(r.duration_ms * 1000)) / 1000;
  for (const auto& [k, v] : r.fields) {
    if (!o.contains(k)) o[k] = core::utf8_prefix(v, 200);
  }
  return boost::json::serialize(o);
}

void AccessLog::write(const AccessRecord& r) {
  if (destination_ == "off") return;
  std::string line = format(r);
  line.push_back('\n');
  std::lock_guard lock(mu_);
  if (fd_ >= 0) write_all(fd_, line);
}

namespace {
thread_local std::string t_request_id;
thread_local std::string t_failure_cause;
}  // namespace

std::string_view current_request_id() { return t_request_id; }

void note_failure_cause(std::string cause) { t_failure_cause = std::move(cause); }

std::string take_failure_cause() { return std::exchange(t_failure_cause, std::string()); }

RequestIdScope::RequestIdScope(std::string id) : previous_(std::move(t_request_id)) {
  t_request_id = std::move(id);
  t_failure_cause.clear();
}

RequestIdScope::~RequestIdScope() { t_request_id = std::move(previous_); }

void log_error(std::string_view request_id, std::string_view message) {
  boost::json::object o;
  o["time"] = iso_utc(std::chrono::system_clock::now());
  o["level"] = "error";
  o["request_id"] = request_id;
  o["message"] = message;
  std::string line = boost::json::serialize(o);
  line.push_back('\n');
  std::lock_guard lock(stderr_mutex());
  write_all(STDERR_FILENO, line);
}

}  // namespace thidua::web
