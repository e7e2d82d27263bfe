#include "web/rate_limit.h"

namespace thidua::web {

RateLimiter::RateLimiter(int limit, std::chrono::seconds window, size_t max_keys)
    : limit_(limit), window_(window), max_keys_(max_keys) {}

bool RateLimiter::allow(const std::string& key, std::chrono::steady_clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(key);
  if (it != entries_.end() && now - it->second.start >= window_) {
    order_.erase(it->second.order);
    entries_.erase(it);
    it = entries_.end();
  }
  if (it == entries_.end()) {
    while (entries_.size() >= max_keys_ && !order_.empty()) {
      entries_.erase(order_.front());
      order_.pop_front();
    }
    order_.push_back(key);
    it = entries_.emplace(key, Entry{now, 0, std::prev(order_.end())}).first;
  }
  if (it->second.count >= limit_) return false;
  ++it->second.count;
  return true;
}

}  // namespace thidua::web
