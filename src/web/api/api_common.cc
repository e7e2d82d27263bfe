#include "web/api/api_common.h"

#include <algorithm>
#include <system_error>

#include <boost/json/parse.hpp>

#include "core/messages_vi/api.h"
#include "core/messages_vi/api_councils.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace json = boost::json;

core::Error bad_request(const std::string& message, const std::string& field) {
  return core::make_error(core::errc::kBadRequest, message, field);
}

core::Result<json::object> body_object(const Request& req) {
  if (req.content_type().rfind("application/json", 0) != 0) {
    return core::make_error(core::errc::kUnsupported, msg::kApiNeedsJson);
  }
  std::error_code ec;
  json::value v = json::parse(req.body, ec);
  if (ec || !v.is_object()) return bad_request(msg::kApiJsonInvalid);
  return v.as_object();
}

void Reader::text(const char* key, std::string& out) {
  if (auto* v = o.if_contains(key)) {
    if (v->is_string()) out = std::string(v->as_string());
    else if (v->is_null()) out.clear();
    else if (!error) error = bad_request(msg::api_member_must_be_string(key), key);
  }
}

void Reader::id(const char* key, std::optional<int64_t>& out) {
  if (auto* v = o.if_contains(key)) {
    if (v->is_int64() && v->as_int64() > 0) out = v->as_int64();
    else if (v->is_null()) out.reset();
    else if (!error) error = bad_request(msg::api_member_must_be_positive_integer(key), key);
  }
}

void Reader::number(const char* key, int64_t& out) {
  if (auto* v = o.if_contains(key)) {
    if (v->is_int64()) out = v->as_int64();
    else if (!error) error = bad_request(msg::api_member_must_be_integer(key), key);
  }
}


std::optional<core::Error> unknown_member(const boost::json::object& o, std::initializer_list<std::string_view> known) {
  for (const auto& [key, value] : o) {
    bool found = false;
    for (std::string_view k : known) found = found || key == k;
    if (!found) return bad_request(core::messages_vi::unsupported_member(key), std::string(key));
  }
  return std::nullopt;
}

}  // namespace thidua::web
