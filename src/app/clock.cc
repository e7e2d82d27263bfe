#include "app/clock.h"

#include <cstdio>
#include <ctime>

namespace thidua::app {

std::string iso_instant(std::chrono::system_clock::time_point t) {
  using namespace std::chrono;
  auto ms = duration_cast<milliseconds>(t.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

std::optional<std::chrono::system_clock::time_point> parse_iso_instant(const std::string& text) {
  std::tm tm{};
  int ms = 0;
  if (text.size() != 24 || text[23] != 'Z' ||
      std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                  &tm.tm_min, &tm.tm_sec, &ms) != 7) {
    return std::nullopt;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  const std::time_t secs = timegm(&tm);
  if (secs == static_cast<std::time_t>(-1)) return std::nullopt;
  return std::chrono::system_clock::from_time_t(secs) + std::chrono::milliseconds(ms);
}

std::string iso_date(std::chrono::system_clock::time_point t) { return iso_instant(t).substr(0, 10); }

}  // namespace thidua::app

namespace thidua::app {
std::string vietnam_date(std::chrono::system_clock::time_point t) { return iso_date(t + std::chrono::hours(7)); }
int current_year(const Clock& clock) { return std::stoi(vietnam_date(clock.now()).substr(0, 4)); }
}  // namespace thidua::app
