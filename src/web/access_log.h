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

// The id of the request the calling thread is handling, "" outside one. The
// server sets it around each handler (RequestIdScope) so that error answers
// built deep in a handler (api_error, error_page) can name it.
std::string_view current_request_id();

// The cause of a server failure the current request answers with a page of
// its own (a form shown again with the error) rather than through
// error_page/api_error: the server logs it with the 5xx when the response
// carries no Response::cause. Cleared by RequestIdScope.
void note_failure_cause(std::string cause);
std::string take_failure_cause();

class RequestIdScope {
 public:
  explicit RequestIdScope(std::string id);
  ~RequestIdScope();
  RequestIdScope(const RequestIdScope&) = delete;
  RequestIdScope& operator=(const RequestIdScope&) = delete;

 private:
  std::string previous_;
};

// Writes {"time","level":"error","request_id","message"} to stderr.
void log_error(std::string_view request_id, std::string_view message);

// "2026-11-24T09:18:06.123Z".
std::string iso_utc(std::chrono::system_clock::time_point t);

}  // namespace thidua::web
