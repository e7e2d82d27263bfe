#include "app/unit_plans.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "core/messages_vi/unit_work.h"
#include "core/names.h"
#include "core/unit_work.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;

constexpr size_t kMaxPlanChars = 20000;

json::object audit_view(const core::UnitPlan& p) {
  return {{"campaign_id", p.campaign_id},
          {"unit_id", p.unit_id},
          {"body_chars", static_cast<int64_t>(p.body.size())},
          {"file_sha256", p.file_sha256 ? json::value(*p.file_sha256) : json::value(nullptr)},
          {"file_name", p.file_name},
          {"version", p.version}};
}

}  // namespace

core::Result<UnitPlanListing> list_unit_plans(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                              const UnitPlanFilter& filter) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  UnitPlanListing out;
  out.campaign = std::move(*campaign);
  out.tracker = tracks_campaign(actor, out.campaign);
  out.accepting = core::accepts_unit_work(out.campaign.state);
  out.page_size = std::clamp(filter.page_size, 1, 200);
  out.page = std::clamp(filter.page, 1, 1000000);
  store::UnitPlanQuery q;
  q.campaign_id = campaign_id;
  if (!out.tracker) q.within = unit_work_scopes(actor);
  q.submitted = filter.submitted;
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto items = store::list_unit_plan_status(*conn, q);
  if (!items.ok()) return items.error();
  auto total = store::count_unit_plan_status(*conn, q);
  if (!total.ok()) return total.error();
  out.total = *total;
  for (auto& s : *items) {
    const bool can = out.accepting && permits(actor, core::Action::kSubmitUnitWork, s.unit.path);
    out.items.push_back(UnitPlanItem{std::move(s), can});
  }
  return out;
}

core::Result<int64_t> submit_unit_plan(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                       const UnitPlanInput& input, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto unit = participating_unit(*conn, actor, campaign_id, input.unit_id, msg::kWhatUnitPlanSent);
  if (!unit.ok()) return unit.error();
  if (!permits(actor, core::Action::kSubmitUnitWork, unit->path)) {
    return refuse_unit_work(actor, *campaign, unit->path, msg::kWhatUnit);
  }
  THIDUA_TRY(campaign_accepts_unit_work(*campaign));
  if (!core::is_valid_utf8(input.body)) {
    return core::make_error(core::errc::kBadRequest, msg::kUnitPlanInvalidText, "body");
  }
  const std::string body = core::tidy_multiline(input.body);
  if (char_count(body) > kMaxPlanChars) {
    return core::make_error(core::errc::kValidation, msg::kUnitPlanTooLong, "body");
  }
  auto before = store::unit_plan_of(*conn, campaign_id, unit->id);
  if (!before.ok()) return before.error();
  const bool keeps_file = before->has_value() && (*before)->file_sha256 && !input.remove_file;
  if (body.empty() && !input.file && !keeps_file) {
    return core::make_error(core::errc::kValidation,
                            msg::kUnitPlanEmpty, "body");
  }
  std::optional<CheckedUpload> checked;
  if (input.file) {
    auto c = check_upload(services, *input.file, "file");
    if (!c.ok()) return c.error();
    checked = *c;
  }
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    store::UnitPlanWrite w;
    w.campaign_id = campaign_id;
    w.unit_id = unit->id;
    w.body = body;
    w.remove_file = input.remove_file;
    w.submitted_by = actor.user_id;
    if (checked) {
      auto kept = keep_upload(*conn, services, *checked, "file", now);
      if (!kept.ok()) return kept.error();
      w.file_sha256 = kept->sha256;
      w.file_name = kept->name;
    }
    auto id = store::save_unit_plan(*conn, w, now);
    if (!id.ok()) return id.error();
    auto after = store::find_unit_plan(*conn, campaign_id, *id);
    if (!after.ok()) return after.error();
    std::optional<json::value> before_json;
    if (before->has_value()) before_json = audit_view(**before);
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"unit_plan.submit", "unit_plan", std::to_string(*id), before_json,
                             json::value(audit_view(after->value()))}));
    return *id;
  });
}

core::Result<DownloadFile> unit_plan_file(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                          int64_t plan_id) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto plan = store::find_unit_plan(*conn, campaign_id, plan_id);
  if (!plan.ok()) return plan.error();
  if (!plan->has_value() || !sees_unit_work(actor, *campaign, (*plan)->unit_path) || !(*plan)->file_sha256) {
    return not_found(msg::kWhatUnitPlanFile);
  }
  return download_of(*conn, services, *(*plan)->file_sha256, (*plan)->file_name);
}

}  // namespace thidua::app
