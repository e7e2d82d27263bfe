// Static assets (CSS, JS, images, fonts) compiled into the binary and served
// under /static/: content type by extension, strong ETag, long-lived caching
// for versioned URLs, 304 on If-None-Match.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/embedded.h"
#include "web/http.h"

namespace thidua::web {
class Router;

class StaticAssets {
 public:
  // Indexes `files` (paths relative to src/web/static) and hashes their contents.
  StaticAssets(const core::EmbeddedFile* files, size_t count);

  // The assets compiled into the binary (thidua::embedded::static_files).
  static const StaticAssets& embedded();

  // Answers GET/HEAD for an asset. The asset path is req.path_params["path"] when
  // routed through "/static/{*path}", else req.path without the "/static/" prefix.
  // nullopt when there is no such asset. Caching: "public, max-age=31536000,
  // immutable" when the query carries v=<the asset's version>, else
  // "public, max-age=300"; 304 with no body when If-None-Match holds its ETag.
  std::optional<Response> serve(const Request& req) const;

  // "/static/<path>?v=<version>" for use in templates; the bare "/static/<path>"
  // when the asset does not exist (so a typo shows up as a 404 in the browser).
  std::string url(std::string_view path) const;

  // The version of an asset (first 16 hex digits of its BLAKE2b hash), or "".
  std::string version(std::string_view path) const;

  // The bytes of an asset (owned by the binary); nullopt when there is none.
  std::optional<std::string_view> data(std::string_view path) const;

 private:
  struct Asset {
    std::string_view data;
    std::string content_type;
    std::string etag;     // "\"<32 hex>\""
    std::string version;  // 16 hex
  };
  std::map<std::string, Asset, std::less<>> assets_;
};

// StaticAssets::embedded().url(path).
std::string asset_url(std::string_view path);

// Content type for a file name by its extension (css, js, svg, png, woff2, ico,
// json, txt, ...); "application/octet-stream" when unknown.
std::string content_type_for(std::string_view filename);

// Registers GET "/static/{*path}" serving the embedded assets; unknown assets get
// error_response() 404 (router.h).
void mount_static(Router& router);

}  // namespace thidua::web
