#include "app/progress_cache.h"

namespace thidua::app {

std::optional<CampaignProgress> ProgressCache::get(int64_t campaign_id, std::chrono::steady_clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = slots_.find(campaign_id);
  if (it == slots_.end()) return std::nullopt;
  if (now - it->second.stored >= ttl_) {
    slots_.erase(it);
    return std::nullopt;
  }
  return it->second.progress;
}

void ProgressCache::put(int64_t campaign_id, CampaignProgress progress, std::chrono::steady_clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (slots_.size() >= max_entries_ && !slots_.count(campaign_id)) slots_.clear();
  slots_[campaign_id] = Slot{std::move(progress), now};
}

void ProgressCache::clear() {
  std::lock_guard lock(mutex_);
  slots_.clear();
}

}  // namespace thidua::app
