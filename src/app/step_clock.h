// A clock that stays where it is set: the demo's loaders run each step on it,
// set to that step's moment, so every record carries a plausible date. Not
// thread-safe: one loader uses it at a time.
#pragma once

#include <chrono>

#include "app/clock.h"

namespace thidua::app {

class StepClock final : public Clock {
 public:
  explicit StepClock(std::chrono::system_clock::time_point t) : t_(t) {}
  std::chrono::system_clock::time_point now() const override { return t_; }
  void set(std::chrono::system_clock::time_point t) { t_ = t; }

 private:
  std::chrono::system_clock::time_point t_;
};

}  // namespace thidua::app
