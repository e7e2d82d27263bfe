// HTTP request and response values exchanged between the server, the router,
// the app's filters and its handlers, plus the socket-free request parser the
// server and the fuzz target share. No Beast types leak through this header.
#pragma once

#include <boost/json/value.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace thidua::web {

struct ServerConfig;  // server.h

enum class SameSite { kLax, kStrict };

// Attributes of a Set-Cookie header. Defaults suit a session cookie.
struct CookieOptions {
  std::string path = "/";
  std::optional<long long> max_age_s;  // absent: browser-session cookie; 0: delete now
  bool http_only = true;
  bool secure = false;  // set from AppConfig::cookie_secure (HTTPS deployments)
  SameSite same_site = SameSite::kLax;
};

struct Request {
  std::string method;  // "GET", "POST", ... (HEAD arrives as "GET" with head = true)
  std::string target;  // raw request target
  std::string path;    // percent-decoded path, no query; never holds dot segments
  std::multimap<std::string, std::string> query;  // decoded query parameters ('+' is a space)
  std::map<std::string, std::string> headers;     // lower-case names; repeats joined by ", "
  std::map<std::string, std::string> path_params; // from the route pattern
  std::string body;
  std::string remote_ip;
  std::string request_id;  // random per request, echoed as X-Request-Id
  // Annotations the app's filters set for the access log (user id, etc.).
  std::map<std::string, std::string> log_fields;
  // True when the client sent HEAD: the handler runs as for GET and the server
  // drops the body.
  bool head = false;
  std::chrono::steady_clock::time_point received_at = std::chrono::steady_clock::now();

  std::string header(std::string_view lower_name) const;  // "" if absent
  std::string cookie(std::string_view name) const;        // "" if absent
  std::string query_param(std::string_view name) const;   // first value or ""
  std::string path_param(std::string_view name) const;    // "" if absent
  // Media type of the body without parameters, lower-case ("multipart/form-data").
  std::string content_type() const;
  // True for /api/... paths or when Accept prefers application/json over HTML:
  // error responses then use JSON instead of a page.
  bool wants_json() const;
};

struct Response {
  unsigned status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type
  std::string body;
  // When set, the body is produced by repeated calls (chunked transfer encoding)
  // instead of `body`: for large exports with bounded memory. Each call gets an
  // emptied `chunk` to fill and returns false when it was the last call (what it
  // put in `chunk` is still sent). Called on a server thread after the handler
  // returned, so it must own what it reads (capture by value / shared_ptr).
  // An exception thrown from it aborts the connection (the status is already sent).
  std::function<bool(std::string& chunk)> stream;
  // When positive, the server holds the finished response this long before
  // writing it, on a timer: no server thread waits meanwhile (used to slow
  // down failed logins without tying up the I/O threads).
  std::chrono::milliseconds delay{0};
  // Why a 5xx answer happened (a database driver's text, an exception): the
  // server writes it to the error log with the request id; never sent.
  std::string cause;

  static Response html(std::string body, unsigned status = 200);
  static Response json(const boost::json::value& v, unsigned status = 200);
  static Response text(std::string body, unsigned status = 200);
  // Location must be a path or absolute URL without CR/LF; status 301/302/303/307/308.
  static Response redirect(std::string location, unsigned status = 303);

  // Replaces any header of that name (case-insensitive); "Content-Type" sets
  // content_type. Throws std::invalid_argument on CR, LF or NUL (a programmer error).
  void set_header(std::string name, std::string value);
  // Appends a header even if one of that name exists.
  void add_header(std::string name, std::string value);
  // Value of the first header of that name (case-insensitive) or "".
  std::string header(std::string_view name) const;
  // Appends Set-Cookie. Name must be an RFC 6265 token and value cookie-octets
  // (use base64url / hex for tokens); otherwise throws std::invalid_argument.
  void set_cookie(std::string_view name, std::string_view value, const CookieOptions& opts);
  // Expires the cookie now (same path as when it was set).
  void clear_cookie(std::string_view name, const CookieOptions& opts);
  // True when a Set-Cookie of this response names `name` (set or cleared).
  bool sets_cookie(std::string_view name) const;
};

using Handler = std::function<Response(Request&)>;

// Builds a Request from already framed HTTP parts: validates the method token and
// the origin-form target, percent-decodes the path (rejecting bad escapes, NUL and
// "." / ".." segments) and the query. HEAD becomes GET with head = true.
// Errors: errc::kBadRequest. request_id is left empty (the server assigns one).
core::Result<Request> build_request(std::string_view method, std::string_view target,
                                    const std::vector<std::pair<std::string, std::string>>& fields,
                                    std::string body, std::string remote_ip);

// Parses one complete HTTP/1.x request from raw bytes with the server's limits
// (header_limit, body_limit) and the same rules as the server: the path used by
// the fuzz target and by tests. Errors: kBadRequest (malformed or incomplete);
// kTooLarge with field "header" or "body" when a limit is exceeded.
core::Result<Request> parse_request_bytes(std::string_view raw, const ServerConfig& cfg);

// Percent-decodes `in`; '+' becomes a space when plus_is_space. nullopt on a bad
// escape ('%' not followed by two hex digits).
std::optional<std::string> percent_decode(std::string_view in, bool plus_is_space);
// Percent-encodes everything except RFC 3986 unreserved characters.
std::string percent_encode(std::string_view in);

// Security headers every response carries (CSP, frame and sniffing guards, referrer).
const std::vector<std::pair<std::string, std::string>>& security_headers();

// HTML-escapes & < > " ' (safe inside element text and quoted attributes).
std::string html_escape(std::string_view in);

// Random 16-hex-digit identifier for X-Request-Id.
std::string new_request_id();

}  // namespace thidua::web
