#include "app/person_fact_entry.h"

#include <algorithm>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/people.h"
#include "app/person_rating.h"
#include "app/records_json.h"
#include "core/absence.h"
#include "core/discipline.h"
#include "core/initiative.h"
#include "core/messages_vi/evaluations.h"
#include "core/messages_vi/person_facts.h"
#include "store/absences.h"
#include "store/discipline.h"
#include "store/recognised_initiatives.h"

namespace thidua::app {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

core::Error invalid(std::string message, const char* field) {
  return core::make_error(core::errc::kValidation, std::move(message), field);
}

}  // namespace

core::Result<int64_t> record_person_initiative(const Services& services, const core::Actor& actor,
                                               int64_t person_id, InitiativeEntry entry, const RequestMeta& meta) {
  THIDUA_TRY(may_keep_records(services, actor, person_id, msg::kActRecordPersonFacts));
  core::RecognisedInitiative i;
  auto kind = core::read_initiative_kind(entry.kind);
  if (!kind) return invalid(msg::initiative_kind_invalid(entry.kind), "kind");
  auto scope = core::read_initiative_scope(entry.scope);
  if (!scope) {
    return invalid(entry.scope.empty() ? std::string(msg::kInitiativeScopeMissing)
                                       : msg::initiative_scope_invalid(entry.scope),
                   "scope");
  }
  i.kind = *kind;
  i.scope = *scope;
  i.title = std::move(entry.title);
  i.year = entry.year;
  i.decision_number = std::move(entry.decision_number);
  i.decision_date = std::move(entry.decision_date);
  i.authority = std::move(entry.authority);
  i.author_ids = {person_id};
  i.created_at = iso_instant(services.clock.now());
  THIDUA_TRY(core::tidy_initiative(i));
  THIDUA_TRY(core::validate_initiative(i, current_year(services.clock)));

  auto conn = services.db.acquire();
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto recorded = store::initiative_by_decision(*conn, i.decision_number, i.title);
    if (!recorded.ok()) return recorded.error();
    int64_t id = 0;
    json::object after;
    if (*recorded) {
      // The decision recognised it already, with other authors: one more.
      id = **recorded;
      auto added = store::add_initiative_author(*conn, id, person_id);
      if (!added.ok()) return added.error();
      if (!*added) {
        return core::make_error(core::errc::kConflict, msg::initiative_exists(i.decision_number), "title");
      }
      // The initiative stays as recorded (its kind, scope, year, date and
      // authority); only the author is added.
      after = json::object{{"id", id}, {"decision_number", i.decision_number}, {"title", i.title}};
    } else {
      auto inserted = store::insert_recognised_initiative(*conn, i);
      if (!inserted.ok()) return inserted.error();
      id = *inserted;
      i.id = id;
      after = to_json(i).as_object();
    }
    after["author_added"] = person_id;
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"initiative.record", "person", std::to_string(person_id), std::nullopt,
                             std::optional<json::value>(std::move(after))}));
    return id;
  });
}

core::Result<int64_t> record_person_discipline(const Services& services, const core::Actor& actor,
                                               int64_t person_id, DisciplineEntry entry, const RequestMeta& meta) {
  THIDUA_TRY(may_keep_records(services, actor, person_id, msg::kActRecordPersonFacts));
  auto measure = core::read_discipline_measure(entry.measure);
  if (!measure) {
    return invalid(entry.measure.empty() ? std::string(msg::kDisciplineMeasureMissing)
                                         : msg::discipline_measure_invalid(entry.measure),
                   "measure");
  }
  core::DisciplineRecord d;
  d.person_id = person_id;
  d.measure = *measure;
  d.decided_on = std::move(entry.decided_on);
  d.ends_on = std::move(entry.ends_on);
  d.decision_number = std::move(entry.decision_number);
  d.authority = std::move(entry.authority);
  d.note = std::move(entry.note);
  d.created_at = iso_instant(services.clock.now());
  THIDUA_TRY(core::tidy_discipline(d));
  THIDUA_TRY(core::validate_discipline(d, vietnam_date(services.clock.now())));

  auto conn = services.db.acquire();
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto id = store::insert_discipline(*conn, d);
    if (!id.ok()) {
      if (id.error().code == core::errc::kConflict) {
        return core::make_error(core::errc::kConflict, msg::discipline_exists(d.decision_number), "decision_number");
      }
      return id.error();
    }
    d.id = *id;
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"discipline.record", "person", std::to_string(person_id), std::nullopt,
                             std::optional<json::value>(to_json(d))}));
    return *id;
  });
}

core::Result<int64_t> record_person_absence(const Services& services, const core::Actor& actor, int64_t person_id,
                                            AbsenceEntry entry, const RequestMeta& meta) {
  THIDUA_TRY(may_keep_records(services, actor, person_id, msg::kActRecordPersonFacts));
  auto reason = core::read_absence_reason(entry.reason);
  if (!reason) {
    return invalid(entry.reason.empty() ? std::string(msg::kAbsenceReasonMissing)
                                        : msg::absence_reason_invalid(entry.reason),
                   "reason");
  }
  core::Absence a;
  a.person_id = person_id;
  a.year = entry.year;
  a.days = entry.days;
  a.reason = *reason;
  a.note = std::move(entry.note);
  a.created_at = iso_instant(services.clock.now());
  THIDUA_TRY(core::tidy_absence(a));
  THIDUA_TRY(core::validate_absence(a, current_year(services.clock)));

  auto conn = services.db.acquire();
  return store::in_transaction<int64_t>(*conn, [&]() -> core::Result<int64_t> {
    auto put = store::put_absence(*conn, a);
    if (!put.ok()) return put.error();
    a.id = put->id;
    if (put->before) a.created_at = put->before->created_at;
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"absence.record", "person", std::to_string(person_id),
                             put->before ? std::optional<json::value>(to_json(*put->before)) : std::nullopt,
                             std::optional<json::value>(to_json(a))}));
    return put->id;
  });
}

}  // namespace thidua::app
