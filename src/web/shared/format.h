// How dates, instants and sizes are shown on Vietnamese screens, and how a
// typed percent is read back.
#pragma once

#include <cstdint>
#include <string>

namespace thidua::web {

// "1985-03-15" → "15/03/1985"; anything else is returned unchanged.
std::string vietnamese_date(const std::string& iso_date);

// "2026-11-24T02:05:09.123Z" (UTC) → "24/11/2026 09:05:09" (UTC+7, Vietnam has
// no daylight saving); anything else is returned unchanged.
std::string vietnam_time(const std::string& iso_instant);

// A file size for people: "1,5 MB" from 1 MiB up (one decimal, comma), else
// whole KB rounded up, at least "1 KB".
std::string file_size_text(int64_t bytes);

// A whole percent "0".."100" typed in a form; -1 for anything else (the use
// case refuses it with its message).
int percent_field(const std::string& text);

}  // namespace thidua::web
