// Stored files through the API: a unit plan's file, a progress report's
// evidence and a nomination's achievement report file. The use cases of the
// page downloads decide who may read them (404 otherwise); the file goes out
// as the pages send it (stored_file_download: the stored media type,
// Content-Disposition attachment with a safe name, nosniff, sandbox).
#include "app/access.h"
#include "app/nominations.h"
#include "app/progress.h"
#include "app/unit_plans.h"
#include "core/messages_vi/nominations.h"
#include "core/messages_vi/unit_work.h"
#include "web/api/api_files.h"
#include "web/ui/page.h"
#include "web/ui/unit_work_pages.h"

namespace thidua::web {
namespace msg = core::messages_vi;

void add_file_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  r.get("/api/v1/campaigns/{id}/unit-plans/{plan_id}/file",
        guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = campaign_record_ids(req, "plan_id");
          if (!ids) return api_error(app::not_found(msg::kWhatUnitPlanFile));
          auto file = app::unit_plan_file(s, *ctx.actor, ids->campaign, ids->record);
          if (!file.ok()) return api_error(file.error());
          return stored_file_download(*file);
        }));

  r.get("/api/v1/campaigns/{id}/evidence/{evidence_id}", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = campaign_record_ids(req, "evidence_id");
          if (!ids) return api_error(app::not_found(msg::kWhatEvidence));
          auto file = app::evidence_file(s, *ctx.actor, ids->campaign, ids->record);
          if (!file.ok()) return api_error(file.error());
          return stored_file_download(*file);
        }));

  r.get("/api/v1/campaigns/{id}/nominations/{nid}/report", guard(s, o, Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
          auto ids = campaign_record_ids(req, "nid");
          if (!ids) return api_error(app::not_found(msg::kWhatNominationReport));
          auto file = app::nomination_report_file(s, *ctx.actor, ids->campaign, ids->record);
          if (!file.ok()) return api_error(file.error());
          return stored_file_download(*file);
        }));
}

}  // namespace thidua::web
