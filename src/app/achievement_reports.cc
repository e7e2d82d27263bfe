#include "app/achievement_reports.h"

#include <string>
#include <utility>
#include <vector>

#include "app/access.h"
#include "app/campaigns.h"
#include "app/achievement_report_document.h"
#include "app/nominations.h"
#include "core/messages_vi/achievement_reports.h"
#include "core/messages_vi/documents.h"
#include "core/messages_vi/nominations.h"
#include "store/awards.h"
#include "store/campaigns.h"
#include "store/nominations.h"
#include "store/people.h"
#include "store/progress_reports.h"
#include "store/recognised_initiatives.h"
#include "store/registrations.h"
#include "store/units.h"

namespace thidua::app {
namespace msg = core::messages_vi;

namespace {

// The awards a report lists: the newest hundred, which no career exceeds.
constexpr int64_t kMaxReportAwards = 100;

// The nominee, as the report needs it.
struct Nominee {
  core::CriterionSubject subject = core::CriterionSubject::kIndividual;
  std::optional<core::Person> person;
  std::optional<core::Unit> unit;  // the collective
};

// Fills `d` from the store: the nominee's unit names, registration, targets,
// initiatives and awards (a query each).
core::Status fill(store::Connection& conn, const core::Campaign& c, const core::AwardType& award,
                  const Nominee& nominee, int this_year, AchievementReportData& d) {
  d.form = c.kind == core::CampaignKind::kAnnual
               ? (nominee.person ? AchievementForm::kIndividual : AchievementForm::kCollective)
               : AchievementForm::kCampaign;
  d.place = c.place;
  d.year = this_year;
  d.award_name = award.name;
  d.award = msg::award_with_granter(award.name, award.granted_by);
  d.campaign_title = c.title;
  d.governing_body = c.governing_body;
  std::string key;
  store::AwardQuery q;
  q.limit = kMaxReportAwards;
  if (nominee.person) {
    d.person = nominee.person;
    d.unit_name = nominee.person->unit_name;
    key = core::nominee_key(core::CriterionSubject::kIndividual, nominee.person->id);
    q.person_id = nominee.person->id;
    auto initiatives = store::recognised_initiatives_of(conn, {nominee.person->id});
    if (!initiatives.ok()) return initiatives.error();
    d.initiatives = std::move(*initiatives);
  } else {
    d.unit_name = nominee.unit->name;
    if (nominee.unit->parent_id) {
      auto parent = store::find_unit(conn, *nominee.unit->parent_id);
      if (!parent.ok()) return parent.error();
      if (parent->has_value()) d.parent_name = (*parent)->name;
    }
    key = core::nominee_key(core::CriterionSubject::kCollective, nominee.unit->id);
    q.collective_unit_id = nominee.unit->id;
  }
  auto awards = store::find_awards(conn, q);
  if (!awards.ok()) return awards.error();
  d.awards = std::move(*awards);

  auto ids = store::registration_ids(conn, c.id, {key});
  if (!ids.ok()) return ids.error();
  if (auto it = ids->find(key); it != ids->end()) {
    auto r = store::find_registration(conn, it->second);
    if (!r.ok()) return r.error();
    // Only an approved registration is what the unit committed to.
    if (r->has_value() && (*r)->state == core::RegistrationState::kApproved) {
      d.registration = std::move(**r);
      store::TargetQuery tq;
      tq.campaign_id = c.id;
      tq.registration_id = d.registration->id;
      tq.limit = static_cast<int64_t>(core::kMaxTargets);
      auto targets = store::list_targets(conn, tq);
      if (!targets.ok()) return targets.error();
      d.targets = std::move(*targets);
    }
  }
  return {};
}

const core::AwardType* award_of(const core::Campaign& c, int64_t award_type_id) {
  for (const auto& a : c.award_types) {
    if (a.id == award_type_id) return &a;
  }
  return nullptr;
}

core::Result<docs::AdministrativeDocument> report(store::Connection& conn, const Services& services,
                                                  const core::Campaign& c, const core::AwardType& award,
                                                  const Nominee& nominee) {
  AchievementReportData d;
  THIDUA_TRY(fill(conn, c, award, nominee, current_year(services.clock), d));
  return achievement_report_document(d);
}

// The person or unit, found (kValidation naming the field when not).
core::Result<Nominee> find_nominee(store::Connection& conn, core::CriterionSubject subject,
                                   std::optional<int64_t> person_id, std::optional<int64_t> unit_id) {
  Nominee n;
  n.subject = subject;
  if (subject == core::CriterionSubject::kIndividual) {
    if (!person_id) return invalid_field(msg::kNominationPersonMissing, "person_id");
    auto p = store::find_person(conn, *person_id);
    if (!p.ok()) return p.error();
    if (!p->has_value() || (*p)->unit_path.empty()) return invalid_field(msg::kReportPersonOutside, "person_id");
    n.person = std::move(**p);
    return n;
  }
  if (!unit_id) return invalid_field(msg::kNominationCollectiveMissing, "nominee_unit_id");
  auto u = store::find_unit(conn, *unit_id);
  if (!u.ok()) return u.error();
  if (!u->has_value()) return invalid_field(msg::kReportUnitOutside, "nominee_unit_id");
  n.unit = std::move(**u);
  return n;
}

}  // namespace

core::Result<docs::AdministrativeDocument> nomination_achievement_report(const Services& services,
                                                                         const core::Actor& actor,
                                                                         int64_t campaign_id, int64_t nomination_id) {
  auto conn = services.db.acquire();
  auto v = visible_nomination(*conn, actor, campaign_id, nomination_id);
  if (!v.ok()) return v.error();
  const core::Nomination& n = v->nomination;
  const core::AwardType* award = award_of(v->campaign, n.award_type_id);
  if (award == nullptr) return not_found(msg::kWhatNomination);
  auto nominee = find_nominee(*conn, n.subject, n.person_id, n.nominee_unit_id);
  if (!nominee.ok()) {
    // The person or unit is gone (or moved out of every unit): nothing to report on.
    return nominee.error().code == core::errc::kValidation ? not_found(msg::kWhatNomination) : nominee.error();
  }
  return report(*conn, services, v->campaign, *award, *nominee);
}

core::Result<docs::AdministrativeDocument> achievement_report_template(const Services& services,
                                                                       const core::Actor& actor, int64_t campaign_id,
                                                                       const AchievementReportRequest& request) {
  auto conn = services.db.acquire();
  auto summary = visible_campaign(*conn, actor, campaign_id);
  if (!summary.ok()) return summary.error();
  auto c = store::find_campaign(*conn, campaign_id);
  if (!c.ok()) return c.error();
  if (!c->has_value()) return not_found(msg::kWhatCampaign);
  const core::Campaign& campaign = **c;
  // Who may nominate: kSubmitUnitWork on a participating unit. The nominee
  // must lie inside one of those (a collective also taking part itself);
  // one answer for a nominee unknown or elsewhere, which tells nothing of
  // other units' people.
  auto mine = store::campaign_units_within(*conn, campaign_id, scopes_for(actor, core::Action::kSubmitUnitWork), 1);
  if (!mine.ok()) return mine.error();
  if (mine->units.empty()) return forbidden(msg::kActPrepareReport);
  const core::AwardType* award = request.award_type_id ? award_of(campaign, *request.award_type_id) : nullptr;
  if (award == nullptr) return invalid_field(msg::kNominationAwardMissing, "award_type_id");
  const bool individual = request.subject == core::CriterionSubject::kIndividual;
  const core::Error outside = individual ? invalid_field(msg::kReportPersonOutside, "person_id")
                                         : invalid_field(msg::kReportUnitOutside, "nominee_unit_id");
  if (individual && !request.person_id) return invalid_field(msg::kNominationPersonMissing, "person_id");
  if (!individual && !request.nominee_unit_id) {
    return invalid_field(msg::kNominationCollectiveMissing, "nominee_unit_id");
  }
  auto nominee = find_nominee(*conn, request.subject, request.person_id, request.nominee_unit_id);
  if (!nominee.ok()) return nominee.error().code == core::errc::kValidation ? outside : nominee.error();
  // Inside a participating unit the actor may nominate for: then the
  // deepest participating unit holding the nominee's is one. A collective
  // is that unit itself.
  const std::string& path = individual ? nominee->person->unit_path : nominee->unit->path;
  auto holders = store::campaign_unit_holders(*conn, campaign_id, {path});
  if (!holders.ok()) return holders.error();
  const auto holder = holders->find(path);
  if (holder == holders->end() || !permits(actor, core::Action::kSubmitUnitWork, holder->second.path)) return outside;
  if (!individual && holder->second.id != nominee->unit->id) return outside;
  return report(*conn, services, campaign, *award, *nominee);
}

}  // namespace thidua::app
