// A per-key fixed-window rate limiter in memory (e.g. login attempts per IP).
// Bounded: at most `max_keys` keys are tracked; the oldest window is evicted
// first. Thread-safe.
#pragma once

#include <chrono>
#include <list>
#include <mutex>
#include <string>
#include <unordered_map>

namespace thidua::web {

class RateLimiter {
 public:
  RateLimiter(int limit, std::chrono::seconds window, size_t max_keys = 100000);
  // Counts one event for `key`; false when the key already used its `limit`
  // events in the current window (the event is then not counted).
  bool allow(const std::string& key, std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now());

 private:
  struct Entry {
    std::chrono::steady_clock::time_point start;
    int count = 0;
    std::list<std::string>::iterator order;
  };
  int limit_;
  std::chrono::seconds window_;
  size_t max_keys_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> order_;  // keys by window start, oldest first
};

}  // namespace thidua::web
