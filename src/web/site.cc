#include "web/site.h"

#include "app/access.h"
#include "core/messages_vi/http.h"
#include "web/api/routes.h"
#include "web/shared/respond.h"
#include "web/static_assets.h"
#include "web/ui/routes.h"

namespace thidua::web {
namespace msg = core::messages_vi;

std::shared_ptr<Router> build_router(const app::Services& s, const WebOptions& o) {
  auto router = std::make_shared<Router>();
  // The pages.
  add_home_routes(*router, s, o);
  add_auth_routes(*router, s, o);
  add_org_routes(*router, s, o);
  add_reorganisation_routes(*router, s, o);
  add_submission_routes(*router, s, o);
  add_exchange_routes(*router, s, o);
  add_people_routes(*router, s, o);
  add_person_facts_routes(*router, s, o);
  add_eligible_routes(*router, s, o);
  add_unit_facts_routes(*router, s, o);
  add_person_rating_routes(*router, s, o);
  add_person_fact_routes(*router, s, o);
  add_rule_routes(*router, s, o);
  add_proposal_routes(*router, s, o);
  add_user_routes(*router, s, o);
  add_audit_routes(*router, s, o);
  add_campaign_routes(*router, s, o);
  add_public_routes(*router, s, o);
  add_nomination_routes(*router, s, o);
  add_registration_routes(*router, s, o);
  add_unit_work_routes(*router, s, o);
  add_track_routes(*router, s, o);
  add_council_routes(*router, s, o);
  add_session_routes(*router, s, o);
  add_award_routes(*router, s, o);
  add_fairness_routes(*router, s, o);
  add_settings_routes(*router, s, o);
  add_blank_routes(*router, s, o);
  // The JSON API.
  add_api_routes(*router, s, o);
  add_campaign_api_routes(*router, s, o);
  add_nomination_api_routes(*router, s, o);
  add_person_fact_api_routes(*router, s, o);
  add_registration_api_routes(*router, s, o);
  add_unit_work_api_routes(*router, s, o);
  add_track_api_routes(*router, s, o);
  add_councils_api_routes(*router, s, o);
  add_session_api_routes(*router, s, o);
  add_import_api_routes(*router, s, o);
  add_eligibility_api_routes(*router, s, o);
  add_proposal_api_routes(*router, s, o);
  add_reorganisation_api_routes(*router, s, o);
  add_submission_api_routes(*router, s, o);
  add_exchange_api_routes(*router, s, o);
  add_award_api_routes(*router, s, o);
  add_document_api_routes(*router, s, o);
  add_file_api_routes(*router, s, o);
  add_results_api_routes(*router, s, o);
  add_blank_api_routes(*router, s, o);
  Router* routes = router.get();  // no shared_ptr cycle: the router owns this handler
  router->get("/static/{*path}", [routes](Request& req) {
    auto res = StaticAssets::embedded().serve(req);
    return res ? std::move(*res) : routes->not_found(req);
  });
  router->get("/favicon.ico", [](Request&) { return Response::redirect("/static/favicon.svg", 301); });
  router->set_not_found(guard(s, o, Access::kPublic, [](Request& req, Ctx& ctx) {
    if (req.path.rfind("/api/", 0) == 0) return api_error(app::not_found(msg::kHttpWhatThisPath));
    return error_page(req, ctx, app::not_found(msg::kHttpWhatThisPage));
  }));
  return router;
}

Handler build_site(const app::Services& s, const WebOptions& o) {
  auto router = build_router(s, o);
  return [router](Request& req) { return router->dispatch(req); };
}

}  // namespace thidua::web
