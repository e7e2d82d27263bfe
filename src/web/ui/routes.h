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
void add_campaign_routes(Router& r, const app::Services& s, const WebOptions& o);       // /dot-thi-dua...
void add_campaign_edit_routes(Router& r, const app::Services& s, const WebOptions& o);  // /dot-thi-dua/moi, .../sua
void add_public_routes(Router& r, const app::Services& s, const WebOptions& o);         // /cong-khai/...
void add_campaign_api_routes(Router& r, const app::Services& s, const WebOptions& o);   // /api/v1/campaigns...
void add_council_routes(Router& r, const app::Services& s, const WebOptions& o);  // /hoi-dong..., /dot-thi-dua/{id}/hoi-dong..., /api/v1/campaigns/{id}/sessions...
void add_award_routes(Router& r, const app::Services& s, const WebOptions& o);   // decisions, /khen-thuong, /cong-khai/ket-qua, awards API
void add_api_routes(Router& r, const app::Services& s, const WebOptions& o);     // /api/v1/...
// Nominations (package nom).
void add_nomination_routes(Router& r, const app::Services& s, const WebOptions& o);      // /dot-thi-dua/{id}/de-nghi...
void add_nomination_api_routes(Router& r, const app::Services& s, const WebOptions& o);  // /api/v1/campaigns/{id}/nominations...
// Registrations (package reg): /dot-thi-dua/{id}/dang-ky..., /api/v1/campaigns/{id}/registrations...
void add_registration_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_registration_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /dot-thi-dua/{id}/ke-hoach-don-vi, /tien-do/chi-tieu/{tid}, /minh-chung/{eid}, /kho-khan and their API
void add_unit_work_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_track_routes(Router& r, const app::Services& s, const WebOptions& o);   // /dot-thi-dua/{id}/theo-doi..., /thong-bao..., their API

// The whole site's router: every route above, static assets, 404/405 pages.
// Services and options must outlive it.
std::shared_ptr<Router> build_router(const app::Services& s, const WebOptions& o);

// build_router() as one handler, for the server.
Handler build_site(const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
