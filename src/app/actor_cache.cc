#include "app/actor_cache.h"

namespace thidua::app {

std::optional<ActorCache::Entry> ActorCache::get(const std::string& key, std::chrono::steady_clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = slots_.find(key);
  if (it == slots_.end()) return std::nullopt;
  if (now - it->second.stored >= ttl_) {
    slots_.erase(it);
    return std::nullopt;
  }
  return it->second.entry;
}

void ActorCache::put(const std::string& key, Entry entry, std::chrono::steady_clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  if (slots_.size() >= max_entries_) slots_.clear();
  slots_[key] = Slot{std::move(entry), now};
}

void ActorCache::clear() {
  clear_local();
  if (tell_) tell_();
}

void ActorCache::clear_local() {
  std::lock_guard<std::mutex> lock(mu_);
  slots_.clear();
}

}  // namespace thidua::app
