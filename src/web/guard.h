// The application's request filter: who is asking (session cookie or API
// bearer token), whether they must be logged in, and CSRF protection for every
// state-changing request made with a cookie. Handlers receive a Ctx.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "web/form.h"
#include "web/http.h"
#include "web/server.h"

namespace thidua::web {

inline constexpr const char* kSessionCookie = "thidua_session";
inline constexpr const char* kLoginCsrfCookie = "thidua_csrf";

struct WebOptions {
  bool cookie_secure = false;  // mark cookies Secure (HTTPS deployments)
  size_t upload_limit = 20u << 20;
};

struct Ctx {
  std::optional<core::Actor> actor;
  std::string csrf;            // the token forms must echo (session or pre-login)
  std::string session_token;   // raw cookie value when logged in by cookie
  bool by_api_token = false;
  bool must_change_password = false;
  app::RequestMeta meta;
  std::multimap<std::string, std::string> form;  // decoded form fields (POST)
  std::vector<FormPart> files;                    // uploaded files (multipart POST)
  const WebOptions* options = nullptr;
  const app::Services* services = nullptr;       // set by guard (the page header reads the unread count)

  // Ids from the path, parsed once by the route table (web/route_table.h):
  // each "{name:int}" segment of the route's pattern.
  std::map<std::string, int64_t, std::less<>> path_ids;

  // The id of the path segment "{name:int}" of this route's pattern, always a
  // positive integer. Throws std::logic_error when the pattern declares no
  // such segment (a programmer error, answered 500).
  int64_t id(std::string_view name) const;
  // First value of a form field, "" when absent.
  std::string field(const std::string& name) const;
  // The first uploaded file of a form field, or nullptr.
  const FormPart* file(const std::string& name) const;
};

enum class Access { kPublic, kLoggedIn };

using AppHandler = std::function<Response(Request&, Ctx&)>;

// Wraps an application handler with authentication and CSRF checks:
// - a Bearer token authenticates API clients (no cookies, no CSRF needed);
// - otherwise the session cookie; an invalid one is cleared;
// - kLoggedIn without an actor: 401 JSON under /api/, else redirect to login;
// - POST/PUT/PATCH/DELETE with cookie auth must carry the CSRF token (form
//   field `_csrf` or header X-CSRF-Token), and a cross-site Origin is refused;
// - anonymous POSTs (the login form) use a double-submit cookie.
Handler guard(const app::Services& services, const WebOptions& options, Access access, AppHandler handler);

// The largest body an anonymous request may send (the login form).
inline constexpr size_t kAnonymousBodyLimit = 64 * 1024;

// The server's body gate (ServerConfig::body_gate) for this site: a request
// with a valid API token or session may send up to `body_limit`; an anonymous
// one only to the login form, up to kAnonymousBodyLimit; any other is refused
// before its body is read, as the guard would refuse it (401 under /api/, a
// redirect to the login page otherwise, clearing a session cookie that no
// longer names a session; 503 when the database cannot say). `options` must
// outlive the gate.
BodyGate site_body_gate(const app::Services& services, const WebOptions& options, size_t body_limit);

// Sets the pre-login CSRF cookie on `res` when the request has none; returns
// the token forms must echo.
std::string ensure_login_csrf(const Request& req, Response& res, const WebOptions& options);

}  // namespace thidua::web
