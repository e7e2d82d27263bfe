// Route registration of the server-rendered pages, one function per feature.
// Every page route goes through guard() (authentication, CSRF) and each
// handler calls one use case of app/, which authorises row by row. The JSON
// API: web/api/routes.h; web/site.cc installs both.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

void add_auth_routes(Router& r, const app::Services& s, const WebOptions& o);    // /dang-nhap, /dang-xuat, /tai-khoan/...
void add_home_routes(Router& r, const app::Services& s, const WebOptions& o);    // /, /healthz
void add_org_routes(Router& r, const app::Services& s, const WebOptions& o);     // /don-vi...
// /don-vi/sap-xep (form, confirm), /don-vi/sap-xep/xem-truoc (preview), /don-vi/sap-xep/lich-su (history).
void add_reorganisation_routes(Router& r, const app::Services& s, const WebOptions& o);
// /tiep-nhan (queue), /ho-so-de-nghi/{id}... (a submission), /dot-thi-dua/{id}/quyet-dinh/{did}/gui,
// /don-vi/{id}/tiep-nhan-de-nghi (naming a receiving agency).
void add_submission_routes(Router& r, const app::Services& s, const WebOptions& o);
// /goi-trao-doi (take a package in), .../quyet-dinh/{did}/goi-trao-doi, /ho-so-de-nghi/{id}/goi-tra-loi.
void add_exchange_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_people_routes(Router& r, const app::Services& s, const WebOptions& o);  // /nhan-su..., /nhap-nhan-su...
void add_person_facts_routes(Router& r, const app::Services& s, const WebOptions& o);  // /du-lieu-nam, /nhap-sang-kien...
void add_eligible_routes(Router& r, const app::Services& s, const WebOptions& o);  // /du-dieu-kien
void add_proposal_routes(Router& r, const app::Services& s, const WebOptions& o);  // /dot-thi-dua/{id}/de-xuat-nam
void add_rule_routes(Router& r, const app::Services& s, const WebOptions& o);  // /quy-tac-xet
void add_person_rating_routes(Router& r, const app::Services& s, const WebOptions& o);  // /nhan-su/{id}/xep-loai
void add_person_fact_routes(Router& r, const app::Services& s, const WebOptions& o);    // /nhan-su/{id}/ghi-du-lieu
void add_unit_facts_routes(Router& r, const app::Services& s, const WebOptions& o);  // /don-vi/{id}/xep-loai, /dieu-kien
void add_settings_routes(Router& r, const app::Services& s, const WebOptions& o);  // /cai-dat/ho-kep
void add_user_routes(Router& r, const app::Services& s, const WebOptions& o);    // /nguoi-dung...
void add_audit_routes(Router& r, const app::Services& s, const WebOptions& o);   // /nhat-ky
void add_campaign_routes(Router& r, const app::Services& s, const WebOptions& o);       // /dot-thi-dua...
void add_campaign_edit_routes(Router& r, const app::Services& s, const WebOptions& o);  // /dot-thi-dua/moi, .../sua
void add_public_routes(Router& r, const app::Services& s, const WebOptions& o);         // /cong-khai/...
void add_council_routes(Router& r, const app::Services& s, const WebOptions& o);  // /hoi-dong...
void add_session_routes(Router& r, const app::Services& s, const WebOptions& o);  // /dot-thi-dua/{id}/hoi-dong...
void add_award_routes(Router& r, const app::Services& s, const WebOptions& o);   // decisions, /khen-thuong, /cong-khai/ket-qua
void add_fairness_routes(Router& r, const app::Services& s, const WebOptions& o);  // /khen-thuong/co-cau
void add_blank_routes(Router& r, const app::Services& s, const WebOptions& o);   // /mau-phoi-giay-khen, certificates on a blank
// Nominations (package nom).
void add_nomination_routes(Router& r, const app::Services& s, const WebOptions& o);      // /dot-thi-dua/{id}/de-nghi...
// Registrations (package reg): /dot-thi-dua/{id}/dang-ky...
void add_registration_routes(Router& r, const app::Services& s, const WebOptions& o);
// /dot-thi-dua/{id}/ke-hoach-don-vi, /tien-do/chi-tieu/{tid}, /minh-chung/{eid}, /kho-khan
void add_unit_work_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_track_routes(Router& r, const app::Services& s, const WebOptions& o);   // /dot-thi-dua/{id}/theo-doi..., /thong-bao...

}  // namespace thidua::web
