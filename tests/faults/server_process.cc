#include "faults/server_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "support/http_client.h"

namespace thidua::test {
namespace {

// Forks and execs `argv_store` (absolute program path first), output to `log_path`.
pid_t spawn_argv(std::vector<std::string> argv_store, const std::string& log_path) {
  std::vector<char*> argv;
  for (auto& a : argv_store) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  const int out = ::open(log_path.empty() ? "/dev/null" : log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
  if (out >= 0) {
    ::dup2(out, 1);
    ::dup2(out, 2);
  }
  ::setenv("THIDUA_ARGON2_FAST", "1", 1);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

// Forks and execs THIDUA_BIN with `args`.
pid_t spawn(const std::vector<std::string>& args, const std::string& log_path) {
  std::vector<std::string> argv{THIDUA_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return spawn_argv(std::move(argv), log_path);
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

unsigned short free_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  ::close(fd);
  return ntohs(a.sin_port);
}

int run_thidua(const std::vector<std::string>& args, const std::string& log_path) {
  pid_t pid = spawn(args, log_path);
  return pid < 0 ? -1 : wait_for(pid);
}

ServerProcess::ServerProcess(std::string db_url, std::string data_dir, std::string log_path)
    : db_url_(std::move(db_url)), data_dir_(std::move(data_dir)), log_path_(std::move(log_path)) {}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) kill_now();
}

bool ServerProcess::start() {
  const unsigned short port = free_port();
  return start_command({THIDUA_BIN, "serve", "--db", db_url_, "--listen", "127.0.0.1:" + std::to_string(port),
                        "--data-dir", data_dir_, "--threads", "2"},
                       port);
}

bool ServerProcess::start_command(const std::vector<std::string>& argv, unsigned short port) {
  port_ = port;
  pid_ = spawn_argv(argv, log_path_);
  if (pid_ < 0) return false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return false;  // it exited
    }
    try {
      TestClient probe("127.0.0.1", port_);
      if (probe.get("/healthz").status == 200) return true;
    } catch (const std::exception&) {
      // not listening yet
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

void ServerProcess::kill_now() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGKILL);
  wait_for(pid_);
  pid_ = -1;
}

int ServerProcess::stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  const int status = wait_for(pid_);
  pid_ = -1;
  return status;
}

}  // namespace thidua::test
