#include "app/registrations.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/registration_rules.h"
#include "app/unit_work_access.h"
#include "core/file_type.h"
#include "core/messages_vi/imports.h"
#include "core/messages_vi/registrations.h"
#include "core/names.h"
#include "core/org.h"
#include "io/table.h"
#include "io/xlsx_writer.h"
#include "store/people.h"
#include "store/registrations.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {
namespace json = boost::json;
using core::Action;
using core::RegistrationState;
using core::RegistrationSubject;

core::Error not_registration() { return not_found(msg::kWhatRegistration); }

core::Error state_conflict(const char* message) { return core::make_error(core::errc::kConflict, message); }

bool may_track(const core::Actor& actor, const core::CampaignSummary& c) {
  return permits(actor, Action::kTrackCampaigns, c.issuing_unit_path);
}

bool is_own(const core::Actor& actor, const core::Registration& r) {
  return r.person_id && actor.person_id && *r.person_id == *actor.person_id;
}

bool may_see(const core::Actor& actor, const core::CampaignSummary& c, const core::Registration& r) {
  return may_track(actor, c) || permits(actor, Action::kSubmitUnitWork, r.unit_path) ||
         permits(actor, Action::kApproveUnitWork, r.unit_path) || is_own(actor, r);
}

// Who may not review it (core/own_records.h): its author, its submitter, and
// the person registered.
core::Stake stake(const core::Registration& r) { return core::Stake{{r.entered_by, r.submitted_by}, {r.person_id}}; }

bool may_enter(const core::Actor& actor, const core::Registration& r) {
  return permits(actor, Action::kSubmitUnitWork, r.unit_path) || is_own(actor, r);
}

// The visible campaign and the registration in it the actor may see.
struct Loaded {
  core::CampaignSummary campaign;
  core::Registration registration;
};
core::Result<Loaded> load_visible(store::Connection& conn, const core::Actor& actor, int64_t campaign_id,
                                  int64_t registration_id) {
  auto campaign = visible_campaign(conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  auto found = store::find_registration(conn, registration_id);
  if (!found.ok()) return found.error();
  if (!found->has_value() || (*found)->campaign_id != campaign_id || !may_see(actor, *campaign, **found)) {
    return not_registration();
  }
  return Loaded{std::move(*campaign), std::move(**found)};
}

// Resolves the subject of a new registration: the unit (and person) it is
// for, with the actor's right to enter it checked.
core::Status resolve_subject(store::Connection& conn, const core::Actor& actor, int64_t campaign_id,
                             core::Registration& r) {
  if (r.subject == RegistrationSubject::kCollective) {
    auto unit = store::find_unit(conn, r.unit_id);
    if (!unit.ok()) return unit.error();
    if (!unit->has_value()) return core::make_error(core::errc::kValidation, msg::kRegistrationUnitMissing, "unit_id");
    if (!permits(actor, Action::kSubmitUnitWork, (*unit)->path)) {
      if (!permits(actor, Action::kViewOrg, (*unit)->path)) return not_found(msg::kWhatUnit);
      return forbidden(msg::kActRegisterForUnit);
    }
    auto part = store::unit_takes_part(conn, campaign_id, r.unit_id);
    if (!part.ok()) return part.error();
    if (!*part) {
      return core::make_error(core::errc::kValidation, msg::kRegistrationUnitNotTaking, "unit_id");
    }
    r.unit_path = (*unit)->path;
    r.unit_name = (*unit)->name;
    return {};
  }
  auto person = store::find_person(conn, *r.person_id);
  if (!person.ok()) return person.error();
  const bool self = actor.person_id && *actor.person_id == *r.person_id;
  if (!person->has_value()) return core::make_error(core::errc::kValidation, msg::kPersonNotFound, "person_id");
  const auto& p = **person;
  if (!self && !permits(actor, Action::kSubmitUnitWork, p.unit_path)) {
    if (!permits(actor, Action::kViewPeople, p.unit_path)) return not_found(msg::kWhatThisPerson);
    return forbidden(msg::kActRegisterForPerson);
  }
  auto holders = store::campaign_unit_holders(conn, campaign_id, {p.unit_path});
  if (!holders.ok()) return holders.error();
  const auto unit = holders->find(p.unit_path);
  if (unit == holders->end()) {
    return core::make_error(core::errc::kValidation, msg::kRegistrationPersonUnitNotTaking,
                            "person_id");
  }
  r.unit_id = unit->second.id;
  r.unit_path = unit->second.path;
  r.unit_name = unit->second.name;
  r.person_name = p.full_name;
  return {};
}

core::Result<core::Registration> reread(store::Connection& conn, int64_t id) {
  auto found = store::find_registration(conn, id);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return not_registration();
  return std::move(**found);
}

// The common path of submit, approve and return.
core::Status move(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t registration_id,
                  RegistrationState to, int64_t expected_version, std::string reason, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto loaded = load_visible(*conn, actor, campaign_id, registration_id);
  if (!loaded.ok()) return loaded.error();
  const core::Registration& before = loaded->registration;
  if (to == RegistrationState::kSubmitted) {
    if (!may_enter(actor, before)) return forbidden(msg::kActSubmitRegistration);
  } else if (!permits(actor, Action::kApproveUnitWork, before.unit_path)) {
    return forbidden(to == RegistrationState::kApproved ? msg::kActApproveRegistration : msg::kActReturnRegistration);
  } else if (auto how = core::involvement(actor, stake(before)); how != core::Involvement::kNone) {
    return own_record(how, to == RegistrationState::kApproved ? msg::kActApproveRegistration
                                                              : msg::kActReturnRegistration);
  }
  if (!core::registration_transition_allowed(before.state, to)) {
    return state_conflict(to == RegistrationState::kSubmitted
                              ? msg::kRegistrationSubmitOnlyDraft
                              : msg::kRegistrationReviewOnlySubmitted);
  }
  if (to == RegistrationState::kSubmitted) {
    // A registration returned for correction may be resubmitted after the deadline.
    THIDUA_TRY(accepting_registrations(*conn, services, loaded->campaign,
                                       before.state == RegistrationState::kDraft));
  }
  if (to == RegistrationState::kReturned) {
    auto r = core::normalise_return_reason(reason);
    if (!r.ok()) return r.error();
    reason = std::move(*r);
  }
  const std::string now = iso_instant(services.clock.now());
  const char* action = to == RegistrationState::kSubmitted  ? "registration.submit"
                       : to == RegistrationState::kApproved ? "registration.approve"
                                                            : "registration.return";
  return store::in_transaction(*conn, [&]() -> core::Status {
    store::RegistrationMove m{before.state, to, expected_version, actor.user_id ? std::optional(actor.user_id)
                                                                                 : std::nullopt,
                              reason};
    THIDUA_TRY(store::move_registration(*conn, registration_id, m, now));
    auto after = reread(*conn, registration_id);
    if (!after.ok()) return after.error();
    return audit_registration(*conn, services, actor, meta, action, registration_id, before, *after);
  });
}

}  // namespace

core::Status accepting_registrations(store::Connection& conn, const Services& services,
                                     const core::CampaignSummary& c, bool new_registration) {
  if (c.state != core::CampaignState::kPublished && c.state != core::CampaignState::kRunning) {
    return state_conflict(msg::kRegistrationNotOpen);
  }
  if (!new_registration) return {};
  auto deadline = store::registration_deadline(conn, c.id);
  if (!deadline.ok()) return deadline.error();
  if (*deadline && vietnam_date(services.clock.now()) > **deadline) {
    return state_conflict(msg::kRegistrationDeadlinePassed);
  }
  return {};
}

core::Status audit_registration(store::Connection& conn, const Services& services, const core::Actor& actor,
                                const RequestMeta& meta, const char* action, int64_t id,
                                const std::optional<core::Registration>& before,
                                const std::optional<core::Registration>& after) {
  AuditEvent e{action, "registration", std::to_string(id), std::nullopt, std::nullopt};
  if (before) e.before = registration_json(*before);
  if (after) e.after = registration_json(*after);
  return record_audit(conn, services, &actor, meta, e);
}

std::optional<int64_t> user_or_null(const core::Actor& actor) {
  return actor.user_id ? std::optional(actor.user_id) : std::nullopt;
}

json::value registration_json(const core::Registration& r) {
  json::array targets, initiatives;
  for (const auto& t : r.targets) {
    json::object o{{"id", t.id},
                   {"content_label", t.content_label},
                   {"text", t.text},
                   {"progress_status", std::string(core::progress_status_code(t.progress_status))},
                   {"progress_percent", t.progress_percent}};
    o["progress_at"] = t.progress_at ? json::value(*t.progress_at) : json::value(nullptr);
    targets.push_back(std::move(o));
  }
  for (const auto& i : r.initiatives) {
    initiatives.push_back(json::object{
        {"id", i.id}, {"title", i.title}, {"content", i.content}, {"expected_effect", i.expected_effect}});
  }
  auto opt_i = [](const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); };
  auto opt_s = [](const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return json::object{{"id", r.id},
                      {"campaign_id", r.campaign_id},
                      {"unit_id", r.unit_id},
                      {"unit_name", r.unit_name},
                      {"subject", std::string(core::registration_subject_code(r.subject))},
                      {"person_id", opt_i(r.person_id)},
                      {"person_name", r.person_name},
                      {"state", std::string(core::registration_state_code(r.state))},
                      {"signature_task", r.signature_task},
                      {"return_reason", r.return_reason},
                      {"entered_by", opt_i(r.entered_by)},
                      {"entered_by_name", r.entered_by_name},
                      {"submitted_at", opt_s(r.submitted_at)},
                      {"submitted_by", opt_i(r.submitted_by)},
                      {"decided_by", opt_i(r.decided_by)},
                      {"decided_by_name", r.decided_by_name},
                      {"decided_at", opt_s(r.decided_at)},
                      {"version", r.version},
                      {"created_at", r.created_at},
                      {"updated_at", r.updated_at},
                      {"targets", targets},
                      {"initiatives", initiatives}};
}

core::Result<RegistrationListing> list_registrations(const Services& services, const core::Actor& actor,
                                                     int64_t campaign_id, const RegistrationFilter& filter) {
  RegistrationListing out;
  out.page_size = std::clamp(filter.page_size, 1, 200);
  out.page = std::clamp(filter.page, 1, 1000000);
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  out.campaign = std::move(*campaign);
  store::RegistrationQuery q;
  q.campaign_id = campaign_id;
  std::vector<std::string> scopes;
  if (!may_track(actor, out.campaign)) {
    scopes = scopes_for(actor, Action::kSubmitUnitWork);
    for (auto& s : scopes_for(actor, Action::kApproveUnitWork)) scopes.push_back(std::move(s));
    q.scopes = scopes;
    q.own_person = actor.person_id;
  }
  q.unit_id = filter.unit_id;
  q.state = filter.state;
  q.before_id = filter.before_id;
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto page = store::list_registrations(*conn, q);
  if (!page.ok()) return page.error();
  out.items = std::move(page->items);
  out.counts = std::move(page->counts);
  out.total = page->total;
  auto units = participating_filter_units(*conn, campaign_id, q.scopes, filter.unit_id);
  if (!units.ok()) return units.error();
  out.units = std::move(*units);
  out.accepting = accepting_registrations(*conn, services, out.campaign).ok();
  const bool submits = permits_somewhere(actor, Action::kSubmitUnitWork);
  out.can_enter = out.accepting && (submits || actor.person_id.has_value());
  out.can_import = out.accepting && submits;
  return out;
}

core::Result<RegistrationView> get_registration(const Services& services, const core::Actor& actor,
                                                int64_t campaign_id, int64_t registration_id) {
  auto conn = services.db.acquire();
  auto loaded = load_visible(*conn, actor, campaign_id, registration_id);
  if (!loaded.ok()) return loaded.error();
  RegistrationView v;
  v.campaign = std::move(loaded->campaign);
  v.registration = std::move(loaded->registration);
  v.may_enter = may_enter(actor, v.registration);
  v.can_edit = core::registration_editable(v.registration.state) && v.may_enter;
  v.own = core::involvement(actor, stake(v.registration));
  const bool reviewer = v.registration.state == RegistrationState::kSubmitted &&
                        permits(actor, Action::kApproveUnitWork, v.registration.unit_path);
  v.can_decide = reviewer && v.own == core::Involvement::kNone;
  v.review_left_to_others = reviewer && v.own != core::Involvement::kNone;
  return v;
}

core::Result<RegistrationChoices> registration_choices(const Services& services, const core::Actor& actor,
                                                       int64_t campaign_id, const PeoplePickRequest& request) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  RegistrationChoices out;
  out.campaign = std::move(*campaign);
  out.accepting = accepting_registrations(*conn, services, out.campaign).ok();
  store::PeopleQuery pq;
  pq.scopes = scopes_for(actor, Action::kSubmitUnitWork);
  pq.only_person = actor.person_id;
  pq.limit = kRegistrationPeopleShown;
  auto units = store::campaign_units_within(*conn, campaign_id, pq.scopes, kParticipatingUnitsListed);
  if (!units.ok()) return units.error();
  out.units = std::move(units->units);
  // Someone registers under the deepest participating unit holding theirs;
  // a person no participating unit holds is not offered.
  const PeopleKeep keep = held_by_participating(*conn, campaign_id);
  auto people = pick_people(*conn, pq, request, keep);
  if (!people.ok()) return people.error();
  out.people = std::move(people->people);
  out.people_more = people->more;
  out.people_found = people->found;
  out.people_query = request.query;
  out.people_any = !out.people.empty();
  if (!out.people_any && !request.query.empty()) {
    // No one matched the name: is there anyone to register at all?
    auto anyone = pick_people(*conn, pq, {"", request.chosen}, keep);
    if (!anyone.ok()) return anyone.error();
    out.people_any = !anyone->people.empty();
  }
  auto plan = store::find_campaign(*conn, campaign_id);
  if (!plan.ok()) return plan.error();
  if (plan->has_value()) {
    for (const auto& item : (*plan)->contents) {
      std::string label = item.label;
      while (!label.empty() && (label.back() == '.' || label.back() == ' ')) label.pop_back();
      if (!label.empty()) out.content_labels.push_back(label);
    }
  }
  return out;
}

core::Result<int64_t> create_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                          core::Registration input, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  input.campaign_id = campaign_id;
  input.state = RegistrationState::kDraft;
  if (input.subject == RegistrationSubject::kCollective && input.unit_id <= 0) {
    return core::make_error(core::errc::kValidation, msg::kRegistrationUnitMissing, "unit_id");
  }
  auto norm = core::normalise_registration(std::move(input));
  if (!norm.ok()) return norm.error();
  core::Registration r = std::move(*norm);
  THIDUA_TRY(resolve_subject(*conn, actor, campaign_id, r));
  THIDUA_TRY(accepting_registrations(*conn, services, *campaign));
  r.entered_by = user_or_null(actor);
  r.submitted_at.reset();
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_registration(*conn, r, now);
    if (!id.ok()) return id.error();
    // Audited as inserted (target and initiative ids are not read back: the
    // write path stays at one statement per table).
    core::Registration after = r;
    after.id = *id;
    after.created_at = after.updated_at = now;
    THIDUA_TRY(audit_registration(*conn, services, actor, meta, "registration.create", *id, std::nullopt, after));
    return *id;
  });
}

core::Status update_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t registration_id, core::Registration content, int64_t expected_version,
                                 const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto loaded = load_visible(*conn, actor, campaign_id, registration_id);
  if (!loaded.ok()) return loaded.error();
  const core::Registration& before = loaded->registration;
  if (!may_enter(actor, before)) return forbidden(msg::kActEditRegistration);
  if (!core::registration_editable(before.state)) {
    return state_conflict(msg::kRegistrationEditOnlyDraft);
  }
  core::Registration r = before;
  r.signature_task = std::move(content.signature_task);
  r.targets = std::move(content.targets);
  r.initiatives = std::move(content.initiatives);
  auto norm = core::normalise_registration(std::move(r));
  if (!norm.ok()) return norm.error();
  THIDUA_TRY(accepting_registrations(*conn, services, loaded->campaign,
                                     before.state == RegistrationState::kDraft));
  const std::string now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::update_registration_content(*conn, *norm, expected_version, now));
    auto after = reread(*conn, registration_id);
    if (!after.ok()) return after.error();
    return audit_registration(*conn, services, actor, meta, "registration.update", registration_id, before, *after);
  });
}

core::Status submit_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t registration_id, int64_t expected_version, const RequestMeta& meta) {
  return move(services, actor, campaign_id, registration_id, RegistrationState::kSubmitted, expected_version, {},
              meta);
}

core::Status approve_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                  int64_t registration_id, int64_t expected_version, const RequestMeta& meta) {
  return move(services, actor, campaign_id, registration_id, RegistrationState::kApproved, expected_version, {},
              meta);
}

core::Status return_registration(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                 int64_t registration_id, int64_t expected_version, std::string_view reason,
                                 const RequestMeta& meta) {
  return move(services, actor, campaign_id, registration_id, RegistrationState::kReturned, expected_version,
              std::string(reason), meta);
}

}  // namespace thidua::app
