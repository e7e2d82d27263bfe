// A small pool of threads for heavy requests (imports, documents, dossiers),
// so that they never occupy the server's I/O threads, with a hard bound on
// how many may wait: past it, try_submit() refuses at once and the server
// answers "busy, try again" instead of queueing without limit.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace thidua::web {

class WorkPool {
 public:
  // `workers` threads (at least 1) and at most `queue_limit` jobs waiting
  // beyond those running. Threads start at once.
  WorkPool(int workers, std::size_t queue_limit);
  ~WorkPool();  // stop()
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // Queues `job` and returns true, or returns false without running it when
  // every worker is busy and queue_limit jobs already wait, or after stop().
  // A job must not throw (an exception is caught and dropped).
  bool try_submit(std::function<void()> job);

  // Jobs running or waiting now.
  std::size_t load() const;

  // Refuses new jobs, drops those still waiting (their closures are
  // destroyed unrun), lets the running ones finish and joins the threads.
  // Idempotent.
  void stop();

 private:
  void run();

  const std::size_t capacity_;  // workers + queue_limit
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> queue_;
  std::size_t running_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace thidua::web
