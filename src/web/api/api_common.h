// Shared pieces of the JSON API handlers: reading a JSON body, typed members
// with Vietnamese errors naming the field. (Query and path parameters:
// web/shared/params.h.)
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <optional>
#include <string>

#include "core/result.h"
#include "web/http.h"

namespace thidua::web {

// kBadRequest with the message (and the field it concerns).
core::Error bad_request(const std::string& message, const std::string& field = {});

// The request body as a JSON object: kUnsupported unless Content-Type is
// application/json, kBadRequest when it is not a JSON object.
core::Result<boost::json::object> body_object(const Request& req);

// The first member of `o` not in `known`, as a kBadRequest naming it.
std::optional<core::Error> unknown_member(const boost::json::object& o, std::initializer_list<std::string_view> known);

// Reads optional typed members; a present member of the wrong type is an
// error (the first one is kept in `error`).
struct Reader {
  const boost::json::object& o;
  std::optional<core::Error> error;
  void text(const char* key, std::string& out);
  void id(const char* key, std::optional<int64_t>& out);
  void number(const char* key, int64_t& out);
};

}  // namespace thidua::web
