#include "web/shared/format.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace thidua::web {

std::string vietnamese_date(const std::string& iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return iso;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d, m, y);
  return buf;
}

std::string vietnam_time(const std::string& iso) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (iso.size() < 19 || std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) != 6) return iso;
  using namespace std::chrono;
  sys_days day = year{y} / month{static_cast<unsigned>(mo)} / ::std::chrono::day{static_cast<unsigned>(d)};
  auto t = day + hours{h + 7} + minutes{mi} + seconds{s};
  auto local_day = floor<days>(t);
  year_month_day ymd{local_day};
  hh_mm_ss hms{t - local_day};
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d %02ld:%02ld:%02lld", static_cast<unsigned>(ymd.day()),
                static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()), static_cast<long>(hms.hours().count()),
                static_cast<long>(hms.minutes().count()), static_cast<long long>(hms.seconds().count()));
  return buf;
}

std::string file_size_text(int64_t bytes) {
  if (bytes >= (1 << 20)) {
    return std::to_string(bytes >> 20) + "," + std::to_string(((bytes % (1 << 20)) * 10) >> 20) + " MB";
  }
  return std::to_string(std::max<int64_t>(1, (bytes + 1023) / 1024)) + " KB";
}

int percent_field(const std::string& text) {
  int v = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  return ec == std::errc() && end == text.data() + text.size() && v >= 0 && v <= 100 ? v : -1;
}

}  // namespace thidua::web
