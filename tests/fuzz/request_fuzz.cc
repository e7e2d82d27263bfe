// Fuzzes the request path the server uses: HTTP framing and Request
// construction (parse_request_bytes), then form decoding of the body.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "web/form.h"
#include "web/http.h"
#include "web/server.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace thidua::web;
  static const ServerConfig cfg = [] {
    ServerConfig c;
    c.header_limit = 16 * 1024;
    c.body_limit = 1024 * 1024;
    return c;
  }();
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  auto req = parse_request_bytes(raw, cfg);
  if (!req.ok()) return 0;

  // Exercise the accessors the app's filters use.
  (void)req->cookie("sid");
  (void)req->query_param("q");
  (void)req->content_type();
  (void)req->wants_json();

  FormLimits limits;
  limits.max_fields = 64;
  auto form = parse_form(*req, limits);
  (void)form;
  // The multipart parser also on its own, whatever the declared type says.
  auto parts = parse_multipart(req->body, req->header("content-type"), limits);
  (void)parts;
  auto fields = parse_urlencoded(req->body, limits);
  (void)fields;
  return 0;
}
