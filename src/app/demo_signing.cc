#include "app/demo_signing.h"

#include "app/access.h"
#include "app/clock.h"
#include "app/document_header.h"
#include "app/document_signing.h"
#include "core/authz.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/accounts.h"
#include "store/campaigns.h"
#include "store/reorganisations.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Status set_up_demo_signing(const Services& services, int64_t campaign_id) {
  DemoSigning demo;
  {
    auto conn = services.db.acquire();
    auto c = store::find_campaign(*conn, campaign_id);
    if (!c.ok()) return c.error();
    if (!c->has_value()) return not_found(msg::kWhatCampaign);
    core::Campaign plan = **c;
    // The seal and the locality as the agency is named today: the header in
    // force now when a reorganisation recorded one, else the plan's lines.
    const std::string today = vietnam_date(services.clock.now());
    THIDUA_TRY(use_header_on(*conn, plan, today));
    auto header = store::header_at(*conn, plan.issuing_unit_id, today);
    if (!header.ok()) return header.error();
    if (header->has_value()) demo.valid_from = (*header)->valid_from;
    auto rows = conn->query(
        "SELECT un.name, u.id, u.display_name FROM units un "
        "JOIN role_grants g ON g.unit_id = un.id AND g.role = ? "
        "JOIN users u ON u.id = g.user_id AND u.disabled = 0 "
        "WHERE un.id = ? ORDER BY u.id LIMIT 1",
        {std::string(core::role_code(core::Role::kLeader)), plan.issuing_unit_id});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return not_found(msg::kWhatAccount);
    demo.agency_unit_id = plan.issuing_unit_id;
    demo.agency_name = (*rows)[0].str(0);
    demo.director_user_id = (*rows)[0].i64(1);
    demo.director_name = (*rows)[0].str(2);
    demo.locality = plan.place;
    demo.seal_upper = plan.issuing_body;
    // "UBND TỈNH BẮC GIANG" → "TỈNH BẮC GIANG" on the seal's lower arc.
    demo.seal_lower = plan.governing_body;
    if (demo.seal_lower.rfind("UBND ", 0) == 0) demo.seal_lower = demo.seal_lower.substr(5);
  }
  return ensure_demo_signing(services.data_dir, demo);
}

}  // namespace thidua::app
