// Strict reading of the demo's data files (src/app/demo/*.json, embedded into
// the binary): the lookup of a file by name and small accessors that name the
// offending member by its path, so that a malformed file fails whole, with a
// clear error, before anything is written.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "core/result.h"

namespace thidua::app::demo_json {

// An embedded demo file by name ("units.json", ...); found is false when the
// build did not embed it.
struct File {
  bool found = false;
  std::string_view text;
};
File embedded(std::string_view name);

// Thrown by the accessors below with the member's path ("[3].kind") and the
// reason; read() turns it into a kValidation core::Error naming the file.
struct Invalid {
  std::string reason;
};

// Parses `text` and runs `body` on it; any Invalid thrown by `body` (or a
// JSON syntax error) becomes a kValidation error naming `file`.
template <class T, class F>
core::Result<T> read(std::string_view file, std::string_view text, F&& body);

// The accessors below throw Invalid instead of returning an error: call them
// ONLY inside the body run by read(), which catches it (never across a layer
// boundary, nor outside read(), where the exception would escape).
const boost::json::object& object(const boost::json::value& v, const std::string& where);
const boost::json::array& array(const boost::json::value& v, const std::string& where);
// A required member of `o` (`where` is the path of `o`).
const boost::json::value& member(const boost::json::object& o, std::string_view key, const std::string& where);
// A string member; "" when absent and not `required`.
std::string text(const boost::json::object& o, std::string_view key, const std::string& where,
                 bool required = true);
// A string member holding an ISO date ("2025-07-01"), required.
std::string iso_date(const boost::json::object& o, std::string_view key, const std::string& where);
// A non-negative integer member.
uint32_t count(const boost::json::object& o, std::string_view key, const std::string& where);
// Fails when `o` holds a member not in `keys` (a misspelt key is never ignored).
void only(const boost::json::object& o, std::initializer_list<std::string_view> keys, const std::string& where);
// Fails with "the value of <where> is not valid".
[[noreturn]] void bad_value(const std::string& where);
std::string at(const std::string& where, std::string_view key);  // "a" + "b" → "a.b"
std::string at(const std::string& where, size_t index);          // "a" + 2 → "a[2]"

// Implementation detail of read().
core::Result<boost::json::value> parse(std::string_view file, std::string_view text);
core::Error error(std::string_view file, const std::string& reason);

// The kValidation error for a demo file the build did not embed.
core::Error missing(std::string_view file);

template <class T, class F>
core::Result<T> read(std::string_view file, std::string_view text, F&& body) {
  auto v = parse(file, text);
  if (!v.ok()) return v.error();
  try {
    return body(static_cast<const boost::json::value&>(*v));
  } catch (const Invalid& e) {
    return error(file, e.reason);
  }
}

}  // namespace thidua::app::demo_json
