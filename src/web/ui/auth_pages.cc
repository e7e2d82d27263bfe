// Login, logout, and changing one's own password.
#include <chrono>
#include <memory>

#include <boost/json/object.hpp>

#include "app/auth.h"
#include "core/messages_vi/pages.h"
#include "web/rate_limit.h"
#include "web/route_table.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {

namespace json = boost::json;

CookieOptions session_cookie(const WebOptions& o) {
  CookieOptions c;
  c.same_site = SameSite::kLax;
  c.secure = o.cookie_secure;
  c.http_only = true;
  return c;
}

// Only a local path may follow a login (no open redirect): one leading '/',
// not "//", and no control character or backslash anywhere (browsers drop a
// TAB or newline, so "/\t/evil.example" would read as "//evil.example").
std::string safe_next(const std::string& next) {
  if (next.empty() || next[0] != '/' || (next.size() > 1 && next[1] == '/')) return "/";
  for (char c : next) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\\') return "/";
  }
  return next;
}

Response login_form(const Request& req, Ctx& ctx, const WebOptions& o, const std::string& username,
                    const std::string& error, unsigned status) {
  Response cookie_carrier;
  ctx.csrf = ensure_login_csrf(req, cookie_carrier, o);
  json::object data{{"username", username}, {"error", error}, {"next", safe_next(req.query_param("tiep"))}};
  if (req.method == "POST") data["next"] = safe_next(ctx.field("next"));
  Response r = render_page(req, ctx, "login", msg::kPageTitleLogin, data, status);
  for (const auto& [k, v] : cookie_carrier.headers) r.add_header(k, v);
  return r;
}

}  // namespace

void add_auth_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/dang-nhap", Access::kPublic, [&o](Request& req, Ctx& ctx) {
        if (ctx.actor) return Response::redirect("/");
        return login_form(req, ctx, o, "", "", 200);
      }},
  });

  // At most 30 login attempts a minute from one address: beyond that, refuse
  // before any password hashing so that guessing cannot tie up the server.
  auto limiter = std::make_shared<RateLimiter>(30, std::chrono::seconds(60));
  install(r, s, o, {
      {"POST", "/dang-nhap", Access::kPublic, [&s, &o, limiter](Request& req, Ctx& ctx) {
        const std::string username = ctx.field("username");
        if (!limiter->allow(req.remote_ip)) {
          return login_form(req, ctx, o, username,
                            msg::kPageLoginThrottled, 429);
        }
        auto result = app::login(s, username, ctx.field("password"), ctx.meta);
        if (!result.ok()) {
          Response refused =
              login_form(req, ctx, o, username, result.error().message, failure_status(result.error()));
          // Slows guessing without holding a server thread (Response::delay).
          if (result.error().code == core::errc::kUnauthenticated) {
            refused.delay = std::chrono::milliseconds(s.policy.failure_delay_ms);
          }
          return refused;
        }
        Response res = Response::redirect(result->must_change_password ? "/tai-khoan/mat-khau"
                                                                        : safe_next(ctx.field("next")));
        res.set_cookie(kSessionCookie, result->session_token, session_cookie(o));
        res.clear_cookie(kLoginCsrfCookie, session_cookie(o));
        return res;
      }},

      {"POST", "/dang-xuat", Access::kLoggedIn, [&s, &o](Request&, Ctx& ctx) {
        if (!ctx.session_token.empty()) (void)app::logout(s, ctx.session_token, *ctx.actor, ctx.meta);
        Response res = Response::redirect("/dang-nhap");
        res.clear_cookie(kSessionCookie, session_cookie(o));
        return res;
      }},

      {"GET", "/tai-khoan/mat-khau", Access::kLoggedIn, [](Request& req, Ctx& ctx) {
        return render_page(req, ctx, "password", msg::kPageTitlePassword,
                           json::object{{"must_change", ctx.must_change_password}});
      }},

      {"POST", "/tai-khoan/mat-khau", Access::kLoggedIn, [&s, &o](Request& req, Ctx& ctx) {
        if (ctx.field("new_password") != ctx.field("confirm_password")) {
          return render_page(req, ctx, "password", msg::kPageTitlePassword,
                             json::object{{"error", msg::kPagePasswordMismatch},
                                          {"must_change", ctx.must_change_password}},
                             422);
        }
        auto result = app::change_own_password(s, *ctx.actor, ctx.field("current_password"),
                                               ctx.field("new_password"), ctx.meta);
        if (!result.ok()) {
          return render_page(req, ctx, "password", msg::kPageTitlePassword,
                             json::object{{"error", result.error().message},
                                          {"must_change", ctx.must_change_password}},
                             failure_status(result.error()));
        }
        Response res = Response::redirect(result->api_tokens_revoked > 0 ? "/?thong-bao=doi-mat-khau-thu-hoi-ma"
                                                                         : "/?thong-bao=doi-mat-khau");
        res.set_cookie(kSessionCookie, result->session_token, session_cookie(o));
        return res;
      }},
  });
}

}  // namespace thidua::web
