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
#include "web/api/routes.h"
#include "web/route_table.h"
#include "web/shared/downloads.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"

namespace thidua::web {
namespace msg = core::messages_vi;

void add_file_api_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/api/v1/campaigns/{id:int}/unit-plans/{plan_id:int}/file", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "plan_id");
        auto file = app::unit_plan_file(s, *ctx.actor, ids.campaign, ids.record);
        if (!file.ok()) return api_error(file.error());
        return stored_file_download(*file);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/evidence/{evidence_id:int}", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "evidence_id");
        auto file = app::evidence_file(s, *ctx.actor, ids.campaign, ids.record);
        if (!file.ok()) return api_error(file.error());
        return stored_file_download(*file);
      }},

      {"GET", "/api/v1/campaigns/{id:int}/nominations/{nid:int}/report", Access::kLoggedIn, [&s](Request&, Ctx& ctx) {
        const auto ids = campaign_record_ids(ctx, "nid");
        auto file = app::nomination_report_file(s, *ctx.actor, ids.campaign, ids.record);
        if (!file.ok()) return api_error(file.error());
        return stored_file_download(*file);
      }},
  });
}

}  // namespace thidua::web
