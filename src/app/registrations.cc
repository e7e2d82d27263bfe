#include "app/registrations.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/campaigns.h"
#include "app/import_people.h"
#include "app/import_pipeline.h"
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

// Whether the campaign takes registrations today: published or running, and
// (for new registrations) not after its registration deadline. The error says
// why not.
core::Status accepting_registrations(store::Connection& conn, const Services& services,
                                     const store::CampaignSummary& c, bool new_registration = true) {
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

bool may_track(const core::Actor& actor, const store::CampaignSummary& c) {
  return permits(actor, Action::kTrackCampaigns, c.issuing_unit_path);
}

bool is_own(const core::Actor& actor, const core::Registration& r) {
  return r.person_id && actor.person_id && *r.person_id == *actor.person_id;
}

bool may_see(const core::Actor& actor, const store::CampaignSummary& c, const core::Registration& r) {
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
  store::CampaignSummary campaign;
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

// Participating units as (path → unit), for subtree checks in memory.
std::vector<store::ParticipatingUnit> sorted_by_depth(std::vector<store::ParticipatingUnit> units) {
  std::sort(units.begin(), units.end(),
            [](const auto& a, const auto& b) { return a.path.size() > b.path.size(); });
  return units;
}

// The deepest participating unit containing `path` (units sorted deepest first).
const store::ParticipatingUnit* containing(const std::vector<store::ParticipatingUnit>& deepest_first,
                                           const std::string& path) {
  if (path.empty()) return nullptr;
  for (const auto& u : deepest_first) {
    if (core::path_within(path, u.path)) return &u;
  }
  return nullptr;
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
  auto unit = store::participating_unit_for(conn, campaign_id, p.unit_path);
  if (!unit.ok()) return unit.error();
  if (!unit->has_value()) {
    return core::make_error(core::errc::kValidation, msg::kRegistrationPersonUnitNotTaking,
                            "person_id");
  }
  r.unit_id = (*unit)->id;
  r.unit_path = (*unit)->path;
  r.unit_name = (*unit)->name;
  r.person_name = p.full_name;
  return {};
}

core::Status audit(store::Connection& conn, const Services& services, const core::Actor& actor,
                   const RequestMeta& meta, const char* action, int64_t id,
                   const std::optional<core::Registration>& before, const std::optional<core::Registration>& after) {
  AuditEvent e{action, "registration", std::to_string(id), std::nullopt, std::nullopt};
  if (before) e.before = registration_json(*before);
  if (after) e.after = registration_json(*after);
  return record_audit(conn, services, &actor, meta, e);
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
    return audit(*conn, services, actor, meta, action, registration_id, before, *after);
  });
}

std::optional<int64_t> user_or_null(const core::Actor& actor) {
  return actor.user_id ? std::optional(actor.user_id) : std::nullopt;
}

}  // namespace

json::value registration_json(const core::Registration& r) {
  json::array targets, initiatives;
  for (const auto& t : r.targets) {
    json::object o{{"id", t.id},
                   {"content_label", t.content_label},
                   {"text", t.text},
                   {"progress_status", t.progress_status},
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
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto page = store::list_registrations(*conn, q);
  if (!page.ok()) return page.error();
  out.items = std::move(page->items);
  out.counts = std::move(page->counts);
  out.total = page->total;
  auto units = store::campaign_units(*conn, campaign_id);
  if (!units.ok()) return units.error();
  for (auto& u : *units) {
    if (!q.scopes || std::any_of(scopes.begin(), scopes.end(),
                                 [&](const std::string& s) { return core::path_within(u.path, s); })) {
      out.units.push_back(std::move(u));
    }
  }
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
                                                       int64_t campaign_id) {
  auto conn = services.db.acquire();
  auto campaign = visible_campaign(*conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  RegistrationChoices out;
  out.campaign = std::move(*campaign);
  out.accepting = accepting_registrations(*conn, services, out.campaign).ok();
  auto units = store::campaign_units(*conn, campaign_id);
  if (!units.ok()) return units.error();
  const auto deepest = sorted_by_depth(*units);
  for (const auto& u : *units) {
    if (permits(actor, Action::kSubmitUnitWork, u.path)) out.units.push_back(u);
  }
  store::PeopleQuery pq;
  pq.scopes = scopes_for(actor, Action::kSubmitUnitWork);
  pq.only_person = actor.person_id;
  pq.limit = 500;
  auto people = store::list_people(*conn, pq);
  if (!people.ok()) return people.error();
  for (auto& p : people->people) {
    if (containing(deepest, p.unit_path)) out.people.push_back(std::move(p));
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
    THIDUA_TRY(audit(*conn, services, actor, meta, "registration.create", *id, std::nullopt, after));
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
    return audit(*conn, services, actor, meta, "registration.update", registration_id, before, *after);
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

// ---- Import ----

namespace {

enum class Col { kPersonId, kName, kBirth, kTargets, kTask, kInitTitle, kInitContent, kInitEffect };

const std::map<std::string, Col>& import_headings() {
  static const std::map<std::string, Col> m = {
      {"ma nguoi", Col::kPersonId},          {"person_id", Col::kPersonId},
      {"ho va ten", Col::kName},             {"ho ten", Col::kName},
      {"ngay sinh", Col::kBirth},            {"chi tieu", Col::kTargets},
      {"chi tieu thi dua", Col::kTargets},   {"nhiem vu tieu bieu", Col::kTask},
      {"phan viec tieu bieu", Col::kTask},   {"ten sang kien", Col::kInitTitle},
      {"noi dung sang kien", Col::kInitContent}, {"hieu qua du kien", Col::kInitEffect},
  };
  return m;
}

std::string import_kind(int64_t campaign_id) { return "registrations-" + std::to_string(campaign_id); }

struct RegistrationImportRow {
  int row = 0;
  std::string person_name;
  std::string unit_name;
  core::Registration registration;
  bool ok = true;
};

boost::json::object registration_import_values(const RegistrationImportRow& row) {
  namespace json = boost::json;
  const core::Registration& reg = row.registration;
  json::array targets, initiatives;
  for (const auto& t : reg.targets) targets.push_back(json::object{{"content_label", t.content_label}, {"text", t.text}});
  for (const auto& i : reg.initiatives) {
    initiatives.push_back(json::object{{"title", i.title}, {"content", i.content}, {"expected_effect", i.expected_effect}});
  }
  return json::object{{"person_id", reg.person_id ? json::value(*reg.person_id) : json::value(nullptr)},
                      {"person_name", row.person_name},
                      {"unit_id", reg.unit_id > 0 ? json::value(reg.unit_id) : json::value(nullptr)},
                      {"unit_name", row.unit_name},
                      {"signature_task", reg.signature_task},
                      {"targets", targets},
                      {"initiatives", initiatives}};
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() < 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The registrations kind of the import pipeline. Each chunk's people are
// found in two queries (by id, by folded name) and its subjects checked
// against the campaign's registrations in one; participating units are read
// once (begin). Rows per person are remembered to find repeats.
class RegistrationsChecker final : public ImportChecker {
 public:
  RegistrationsChecker(const Services& services, const core::Actor& actor, int64_t campaign_id,
                       const RequestMeta* meta)
      : services_(services), actor_(actor), campaign_id_(campaign_id), meta_(meta) {}

  core::Status begin(store::Connection& conn, const std::vector<std::string>& header) override {
    header_ = header;
    col_ = columns_of(header, import_headings());
    if (!col_.count(Col::kTargets) || (!col_.count(Col::kPersonId) && !col_.count(Col::kName))) {
      return core::make_error(core::errc::kValidation, msg::kImportMissingColumns);
    }
    auto units = store::campaign_units(conn, campaign_id_);
    if (!units.ok()) return units.error();
    deepest_ = sorted_by_depth(std::move(*units));
    return {};
  }

  core::Result<std::vector<CheckedRow>> check(store::Connection& conn, const std::vector<SourceRow>& rows) override {
    // The chunk's people, in two queries.
    std::vector<int64_t> ids;
    std::set<std::string> names;
    for (const auto& row : rows) {
      const std::string id_text = cell(row.cells, Col::kPersonId);
      if (all_digits(id_text) && std::stoll(id_text) > 0) ids.push_back(std::stoll(id_text));
      else if (auto n = core::fold(cell(row.cells, Col::kName)); !n.empty()) names.insert(n);
    }
    std::unordered_map<int64_t, core::Person> by_id;
    std::multimap<std::string, core::Person> by_name;
    if (!ids.empty()) {
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      auto found = store::people_by_ids(conn, ids);
      if (!found.ok()) return found.error();
      for (auto& person : *found) by_id.emplace(person.id, std::move(person));
    }
    if (!names.empty()) {
      auto found = store::people_by_folded_names(conn, std::vector<std::string>(names.begin(), names.end()));
      if (!found.ok()) return found.error();
      for (auto& person : *found) by_name.emplace(core::fold(person.full_name), std::move(person));
    }
    std::vector<CheckedRow> out(rows.size());
    last_.assign(rows.size(), {});
    std::vector<std::string> keys;
    for (size_t i = 0; i < rows.size(); ++i) {
      check_row(rows[i], by_id, by_name, last_[i], out[i]);
      if (last_[i].registration.person_id) keys.push_back(last_[i].registration.subject_key());
    }
    // Already registered in this campaign.
    if (!keys.empty()) {
      auto taken = store::registered_subjects(conn, campaign_id_, keys);
      if (!taken.ok()) return taken.error();
      std::set<std::string> taken_set(taken->begin(), taken->end());
      for (size_t i = 0; i < rows.size(); ++i) {
        auto& ir = last_[i];
        if (ir.registration.person_id && taken_set.count(ir.registration.subject_key())) {
          out[i].issues.push_back({ir.row, heading(col_.count(Col::kPersonId) ? Col::kPersonId : Col::kName),
                                   msg::import_already_registered(ir.person_name)});
          ir.ok = false;
        }
      }
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      out[i].row = last_[i].row;
      out[i].ok = last_[i].ok;
      out[i].values = registration_import_values(last_[i]);
    }
    return out;
  }

  core::Result<int64_t> write(store::Connection& conn) override {
    const std::string now = iso_instant(services_.clock.now());
    int64_t n = 0;
    for (auto& row : last_) {
      core::Registration& r = row.registration;
      r.entered_by = user_or_null(actor_);
      r.submitted_at = now;
      r.submitted_by = user_or_null(actor_);
      auto id = store::insert_registration(conn, r, now);
      if (!id.ok()) return core::make_error(id.error().code, msg::import_row_error(row.row, id.error().message));
      r.id = *id;
      r.created_at = r.updated_at = now;
      THIDUA_TRY(audit(conn, services_, actor_, *meta_, "registration.import", *id, std::nullopt, r));
      ++n;
    }
    return n;
  }

 private:
  std::string cell(const std::vector<std::string>& row, Col c) const {
    auto it = col_.find(c);
    return it == col_.end() || it->second >= row.size() ? std::string() : row[it->second];
  }
  std::string heading(Col c) const {
    auto it = col_.find(c);
    return it == col_.end() ? std::string() : header_[it->second];
  }

  void check_row(const SourceRow& source, const std::unordered_map<int64_t, core::Person>& by_id,
                 const std::multimap<std::string, core::Person>& by_name, RegistrationImportRow& ir,
                 CheckedRow& checked) {
    const auto& row = source.cells;
    ir.row = source.row;
    auto issue = [&](Col c, std::string text) {
      checked.issues.push_back({ir.row, heading(c), std::move(text)});
      ir.ok = false;
    };
    // Who.
    const core::Person* person = nullptr;
    const std::string id_text = cell(row, Col::kPersonId);
    const std::string name = cell(row, Col::kName);
    const std::string birth_text = cell(row, Col::kBirth);
    std::string birth;
    if (!birth_text.empty()) {
      birth = parse_vietnamese_date(birth_text);
      if (birth.empty()) issue(Col::kBirth, msg::import_birth_invalid(birth_text));
    }
    if (!id_text.empty()) {
      const int64_t id = all_digits(id_text) ? std::stoll(id_text) : 0;
      auto it = by_id.find(id);
      if (it == by_id.end() || (!permits(actor_, Action::kSubmitUnitWork, it->second.unit_path) &&
                                !(actor_.person_id && *actor_.person_id == id))) {
        issue(Col::kPersonId, msg::import_person_id_unknown(id_text));
      } else if (!name.empty() && core::fold(name) != core::fold(it->second.full_name)) {
        issue(Col::kName, msg::import_name_mismatch(id_text, it->second.full_name));
      } else {
        person = &it->second;
      }
    } else if (name.empty()) {
      issue(Col::kName, msg::kImportMissingName);
    } else if (birth.empty() && birth_text.empty()) {
      issue(Col::kBirth, msg::kImportMissingBirth);
    } else if (!birth.empty()) {
      std::vector<const core::Person*> matches;
      auto [lo, hi] = by_name.equal_range(core::fold(name));
      for (auto it = lo; it != hi; ++it) {
        if (it->second.birth_date == birth && permits(actor_, Action::kSubmitUnitWork, it->second.unit_path)) {
          matches.push_back(&it->second);
        }
      }
      if (matches.empty()) {
        issue(Col::kName, msg::import_person_not_found(name, birth_text));
      } else if (matches.size() > 1) {
        issue(Col::kName, msg::import_person_ambiguous(name));
      } else {
        person = matches.front();
      }
    }
    core::Registration reg;
    reg.campaign_id = campaign_id_;
    reg.subject = RegistrationSubject::kIndividual;
    reg.state = RegistrationState::kSubmitted;
    if (person) {
      ir.person_name = person->full_name;
      reg.person_id = person->id;
      reg.person_name = person->full_name;
      if (const auto* unit = containing(deepest_, person->unit_path)) {
        reg.unit_id = unit->id;
        reg.unit_name = unit->name;
        ir.unit_name = unit->name;
      } else {
        issue(col_.count(Col::kPersonId) ? Col::kPersonId : Col::kName,
              msg::import_person_unit_not_taking(person->full_name));
      }
      auto [it, inserted] = person_rows_.emplace(person->id, ir.row);
      if (!inserted) {
        issue(col_.count(Col::kPersonId) ? Col::kPersonId : Col::kName, msg::import_person_repeated(it->second));
      }
    } else {
      ir.person_name = name;
    }
    // What.
    reg.targets = core::targets_from_lines(cell(row, Col::kTargets));
    reg.signature_task = cell(row, Col::kTask);
    core::Initiative init{0, cell(row, Col::kInitTitle), cell(row, Col::kInitContent), cell(row, Col::kInitEffect)};
    reg.initiatives.push_back(std::move(init));
    if (!reg.person_id) reg.person_id = 1;  // a stand-in so that the content is still checked
    auto norm = core::normalise_registration(reg);
    if (!norm.ok()) {
      const auto& e = norm.error();
      Col c = e.field == "targets" ? Col::kTargets : e.field == "signature_task" ? Col::kTask : Col::kInitTitle;
      if (e.field != "person_id") issue(c, e.message);
    } else {
      reg = std::move(*norm);
    }
    if (!person) reg.person_id.reset();
    ir.registration = std::move(reg);
  }

  const Services& services_;
  const core::Actor& actor_;
  int64_t campaign_id_;
  const RequestMeta* meta_;  // set for a confirmation
  std::vector<std::string> header_;
  std::map<Col, size_t> col_;
  std::vector<store::ParticipatingUnit> deepest_;  // deepest first
  std::map<int64_t, int> person_rows_;
  std::vector<RegistrationImportRow> last_;
};

}  // namespace

const std::vector<ListColumn>& registration_import_list_columns() {
  static const std::vector<ListColumn> cols = {{msg::kImportColPersonId, "person_id"},
                                               {msg::kImportColName, "full_name"},
                                               {msg::kImportColBirth, "birth_date"},
                                               {msg::kImportColTargets, "targets"},
                                               {msg::kImportColSignatureTask, "signature_task"},
                                               {msg::kImportColInitiativeTitle, "initiative_title"},
                                               {msg::kImportColInitiativeContent, "initiative_content"},
                                               {msg::kImportColInitiativeEffect, "initiative_expected_effect"}};
  return cols;
}

const std::vector<std::string>& registration_import_columns() {
  static const std::vector<std::string> headings = headings_of(registration_import_list_columns());
  return headings;
}

core::Result<std::string> registration_import_template() {
  return io::write_xlsx_bytes(
      registration_import_columns(),
      {{"", msg::kImportSampleName, "15/03/1985",
        msg::kImportSampleTargets,
        msg::kImportSampleSignatureTask, msg::kImportSampleInitiativeTitle,
        msg::kImportSampleInitiativeContent, msg::kImportSampleInitiativeEffect}},
      msg::kImportTemplateSheet);
}

// What every step of a registration import checks first: the campaign is
// visible, the actor may submit unit work, and registrations are taken.
core::Status may_import_registrations(store::Connection& conn, const Services& services, const core::Actor& actor,
                                      int64_t campaign_id) {
  auto campaign = visible_campaign(conn, actor, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (!permits_somewhere(actor, Action::kSubmitUnitWork)) return forbidden(msg::kActImportRegistrations);
  return accepting_registrations(conn, services, *campaign);
}

core::Result<ImportSummary> stage_registration_import(const Services& services, const core::Actor& actor,
                                                      int64_t campaign_id, std::string_view bytes,
                                                      const std::string& client_filename) {
  // Shown in the preview: no bidi overrides, NUL or other controls (issue 9 #12).
  const std::string filename = core::clean_file_name(client_filename);
  {
    auto conn = services.db.acquire();
    THIDUA_TRY(may_import_registrations(*conn, services, actor, campaign_id));
  }
  RegistrationsChecker checker(services, actor, campaign_id, nullptr);
  return stage_import(services, actor.user_id, import_kind(campaign_id), checker, bytes, filename);
}

core::Result<ImportPage> registration_import_page(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const std::string& token, bool only_problems,
                                                  int page, int page_size) {
  {
    auto conn = services.db.acquire();
    auto campaign = visible_campaign(*conn, actor, campaign_id);
    if (!campaign.ok()) return campaign.error();
    if (!permits_somewhere(actor, Action::kSubmitUnitWork)) return forbidden(msg::kActImportRegistrations);
  }
  return import_page(services, actor.user_id, import_kind(campaign_id), token, only_problems, page, page_size);
}

core::Result<int64_t> confirm_registration_import(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, const std::string& token,
                                                  const RequestMeta& meta) {
  {
    auto conn = services.db.acquire();
    THIDUA_TRY(may_import_registrations(*conn, services, actor, campaign_id));
  }
  RegistrationsChecker checker(services, actor, campaign_id, &meta);
  return confirm_import(services, actor.user_id, import_kind(campaign_id), token, checker);
}

}  // namespace thidua::app
