// Time as the use cases see it: ISO-8601 UTC text, with a clock that tests can
// move forward (lock-outs, session expiry).
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace thidua::app {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point now() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

// "2026-11-24T09:12:07.123Z"; fixed width, so text order is time order.
std::string iso_instant(std::chrono::system_clock::time_point t);
// The instant of iso_instant()'s text; nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> parse_iso_instant(const std::string& text);
// "2026-11-24" (UTC).
std::string iso_date(std::chrono::system_clock::time_point t);

}  // namespace thidua::app

namespace thidua::app {
// Today's date in Vietnam (UTC+7, no daylight saving), "2026-11-24": the date
// documents carry and deadlines are compared with.
std::string vietnam_date(std::chrono::system_clock::time_point t);
// This year in Vietnam (2026): the latest year of achievement a record may
// carry, the year a review or an eligibility check defaults to.
int current_year(const Clock& clock);
}  // namespace thidua::app
