// The access log (one JSON object per line per request) and the error log
// (JSON lines on stderr). Writes are thread-safe and each line is written whole.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "core/result.h"

namespace thidua::web {

struct AccessRecord {
  std::chrono::system_clock::time_point time;  // when the request started
  std::string request_id;
  std::string remote_ip;
  std::string method;
  std::string path;  // without the query string; truncated to 200 bytes
  unsigned status = 0;
  std::uint64_t bytes = 0;  // response body bytes written
  double duration_ms = 0;
  std::map<std::string, std::string> fields;  // Request::log_fields; never override the above
};

class AccessLog {
 public:
  // destination: "" or "-" = stdout, "off" = nothing, else a file (appended to).
  explicit AccessLog(std::string destination = "");
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // Opens the file if the destination is one. Error names the path.
  core::Status open();
  // Writes one line: {"time","request_id","remote_ip","method","path","status",
  // "bytes","duration_ms", ...fields}.
  void write(const AccessRecord& r);
  // The JSON line write() would emit, without the trailing newline.
  static std::string format(const AccessRecord& r);

 private:
  std::string destination_;
  int fd_ = -1;  // -1: off
  bool owns_fd_ = false;
  std::mutex mu_;
};

// Writes {"time","level":"error","request_id","message"} to stderr.
void log_error(std::string_view request_id, std::string_view message);

// "2026-11-24T09:18:06.123Z".
std::string iso_utc(std::chrono::system_clock::time_point t);

}  // namespace thidua::web
