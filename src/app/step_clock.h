// A clock that stays where it is set: the demo's loaders run each step on it,
// set to that step's moment, so every record carries a plausible date. Not
// thread-safe: one loader uses it at a time.
#pragma once

#include <chrono>

#include "app/clock.h"
#include "app/context.h"

namespace thidua::app {

class StepClock final : public Clock {
 public:
  explicit StepClock(std::chrono::system_clock::time_point t) : t_(t) {}
  std::chrono::system_clock::time_point now() const override { return t_; }
  void set(std::chrono::system_clock::time_point t) { t_ = t; }

 private:
  std::chrono::system_clock::time_point t_;
};

// `base` on `clock`, with mail off (a loader's steps send no e-mail).
inline Services services_on(const Services& base, const StepClock& clock) {
  Services s{base.db, clock, base.policy, base.data_dir, base.actor_cache, base.max_file_bytes};
  s.public_url = base.public_url;
  s.progress_cache = base.progress_cache;
  return s;
}

}  // namespace thidua::app
