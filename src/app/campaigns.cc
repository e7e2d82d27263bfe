#include "app/campaigns.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/closing_reports.h"
#include "app/document_signing.h"
#include "app/plan_issue.h"
#include "core/messages_vi/campaigns.h"
#include "core/messages_vi/documents.h"
#include "core/org.h"
#include "store/document_registers.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;

using core::CampaignState;

// The campaigns `actor` may see (the rule in campaigns.h): issued inside a
// subtree the actor holds a role on, or with a unit inside one taking part;
// unpublished plans only where the actor manages or approves plans.
store::CampaignQuery visibility_for(const core::Actor& actor) {
  store::CampaignQuery q;
  if (actor.system) return q;
  std::vector<std::string> held;
  for (const auto& g : actor.grants) {
    if (!g.unit_path.empty()) held.push_back(g.unit_path);
  }
  q.visible_in = std::move(held);
  auto unpublished = scopes_for(actor, core::Action::kManageCampaigns);
  for (auto& path : scopes_for(actor, core::Action::kApproveCampaigns)) unpublished.push_back(std::move(path));
  q.unpublished_in = std::move(unpublished);
  return q;
}

json::object audit_view(const core::Campaign& c) {
  return {{"title", c.title},
          {"state", std::string(core::campaign_state_code(c.state))},
          {"doc_symbol", c.doc_symbol},
          {"number", c.number ? json::value(*c.number) : json::value(nullptr)},
          {"issuing_unit_id", c.issuing_unit_id},
          {"period_end", c.period.end_date}};
}

core::Error invalid(const std::string& field, const std::string& message) {
  return core::make_error(core::errc::kValidation, message, field);
}

bool optional_date_ok(const std::optional<std::string>& d) { return !d || core::is_iso_date(*d); }

std::string plan_doc_type(const core::Campaign& c) {
  // The register is per document type: the symbol's first part ("KH" of "KH-STNMT").
  const auto dash = c.doc_symbol.find('-');
  return dash == std::string::npos ? c.doc_symbol : c.doc_symbol.substr(0, dash);
}

core::Result<CampaignListing> listing(const Services& services, store::CampaignQuery q, int page, int page_size) {
  CampaignListing out;
  out.page_size = std::clamp(page_size, 1, 100);
  out.page = std::clamp(page, 1, 100000);
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto conn = services.db.acquire();
  auto items = store::list_campaigns(*conn, q);
  if (!items.ok()) return items.error();
  auto total = store::count_campaigns(*conn, q);
  if (!total.ok()) return total.error();
  out.items = std::move(*items);
  out.total = *total;
  return out;
}

const std::vector<CampaignState>& public_states() {
  static const std::vector<CampaignState> states = {CampaignState::kPublished, CampaignState::kRunning,
                                                    CampaignState::kClosed, CampaignState::kFinalised};
  return states;
}

}  // namespace

core::Result<core::CampaignSummary> visible_campaign(store::Connection& conn, const core::Actor& actor, int64_t id) {
  store::CampaignQuery q = visibility_for(actor);
  q.id = id;
  q.limit = 1;
  auto found = store::list_campaigns(conn, q);
  if (!found.ok()) return found.error();
  if (found->empty()) return not_found(msg::kWhatCampaign);
  return std::move(found->front());
}

core::Result<core::CampaignSummary> require_visible_campaign(const Services& services, const core::Actor& actor,
                                                              int64_t id) {
  auto conn = services.db.acquire();
  return visible_campaign(*conn, actor, id);
}

core::Result<core::CampaignSummary> public_campaign(store::Connection& conn, int64_t id) {
  store::CampaignQuery q;
  q.id = id;
  q.states = public_states();
  q.limit = 1;
  auto found = store::list_campaigns(conn, q);
  if (!found.ok()) return found.error();
  if (found->empty()) return not_found(msg::kWhatPlan);
  return std::move(found->front());
}

core::Result<CampaignView> get_campaign(const Services& services, const core::Actor& actor, int64_t id) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, id);
  if (!summary.ok()) return summary.error();
  auto c = store::find_campaign(*conn, id);
  if (!c.ok()) return c.error();
  if (!c->has_value()) return not_found(msg::kWhatCampaign);
  auto events = store::campaign_events(*conn, id);
  if (!events.ok()) return events.error();
  CampaignView v;
  v.campaign = std::move(**c);
  v.summary = std::move(*summary);
  v.events = std::move(*events);
  if (auto next = core::next_campaign_state(v.campaign.state);
      next && core::may_move_campaign(actor, *next, v.summary.issuing_unit_path)) {
    v.next_state = next;
  }
  const bool manage = permits(actor, core::Action::kManageCampaigns, v.summary.issuing_unit_path);
  v.can_edit = manage && v.campaign.state == CampaignState::kDraft;
  v.can_copy = manage;
  return v;
}

core::Result<core::Campaign> get_public_campaign(const Services& services, int64_t id) {
  auto conn = services.db.acquire();
  auto summary = public_campaign(*conn, id);
  if (!summary.ok()) return summary.error();
  auto c = store::find_campaign(*conn, id);
  if (!c.ok()) return c.error();
  if (!c->has_value()) return not_found(msg::kWhatPlan);
  return std::move(**c);
}

core::Result<CampaignListing> list_campaigns(const Services& services, const core::Actor& actor, int page,
                                             int page_size) {
  return listing(services, visibility_for(actor), page, page_size);
}

core::Result<CampaignListing> list_public_campaigns(const Services& services, int page, int page_size) {
  store::CampaignQuery q;
  q.states = public_states();
  return listing(services, q, page, page_size);
}

core::Status validate_plan(const core::Campaign& c) {
  if (c.title.empty()) return invalid("title", msg::kPlanTitleEmpty);
  if (c.title.size() > 1000) return invalid("title", msg::kPlanTitleTooLong);
  if (c.doc_symbol.empty()) return invalid("doc_symbol", msg::kPlanSymbolEmpty);
  if (c.doc_symbol.size() > 40 || c.doc_symbol.find_first_of(" /") != std::string::npos) {
    return invalid("doc_symbol", msg::kPlanSymbolInvalid);
  }
  if (c.document_type.empty()) return invalid("document_type", msg::kPlanDocTypeEmpty);
  if (c.issuing_unit_id <= 0) return invalid("issuing_unit_id", msg::kPlanIssuerMissing);
  if (!core::is_iso_date(c.period.end_date)) {
    return invalid("period_end", msg::kPlanEndInvalid);
  }
  if (!optional_date_ok(c.period.start_date)) {
    return invalid("period_start", msg::kPlanStartInvalid);
  }
  if (c.period.start_date && *c.period.start_date > c.period.end_date) {
    return invalid("period_start", msg::kPlanStartAfterEnd);
  }
  for (const auto* d : {&c.period.registration_deadline, &c.period.progress_deadline, &c.period.nomination_deadline,
                        &c.period.review_deadline}) {
    if (!optional_date_ok(*d)) return invalid("deadlines", msg::kPlanDeadlineInvalid);
  }
  std::set<std::string> codes;
  for (const auto& a : c.award_types) {
    if (a.code.empty() || a.name.empty() || a.granted_by.empty()) {
      return invalid("award_types", msg::kPlanAwardTypeIncomplete);
    }
    if (!codes.insert(a.code).second) return invalid("award_types", msg::award_type_code_repeated(a.code));
    if (a.eligibility_code.size() > 32 ||
        !std::all_of(a.eligibility_code.begin(), a.eligibility_code.end(), [](char ch) {
          return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_';
        })) {
      return invalid("award_types", msg::award_type_eligibility_code_invalid(a.name));
    }
    if (!core::valid_ballot_rule(a.ballot)) {
      return invalid("award_types", msg::award_type_rule_invalid(a.name));
    }
  }
  for (const auto& k : c.criteria) {
    if (k.text.empty()) return invalid("criteria", msg::kPlanCriterionEmpty);
  }
  return core::Status{};
}

core::Result<int64_t> store_campaign_as_is(store::Connection& conn, const Services& services,
                                           const core::Campaign& plan, const RequestMeta& meta) {
  const auto now = iso_instant(services.clock.now());
  const core::Actor system = system_actor();
  auto id = store::insert_campaign(conn, plan, std::nullopt, system.display_name, now);
  if (!id.ok()) return id.error();
  THIDUA_TRY(record_audit(conn, services, &system, meta,
                          {"campaign.create", "campaign", std::to_string(*id), std::nullopt, audit_view(plan)}));
  return *id;
}

namespace {
// Every unit a plan enrols lies in its issuing unit's agency (the top unit
// above it): an agency's plan never reaches another agency's units (which
// would open them to its trackers).
core::Status targets_inside(store::Connection& conn, const core::Campaign& plan, const std::string& issuer_path) {
  const size_t second = issuer_path.find('/', 1);
  const std::string agency = second == std::string::npos ? issuer_path : issuer_path.substr(0, second + 1);
  auto units = store::find_units(conn, plan.participants.target_unit_ids, false);
  if (!units.ok()) return units.error();
  const std::set<int64_t> distinct(plan.participants.target_unit_ids.begin(), plan.participants.target_unit_ids.end());
  if (units->size() != distinct.size()) {
    return invalid("target_unit_ids", msg::kPlanTargetOutside);
  }
  for (const auto& u : *units) {
    if (!core::path_within(u.path, agency)) return invalid("target_unit_ids", msg::kPlanTargetOutside);
  }
  return {};
}
}  // namespace

core::Result<int64_t> create_campaign(const Services& services, const core::Actor& actor, core::Campaign plan,
                                      const RequestMeta& meta) {
  plan.state = CampaignState::kDraft;
  plan.number.reset();
  plan.issue_date.reset();
  THIDUA_TRY(validate_plan(plan));
  auto conn = services.db.acquire();
  auto unit = store::find_unit(*conn, plan.issuing_unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value()) return invalid("issuing_unit_id", msg::kPlanIssuerUnknown);
  if (!permits(actor, core::Action::kManageCampaigns, (*unit)->path)) return forbidden(msg::kActCreatePlan);
  THIDUA_TRY(targets_inside(*conn, plan, (*unit)->path));
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_campaign(*conn, plan, actor.user_id ? std::optional<int64_t>(actor.user_id) : std::nullopt,
                                     actor.display_name, now);
    if (!id.ok()) return id.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"campaign.create", "campaign", std::to_string(*id), std::nullopt, audit_view(plan)}));
    return *id;
  });
}

core::Result<int64_t> copy_campaign(const Services& services, const core::Actor& actor, int64_t id,
                                    const RequestMeta& meta) {
  core::Campaign plan;
  {
    auto conn = services.db.acquire();
    auto summary = visible_campaign(*conn, actor, id);
    if (!summary.ok()) return summary.error();
    if (!permits(actor, core::Action::kManageCampaigns, summary->issuing_unit_path)) {
      return forbidden(msg::kActCreatePlan);
    }
    auto c = store::find_campaign(*conn, id);
    if (!c.ok()) return c.error();
    if (!c->has_value()) return not_found(msg::kWhatCampaign);
    plan = std::move(**c);
  }
  plan.id = 0;
  // A new draft: blank number and day, as the issuer writes a draft.
  plan.date_text = msg::undated_date_text(vietnam_date(services.clock.now()).substr(0, 4));

  for (auto& a : plan.award_types) a.id = 0;
  for (auto& k : plan.criteria) k.id = 0;
  return create_campaign(services, actor, std::move(plan), meta);
}

core::Status update_campaign(const Services& services, const core::Actor& actor, const core::Campaign& plan,
                             int64_t expected_version, const RequestMeta& meta) {
  THIDUA_TRY(validate_plan(plan));
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, plan.id);
  if (!summary.ok()) return summary.error();
  if (!permits(actor, core::Action::kManageCampaigns, summary->issuing_unit_path)) {
    return forbidden(msg::kActEditPlan);
  }
  if (summary->state != CampaignState::kDraft) {
    return core::make_error(core::errc::kConflict, msg::kPlanEditOnlyDraft, "state");
  }
  auto unit = store::find_unit(*conn, plan.issuing_unit_id);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value() || !permits(actor, core::Action::kManageCampaigns, (*unit)->path)) {
    return invalid("issuing_unit_id", msg::kPlanIssuerInvalid);
  }
  THIDUA_TRY(targets_inside(*conn, plan, (*unit)->path));
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    auto before = store::find_campaign(*conn, plan.id);
    if (!before.ok()) return before.error();
    if (!before->has_value()) return not_found(msg::kWhatCampaign);
    core::Campaign stored = plan;
    stored.state = CampaignState::kDraft;
    THIDUA_TRY(store::update_campaign(*conn, stored, expected_version, now));
    return record_audit(*conn, services, &actor, meta,
                        {"campaign.update", "campaign", std::to_string(plan.id), audit_view(**before),
                         audit_view(stored)});
  });
}

namespace {
core::Result<CampaignState> move_in_transaction(const Services& services, const core::Actor& actor, int64_t id,
                                                CampaignState to, int64_t expected_version, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, id);
  if (!summary.ok()) return summary.error();
  const std::string today = vietnam_date(services.clock.now());
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<CampaignState>(*conn, [&]() -> core::Result<CampaignState> {
    auto found = store::find_campaign(*conn, id);
    if (!found.ok()) return found.error();
    if (!found->has_value()) return not_found(msg::kWhatCampaign);
    const core::Campaign& c = **found;
    store::StateChange change;
    change.from = c.state;
    change.to = to;
    change.expected_version = expected_version;
    change.actor_user_id = actor.user_id ? std::optional<int64_t>(actor.user_id) : std::nullopt;
    change.actor_name = actor.display_name;
    core::Campaign after = c;
    if (to == CampaignState::kPublished) {
      // Check the move before taking a number, so a refusal takes none.
      core::Campaign probe = c;
      probe.number = 1;
      auto allowed = core::transition(probe, to, actor, summary->issuing_unit_path, today);
      if (!allowed.ok()) return allowed.error();
      auto number = store::take_document_number(*conn, c.issuing_unit_id, plan_doc_type(c), std::stoi(today.substr(0, 4)));
      if (!number.ok()) return number.error();
      auto published = core::publish(c, static_cast<int>(*number), actor, summary->issuing_unit_path, today);
      if (!published.ok()) return published.error();
      after = *published;
      change.number = after.number;
      change.issue_date = after.issue_date;
      change.date_text = after.date_text;
    } else {
      auto moved = core::transition(c, to, actor, summary->issuing_unit_path, today);
      if (!moved.ok()) return moved.error();
      after.state = *moved;
    }
    THIDUA_TRY(store::change_campaign_state(*conn, id, change, now));
    // Published: no unit closed by its first day takes part (a draft written
    // before a reorganisation would still list the units it closed).
    if (to == CampaignState::kPublished) {
      const std::string first_day = after.period.start_date ? after.period.start_date->substr(0, 10) : today;
      THIDUA_TRY(store::drop_closed_units(*conn, id, first_day));
    }
    // Finalising issues the closing documents (app/closing_reports.h), once
    // the guarded state change has made this the one finalisation.
    if (to == CampaignState::kFinalised) THIDUA_TRY(issue_closing_documents(*conn, services, actor, meta, c, today, now));
    const std::string action = "campaign." + std::string(core::campaign_state_code(to));
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {action, "campaign", std::to_string(id), audit_view(c), audit_view(after)}));
    return to;
  });
}
}  // namespace

core::Result<CampaignState> move_campaign(const Services& services, const core::Actor& actor, int64_t id,
                                          CampaignState to, int64_t expected_version, const RequestMeta& meta) {
  auto moved = move_in_transaction(services, actor, id, to, expected_version, meta);
  if (moved.ok() && to == CampaignState::kFinalised) {
    // Signed once committed; a failure is logged and the first download tries again.
    sign_closing_documents(services, actor, meta, id);
    return moved;
  }
  if (!moved.ok() || to != CampaignState::kPublished) return moved;
  // The plan is signed as it is issued (app/plan_issue.h). The publication
  // stands when signing fails (logged); the first download tries again.
  core::Campaign plan;
  {
    auto conn = services.db.acquire();
    auto found = store::find_campaign(*conn, id);
    if (!found.ok() || !found->has_value()) return moved;
    plan = std::move(**found);
  }
  auto issued = signed_plan_pdf(services, &actor, meta, plan);
  if (!issued.ok()) log_signing_failure(core::kIssuedPlan, id, issued.error());
  return moved;
}

}  // namespace thidua::app
