#include "web/shared/params.h"

#include <algorithm>
#include <charconv>

namespace thidua::web {

std::optional<int64_t> parse_id(std::string_view text) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
}

int int_param(const Request& req, const char* name, int fallback, int lo, int hi) {
  auto v = parse_id(req.query_param(name));
  if (!v) return fallback;
  return static_cast<int>(std::clamp<int64_t>(*v, lo, hi));
}

int page_number(const Request& req, const char* name) {
  auto page = parse_id(req.query_param(name));
  return page ? static_cast<int>(std::min<int64_t>(*page, kMaxPageNumber)) : 1;
}

}  // namespace thidua::web
