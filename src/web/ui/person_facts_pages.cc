#include "web/ui/person_facts_pages.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <boost/json/array.hpp>

#include "app/access.h"
#include "app/clock.h"
#include "app/fact_years.h"
#include "app/import_kinds.h"
#include "core/messages_vi/evaluations.h"
#include "core/messages_vi/person_facts.h"
#include "web/route_table.h"
#include "web/shared/format.h"
#include "web/shared/params.h"
#include "web/shared/respond.h"
#include "web/ui/import_pages.h"
#include "web/ui/routes.h"

namespace thidua::web {

namespace msg = core::messages_vi;
namespace json = boost::json;

namespace {

json::value year_of(const json::object& v) {
  const auto* year = v.if_contains("year");
  return year && year->is_int64() ? json::value(year->as_int64()) : json::value("");
}

// The years the hub shows: the last six, and any older year declared.
std::vector<int> shown_years(int this_year, const std::vector<core::FactYear>& declared) {
  std::set<int> years;
  for (int y = this_year; y > this_year - 6; --y) years.insert(y);
  for (const auto& d : declared) years.insert(d.year);
  return std::vector<int>(years.rbegin(), years.rend());
}

Response hub(const app::Services& s, Request& req, Ctx& ctx, bool saved) {
  std::optional<int64_t> agency_id;
  if (const auto chosen = req.query_param("co-quan"); !chosen.empty()) {
    agency_id = parse_id(chosen);
    if (!agency_id) agency_id = 0;  // not an id: no such agency
  }
  auto view = app::list_fact_years(s, *ctx.actor, agency_id);
  if (!view.ok()) return error_page(req, ctx, view.error());
  const auto& declared = view->declared;
  std::map<std::pair<core::FactKind, int>, const core::FactYear*> by;
  for (const auto& d : declared) by[{d.kind, d.year}] = &d;
  const bool may_declare = view->may_declare;
  json::array kinds;
  for (auto k : core::kFactKinds) kinds.push_back(json::object{{"label", core::fact_kind_label(k)}});
  json::array rows;
  for (int year : shown_years(app::current_year(s.clock), declared)) {
    json::array cells;
    for (auto k : core::kFactKinds) {
      auto it = by.find({k, year});
      json::object cell{{"kind", core::fact_kind_code(k)},
                        {"kind_label", core::fact_kind_label(k)},
                        {"year", year},
                        {"complete", it != by.end()},
                        {"may_declare", may_declare}};
      if (it != by.end()) {
        cell["declared_by"] = it->second->declared_by_name;
        cell["declared_on"] = vietnamese_date(it->second->declared_at.substr(0, 10));
      }
      cells.push_back(std::move(cell));
    }
    rows.push_back(json::object{{"year", year}, {"cells", std::move(cells)}});
  }
  json::array agencies;
  for (const auto& a : view->agencies) {
    agencies.push_back(json::object{{"id", a.id}, {"name", a.name}, {"selected", a.id == view->agency.id}});
  }
  json::object data{{"kinds", std::move(kinds)},
                    {"rows", std::move(rows)},
                    {"agency_id", view->agency.id},
                    {"agency_name", view->agency.name},
                    {"agencies", std::move(agencies)},
                    {"several_agencies", view->agencies.size() > 1},
                    {"may_import", app::permits_somewhere(*ctx.actor, core::Action::kEditPeople)},
                    {"saved", saved}};
  return render_page(req, ctx, "fact_years", msg::kPageFactYearsTitle, data);
}

}  // namespace

void add_person_fact_sections(const app::PersonFactRecords& records, json::object& data) {
  json::array initiatives;
  for (const auto& i : records.initiatives) {
    initiatives.push_back(json::object{{"year", i.year},
                                       {"kind", core::initiative_kind_label(i.kind)},
                                       {"title", i.title},
                                       {"scope", core::initiative_scope_label(i.scope)},
                                       {"decision", i.decision_number},
                                       {"decision_date", vietnamese_date(i.decision_date)},
                                       {"authority", i.authority}});
  }
  json::array discipline;
  for (const auto& d : records.discipline) {
    discipline.push_back(json::object{{"measure", core::discipline_measure_label(d.measure)},
                                      {"decision", d.decision_number},
                                      {"decided_on", vietnamese_date(d.decided_on)},
                                      {"ends_on", vietnamese_date(d.ends_on)},
                                      {"authority", d.authority}});
  }
  json::array absences;
  for (const auto& a : records.absences) {
    absences.push_back(json::object{{"year", a.year},
                                    {"days", a.days},
                                    {"reason", core::absence_reason_label(a.reason)},
                                    {"note", a.note}});
  }
  data["has_initiatives"] = !initiatives.empty();
  data["initiatives"] = std::move(initiatives);
  data["has_discipline"] = !discipline.empty();
  data["discipline"] = std::move(discipline);
  data["has_absences"] = !absences.empty();
  data["absences"] = std::move(absences);
}

void add_person_facts_routes(Router& r, const app::Services& s, const WebOptions& o) {
  add_import_routes(r, s, o,
                    ImportRoutes{&app::initiatives_import_kind(), "/nhap-sang-kien", "",
                                 msg::kPageImportInitiativesHeading, msg::kPageImportInitiativesWhat,
                                 msg::kPageImportInitiativesRequired,
                                 {msg::kColPerson, msg::kColInitiativeTitle, msg::kColInitiativeScope,
                                  msg::kColInitiativeYear, msg::kColInitiativeDecision},
                                 [](const json::object& v) {
                                   const auto scope = core::read_initiative_scope(text_of(v, "scope"));
                                   return json::array{text_of(v, "person_name"), text_of(v, "title"),
                                                      scope ? std::string(core::initiative_scope_label(*scope))
                                                            : std::string(),
                                                      year_of(v), text_of(v, "decision_number")};
                                 }});
  add_import_routes(r, s, o,
                    ImportRoutes{&app::discipline_import_kind(), "/nhap-ky-luat", "",
                                 msg::kPageImportDisciplineHeading, msg::kPageImportDisciplineWhat,
                                 msg::kPageImportDisciplineRequired,
                                 {msg::kColPerson, msg::kColMeasure, msg::kColDecisionDate, msg::kColMeasureEnds,
                                  msg::kColMeasureDecision},
                                 [](const json::object& v) {
                                   const auto m = core::read_discipline_measure(text_of(v, "measure"));
                                   return json::array{text_of(v, "person_name"),
                                                      m ? std::string(core::discipline_measure_label(*m)) : std::string(),
                                                      vietnamese_date(text_of(v, "decided_on")),
                                                      vietnamese_date(text_of(v, "ends_on")),
                                                      text_of(v, "decision_number")};
                                 }});
  add_import_routes(r, s, o,
                    ImportRoutes{&app::absences_import_kind(), "/nhap-nghi-dai-ngay", "",
                                 msg::kPageImportAbsencesHeading, msg::kPageImportAbsencesWhat,
                                 msg::kPageImportAbsencesRequired,
                                 {msg::kColPerson, msg::kColAbsenceYear, msg::kColAbsenceDays, msg::kColAbsenceReason},
                                 [](const json::object& v) {
                                   const auto reason = core::read_absence_reason(text_of(v, "reason"));
                                   const auto* days = v.if_contains("days");
                                   return json::array{text_of(v, "person_name"), year_of(v),
                                                      days && days->is_int64() ? json::value(days->as_int64())
                                                                               : json::value(""),
                                                      reason ? std::string(core::absence_reason_label(*reason))
                                                             : std::string()};
                                 }});

  install(r, s, o, {
      {"GET", "/du-lieu-nam", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        return hub(s, req, ctx, req.query_param("thong-bao") == "da-luu");
      }},

      // Declares a year of a kind complete (hoan-tat=1) or withdraws it (0).
      {"POST", "/du-lieu-nam", Access::kLoggedIn, [&s](Request& req, Ctx& ctx) {
        const std::string kind = ctx.field("kind");
        const std::string year_text = ctx.field("year");
        const int year = year_text.size() == 4 && std::all_of(year_text.begin(), year_text.end(), ::isdigit)
                             ? std::stoi(year_text)
                             : 0;
        const bool complete = ctx.field("hoan-tat") == "1";
        std::optional<int64_t> named;  // none: the only agency the account sees
        if (const std::string field = ctx.field("co-quan"); !field.empty()) named = parse_id(field).value_or(0);
        auto agency = app::set_fact_year(s, *ctx.actor, named, kind, year, complete, ctx.meta);
        if (!agency.ok()) return error_page(req, ctx, agency.error());
        return Response::redirect("/du-lieu-nam?co-quan=" + std::to_string(*agency) + "&thong-bao=da-luu#nam-" +
                                  std::to_string(year));
      }},
  });
}

}  // namespace thidua::web
