// Route registration of the JSON API (/api/v1), one function per feature.
// Every route goes through guard() (authentication; CSRF for cookie
// sessions) and each handler calls one use case of app/, which authorises
// row by row. Failures are JSON errors with a stable code (api_error,
// web/shared/respond.h). Documented in web/static/openapi.json and
// docs/api.md. The pages: web/ui/routes.h; both are installed by
// web/site.cc.
#pragma once

#include "app/context.h"
#include "web/guard.h"
#include "web/router.h"

namespace thidua::web {

// /api/v1/me, /api/v1/people..., /api/v1/units..., /api/v1/users..., /api/v1/audit.
void add_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/campaigns... (the campaign itself, its plan, contents, criteria and award types).
void add_campaign_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/campaigns/{id}/registrations...
void add_registration_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/campaigns/{id}/unit-plans, .../targets/{target_id}/progress, .../difficulties...
void add_unit_work_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/campaigns/{id}/dashboard, .../reminders, /api/v1/notifications...
void add_track_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/campaigns/{id}/nominations...
void add_nomination_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// GET /api/v1/eligibility ("eligible now"); GET/POST /api/v1/fact-years (the
// years whose records are declared complete).
void add_eligibility_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/people/{id}/initiatives, /discipline, /absences: one record typed.
void add_person_fact_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// POST /api/v1/reorganisations/preview, POST /api/v1/reorganisations (apply with
// the preview's token), GET /api/v1/reorganisations (the history).
void add_reorganisation_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/receiving-agencies, /api/v1/submissions..., .../decisions/{did}/submission.
void add_submission_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/exchange-packages..., .../decisions/{did}/exchange-package(s), /api/v1/submissions/{id}/answer-package.
void add_exchange_api_routes(Router& r, const app::Services& s, const WebOptions& o);
void add_proposal_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/campaigns/{id}/decisions..., /api/v1/awards...
void add_award_api_routes(Router& r, const app::Services& s, const WebOptions& o);

// GET/POST /api/v1/councils, GET /api/v1/councils/{cid},
// POST /api/v1/councils/{cid}/members, PATCH /api/v1/councils/{cid}/members/{mid}.
void add_councils_api_routes(Router& r, const app::Services& s, const WebOptions& o);

// GET/POST /api/v1/campaigns/{id}/sessions, GET /api/v1/campaigns/{id}/sessions/{sid},
// POST /api/v1/campaigns/{id}/sessions/{sid}/attendance, .../recusals, .../open (with the
// counting committee), .../cancel-keying, .../share (a committee member draws their share,
// answered once), .../votes (answers the trackers), .../close (with the shares);
// GET .../record (the published ballots, decryptions and their verification).
// (The minutes, .../sessions/{sid}/minutes.pdf|.docx: api_documents.h.)
void add_session_api_routes(Router& r, const app::Services& s, const WebOptions& o);

// A refused confirmation answers, beside forbidden and the campaign's
// not_found, the imports' own codes of core/result.h returned by the use
// cases: import_has_errors (422) and import_not_found (404).
void add_import_api_routes(Router& r, const app::Services& s, const WebOptions& o);

// GET /api/v1/campaigns/{id}/sessions/{sid}/minutes.pdf, .../minutes.docx,
// GET /api/v1/campaigns/{id}/decisions/{did}/document.pdf, .../document.docx,
// GET /api/v1/campaigns/{id}/decisions/{did}/dossier.zip, .../certificates.pdf,
// GET /api/v1/awards/{aid}/certificate.pdf.
void add_document_api_routes(Router& r, const app::Services& s, const WebOptions& o);

// GET /api/v1/campaigns/{id}/unit-plans/{plan_id}/file,
// GET /api/v1/campaigns/{id}/evidence/{evidence_id},
// GET /api/v1/campaigns/{id}/nominations/{nid}/report.
void add_file_api_routes(Router& r, const app::Services& s, const WebOptions& o);

// GET /api/v1/campaigns/{id}/summary, .../summary.xlsx (logged in);
// GET /api/v1/public/campaigns, /api/v1/public/campaigns/{id}/results,
// .../results.xlsx (public).
void add_results_api_routes(Router& r, const app::Services& s, const WebOptions& o);
// /api/v1/certificate-blanks..., a decision's certificates on a blank (api_blanks.cc)
void add_blank_api_routes(Router& r, const app::Services& s, const WebOptions& o);

}  // namespace thidua::web
