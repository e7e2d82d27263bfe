#include "app/fact_years.h"

#include <algorithm>

#include <boost/json/object.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "core/evaluation.h"
#include "core/messages_vi/access.h"
#include "core/messages_vi/person_facts.h"
#include "core/org.h"
#include "store/fact_years.h"
#include "store/units.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

// True when the actor sees people somewhere inside the agency at `root`
// (a grant on it, on a part of it, or above every agency: the shell).
bool sees_people_of(const core::Actor& actor, const std::string& root) {
  for (const auto& scope : scopes_for(actor, core::Action::kViewPeople)) {
    if (core::path_within(scope, root) || core::path_within(root, scope)) return true;
  }
  return false;
}

// The open agencies whose people the actor sees.
core::Result<std::vector<core::Unit>> agencies_seen(store::Connection& conn, const core::Actor& actor) {
  auto tops = store::open_top_units(conn);
  if (!tops.ok()) return tops.error();
  std::vector<core::Unit> out;
  for (auto& u : *tops) {
    if (sees_people_of(actor, u.path)) out.push_back(std::move(u));
  }
  return out;
}

// The agency named, or the one of the actor's highest grant seeing people
// (the first seen when that grant is on no open agency).
core::Result<core::Unit> chosen_agency(const std::vector<core::Unit>& seen, const core::Actor& actor,
                                       std::optional<int64_t> agency_id, const char* what) {
  if (seen.empty()) return forbidden(what);
  auto find = [&](int64_t id) {
    return std::find_if(seen.begin(), seen.end(), [&](const core::Unit& u) { return u.id == id; });
  };
  if (agency_id) {
    auto it = find(*agency_id);
    if (it == seen.end()) {
      return core::make_error(core::errc::kNotFound, msg::not_found(msg::kFactYearAgency), "agency_id");
    }
    return *it;
  }
  auto top = highest_granted_unit(
      actor, [&](const std::string& path) { return permits(actor, core::Action::kViewPeople, path); });
  for (const auto& g : actor.grants) {
    if (!top || g.unit_id != *top) continue;
    if (auto it = find(core::root_id_of_path(g.unit_path)); it != seen.end()) return *it;
  }
  return seen.front();
}

}  // namespace

core::Result<FactYearsView> list_fact_years(const Services& services, const core::Actor& actor,
                                            std::optional<int64_t> agency_id) {
  auto conn = services.db.acquire();
  auto agencies = agencies_seen(*conn, actor);
  if (!agencies.ok()) return agencies.error();
  auto agency = chosen_agency(*agencies, actor, agency_id, msg::kActViewFactYears);
  if (!agency.ok()) return agency.error();
  auto declared = store::fact_years(*conn, agency->id);
  if (!declared.ok()) return declared.error();
  FactYearsView out;
  for (const auto& u : *agencies) out.agencies.push_back({u.id, u.name});
  out.agency = {agency->id, agency->name};
  out.declared = std::move(*declared);
  out.may_declare = may_declare_fact_years(actor, agency->path);
  return out;
}

bool may_declare_fact_years(const core::Actor& actor, const std::string& agency_path) {
  // A declaration speaks for every unit of the agency, so it needs the right
  // on its top unit, not on one of its parts.
  return permits(actor, core::Action::kDraftDecisions, agency_path);
}

core::Result<int64_t> set_fact_year(const Services& services, const core::Actor& actor, std::optional<int64_t> named,
                           const std::string& kind_code, int year, bool complete, const RequestMeta& meta) {
  auto conn = services.db.acquire();
  int64_t agency_id = 0;
  {
    auto agencies = agencies_seen(*conn, actor);
    if (!agencies.ok()) return agencies.error();
    // A change names its agency when the actor could mean several of those
    // they may declare for (with none, the refusal below says so).
    if (!named && agencies->size() > 1 &&
        std::any_of(agencies->begin(), agencies->end(),
                    [&](const core::Unit& u) { return may_declare_fact_years(actor, u.path); })) {
      return core::make_error(core::errc::kValidation, msg::kFactYearAgencyRequired, "agency_id");
    }
    auto agency = chosen_agency(*agencies, actor, named, msg::kActDeclareFactYears);
    if (!agency.ok()) return agency.error();
    if (!may_declare_fact_years(actor, agency->path)) return forbidden(msg::kActDeclareFactYears);
    agency_id = agency->id;
  }
  auto kind = core::read_fact_kind(kind_code);
  if (!kind) return core::make_error(core::errc::kValidation, msg::kFactKindInvalid, "kind");
  const int this_year = current_year(services.clock);
  if (year < core::kFirstEvaluationYear || year > this_year) {
    return core::make_error(core::errc::kValidation, msg::fact_year_invalid(core::kFirstEvaluationYear, this_year),
                            "year");
  }
  THIDUA_TRY(conn->begin());
  auto changed = complete ? store::declare_fact_year(*conn, agency_id, *kind, year, actor.user_id,
                                                     iso_instant(services.clock.now()))
                          : store::withdraw_fact_year(*conn, agency_id, *kind, year);
  if (!changed.ok()) {
    (void)conn->rollback();
    return changed.error();
  }
  if (*changed) {
    const boost::json::object what{{"agency_id", agency_id}, {"kind", core::fact_kind_code(*kind)}, {"year", year}};
    auto audited = record_audit(*conn, services, &actor, meta,
                                {complete ? "fact_year.declare" : "fact_year.withdraw", "fact_year",
                                 std::to_string(agency_id) + ":" + std::string(core::fact_kind_code(*kind)) + ":" +
                                     std::to_string(year),
                                 complete ? std::nullopt : std::optional<boost::json::value>(what),
                                 complete ? std::optional<boost::json::value>(what) : std::nullopt});
    if (!audited.ok()) {
      (void)conn->rollback();
      return audited.error();
    }
  }
  THIDUA_TRY(conn->commit());
  return agency_id;
}

}  // namespace thidua::app
