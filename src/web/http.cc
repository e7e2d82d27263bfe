#include "web/http.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/serialize.hpp>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "core/blanks.h"
#include "core/hex.h"
#include "core/messages_vi/http.h"
#include "web/server.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

namespace http = boost::beast::http;

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// RFC 7230 tchar.
bool is_tchar(char c) {
  if (std::isalnum(static_cast<unsigned char>(c))) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool is_token(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_tchar);
}

// RFC 6265 cookie-octet.
bool is_cookie_octet(char c) {
  auto u = static_cast<unsigned char>(c);
  return u == 0x21 || (u >= 0x23 && u <= 0x2B) || (u >= 0x2D && u <= 0x3A) ||
         (u >= 0x3C && u <= 0x5B) || (u >= 0x5D && u <= 0x7E);
}

void check_header_value(std::string_view name, std::string_view value) {
  if (!is_token(name)) throw std::invalid_argument("invalid header name");
  for (char c : value) {
    if (c == '\r' || c == '\n' || c == '\0') throw std::invalid_argument("invalid header value");
  }
}

core::Error bad_request(std::string message) {
  return core::make_error(core::errc::kBadRequest, std::move(message));
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> percent_decode(std::string_view in, bool plus_is_space) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return std::nullopt;
      int hi = hex_value(in[i + 1]);
      int lo = hex_value(in[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string percent_encode(std::string_view in) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(in.size());
  for (char c : in) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    }
  }
  return out;
}

std::string html_escape(std::string_view in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (char c : in) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

const std::vector<std::pair<std::string, std::string>>& security_headers() {
  static const std::vector<std::pair<std::string, std::string>> kHeaders = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
      {"X-Frame-Options", "DENY"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "same-origin"},
  };
  return kHeaders;
}

std::string new_request_id() {
  static const bool initialised = sodium_init() >= 0;
  (void)initialised;
  unsigned char bytes[8];
  randombytes_buf(bytes, sizeof bytes);
  return core::to_hex(bytes);
}

// ---- Request ----

std::string Request::header(std::string_view lower_name) const {
  auto it = headers.find(std::string(lower_name));
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::cookie(std::string_view name) const {
  auto it = headers.find("cookie");
  if (it == headers.end()) return {};
  std::string_view rest = it->second;
  while (!rest.empty()) {
    size_t semi = rest.find(';');
    std::string_view pair = core::trim_view(rest.substr(0, semi));
    rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (core::trim_view(pair.substr(0, eq)) != name) continue;
    std::string_view value = core::trim_view(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
  }
  return {};
}

std::string Request::query_param(std::string_view name) const {
  auto it = query.find(std::string(name));
  return it == query.end() ? std::string() : it->second;
}

std::string Request::path_param(std::string_view name) const {
  auto it = path_params.find(std::string(name));
  return it == path_params.end() ? std::string() : it->second;
}

std::string Request::content_type() const {
  std::string value = header("content-type");
  return to_lower(core::trim_view(std::string_view(value).substr(0, value.find(';'))));
}

bool Request::wants_json() const {
  if (path == "/api" || path.rfind("/api/", 0) == 0) return true;
  std::string accept = to_lower(header("accept"));
  size_t json = accept.find("application/json");
  if (json == std::string::npos) return false;
  size_t html = accept.find("text/html");
  return html == std::string::npos || json < html;
}

// ---- Response ----

Response Response::html(std::string body, unsigned status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

Response Response::json(const boost::json::value& v, unsigned status) {
  Response r;
  r.status = status;
  r.content_type = "application/json";
  r.body = boost::json::serialize(v);
  return r;
}

Response Response::text(std::string body, unsigned status) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.body = std::move(body);
  return r;
}

Response Response::redirect(std::string location, unsigned status) {
  Response r;
  r.status = status;
  r.content_type = "text/plain; charset=utf-8";
  r.set_header("Location", std::move(location));
  return r;
}

void Response::set_header(std::string name, std::string value) {
  check_header_value(name, value);
  if (iequals(name, "content-type")) {
    content_type = std::move(value);
    return;
  }
  headers.erase(std::remove_if(headers.begin(), headers.end(),
                               [&](const auto& h) { return iequals(h.first, name); }),
                headers.end());
  headers.emplace_back(std::move(name), std::move(value));
}

void Response::add_header(std::string name, std::string value) {
  check_header_value(name, value);
  headers.emplace_back(std::move(name), std::move(value));
}

std::string Response::header(std::string_view name) const {
  if (iequals(name, "content-type")) return content_type;
  for (const auto& [n, v] : headers) {
    if (iequals(n, name)) return v;
  }
  return {};
}

void Response::set_cookie(std::string_view name, std::string_view value, const CookieOptions& opts) {
  if (!is_token(name)) throw std::invalid_argument("invalid cookie name");
  if (!std::all_of(value.begin(), value.end(), is_cookie_octet)) {
    throw std::invalid_argument("invalid cookie value");
  }
  for (char c : opts.path) {
    if (c == ';' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      throw std::invalid_argument("invalid cookie path");
    }
  }
  std::string line;
  line.append(name).append("=").append(value);
  if (!opts.path.empty()) line.append("; Path=").append(opts.path);
  if (opts.max_age_s) {
    line.append("; Max-Age=").append(std::to_string(std::max<long long>(0, *opts.max_age_s)));
  }
  if (opts.http_only) line.append("; HttpOnly");
  if (opts.secure) line.append("; Secure");
  line.append(opts.same_site == SameSite::kStrict ? "; SameSite=Strict" : "; SameSite=Lax");
  add_header("Set-Cookie", std::move(line));
}

bool Response::sets_cookie(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (k.size() == 10 && std::equal(k.begin(), k.end(), "set-cookie", [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }) &&
        v.size() > name.size() && v.compare(0, name.size(), name) == 0 && v[name.size()] == '=') {
      return true;
    }
  }
  return false;
}

void Response::clear_cookie(std::string_view name, const CookieOptions& opts) {
  CookieOptions expired = opts;
  expired.max_age_s = 0;
  set_cookie(name, "", expired);
}

// ---- parsing ----

core::Result<Request> build_request(std::string_view method, std::string_view target,
                                    const std::vector<std::pair<std::string, std::string>>& fields,
                                    std::string body, std::string remote_ip) {
  if (!is_token(method)) return bad_request(msg::kHttpMethodInvalid);
  if (target.empty() || target.front() != '/') {
    return bad_request(msg::kHttpTargetInvalid);
  }
  Request req;
  req.method = std::string(method);
  if (req.method == "HEAD") {
    req.method = "GET";
    req.head = true;
  }
  req.target = std::string(target);

  std::string_view raw = target.substr(0, target.find('#'));
  size_t qmark = raw.find('?');
  std::string_view raw_path = raw.substr(0, qmark);
  std::string_view raw_query = qmark == std::string_view::npos ? std::string_view() : raw.substr(qmark + 1);

  auto path = percent_decode(raw_path, false);
  if (!path || path->find('\0') != std::string::npos) {
    return bad_request(msg::kHttpPathInvalid);
  }
  // Reject dot segments (decoded, so "%2e%2e" counts): browsers never send
  // them and nothing downstream should have to think about them.
  std::string_view p = *path;
  size_t start = 1;
  while (start <= p.size()) {
    size_t end = p.find('/', start);
    std::string_view seg = p.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (seg == "." || seg == "..") return bad_request(msg::kHttpPathInvalid);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  req.path = std::move(*path);

  while (!raw_query.empty()) {
    size_t amp = raw_query.find('&');
    std::string_view pair = raw_query.substr(0, amp);
    raw_query = amp == std::string_view::npos ? std::string_view() : raw_query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    auto key = percent_decode(pair.substr(0, eq), true);
    auto value = percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true);
    if (!key || !value) return bad_request(msg::kHttpQueryInvalid);
    req.query.emplace(std::move(*key), std::move(*value));
  }

  for (const auto& [name, value] : fields) {
    std::string key = to_lower(name);
    auto [it, inserted] = req.headers.emplace(key, value);
    if (!inserted) it->second.append(key == "cookie" ? "; " : ", ").append(value);
  }
  req.body = std::move(body);
  req.remote_ip = std::move(remote_ip);
  return req;
}

core::Result<Request> parse_request_bytes(std::string_view raw, const ServerConfig& cfg) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(std::min<size_t>(cfg.header_limit, UINT32_MAX)));
  parser.body_limit(cfg.body_limit);
  // The header first: a chunked body is refused before the body is parsed
  // (see Server: Boost.Beast 1.81 mishandles some malformed final chunks).
  parser.eager(false);
  bool header_checked = false;

  auto fail = [&](const boost::beast::error_code& ec) -> core::Error {
    if (ec == http::error::header_limit) {
      return core::make_error(core::errc::kTooLarge, msg::kHttpHeadTooLarge, "header");
    }
    if (ec == http::error::body_limit) {
      return core::make_error(core::errc::kTooLarge, msg::kHttpBodyTooLarge, "body");
    }
    return bad_request(msg::kHttpRequestInvalid);
  };

  boost::beast::error_code ec;
  size_t offset = 0;
  while (!parser.is_done()) {
    if (offset >= raw.size()) {
      if (!parser.got_some()) return bad_request(msg::kHttpRequestEmpty);
      parser.put_eof(ec);
      if (ec) return fail(ec);
      break;
    }
    size_t used = parser.put(boost::asio::const_buffer(raw.data() + offset, raw.size() - offset), ec);
    offset += used;
    if (!header_checked && parser.is_header_done()) {
      header_checked = true;
      if (parser.chunked()) return bad_request(msg::kHttpChunkedRequest);
      // RFC 9112 §3.2, as the server applies it.
      if (parser.get().version() >= 11 && parser.get().count(http::field::host) != 1) {
        return bad_request(msg::kHttpHostRequired);
      }
      parser.eager(true);
    }
    if (ec == http::error::need_more) {
      ec = {};
      if (used == 0) offset = raw.size();  // what is left cannot complete a message
      continue;
    }
    if (ec) return fail(ec);
  }
  if (!parser.is_done()) return bad_request(msg::kHttpRequestInvalid);

  auto parsed = parser.release();
  std::vector<std::pair<std::string, std::string>> fields;
  for (const auto& f : parsed) fields.emplace_back(std::string(f.name_string()), std::string(f.value()));
  return build_request(parsed.method_string(), parsed.target(), fields, std::move(parsed.body()), "");
}

}  // namespace thidua::web
