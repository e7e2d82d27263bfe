#include "app/difficulties.h"

#include <algorithm>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/unit_work_access.h"
#include "core/messages_vi/unit_work.h"
#include "core/names.h"
#include "core/text_fields.h"
#include "core/unit_work.h"
#include "store/unit_plans.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;

bool answers(const core::Actor& actor, const core::CampaignSummary& c) {
  return permits(actor, core::Action::kAnswerDifficulties, c.issuing_unit_path);
}

bool sees_all(const core::Actor& actor, const core::CampaignSummary& c) {
  return tracks_campaign(actor, c) || answers(actor, c);
}

json::object audit_view(const core::Difficulty& d) {
  return {{"campaign_id", d.campaign_id}, {"unit_id", d.unit_id}, {"title", d.title},
          {"body", d.body},               {"answer", d.answer}};
}

}  // namespace

core::Result<DifficultyListing> list_difficulties(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const DifficultyFilter& filter) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  DifficultyListing out;
  out.campaign = std::move(*campaign);
  out.sees_all = sees_all(actor, out.campaign);
  out.can_answer = answers(actor, out.campaign);
  out.accepting = core::accepts_unit_work(out.campaign.state);
  out.page_size = std::clamp(filter.page_size, 1, 100);
  out.page = std::clamp(filter.page, 1, 1000000);
  store::DifficultyQuery q;
  q.campaign_id = campaign_id;
  if (!out.sees_all) q.within = unit_work_scopes(actor);
  q.answered = filter.answered;
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto items = store::list_difficulties(*conn, q);
  if (!items.ok()) return items.error();
  out.items = std::move(*items);
  auto total = store::count_difficulties(*conn, q);
  if (!total.ok()) return total.error();
  out.total = *total;
  store::UnitPlanQuery uq;
  uq.campaign_id = campaign_id;
  uq.within = scopes_for(actor, core::Action::kSubmitUnitWork);
  uq.limit = static_cast<int>(kParticipatingUnitsListed);
  auto own = store::list_unit_plan_status(*conn, uq);
  if (!own.ok()) return own.error();
  for (auto& s : *own) out.own_units.push_back(std::move(s.unit));
  return out;
}

core::Result<int64_t> raise_difficulty(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                       const DifficultyInput& input, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto unit = participating_unit(*conn, actor, campaign_id, input.unit_id, msg::kWhatDifficulty);
  if (!unit.ok()) return unit.error();
  if (!permits(actor, core::Action::kSubmitUnitWork, unit->path)) {
    return refuse_unit_work(actor, *campaign, unit->path, msg::kWhatUnit);
  }
  THIDUA_TRY(campaign_accepts_unit_work(*campaign));
  if (!core::is_valid_utf8(input.title) || !core::is_valid_utf8(input.body)) {
    return core::make_error(core::errc::kBadRequest, msg::kDifficultyInvalidText, "title");
  }
  const std::string title = core::tidy_text(input.title);
  const std::string body = core::tidy_multiline(input.body);
  if (title.empty()) return core::make_error(core::errc::kValidation, msg::kDifficultyTitleEmpty, "title");
  if (char_count(title) > 300) return core::make_error(core::errc::kValidation, msg::kDifficultyTitleTooLong, "title");
  if (char_count(body) > 10000) {
    return core::make_error(core::errc::kValidation, msg::kDifficultyBodyTooLong, "body");
  }
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_difficulty(*conn, campaign_id, unit->id, title, body, actor.user_id, now);
    if (!id.ok()) return id.error();
    json::object after{{"campaign_id", campaign_id}, {"unit_id", unit->id}, {"title", title}, {"body", body}};
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"difficulty.raise", "difficulty", std::to_string(*id), std::nullopt, json::value(after)}));
    return *id;
  });
}

bool may_answer(const core::Actor& actor, const DifficultyListing& listing, const core::Difficulty& d) {
  return listing.can_answer && core::involvement(actor, core::Stake{{d.raised_by}, {}}) == core::Involvement::kNone;
}

core::Status answer_difficulty(const Services& services, const core::Actor& actor, int64_t campaign_id,
                               int64_t difficulty_id, const std::string& answer, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto found = store::find_difficulty(*conn, campaign_id, difficulty_id);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return not_found(msg::kWhatDifficulty);
  const core::Difficulty before = std::move(**found);
  if (!answers(actor, *campaign)) {
    return sees_all(actor, *campaign) || sees_unit_work(actor, *campaign, before.unit_path)
               ? forbidden(msg::kActAnswerDifficulty)
               : not_found(msg::kWhatDifficulty);
  }
  if (auto how = core::involvement(actor, core::Stake{{before.raised_by}, {}}); how != core::Involvement::kNone) {
    return own_record(how, msg::kActAnswerThisDifficulty);
  }
  if (!core::is_valid_utf8(answer)) {
    return core::make_error(core::errc::kBadRequest, msg::kDifficultyAnswerInvalid, "answer");
  }
  const std::string text = core::tidy_multiline(answer);
  if (text.empty()) return core::make_error(core::errc::kValidation, msg::kDifficultyAnswerEmpty, "answer");
  if (char_count(text) > 10000) {
    return core::make_error(core::errc::kValidation, msg::kDifficultyAnswerTooLong, "answer");
  }
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::answer_difficulty(*conn, difficulty_id, text, actor.user_id, now));
    core::Difficulty after = before;
    after.answer = text;
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"difficulty.answer", "difficulty", std::to_string(difficulty_id),
                             json::value(audit_view(before)), json::value(audit_view(after))}));
    return {};
  });
}

}  // namespace thidua::app
