// A short-lived cache of a campaign's dashboard figures (store::campaign_progress
// with its registration deadline), so that the secretariat's dashboard and
// its pages do not read and roll up every participating unit's counters on
// each request (about 5 ms at province scale: 2,000 units, 100,000 people;
// docs/performance.md), which matters when many requests arrive at once on
// a small server. Entries live `ttl`
// (default 15 s): the dashboard may show figures that old (it says when they
// were computed); reminders always recompute and refresh the entry.
// Thread-safe; holds at most `max_entries` campaigns (then starts afresh).
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/unit_progress.h"

namespace thidua::app {

struct CampaignProgress {
  std::vector<core::UnitProgress> units;  // tree order, lateness not set
  std::optional<std::string> registration_deadline;  // the plan's, else its period's end
  bool deadline_from_period = false;
  std::string computed_at;  // ISO instant
};

class ProgressCache {
 public:
  explicit ProgressCache(std::chrono::milliseconds ttl = std::chrono::seconds(15), size_t max_entries = 64)
      : ttl_(ttl), max_entries_(max_entries) {}

  std::optional<CampaignProgress> get(int64_t campaign_id,
                                      std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now());
  void put(int64_t campaign_id, CampaignProgress progress,
           std::chrono::steady_clock::time_point now = std::chrono::steady_clock::now());
  void clear();

  // Held while a miss is computed, so that requests arriving meanwhile wait
  // for that computation (and find it in the cache) instead of repeating it.
  std::unique_lock<std::mutex> lock_computation() { return std::unique_lock<std::mutex>(computing_); }

 private:
  struct Slot {
    CampaignProgress progress;
    std::chrono::steady_clock::time_point stored;
  };
  std::chrono::milliseconds ttl_;
  size_t max_entries_;
  std::mutex mutex_;
  std::mutex computing_;
  std::unordered_map<int64_t, Slot> slots_;
};

}  // namespace thidua::app
