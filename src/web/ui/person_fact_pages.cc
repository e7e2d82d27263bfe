// A person's initiative, disciplinary measure or long absence typed one at a
// time by those who keep the person's records (app/person_fact_entry.h):
// /nhan-su/{id}/ghi-du-lieu shows the three forms; each posts to its own
// path and, on an error, comes back with what was typed and the error beside
// its form. The records themselves are listed on the person's page.
#include <algorithm>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/clock.h"
#include "app/people.h"
#include "app/person_fact_entry.h"
#include "app/person_rating.h"
#include "core/absence.h"
#include "core/discipline.h"
#include "core/initiative.h"
#include "core/messages_vi/person_facts.h"
#include "web/route_table.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/routes.h"

namespace thidua::web {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

// Which form a request concerns.
enum class Which { kNone, kInitiative, kDiscipline, kAbsence };

struct Entered {
  app::InitiativeEntry initiative;
  app::DisciplineEntry discipline;
  app::AbsenceEntry absence;
};

template <class Enum, class Code, class Label>
json::array options(std::initializer_list<Enum> values, const std::string& chosen, Code code, Label label) {
  json::array out;
  for (Enum v : values) {
    const std::string c(code(v));
    out.push_back(json::object{{"value", c}, {"label", std::string(label(v))}, {"selected", c == chosen}});
  }
  return out;
}

int int_field(const Ctx& ctx, const char* name) {
  // Not a number, or absurd: 0 or a large value, which the checks refuse.
  return static_cast<int>(std::min<int64_t>(parse_id(ctx.field(name)).value_or(0), 99999));
}

Response entry_page(const app::Services& s, const Request& req, Ctx& ctx, int64_t id, const Entered& in,
                    Which form, const core::Error* error, unsigned status) {
  auto person = app::get_person(s, *ctx.actor, id);
  if (!person.ok()) return error_page(req, ctx, person.error());
  const bool own = ctx.actor->person_id && *ctx.actor->person_id == id;
  if (!app::may_rate_person(*ctx.actor, person->person) || own) {
    return error_page(req, ctx, app::forbidden(msg::kActRecordFactsPage));
  }
  using core::AbsenceReason;
  using core::DisciplineMeasure;
  using core::InitiativeKind;
  using core::InitiativeScope;
  const int this_year = app::current_year(s.clock);
  const auto& i = in.initiative;
  const auto& d = in.discipline;
  const auto& a = in.absence;
  json::object data{
      {"person_id", id},
      {"person_name", person->person.full_name},
      {"this_year", this_year},
      {"kinds", options({InitiativeKind::kInitiative, InitiativeKind::kResearch},
                        i.kind.empty() ? "initiative" : i.kind, core::initiative_kind_code, core::initiative_kind_label)},
      {"scopes", options({InitiativeScope::kAgency, InitiativeScope::kProvince, InitiativeScope::kNational}, i.scope,
                         core::initiative_scope_code, core::initiative_scope_label)},
      {"initiative", json::object{{"title", i.title},
                                  {"year", i.year > 0 ? i.year : this_year},
                                  {"decision_number", i.decision_number},
                                  {"decision_date", i.decision_date},
                                  {"authority", i.authority}}},
      {"measures", options({DisciplineMeasure::kReprimand, DisciplineMeasure::kWarning,
                            DisciplineMeasure::kSalaryReduction, DisciplineMeasure::kDemotion,
                            DisciplineMeasure::kRemoval, DisciplineMeasure::kDismissal},
                           d.measure, core::discipline_measure_code, core::discipline_measure_label)},
      {"discipline", json::object{{"decided_on", d.decided_on},
                                  {"ends_on", d.ends_on},
                                  {"decision_number", d.decision_number},
                                  {"authority", d.authority},
                                  {"note", d.note}}},
      {"reasons", options({AbsenceReason::kMaternity, AbsenceReason::kInjuryOnDuty, AbsenceReason::kAssignedStudy,
                           AbsenceReason::kSickness, AbsenceReason::kPersonal, AbsenceReason::kOther},
                          a.reason, core::absence_reason_code, core::absence_reason_label)},
      {"absence", json::object{{"year", a.year > 0 ? a.year : this_year - 1},
                               {"days", a.days > 0 ? json::value(a.days) : json::value("")},
                               {"note", a.note}}}};
  const std::string saved = req.query_param("da-ghi");
  data["saved_initiative"] = saved == "sang-kien";
  data["saved_discipline"] = saved == "ky-luat";
  data["saved_absence"] = saved == "nghi-dai-ngay";
  json::object err;
  add_form_error(err, error);
  if (form == Which::kInitiative) data["initiative_error"] = std::move(err);
  if (form == Which::kDiscipline) data["discipline_error"] = std::move(err);
  if (form == Which::kAbsence) data["absence_error"] = std::move(err);
  return render_page(req, ctx, "person_facts_entry", msg::page_person_facts_entry_title(person->person.full_name),
                     data, status);
}

// After a post: back to the page with the notice, or the page with the error.
template <class T>
Response answer(const app::Services& s, const Request& req, Ctx& ctx, int64_t id, const core::Result<T>& done,
                const Entered& in, Which form, const char* saved) {
  if (!done.ok()) {
    const auto& e = done.error();
    if (is_refusal(e)) return error_page(req, ctx, e);
    return entry_page(s, req, ctx, id, in, form, &e, failure_status(e));
  }
  return Response::redirect("/nhan-su/" + std::to_string(id) + "/ghi-du-lieu?da-ghi=" + saved);
}

}  // namespace

void add_person_fact_routes(Router& r, const app::Services& s, const WebOptions& o) {
  install(r, s, o, {
      {"GET", "/nhan-su/{id:int}/ghi-du-lieu", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return entry_page(s, req, ctx, ctx.id("id"), {}, Which::kNone, nullptr, 200);
      }},

      {"POST", "/nhan-su/{id:int}/ghi-du-lieu/sang-kien", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        Entered in;
        auto& i = in.initiative;
        i.kind = ctx.field("kind");
        i.title = ctx.field("title");
        i.scope = ctx.field("scope");
        i.year = int_field(ctx, "year");
        i.decision_number = ctx.field("decision_number");
        i.decision_date = ctx.field("decision_date");
        i.authority = ctx.field("authority");
        auto done = app::record_person_initiative(s, *ctx.actor, id, i, ctx.meta);
        return answer(s, req, ctx, id, done, in, Which::kInitiative, "sang-kien");
      }},

      {"POST", "/nhan-su/{id:int}/ghi-du-lieu/ky-luat", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        Entered in;
        auto& d = in.discipline;
        d.measure = ctx.field("measure");
        d.decided_on = ctx.field("decided_on");
        d.ends_on = ctx.field("ends_on");
        d.decision_number = ctx.field("decision_number");
        d.authority = ctx.field("authority");
        d.note = ctx.field("note");
        auto done = app::record_person_discipline(s, *ctx.actor, id, d, ctx.meta);
        return answer(s, req, ctx, id, done, in, Which::kDiscipline, "ky-luat");
      }},

      {"POST", "/nhan-su/{id:int}/ghi-du-lieu/nghi-dai-ngay", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const int64_t id = ctx.id("id");
        Entered in;
        auto& a = in.absence;
        a.year = int_field(ctx, "year");
        a.days = int_field(ctx, "days");
        a.reason = ctx.field("reason");
        a.note = ctx.field("note");
        auto done = app::record_person_absence(s, *ctx.actor, id, a, ctx.meta);
        return answer(s, req, ctx, id, done, in, Which::kAbsence, "nghi-dai-ngay");
      }},
  });
}

}  // namespace thidua::web
