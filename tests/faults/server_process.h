// The real `thidua serve` as a child process, for the fault tests: started on
// a database URL and a free loopback port, waited for until /healthz answers,
// killed with SIGKILL (or stopped with SIGTERM) at the test's chosen moment.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace thidua::test {

// A free TCP port on 127.0.0.1 (bound and released; the race is harmless here).
unsigned short free_port();

// Runs `thidua <args...>` (THIDUA_BIN) to completion; returns its exit status
// (-1 when it could not run). Output goes to `log_path` ("" = /dev/null).
int run_thidua(const std::vector<std::string>& args, const std::string& log_path = "");

class ServerProcess {
 public:
  ServerProcess(std::string db_url, std::string data_dir, std::string log_path);
  ~ServerProcess();  // kills a server still running
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Starts the server and waits (at most 30 s) for GET /healthz to answer 200.
  bool start();
  // The same for a server started by another command line (absolute program
  // path first) that listens on `port`, e.g. one wrapped in `unshare`.
  bool start_command(const std::vector<std::string>& argv, unsigned short port);
  pid_t pid() const { return pid_; }
  void kill_now();   // SIGKILL, then reaps it
  int stop();        // SIGTERM, waits; returns the exit status
  bool running() const { return pid_ > 0; }
  unsigned short port() const { return port_; }

 private:
  std::string db_url_;
  std::string data_dir_;
  std::string log_path_;
  unsigned short port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace thidua::test
