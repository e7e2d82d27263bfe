#include "web/api/api_common.h"

#include <algorithm>
#include <system_error>

#include <boost/json/parse.hpp>

#include "web/ui/page.h"

namespace thidua::web {
namespace json = boost::json;

core::Error bad_request(const std::string& message, const std::string& field) {
  return core::make_error(core::errc::kBadRequest, message, field);
}

core::Result<json::object> body_object(const Request& req) {
  if (req.content_type().rfind("application/json", 0) != 0) {
    return core::make_error(core::errc::kUnsupported, "Nội dung phải là JSON (Content-Type: application/json).");
  }
  std::error_code ec;
  json::value v = json::parse(req.body, ec);
  if (ec || !v.is_object()) return bad_request("Nội dung JSON không hợp lệ.");
  return v.as_object();
}

void Reader::text(const char* key, std::string& out) {
  if (auto* v = o.if_contains(key)) {
    if (v->is_string()) out = std::string(v->as_string());
    else if (v->is_null()) out.clear();
    else if (!error) error = bad_request(std::string("Trường \"") + key + "\" phải là chuỗi.", key);
  }
}

void Reader::id(const char* key, std::optional<int64_t>& out) {
  if (auto* v = o.if_contains(key)) {
    if (v->is_int64() && v->as_int64() > 0) out = v->as_int64();
    else if (v->is_null()) out.reset();
    else if (!error) error = bad_request(std::string("Trường \"") + key + "\" phải là số nguyên dương.", key);
  }
}

void Reader::number(const char* key, int64_t& out) {
  if (auto* v = o.if_contains(key)) {
    if (v->is_int64()) out = v->as_int64();
    else if (!error) error = bad_request(std::string("Trường \"") + key + "\" phải là số nguyên.", key);
  }
}

int int_param(const Request& req, const char* name, int fallback, int lo, int hi) {
  auto v = parse_id(req.query_param(name));
  if (!v) return fallback;
  return static_cast<int>(std::clamp<int64_t>(*v, lo, hi));
}

}  // namespace thidua::web
