#include "web/static_assets.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>

#include "core/hex.h"
#include "core/messages_vi/http.h"
#include "web/router.h"

namespace thidua::embedded {
extern const thidua::core::EmbeddedFile static_files[];
extern const std::size_t static_files_count;
}  // namespace thidua::embedded

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

std::string hex_hash(std::string_view data) {
  static const bool initialised = sodium_init() >= 0;
  (void)initialised;
  unsigned char digest[16];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(data.data()), data.size(),
                     nullptr, 0);
  return core::to_hex(digest);
}

// True when the If-None-Match list holds `etag` (or "*"); weak forms match too.
bool etag_matches(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (item.substr(0, 2) == "W/") item.remove_prefix(2);
    if (item == "*" || item == etag) return true;
  }
  return false;
}

}  // namespace

std::string content_type_for(std::string_view filename) {
  static const std::map<std::string, std::string, std::less<>> kTypes = {
      {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"gif", "image/gif"},
      {"webp", "image/webp"},
      {"woff2", "font/woff2"},
      {"woff", "font/woff"},
      {"ico", "image/x-icon"},
      {"json", "application/json"},
      {"webmanifest", "application/manifest+json"},
      {"txt", "text/plain; charset=utf-8"},
      {"map", "application/json"},
      {"pdf", "application/pdf"},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
  };
  size_t dot = filename.rfind('.');
  if (dot == std::string_view::npos) return "application/octet-stream";
  std::string ext(filename.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = kTypes.find(ext);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

StaticAssets::StaticAssets(const core::EmbeddedFile* files, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    std::string hash = hex_hash(files[i].data);
    assets_[std::string(files[i].path)] =
        Asset{files[i].data, content_type_for(files[i].path), "\"" + hash + "\"", hash.substr(0, 16)};
  }
}

const StaticAssets& StaticAssets::embedded() {
  static const StaticAssets instance(thidua::embedded::static_files, thidua::embedded::static_files_count);
  return instance;
}

std::optional<Response> StaticAssets::serve(const Request& req) const {
  std::string path;
  auto param = req.path_params.find("path");
  if (param != req.path_params.end()) {
    path = param->second;
  } else if (req.path.rfind("/static/", 0) == 0) {
    path = req.path.substr(8);
  } else {
    return std::nullopt;
  }
  auto it = assets_.find(path);
  if (it == assets_.end()) return std::nullopt;
  const Asset& a = it->second;

  Response res;
  res.content_type = a.content_type;
  res.set_header("ETag", a.etag);
  res.set_header("Cache-Control", req.query_param("v") == a.version ? "public, max-age=31536000, immutable"
                                                                   : "public, max-age=300");
  if (etag_matches(req.header("if-none-match"), a.etag)) {
    res.status = 304;
    return res;
  }
  res.body = std::string(a.data);
  return res;
}

std::string StaticAssets::url(std::string_view path) const {
  auto it = assets_.find(path);
  std::string out = "/static/" + std::string(path);
  if (it != assets_.end()) out += "?v=" + it->second.version;
  return out;
}

std::string StaticAssets::version(std::string_view path) const {
  auto it = assets_.find(path);
  return it == assets_.end() ? std::string() : it->second.version;
}

std::optional<std::string_view> StaticAssets::data(std::string_view path) const {
  auto it = assets_.find(path);
  if (it == assets_.end()) return std::nullopt;
  return it->second.data;
}

std::string asset_url(std::string_view path) { return StaticAssets::embedded().url(path); }

void mount_static(Router& router) {
  // Unknown assets: a plain 404 like the router's default (the handler cannot
  // hold the router, which may be moved after registration).
  router.get("/static/{*path}", [](Request& req) {
    if (auto res = StaticAssets::embedded().serve(req)) return std::move(*res);
    return error_response(req, 404, core::errc::kNotFound, msg::kHttpFileNotFound);
  });
}

}  // namespace thidua::web
