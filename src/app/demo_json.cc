#include "app/demo_json.h"

#include "core/org.h"

#include <boost/json/parse.hpp>

#include "core/embedded.h"
#include "core/messages_vi/cli.h"

namespace thidua::embedded {
extern const thidua::core::EmbeddedFile demo[];
extern const std::size_t demo_count;
}  // namespace thidua::embedded

namespace thidua::app::demo_json {

namespace json = boost::json;
namespace msg = core::messages_vi;

File embedded(std::string_view name) {
  for (size_t i = 0; i < thidua::embedded::demo_count; ++i) {
    if (thidua::embedded::demo[i].path == name) return {true, thidua::embedded::demo[i].data};
  }
  return {};
}

core::Result<json::value> parse(std::string_view file, std::string_view text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec) return error(file, msg::kDemoJsonMalformed);
  return v;
}

core::Error error(std::string_view file, const std::string& reason) {
  std::string_view r = reason;
  if (r.ends_with('.')) r.remove_suffix(1);
  return core::make_error(core::errc::kValidation, msg::demo_file_invalid(file, r), std::string(file));
}

core::Error missing(std::string_view file) {
  return core::make_error(core::errc::kValidation, msg::demo_file_missing(file), std::string(file));
}

std::string at(const std::string& where, std::string_view key) {
  return where.empty() ? std::string(key) : where + "." + std::string(key);
}

std::string at(const std::string& where, size_t index) { return where + "[" + std::to_string(index) + "]"; }

static std::string shown(const std::string& where) { return where.empty() ? std::string(msg::kDemoDocumentRoot) : where; }

const json::object& object(const json::value& v, const std::string& where) {
  if (!v.is_object()) throw Invalid{msg::demo_member_wrong(shown(where))};
  return v.get_object();
}

const json::array& array(const json::value& v, const std::string& where) {
  if (!v.is_array()) throw Invalid{msg::demo_member_wrong(shown(where))};
  return v.get_array();
}

const json::value& member(const json::object& o, std::string_view key, const std::string& where) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr) throw Invalid{msg::demo_member_wrong(at(where, key))};
  return *v;
}

std::string text(const json::object& o, std::string_view key, const std::string& where, bool required) {
  const json::value* v = o.if_contains(key);
  if (v == nullptr && !required) return {};
  if (v == nullptr || !v->is_string()) throw Invalid{msg::demo_member_wrong(at(where, key))};
  return std::string(v->get_string());
}

std::string iso_date(const json::object& o, std::string_view key, const std::string& where) {
  std::string d = text(o, key, where);
  if (!core::is_iso_date(d)) bad_value(at(where, key));
  return d;
}

uint32_t count(const json::object& o, std::string_view key, const std::string& where) {
  const json::value& v = member(o, key, where);
  if (!v.is_int64() || v.get_int64() < 0 || v.get_int64() > 1'000'000) {
    throw Invalid{msg::demo_member_wrong(at(where, key))};
  }
  return static_cast<uint32_t>(v.get_int64());
}

void only(const json::object& o, std::initializer_list<std::string_view> keys, const std::string& where) {
  for (const auto& kv : o) {
    bool known = false;
    for (std::string_view k : keys) known = known || kv.key() == k;
    if (!known) throw Invalid{msg::demo_member_unknown(at(where, kv.key()))};
  }
}

void bad_value(const std::string& where) { throw Invalid{msg::demo_value_invalid(shown(where))}; }

}  // namespace thidua::app::demo_json
