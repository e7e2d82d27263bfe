// The home page (what the actor can do, at a glance) and the health check.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/submissions.h"
#include "app/work_list.h"
#include "core/authz.h"
#include "core/messages_vi/pages.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

namespace {
namespace json = boost::json;

std::string notice_text(const std::string& code) {
  if (code == "doi-mat-khau") return msg::kPageNoticePasswordChanged;
  if (code == "doi-mat-khau-thu-hoi-ma") return msg::kPageNoticePasswordChangedTokensRevoked;
  return "";
}

}  // namespace

void add_home_routes(Router& r, const app::Services& s, const WebOptions& o) {
  r.get("/healthz", [&s](Request&) {
    auto conn = s.db.acquire();
    auto ok = conn->query("SELECT 1");
    if (!ok.ok()) {
      // Says why, without the driver's text (that goes to the log).
      Response res = Response::json(json::object{{"status", "error"},
                                                 {"database", "unreachable"},
                                                 {"code", ok.error().code},
                                                 {"message", ok.error().message}},
                                    503);
      res.cause = "healthz: " + core::describe(ok.error());
      if (ok.error().code == core::errc::kStorageUnavailable) res.set_header("Retry-After", kRetryAfterSeconds);
      res.set_header("Cache-Control", "no-store");
      return res;
    }
    Response res = Response::json(json::object{{"status", "ok"}});
    res.set_header("Cache-Control", "no-store");
    return res;
  });

  install(r, s, o, {
      {"GET", "/", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const core::Actor& a = *ctx.actor;
        json::array grants;
        for (const auto& g : a.grants) {
          grants.push_back(json::object{{"role", std::string(core::role_label(g.role))}});
        }
        json::object data{{"grants", grants},
                          {"notice", notice_text(req.query_param("thong-bao"))},
                          {"can_org", app::permits_somewhere(a, core::Action::kViewOrg)},
                          {"can_people", app::permits_somewhere(a, core::Action::kViewPeople)},
                          {"can_import", app::permits_somewhere(a, core::Action::kImportPeople)},
                          {"can_rate", app::permits_somewhere(a, core::Action::kEditPeople)},
                          {"can_users", app::permits_somewhere(a, core::Action::kManageUsers)},
                          {"can_audit", app::may_browse_audit(a)}};
        if (a.person_id) data["person_href"] = "/nhan-su/" + std::to_string(*a.person_id);
        // Việc cần làm (app/work_list.h): overdue first, one link per item.
        // The page everyone lands on: a failure here leaves the list out
        // (the header's count does the same), not the page.
        auto work = app::work_list(s, a);
        json::array items;
        for (const auto& it : work.ok() ? work->items : std::vector<app::WorkItem>{}) {
          items.push_back(json::object{{"label", it.label},
                                       {"campaign_title", it.campaign_title},
                                       {"href", it.href},
                                       {"overdue", it.overdue},
                                       {"due_text", it.due ? vietnamese_date(*it.due) : std::string()}});
        }
        data["work"] = items;
        data["has_work"] = !items.empty();
        data["work_failed"] = !work.ok();
        data["work_total"] = work.ok() ? work->total : int64_t{0};
        data["can_receive"] = app::processes_submissions(s, a);
        return render_page(req, ctx, "home", msg::kPageTitleHome, data);
      }},
  });
}

}  // namespace thidua::web
