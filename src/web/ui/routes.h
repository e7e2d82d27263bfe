// Route registration of the server-rendered pages, one function per feature.
// Every page route goes through guard() (authentication, CSRF) and each
// handler calls one use case of app/, which authorises row by row.
#pragma once

#include <memory>

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

void add_auth_routes(Router& r, const app::Services& s, const WebOptions& o);    // /dang-nhap, /dang-xuat, /tai-khoan/...
void add_home_routes(Router& r, const app::Services& s, const WebOptions& o);    // /, /healthz
void add_org_routes(Router& r, const app::Services& s, const WebOptions& o);     // /don-vi...
void add_people_routes(Router& r, const app::Services& s, const WebOptions& o);  // /nhan-su..., /nhap-nhan-su...
void add_user_routes(Router& r, const app::Services& s, const WebOptions& o);    // /nguoi-dung...
void add_audit_routes(Router& r, const app::Services& s, const WebOptions& o);   // /nhat-ky
void add_award_routes(Router& r, const app::Services& s, const WebOptions& o);   // decisions, /khen-thuong, /cong-khai/ket-qua, awards API
void add_api_routes(Router& r, const app::Services& s, const WebOptions& o);     // /api/v1/...

// The whole site's router: every route above, static assets, 404/405 pages.
// Services and options must outlive it.
std::shared_ptr<Router> build_router(const app::Services& s, const WebOptions& o);

// build_router() as one handler, for the server.
Handler build_site(const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
