#include "web/guard.h"

#include <algorithm>
#include <stdexcept>

#include "app/auth.h"
#include "app/crypto.h"
#include "core/messages_vi/http.h"
#include "core/names.h"
#include "web/access_log.h"
#include "web/form.h"
#include "web/router.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

bool is_api(const Request& req) { return req.path.rfind("/api/", 0) == 0; }

bool state_changing(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

Response deny(const Request& req, unsigned status, const char* code, const std::string& message) {
  return error_response(req, status, code, message);
}

// A failure to check the credentials (the database), answered as the error
// it is, with a generic message, Retry-After and the cause for the log.
Response fail(const Request& req, const core::Error& error) {
  Response res = error_response(req, status_for(error.code), error.code, shown_message(error, req.request_id));
  mark_failure(res, error);
  return res;
}

// A request whose Origin (or, failing that, Referer) names another site.
bool cross_site(const Request& req) {
  std::string origin = req.header("origin");
  if (origin == "null") return true;
  if (origin.empty()) return false;
  std::string host = req.header("host");
  auto scheme_end = origin.find("://");
  std::string origin_host = scheme_end == std::string::npos ? origin : origin.substr(scheme_end + 3);
  return origin_host != host;
}

// True when every query parameter and form field (name and value) is UTF-8:
// what handlers, the database and the pages' templates may assume.
bool text_is_utf8(const std::multimap<std::string, std::string>& fields) {
  for (const auto& [name, value] : fields) {
    if (!core::is_valid_utf8(name) || !core::is_valid_utf8(value)) return false;
  }
  return true;
}

unsigned status_for_form_error(const std::string& code) {
  return code == core::errc::kTooLarge ? 413 : code == core::errc::kUnsupported ? 415 : 400;
}

}  // namespace

const FormPart* Ctx::file(const std::string& name) const {
  for (const auto& f : files) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

int64_t Ctx::id(std::string_view name) const {
  auto it = path_ids.find(name);
  if (it == path_ids.end()) throw std::logic_error("route has no id segment {" + std::string(name) + ":int}");
  return it->second;
}

std::string Ctx::field(const std::string& name) const {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

BodyGate site_body_gate(const app::Services& services, const WebOptions& options, size_t body_limit) {
  return [&services, &options, body_limit](const Request& head) -> BodyAdmission {
    BodyAdmission full{body_limit, std::nullopt};
    const std::string auth = head.header("authorization");
    if (auth.rfind("Bearer ", 0) == 0) {
      auto actor = app::authenticate_api_token(services, auth.substr(7));
      if (actor.ok()) return full;
      if (actor.error().code != core::errc::kUnauthenticated) return {0, fail(head, actor.error())};
      return {0, deny(head, 401, core::errc::kUnauthenticated, actor.error().message)};
    }
    bool stale = false;
    if (std::string token = head.cookie(kSessionCookie); !token.empty()) {
      auto session = app::authenticate_session(services, token);
      if (session.ok()) return full;
      if (session.error().code != core::errc::kUnauthenticated) return {0, fail(head, session.error())};
      stale = true;
    }
    // Nobody logged in: only the login form takes a body, a small one.
    if (head.method == "POST" && head.path == "/dang-nhap") return {std::min(body_limit, kAnonymousBodyLimit), std::nullopt};
    Response refusal = is_api(head) ? deny(head, 401, core::errc::kUnauthenticated, msg::kHttpLoginRequired)
                                    : Response::redirect("/dang-nhap?tiep=" + percent_encode(head.target));
    if (stale) {  // as the guard does: a session that is gone is forgotten
      CookieOptions clearing;
      clearing.secure = options.cookie_secure;
      refusal.clear_cookie(kSessionCookie, clearing);
    }
    return {0, std::move(refusal)};
  };
}

std::string ensure_login_csrf(const Request& req, Response& res, const WebOptions& options) {
  std::string token = req.cookie(kLoginCsrfCookie);
  if (token.size() < 20) {
    token = app::random_token(24);
    CookieOptions c;
    c.same_site = SameSite::kStrict;
    c.secure = options.cookie_secure;
    res.set_cookie(kLoginCsrfCookie, token, c);
  }
  return token;
}

Handler guard(const app::Services& services, const WebOptions& options, Access access, AppHandler handler) {
  return [&services, &options, access, handler = std::move(handler)](Request& req) -> Response {
    Ctx ctx;
    ctx.options = &options;
    ctx.services = &services;
    ctx.meta = {req.remote_ip, req.request_id, req.header("user-agent")};
    bool clear_cookie = false;
    CookieOptions clearing;
    clearing.secure = options.cookie_secure;
    const std::string auth = req.header("authorization");
    if (auth.rfind("Bearer ", 0) == 0) {
      auto actor = app::authenticate_api_token(services, auth.substr(7));
      if (!actor.ok()) {
        // Only an unknown, revoked or expired token is "not logged in"; a
        // database that cannot answer is its own failure (503), never 401.
        if (actor.error().code != core::errc::kUnauthenticated) return fail(req, actor.error());
        return deny(req, 401, core::errc::kUnauthenticated, actor.error().message);
      }
      ctx.actor = *actor;
      ctx.by_api_token = true;
    } else if (std::string token = req.cookie(kSessionCookie); !token.empty()) {
      auto session = app::authenticate_session(services, token);
      if (session.ok()) {
        ctx.actor = session->actor;
        ctx.csrf = session->csrf_token;
        ctx.session_token = token;
        ctx.must_change_password = session->must_change_password;
      } else if (session.error().code != core::errc::kUnauthenticated) {
        return fail(req, session.error());  // the session may be fine: keep the cookie
      } else {
        clear_cookie = true;
      }
    }
    if (ctx.actor) req.log_fields["user"] = std::to_string(ctx.actor->user_id);

    if (!text_is_utf8(req.query)) return deny(req, 400, core::errc::kBadRequest, msg::kHttpNotUtf8);

    if (access == Access::kLoggedIn && !ctx.actor) {
      Response r = is_api(req) ? deny(req, 401, core::errc::kUnauthenticated, msg::kHttpLoginRequired)
                               : Response::redirect("/dang-nhap?tiep=" + percent_encode(req.target));
      if (clear_cookie) r.clear_cookie(kSessionCookie, clearing);
      return r;
    }

    if (state_changing(req.method)) {
      const std::string type = req.content_type();
      if (type.rfind("application/x-www-form-urlencoded", 0) == 0 || type.rfind("multipart/form-data", 0) == 0) {
        FormLimits limits;
        limits.max_file_bytes = options.upload_limit;
        auto form = parse_form(req, limits);
        if (!form.ok()) {
          return deny(req, status_for_form_error(form.error().code), form.error().code.c_str(),
                      form.error().code == core::errc::kTooLarge
                          ? msg::kHttpUploadTooLarge
                          : msg::kHttpFormInvalid);
        }
        ctx.form = std::move(form->fields);
        ctx.files = std::move(form->files);
        if (!text_is_utf8(ctx.form)) return deny(req, 400, core::errc::kBadRequest, msg::kHttpNotUtf8);
      }
      if (!ctx.by_api_token) {
        if (cross_site(req)) return deny(req, 403, core::errc::kCsrf, msg::kHttpCsrfCrossSite);
        std::string sent = req.header("x-csrf-token");
        if (sent.empty()) sent = ctx.field("_csrf");
        std::string expected = ctx.actor ? ctx.csrf : req.cookie(kLoginCsrfCookie);
        if (expected.empty() || !app::secure_equals(sent, expected)) {
          return deny(req, 403, core::errc::kCsrf,
                      msg::kHttpCsrfExpired);
        }
      }
    }

    if (ctx.must_change_password && !is_api(req) && req.path != "/tai-khoan/mat-khau" && req.path != "/dang-xuat" &&
        req.path.rfind("/static/", 0) != 0) {
      return Response::redirect("/tai-khoan/mat-khau");
    }
    Response res = handler(req, ctx);
    // A stale cookie is cleared, unless the handler has just set a new
    // session (a login with a stale cookie): a clearing after it would win.
    if (clear_cookie && !res.sets_cookie(kSessionCookie)) res.clear_cookie(kSessionCookie, clearing);
    return res;
  };
}

}  // namespace thidua::web
