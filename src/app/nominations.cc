#include "app/nominations.h"

#include <algorithm>
#include <optional>
#include <set>
#include <span>
#include <vector>

#include <boost/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/award_rules.h"
#include "app/campaigns.h"
#include "app/clock.h"
#include "app/people_pick.h"
#include "app/quotas.h"
#include "core/messages_vi/eligibility.h"
#include "core/messages_vi/nominations.h"
#include "core/names.h"
#include "core/org.h"
#include "store/awards.h"
#include "store/people.h"
#include "store/registrations.h"
#include "store/users.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace {

namespace json = boost::json;
using core::CriterionSubject;
using core::NominationState;

// The form field and API field of the report file.
constexpr const char* kReportFileField = "report_file";

core::Error invalid(const std::string& field, const std::string& message) {
  return core::make_error(core::errc::kValidation, message, field);
}

core::Error duplicate() {
  return core::make_error(core::errc::kDuplicateNomination, msg::kNominationDuplicate, "award_type_id");

}

// What the actor may do with nominations of a campaign issued under `issuer_path`.
struct Reach {
  bool sees_all = false;
  bool reviews = false;
  std::vector<std::string> unit_scopes;  // where they see their units' nominations
  bool any() const { return sees_all || !unit_scopes.empty(); }
  bool sees(const std::string& unit_path) const {
    if (sees_all) return true;
    return std::any_of(unit_scopes.begin(), unit_scopes.end(),
                       [&](const std::string& s) { return core::path_within(unit_path, s); });
  }
};

Reach reach_of(const core::Actor& actor, const std::string& issuer_path) {
  Reach r;
  r.reviews = permits(actor, core::Action::kReviewNominations, issuer_path);
  r.sees_all = r.reviews || permits(actor, core::Action::kTrackCampaigns, issuer_path);
  r.unit_scopes = scopes_for(actor, core::Action::kSubmitUnitWork);
  for (auto& s : scopes_for(actor, core::Action::kApproveUnitWork)) r.unit_scopes.push_back(std::move(s));
  return r;
}

// The campaign as nominations need it: visible to the actor, whole.
struct CampaignContext {
  core::CampaignSummary summary;
  core::Campaign campaign;
};

core::Result<CampaignContext> load_campaign(store::Connection& conn, const core::Actor& actor, int64_t id) {
  auto summary = visible_campaign(conn, actor, id);
  if (!summary.ok()) return summary.error();
  auto c = store::find_campaign(conn, id);
  if (!c.ok()) return c.error();
  if (!c->has_value()) return not_found(msg::kWhatCampaign);
  return CampaignContext{std::move(*summary), std::move(**c)};
}

// The first kParticipatingUnitsListed participating units the actor may
// nominate for, in tree order (`more` when there are others).
core::Result<store::ParticipatingSlice> nominating_units(store::Connection& conn, const core::Actor& actor,
                                                         int64_t campaign_id) {
  return store::campaign_units_within(conn, campaign_id, scopes_for(actor, core::Action::kSubmitUnitWork),
                                      kParticipatingUnitsListed);
}


// Keeps only the notes of attested criteria of `subject`.
std::map<int64_t, std::string> attested_only(const core::Campaign& c, CriterionSubject subject,
                                             const std::map<int64_t, std::string>& notes) {
  std::map<int64_t, std::string> out;
  for (const auto& k : c.criteria) {
    if (k.subject != subject || k.verification != core::Verification::kAttested) continue;
    if (auto it = notes.find(k.id); it != notes.end() && !it->second.empty()) out[k.id] = it->second;
  }
  return out;
}

core::Status check_window(const Services& services, const core::Campaign& c) {
  return core::nomination_window(c.state, c.period.nomination_deadline, vietnam_date(services.clock.now()));
}

// The audited values; the report and the notes when the unit wrote them.
json::object audit_view(const core::Nomination& n, const std::map<int64_t, std::string>* notes = nullptr) {
  json::object out{{"state", std::string(core::nomination_state_code(n.state))},
                   {"award_type_id", n.award_type_id},
                   {"unit_id", n.unit_id},
                   {"subject_key", n.subject_key},
                   {"return_reason", n.return_reason},
                   {"version", n.version}};
  out["report_file"] = n.report_sha256 ? json::value(json::object{{"name", n.report_file_name},
                                                                   {"sha256", *n.report_sha256},
                                                                   {"size", n.report_file_size}})
                                       : json::value(nullptr);
  if (notes) {
    out["report"] = n.report;
    json::object attestations;
    for (const auto& [criterion, note] : *notes) attestations[std::to_string(criterion)] = note;
    out["attestations"] = std::move(attestations);
  }
  return out;
}

// Loads nomination `id` of a campaign the actor sees, as the actor may see it.
struct Loaded {
  CampaignContext ctx;
  core::Nomination nomination;
  Reach reach;
};

core::Result<Loaded> load_nomination(store::Connection& conn, const core::Actor& actor, int64_t campaign_id,
                                     int64_t id) {
  auto ctx = load_campaign(conn, actor, campaign_id);
  if (!ctx.ok()) return ctx.error();
  Reach reach = reach_of(actor, ctx->summary.issuing_unit_path);
  auto n = store::find_nomination(conn, campaign_id, id);
  if (!n.ok()) return n.error();
  if (!n->has_value() || !reach.sees((*n)->unit_path)) return not_found(msg::kWhatNomination);
  return Loaded{std::move(*ctx), std::move(**n), std::move(reach)};
}

// Who may not review it (core/own_records.h): the account that submitted it
// and the person nominated.
core::Stake stake(const core::Nomination& n) { return core::Stake{{n.submitted_by}, {n.person_id}}; }

core::Status review(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                    NominationState to, std::string reason, int64_t expected_version, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto loaded = load_nomination(*conn, actor, campaign_id, id);
  if (!loaded.ok()) return loaded.error();
  if (!loaded->reach.reviews) return forbidden(msg::kActReviewNominations);
  if (auto how = core::involvement(actor, stake(loaded->nomination)); how != core::Involvement::kNone) {
    return own_record(how, msg::kActReviewThisNomination);
  }
  THIDUA_TRY(core::may_review(loaded->nomination.state));
  if (to == NominationState::kReturned) THIDUA_TRY(core::validate_return_reason(reason));
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    THIDUA_TRY(store::review_nomination(*conn, id, expected_version, to, reason, acting_user(actor), now));
    core::Nomination after = loaded->nomination;
    after.state = to;
    after.return_reason = reason;
    after.version = expected_version + 1;
    return record_audit(*conn, services, &actor, meta,
                        {to == NominationState::kAccepted ? "nomination.accept" : "nomination.return", "nomination",
                         std::to_string(id), audit_view(loaded->nomination), audit_view(after)});
  });
}

}  // namespace

namespace {

// A nomination checked and ready to insert (create_nomination's steps before
// the transaction).
struct Prepared {
  core::Nomination n;
  std::map<int64_t, std::string> notes;
  std::optional<CheckedUpload> checked;
  std::optional<UploadedFile> file;
};

// The people who head a unit (app/nomination_approval.h), per unit path,
// read once per request.
using HeadsCache = std::map<std::string, store::RoleHolders>;

core::Result<const store::RoleHolders*> heads_over(store::Connection& conn, HeadsCache& cache,
                                                  const std::string& unit_path) {
  auto it = cache.find(unit_path);
  if (it == cache.end()) {
    std::vector<core::Role> roles;
    for (auto r : core::all_roles()) {
      if (core::role_permits(r, core::Action::kApproveUnitWork)) roles.push_back(r);
    }
    auto heads = store::holders_of_role_over(conn, roles, unit_path);
    if (!heads.ok()) return heads.error();
    it = cache.emplace(unit_path, std::move(*heads)).first;
  }
  return &it->second;
}

// Where the head's approval is needed (core::needs_head_approval): pending;
// but a head over the unit submitting approves by submitting (approved_by),
// and a proposal goes to the office directly when no enabled account heads
// the unit (none could approve it) or when its nominee heads the unit (no
// head approves their own): the office's review is then the check.
struct FirstState {
  NominationState state = NominationState::kSubmitted;
  std::optional<int64_t> approved_by;
};
core::Result<FirstState> first_state(store::Connection& conn, HeadsCache& cache, const CampaignContext& ctx,
                                     const core::Actor& actor, const std::string& unit_path,
                                     const std::optional<int64_t>& person_id) {
  FirstState out;
  if (!core::needs_head_approval(ctx.summary.kind)) return out;
  auto heads = heads_over(conn, cache, unit_path);
  if (!heads.ok()) return heads.error();
  if (!(*heads)->any) return out;
  if (person_id && (*heads)->people.count(*person_id) > 0) return out;
  const bool heads_unit = permits(actor, core::Action::kApproveUnitWork, unit_path);
  out.state = core::first_state(ctx.summary.kind, heads_unit);
  if (heads_unit) out.approved_by = acting_user(actor);
  return out;
}

// What prepare() checks each pick against, read once for a whole batch (a
// few queries a thousand picks, never one per person picked; a collective
// pick still looks its unit up): the people named, the (award type, nominee)
// pairs already nominated, the nominees' registrations, and in an annual
// review the rules in use and the nominees' annual titles of the year
// reviewed.
struct PickLookups {
  std::map<int64_t, core::Person> people;
  std::set<std::pair<int64_t, std::string>> nominated;
  std::map<std::string, int64_t> registrations;
  std::optional<std::vector<AwardRules>> rules;  // an annual review's only
  std::map<int64_t, std::vector<core::AwardRecord>> person_awards;
  std::map<int64_t, std::vector<core::AwardRecord>> unit_awards;  // collective ones
};

core::Result<PickLookups> look_up(store::Connection& conn, const CampaignContext& ctx, int64_t campaign_id,
                                  std::span<const NominationInput> inputs) {
  PickLookups out;
  std::vector<int64_t> person_ids, unit_ids;
  std::vector<std::string> keys;
  for (const auto& in : inputs) {
    if (in.subject == CriterionSubject::kCollective) {
      if (!in.nominee_unit_id) continue;
      unit_ids.push_back(*in.nominee_unit_id);
      keys.push_back(core::nominee_key(in.subject, *in.nominee_unit_id));
    } else if (in.person_id) {
      person_ids.push_back(*in.person_id);
      keys.push_back(core::nominee_key(in.subject, *in.person_id));
    }
  }
  auto dedupe = [](auto& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  dedupe(person_ids);
  dedupe(unit_ids);
  dedupe(keys);
  auto people = store::people_by_ids(conn, person_ids);
  if (!people.ok()) return people.error();
  for (auto& p : *people) out.people.emplace(p.id, std::move(p));
  auto nominated = store::nominated_keys(conn, campaign_id, keys);
  if (!nominated.ok()) return nominated.error();
  out.nominated = std::move(*nominated);
  auto registrations = store::registration_ids(conn, campaign_id, keys);
  if (!registrations.ok()) return registrations.error();
  out.registrations = std::move(*registrations);
  const bool titles = std::any_of(ctx.campaign.award_types.begin(), ctx.campaign.award_types.end(),
                                  [](const core::AwardType& t) { return !t.eligibility_code.empty(); });
  if (ctx.summary.kind == core::CampaignKind::kAnnual && titles) {
    auto rules = award_rules_in_use(conn);
    if (!rules.ok()) return rules.error();
    out.rules = std::move(*rules);
    auto awards = store::annual_titles_of_year(conn, person_ids, unit_ids,
                                               campaign_rules_year(ctx.summary.period_end));
    if (!awards.ok()) return awards.error();
    for (auto& a : *awards) {
      if (a.subject == "collective" && a.unit_id) out.unit_awards[*a.unit_id].push_back(std::move(a));
      else if (a.person_id) out.person_awards[*a.person_id].push_back(std::move(a));
    }
  }
  return out;
}

core::Result<Prepared> prepare(store::Connection& conn, const Services& services, const core::Actor& actor,
                               const CampaignContext& ctx, const store::ParticipatingSlice& units,
                               int64_t campaign_id, NominationInput input, HeadsCache& heads,
                               const PickLookups& known) {
  const core::AwardType* award = nullptr;
  for (const auto& a : ctx.campaign.award_types) {
    if (input.award_type_id && a.id == *input.award_type_id) award = &a;
  }
  if (!award) return invalid("award_type_id", msg::kNominationAwardMissing);

  // The nominating unit: one the actor may submit for, taking part.
  // `units` lists the first of them (at least one): a unit past those is
  // looked up.
  std::optional<core::ParticipatingUnit> chosen;
  if (!input.unit_id) {
    if (units.units.size() > 1 || units.more) return invalid("unit_id", msg::kNominationUnitMissing);
    chosen = units.units.front();
  } else {
    for (const auto& u : units.units) {
      if (u.id == *input.unit_id) chosen = u;
    }
    if (!chosen) {
      auto part = store::campaign_unit(conn, campaign_id, *input.unit_id);
      if (!part.ok()) return part.error();
      if (!part->has_value()) return invalid("unit_id", msg::kNominationUnitNotTaking);
      if (!permits(actor, core::Action::kSubmitUnitWork, (*part)->path)) {
        return forbidden(msg::kActSubmitNominationForUnit);
      }
      chosen = std::move(*part);
    }
  }
  const core::ParticipatingUnit* unit = &*chosen;

  Prepared p;
  core::Nomination& n = p.n;
  n.campaign_id = campaign_id;
  n.award_type_id = award->id;
  n.unit_id = unit->id;
  n.subject = input.subject;
  if (input.subject == CriterionSubject::kCollective) {
    const std::string outside = msg::kNominationCollectiveOutside;
    if (!input.nominee_unit_id) return invalid("nominee_unit_id", msg::kNominationCollectiveMissing);
    auto nominee = store::find_unit(conn, *input.nominee_unit_id);
    if (!nominee.ok()) return nominee.error();
    if (!nominee->has_value() || !core::path_within((*nominee)->path, unit->path)) {
      return invalid("nominee_unit_id", outside);
    }
    auto part = store::unit_takes_part(conn, campaign_id, *input.nominee_unit_id);
    if (!part.ok()) return part.error();
    if (!*part) return invalid("nominee_unit_id", outside);
    n.nominee_unit_id = input.nominee_unit_id;
    n.subject_key = core::nominee_key(n.subject, *input.nominee_unit_id);
  } else {
    if (!input.person_id) return invalid("person_id", msg::kNominationPersonMissing);
    auto person = known.people.find(*input.person_id);
    if (person == known.people.end() || person->second.unit_path.empty() ||
        !core::path_within(person->second.unit_path, unit->path)) {
      return invalid("person_id", msg::kNominationPersonOutside);
    }
    n.person_id = input.person_id;
    n.subject_key = core::nominee_key(n.subject, *input.person_id);
  }
  THIDUA_TRY(core::validate_report(input.report, input.report_file.has_value()));
  THIDUA_TRY(core::validate_attestations(input.attestations));
  if (input.report_file) {
    auto c = check_upload(services, *input.report_file, kReportFileField);
    if (!c.ok()) return c.error();
    p.checked = *c;
    p.file = std::move(input.report_file);
  }
  n.report = std::move(input.report);
  p.notes = attested_only(ctx.campaign, n.subject, input.attestations);

  if (known.nominated.count({n.award_type_id, n.subject_key}) > 0) return duplicate();
  // An annual review's title is given once a year: refused when the register
  // already holds it for the nominee and the year reviewed, naming it.
  if (ctx.summary.kind == core::CampaignKind::kAnnual && !award->eligibility_code.empty() &&
      ctx.summary.period_end.size() >= 4 && known.rules) {
    const int year = campaign_rules_year(ctx.summary.period_end);
    // The title as its rule set names it, compared as the rules compare
    // titles (case and diacritics aside), among the nominee's annual titles.
    const std::string title = core::fold(title_of(*known.rules, award->eligibility_code, year, award->name));
    static const std::vector<core::AwardRecord> kNone;
    const auto& all = n.person_id ? (known.person_awards.count(*n.person_id) ? known.person_awards.at(*n.person_id) : kNone)
                                  : (known.unit_awards.count(*n.nominee_unit_id) ? known.unit_awards.at(*n.nominee_unit_id)
                                                                                 : kNone);
    auto held = std::find_if(all.begin(), all.end(), [&](const core::AwardRecord& a) {
      return a.year == year && a.occasion == core::AwardOccasion::kAnnual && core::fold(a.award_name) == title;
    });
    if (held != all.end()) {
      const auto& a = *held;
      return core::make_error(core::errc::kAlreadyAwarded,
                              msg::nomination_already_awarded(a.recipient_name, a.award_name, a.year,
                                                              msg::decision_reference(a.decision_number_symbol,
                                                                                      core::display_date(a.decision_date))),
                              n.person_id ? "person_id" : "nominee_unit_id");
    }
  }
  if (auto reg = known.registrations.find(n.subject_key); reg != known.registrations.end()) {
    n.registration_id = reg->second;
  }
  n.submitted_by = acting_user(actor);
  auto first = first_state(conn, heads, ctx, actor, unit->path, n.person_id);
  if (!first.ok()) return first.error();
  n.state = first->state;
  n.approved_by = first->approved_by;
  return p;
}

// Inserts a prepared nomination inside the caller's transaction; audited.
core::Result<int64_t> insert_prepared(store::Connection& conn, const Services& services, const core::Actor& actor,
                                      Prepared& p, const std::string& now, const RequestMeta& meta) {
  if (p.checked) {
    // The check points at the upload; the upload has moved into `p` since.
    CheckedUpload checked = *p.checked;
    checked.upload = &*p.file;
    auto kept = keep_upload(conn, services, checked, kReportFileField, now);
    if (!kept.ok()) return kept.error();
    p.n.report_sha256 = kept->sha256;
    p.n.report_file_name = kept->name;
    p.n.report_file_size = static_cast<int64_t>(p.file->bytes.size());
  }
  if (p.n.approved_by) p.n.approved_at = now;
  auto id = store::insert_nomination(conn, p.n, p.notes, now);
  if (!id.ok()) return id.error().code == core::errc::kConflict ? duplicate() : id.error();
  THIDUA_TRY(record_audit(conn, services, &actor, meta,
                          {"nomination.create", "nomination", std::to_string(*id), std::nullopt,
                           audit_view(p.n, &p.notes)}));
  return *id;
}

// One achievement, one award form (Law 06/2022/QH15): in a campaign other
// than an annual review (whose titles of different kinds one person may hold
// the same year), a nominee's live nominations are for one award type.
// Checked after the insert, under the campaign's lock; kSameAchievement
// naming the award type of the earlier one.
bool one_form_per_achievement(const CampaignContext& ctx) {
  return ctx.summary.kind != core::CampaignKind::kAnnual;
}

core::Status check_one_form(store::Connection& conn, const CampaignContext& ctx, const core::Nomination& n) {
  if (!one_form_per_achievement(ctx)) return core::Status{};
  auto other = store::other_live_award_type(conn, n.campaign_id, n.subject_key, n.award_type_id);
  if (!other.ok()) return other.error();
  if (!*other) return core::Status{};
  std::string earlier = std::to_string(**other);
  for (const auto& t : ctx.campaign.award_types) {
    if (t.id == **other) earlier = t.name;
  }
  return core::make_error(core::errc::kSameAchievement, msg::nomination_same_achievement(earlier), "award_type_id");
}

// The same for a batch just inserted, in one query a thousand nominees: the
// first nominee with a live nomination of another award type.
core::Status check_one_form(store::Connection& conn, const CampaignContext& ctx, const std::vector<Prepared>& batch) {
  if (!one_form_per_achievement(ctx) || batch.empty()) return core::Status{};
  std::vector<std::string> keys;
  keys.reserve(batch.size());
  for (const auto& p : batch) keys.push_back(p.n.subject_key);
  auto live = store::live_award_types(conn, batch.front().n.campaign_id, keys);
  if (!live.ok()) return live.error();
  for (const auto& p : batch) {
    auto it = live->find(p.n.subject_key);
    if (it == live->end()) continue;
    for (int64_t type : it->second) {
      if (type != p.n.award_type_id) return check_one_form(conn, ctx, p.n);  // names the earlier one
    }
  }
  return core::Status{};
}


}  // namespace

core::Result<int64_t> create_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                        NominationInput input, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto ctx = load_campaign(*conn, actor, campaign_id);
  if (!ctx.ok()) return ctx.error();
  auto units = nominating_units(*conn, actor, campaign_id);
  if (!units.ok()) return units.error();
  if (units->units.empty()) return forbidden(msg::kActSubmitNomination);
  THIDUA_TRY(check_window(services, ctx->campaign));
  HeadsCache heads;
  auto known = look_up(*conn, *ctx, campaign_id, std::span<const NominationInput>(&input, 1));
  if (!known.ok()) return known.error();
  auto p = prepare(*conn, services, actor, *ctx, *units, campaign_id, std::move(input), heads, *known);
  if (!p.ok()) return p.error();
  auto limits = quotas_for(*conn, ctx->campaign, {p->n.award_type_id});
  if (!limits.ok()) return limits.error();
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    THIDUA_TRY(lock_for_quotas(*conn, campaign_id, *limits, one_form_per_achievement(*ctx)));
    auto id = insert_prepared(*conn, services, actor, *p, now, meta);
    if (!id.ok()) return id.error();
    THIDUA_TRY(check_one_form(*conn, *ctx, p->n));
    THIDUA_TRY(check_quotas(*conn, campaign_id, *limits));
    return *id;
  });
}

core::Result<std::vector<int64_t>> create_nominations(const Services& services, const core::Actor& actor,
                                                      int64_t campaign_id, std::vector<NominationInput> inputs,
                                                      const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto ctx = load_campaign(*conn, actor, campaign_id);
  if (!ctx.ok()) return ctx.error();
  auto units = nominating_units(*conn, actor, campaign_id);
  if (!units.ok()) return units.error();
  if (units->units.empty()) return forbidden(msg::kActSubmitNomination);
  THIDUA_TRY(check_window(services, ctx->campaign));
  if (inputs.empty()) return invalid("nominations", msg::kNominationsNoneChosen);
  if (inputs.size() > kMaxNominationsAtOnce) return invalid("nominations", msg::nominations_too_many(kMaxNominationsAtOnce));
  std::vector<Prepared> prepared;
  prepared.reserve(inputs.size());
  std::set<std::pair<int64_t, std::string>> seen;
  HeadsCache heads;
  auto known = look_up(*conn, *ctx, campaign_id, inputs);
  if (!known.ok()) return known.error();
  for (auto& input : inputs) {
    auto p = prepare(*conn, services, actor, *ctx, *units, campaign_id, std::move(input), heads, *known);
    if (!p.ok()) return p.error();
    if (!seen.insert({p->n.award_type_id, p->n.subject_key}).second) return duplicate();
    prepared.push_back(std::move(*p));
  }
  std::set<int64_t> types;
  for (const auto& p : prepared) types.insert(p.n.award_type_id);
  auto limits = quotas_for(*conn, ctx->campaign, types);
  if (!limits.ok()) return limits.error();
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction<std::vector<int64_t>>(*conn, [&]() -> core::Result<std::vector<int64_t>> {
    THIDUA_TRY(lock_for_quotas(*conn, campaign_id, *limits, one_form_per_achievement(*ctx)));
    std::vector<int64_t> ids;
    for (auto& p : prepared) {
      auto id = insert_prepared(*conn, services, actor, p, now, meta);
      if (!id.ok()) return id.error();
      ids.push_back(*id);
    }
    THIDUA_TRY(check_one_form(*conn, *ctx, prepared));
    THIDUA_TRY(check_quotas(*conn, campaign_id, *limits));
    return ids;
  });
}

core::Result<NominationView> get_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id,
                                            int64_t id) {
  auto conn = services.db.acquire();
  auto loaded = load_nomination(*conn, actor, campaign_id, id);
  if (!loaded.ok()) return loaded.error();
  const core::Nomination& n = loaded->nomination;
  auto notes = store::attestations_of(*conn, id);
  if (!notes.ok()) return notes.error();
  auto data = store::nominee_data(*conn, campaign_id, n.subject_key, n.nominee_unit_id ? *n.nominee_unit_id : n.unit_id);
  if (!data.ok()) return data.error();
  NominationView v;
  v.campaign = loaded->ctx.summary;
  v.nomination = n;
  v.criteria = core::check_criteria(loaded->ctx.campaign.criteria, n.subject, data->facts, *notes);
  v.complete = core::criteria_complete(v.criteria);
  v.can_resubmit = n.state == NominationState::kReturned && permits(actor, core::Action::kSubmitUnitWork, n.unit_path);
  v.own = core::involvement(actor, stake(n));
  const bool reviewer = n.state == NominationState::kSubmitted && loaded->reach.reviews;
  v.can_review = reviewer && v.own == core::Involvement::kNone;
  v.review_left_to_others = reviewer && v.own != core::Involvement::kNone;
  const bool head = n.state == NominationState::kPending && permits(actor, core::Action::kApproveUnitWork, n.unit_path);
  v.can_head_review = head && v.own == core::Involvement::kNone;
  v.head_review_left_to_others = head && v.own != core::Involvement::kNone;
  for (const auto& t : loaded->ctx.campaign.award_types) {
    if (t.id == n.award_type_id) v.eligibility_code = t.eligibility_code;
  }
  // The judgement shows the nominee's records (measures, absences; a
  // collective's members): only to those who see those people.
  std::string nominee_path = n.unit_path;
  bool nominee_unit_found = false;
  if (n.nominee_unit_id) {
    auto u = store::find_unit(*conn, *n.nominee_unit_id);
    if (!u.ok()) return u.error();
    if (u->has_value()) {
      nominee_path = (*u)->path;
      nominee_unit_found = true;
    }
  } else if (n.person_id) {
    auto p = store::find_person(*conn, *n.person_id);
    if (!p.ok()) return p.error();
    if (p->has_value()) nominee_path = (*p)->unit_path;
  }
  v.eligibility_hidden = !v.eligibility_code.empty() && !permits(actor, core::Action::kViewPeople, nominee_path);
  if (!v.eligibility_code.empty() && !v.eligibility_hidden) {
    const std::string& end = loaded->ctx.summary.period_end;
    v.eligibility_year = std::min(current_year(services.clock), end.size() >= 4 ? std::atoi(end.c_str()) : 0);
    // The year's titles proposed in the campaign stand for those it decides.
    auto rules = award_rules_in_use(*conn);
    if (!rules.ok()) return rules.error();
    // Only the nominee's (a collective's: its own and its members').
    auto nominees = n.person_id ? store::nominees_of_person(*conn, campaign_id, *n.person_id)
                    : nominee_unit_found
                        ? store::nominees_within(*conn, campaign_id, nominee_path)
                        : core::Result<std::vector<store::Nominee>>(std::vector<store::Nominee>{});
    if (!nominees.ok()) return nominees.error();
    const ProvisionalTitles proposed =
        provisional_titles(*nominees, loaded->ctx.campaign.award_types, v.eligibility_year, *rules);
    auto judged = judge_nominee(*conn, v.eligibility_code, v.eligibility_year, n.person_id,
                                n.subject == core::CriterionSubject::kCollective ? n.nominee_unit_id : std::nullopt,
                                &proposed);
    if (!judged.ok()) return judged.error();
    v.eligibility = std::move(*judged);
  }
  return v;
}

core::Result<NominationListing> list_nominations(const Services& services, const core::Actor& actor,
                                                 int64_t campaign_id, const NominationFilter& filter) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, campaign_id);
  if (!summary.ok()) return summary.error();
  const Reach reach = reach_of(actor, summary->issuing_unit_path);
  if (!reach.any()) return forbidden(msg::kActViewNominations);
  NominationListing out;
  out.campaign = std::move(*summary);
  out.sees_all = reach.sees_all;
  out.page_size = std::clamp(filter.page_size, 1, 100);
  out.page = std::clamp(filter.page, 1, 100000);
  store::NominationQuery q;
  q.campaign_id = campaign_id;
  if (!reach.sees_all) q.unit_scopes = reach.unit_scopes;
  q.award_type_id = filter.award_type_id;
  q.unit_id = filter.unit_id;
  q.state = filter.state;
  q.limit = out.page_size;
  q.offset = static_cast<int64_t>(out.page - 1) * out.page_size;
  auto items = store::list_nominations(*conn, q);
  if (!items.ok()) return items.error();
  auto counts = store::count_nominations_by_state(*conn, q);
  if (!counts.ok()) return counts.error();
  out.items = std::move(*items);
  out.counts = std::move(*counts);
  for (const auto& [state, count] : out.counts) {
    if (!filter.state || *filter.state == state) out.total += count;
  }
  auto campaign = store::find_campaign(*conn, campaign_id);
  if (!campaign.ok()) return campaign.error();
  if (campaign->has_value()) out.award_types = std::move((*campaign)->award_types);
  auto nominating =
      store::campaign_units_within(*conn, campaign_id, scopes_for(actor, core::Action::kSubmitUnitWork), 1);
  if (!nominating.ok()) return nominating.error();
  out.can_create = !nominating->units.empty();
  auto units = participating_filter_units(
      *conn, campaign_id, reach.sees_all ? std::nullopt : std::optional(reach.unit_scopes), filter.unit_id);
  if (!units.ok()) return units.error();
  out.units = std::move(*units);
  if (out.can_create && campaign->has_value()) {
    out.can_create = core::nomination_window((*campaign)->state, (*campaign)->period.nomination_deadline,
                                             vietnam_date(services.clock.now()))
                         .ok();
  }
  return out;
}

core::Result<NominationFormOptions> nomination_form_options(const Services& services, const core::Actor& actor,
                                                            int64_t campaign_id, const PeoplePickRequest& request) {
  auto conn = services.db.acquire();
  auto ctx = load_campaign(*conn, actor, campaign_id);
  if (!ctx.ok()) return ctx.error();
  auto units = nominating_units(*conn, actor, campaign_id);
  if (!units.ok()) return units.error();
  if (units->units.empty()) return forbidden(msg::kActSubmitNomination);
  THIDUA_TRY(check_window(services, ctx->campaign));
  NominationFormOptions out;
  store::PeopleQuery pq;
  pq.scopes = scopes_for(actor, core::Action::kSubmitUnitWork);
  pq.limit = kNominationPeopleShown;
  auto people = pick_people(*conn, pq, request, held_by_participating(*conn, campaign_id, &actor));
  if (!people.ok()) return people.error();
  std::set<int64_t> all_types;
  for (const auto& t : ctx->campaign.award_types) all_types.insert(t.id);
  auto limits = quotas_for(*conn, ctx->campaign, all_types);
  if (!limits.ok()) return limits.error();
  if (!limits->empty()) {
    auto counted = count_quotas(*conn, campaign_id, *limits);
    if (!counted.ok()) return counted.error();
    out.quotas = std::move(*counted);
  }
  out.campaign = std::move(ctx->summary);
  out.award_types = std::move(ctx->campaign.award_types);
  out.criteria = std::move(ctx->campaign.criteria);
  out.units = std::move(units->units);
  out.people = std::move(people->people);
  out.people_more = people->more;
  out.people_found = people->found;
  return out;
}

core::Status resubmit_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                                 NominationInput input, int64_t expected_version, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  auto loaded = load_nomination(*conn, actor, campaign_id, id);
  if (!loaded.ok()) return loaded.error();
  const core::Nomination& n = loaded->nomination;
  if (!permits(actor, core::Action::kSubmitUnitWork, n.unit_path)) return forbidden(msg::kActEditNomination);
  THIDUA_TRY(core::may_resubmit(n.state));
  THIDUA_TRY(check_window(services, loaded->ctx.campaign));
  const bool keeps_file = n.report_sha256.has_value() && !input.remove_report_file && !input.report_file;
  THIDUA_TRY(core::validate_report(input.report, keeps_file || input.report_file.has_value()));
  THIDUA_TRY(core::validate_attestations(input.attestations));
  std::optional<CheckedUpload> checked;
  if (input.report_file) {
    auto c = check_upload(services, *input.report_file, kReportFileField);
    if (!c.ok()) return c.error();
    checked = *c;
  }
  auto data = store::nominee_data(*conn, campaign_id, n.subject_key, n.nominee_unit_id ? *n.nominee_unit_id : n.unit_id);
  if (!data.ok()) return data.error();
  auto notes_before = store::attestations_of(*conn, id);
  if (!notes_before.ok()) return notes_before.error();
  store::Resubmission r{std::move(input.report), data->registration_id,
                        attested_only(loaded->ctx.campaign, n.subject, input.attestations), acting_user(actor)};
  HeadsCache heads;
  auto first = first_state(*conn, heads, loaded->ctx, actor, n.unit_path, n.person_id);
  if (!first.ok()) return first.error();
  r.state = first->state;
  r.approved_by = first->approved_by;
  // Returned, it stood nowhere: back, it takes its place again (quotas, one
  // award form), checked under the campaign's lock as a new one.
  auto limits = quotas_for(*conn, loaded->ctx.campaign, {n.award_type_id});
  if (!limits.ok()) return limits.error();
  core::Nomination after = n;
  if (!keeps_file) {
    after.report_sha256.reset();
    after.report_file_name.clear();
    after.report_file_size = 0;
  }
  const auto now = iso_instant(services.clock.now());
  return store::in_transaction(*conn, [&]() -> core::Status {
    // The campaign's lock first, as creation takes it.
    THIDUA_TRY(lock_for_quotas(*conn, campaign_id, *limits, one_form_per_achievement(loaded->ctx)));
    if (checked) {
      auto kept = keep_upload(*conn, services, *checked, kReportFileField, now);
      if (!kept.ok()) return kept.error();
      after.report_sha256 = kept->sha256;
      after.report_file_name = kept->name;
      after.report_file_size = static_cast<int64_t>(input.report_file->bytes.size());
    }
    r.report_sha256 = after.report_sha256;
    r.report_file_name = after.report_file_name;
    THIDUA_TRY(store::resubmit_nomination(*conn, id, expected_version, r, now));
    THIDUA_TRY(check_one_form(*conn, loaded->ctx, n));
    THIDUA_TRY(check_quotas(*conn, campaign_id, *limits));
    after.state = r.state;
    after.return_reason.clear();
    after.version = expected_version + 1;
    after.report = r.report;
    return record_audit(*conn, services, &actor, meta,
                        {"nomination.resubmit", "nomination", std::to_string(id), audit_view(n, &*notes_before),
                         audit_view(after, &r.attestations)});
  });
}

core::Result<VisibleNomination> visible_nomination(store::Connection& conn, const core::Actor& actor,
                                                   int64_t campaign_id, int64_t id) {
  auto loaded = load_nomination(conn, actor, campaign_id, id);
  if (!loaded.ok()) return loaded.error();
  return VisibleNomination{std::move(loaded->ctx.campaign), std::move(loaded->nomination)};
}

core::Result<DownloadFile> nomination_report_file(const Services& services, const core::Actor& actor,
                                                  int64_t campaign_id, int64_t id) {
  auto conn = services.db.acquire();
  auto loaded = load_nomination(*conn, actor, campaign_id, id);
  if (!loaded.ok()) return loaded.error();
  const core::Nomination& n = loaded->nomination;
  if (!n.report_sha256) return not_found(msg::kWhatNominationReport);
  return download_of(*conn, services, *n.report_sha256, n.report_file_name);
}

core::Status accept_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                               int64_t expected_version, const RequestMeta& meta) {
  return review(services, actor, campaign_id, id, NominationState::kAccepted, "", expected_version, meta);
}

core::Status return_nomination(const Services& services, const core::Actor& actor, int64_t campaign_id, int64_t id,
                               std::string reason, int64_t expected_version, const RequestMeta& meta) {
  return review(services, actor, campaign_id, id, NominationState::kReturned, std::move(reason), expected_version, meta);
}

json::object nomination_json(const core::Nomination& n) {
  auto opt_id = [](const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); };
  return {{"id", n.id},
          {"campaign_id", n.campaign_id},
          {"award_type_id", n.award_type_id},
          {"award_type", n.award_type_name},
          {"unit_id", n.unit_id},
          {"unit_name", n.unit_name},
          {"subject", std::string(core::criterion_subject_code(n.subject))},
          {"person_id", opt_id(n.person_id)},
          {"nominee_unit_id", opt_id(n.nominee_unit_id)},
          {"nominee_name", n.nominee_name},
          {"registration_id", opt_id(n.registration_id)},
          {"report", n.report},
          {"report_file", n.report_sha256 ? json::value(json::object{{"name", n.report_file_name},
                                                                     {"size", n.report_file_size},
                                                                     {"sha256", *n.report_sha256}})
                                          : json::value(nullptr)},
          {"state", std::string(core::nomination_state_code(n.state))},
          {"state_label", std::string(core::nomination_state_label(n.state))},
          {"return_reason", n.return_reason},
          {"submitted_at", n.submitted_at},
          {"reviewed_at", n.reviewed_at ? json::value(*n.reviewed_at) : json::value(nullptr)},
          {"approved_at", n.approved_at ? json::value(*n.approved_at) : json::value(nullptr)},
          {"version", n.version}};
}

}  // namespace thidua::app
