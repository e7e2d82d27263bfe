#include "app/nomination_approval.h"

#include <algorithm>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "core/messages_vi/nominations.h"
#include "core/messages_vi/org.h"
#include "core/org.h"
#include "store/nominations.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;
using core::NominationState;

// Who may not approve it: the account that submitted it and the nominee.
core::Involvement involved(const core::Actor& actor, const core::Nomination& n) {
  return core::involvement(actor, core::Stake{{n.submitted_by}, {n.person_id}});
}

// Whether the actor sees nominations of `unit_path` in a campaign issued
// under `issuer_path` otherwise than as its head (app/nominations.h).
bool sees_otherwise(const core::Actor& actor, const std::string& issuer_path, const std::string& unit_path) {
  return permits(actor, core::Action::kReviewNominations, issuer_path) ||
         permits(actor, core::Action::kTrackCampaigns, issuer_path) ||
         permits(actor, core::Action::kSubmitUnitWork, unit_path);
}

json::object audit_view(const core::Nomination& n) {
  return {{"state", std::string(core::nomination_state_code(n.state))},
          {"return_reason", n.return_reason},
          {"version", n.version}};
}

AuditEvent event_of(const core::Nomination& before, NominationState to, const std::string& reason) {
  core::Nomination after = before;
  after.state = to;
  after.return_reason = reason;
  after.version = before.version + 1;
  return {to == NominationState::kSubmitted ? "nomination.head_approve" : "nomination.head_return", "nomination",
          std::to_string(before.id), audit_view(before), audit_view(after)};
}

core::Status record(store::Connection& conn, const Services& services, const core::Actor& actor,
                    const RequestMeta& meta, const core::Nomination& before, NominationState to,
                    const std::string& reason) {
  return record_audit(conn, services, &actor, meta, event_of(before, to, reason));
}

core::Status head_review(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                         NominationState to, std::string reason, int64_t expected_version,
                         const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto found = store::find_nomination(*conn, campaign_id, id);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return not_found(msg::kWhatNomination);
  const core::Nomination& n = **found;
  if (!permits(actor, core::Action::kApproveUnitWork, n.unit_path)) {
    if (sees_otherwise(actor, campaign->issuing_unit_path, n.unit_path)) {
      return forbidden(msg::kActHeadApproveNomination);
    }
    return not_found(msg::kWhatNomination);
  }
  if (auto how = involved(actor, n); how != core::Involvement::kNone) {
    return own_record(how, msg::kActHeadApproveThisNomination);
  }
  THIDUA_TRY(core::may_head_review(n.state));
  if (to == NominationState::kReturned) THIDUA_TRY(core::validate_return_reason(reason));
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::head_review_nomination(*conn, id, expected_version, to, reason, acting_user(actor), now));
    core::Nomination before = n;
    before.version = expected_version;
    return record(*conn, services, actor, meta, before, to, reason);
  });
}

// The unit `unit_id` for a head over it: its path (kForbidden for one the
// actor sees otherwise, kNotFound when they do not see it or it is absent).
core::Result<std::string> headed_unit(store::Connection& conn, const core::Actor& actor, int64_t unit_id) {
  auto unit = store::find_unit(conn, unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value()) return not_found(msg::kWhatUnit);
  const std::string& path = (*unit)->path;
  if (!permits(actor, core::Action::kApproveUnitWork, path)) {
    if (permits(actor, core::Action::kViewOrg, path)) return forbidden(msg::kActHeadApproveNomination);
    return not_found(msg::kWhatUnit);
  }
  return path;
}

// The campaign seen and the unit headed by the actor (the errors as
// visible_campaign, then headed_unit).
core::Status may_head(store::Connection& conn, const core::Actor& actor, int64_t campaign_id, int64_t unit_id) {
  auto campaign = visible_campaign(conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto path = headed_unit(conn, actor, unit_id);
  if (!path.ok()) return path.error();
  return {};
}

core::Result<std::vector<core::Nomination>> pending_of(store::Connection& conn, int64_t campaign_id,
                                                       int64_t unit_id) {
  store::NominationQuery q;
  q.campaign_id = campaign_id;
  q.unit_id = unit_id;
  q.state = NominationState::kPending;
  q.limit = static_cast<int64_t>(kMaxPendingListed);
  q.oldest_first = true;
  return store::list_nominations(conn, q);
}

}  // namespace

core::Status head_approve_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                     int64_t id, int64_t expected_version, const RequestMeta& meta) {
  return head_review(services, actor, campaign_id, id, NominationState::kSubmitted, "", expected_version, meta);
}

core::Status head_return_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                    int64_t id, std::string reason, int64_t expected_version,
                                    const RequestMeta& meta) {
  return head_review(services, actor, campaign_id, id, NominationState::kReturned, std::move(reason),
                     expected_version, meta);
}

core::Result<int64_t> head_approve_nominations(const Services& services, const core::Actor& actor,
                                               int64_t campaign_id, int64_t unit_id,
                                               const std::vector<int64_t>& ids, const RequestMeta& meta) {
  if (ids.empty()) return invalid_field(msg::kNominationsNoneToApprove, "ids");
  if (ids.size() > kMaxPendingListed) return invalid_field(msg::nominations_too_many(kMaxPendingListed), "ids");
  auto conn = services.db.acquire();
  THIDUA_TRY(may_head(*conn, actor, campaign_id, unit_id));
  auto pending = pending_of(*conn, campaign_id, unit_id);
  if (!pending.ok()) return pending.error();
  std::map<int64_t, const core::Nomination*> by_id;
  for (const auto& n : *pending) by_id[n.id] = &n;
  std::vector<const core::Nomination*> chosen;
  std::set<int64_t> seen;
  for (int64_t id : ids) {
    if (!seen.insert(id).second) continue;
    auto it = by_id.find(id);
    if (it == by_id.end()) return core::make_error(core::errc::kConflict, msg::nomination_not_pending_id(id), "ids");
    if (auto how = involved(actor, *it->second); how != core::Involvement::kNone) {
      return own_record(how, msg::kActHeadApproveThisNomination);
    }
    chosen.push_back(it->second);
  }
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    std::vector<std::pair<int64_t, int64_t>> chosen_ids;  // id, version read
    std::vector<AuditEvent> events;
    chosen_ids.reserve(chosen.size());
    events.reserve(chosen.size());
    for (const core::Nomination* n : chosen) {
      chosen_ids.emplace_back(n->id, n->version);
      events.push_back(event_of(*n, NominationState::kSubmitted, ""));
    }
    // Every one still pending as read, or none approved (kConflict rolls back).
    THIDUA_TRY(store::head_approve_all(*conn, chosen_ids, acting_user(actor), now));
    // The entries at once (one head update, multi-row inserts).
    THIDUA_TRY(record_audits(*conn, services, &actor, meta, std::move(events)));
    return static_cast<int64_t>(chosen.size());
  });
}

core::Result<int64_t> pending_count_for_head(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                             int64_t unit_id) {
  auto conn = services.db.acquire();
  THIDUA_TRY(may_head(*conn, actor, campaign_id, unit_id));
  store::NominationQuery q;
  q.campaign_id = campaign_id;
  q.unit_id = unit_id;
  auto counts = store::count_nominations_by_state(*conn, q);
  if (!counts.ok()) return counts.error();
  auto it = counts->find(NominationState::kPending);
  return it == counts->end() ? int64_t{0} : it->second;
}

core::Result<std::vector<PendingNomination>> pending_for_head(const Services& services, const core::Actor& actor,
                                                              int64_t campaign_id, int64_t unit_id) {
  auto conn = services.db.acquire();
  THIDUA_TRY(may_head(*conn, actor, campaign_id, unit_id));
  auto pending = pending_of(*conn, campaign_id, unit_id);
  if (!pending.ok()) return pending.error();
  std::vector<PendingNomination> out;
  out.reserve(pending->size());
  for (auto& n : *pending) {
    const bool mine = involved(actor, n) != core::Involvement::kNone;
    out.push_back({std::move(n), !mine});
  }
  return out;
}

}  // namespace thidua::app
