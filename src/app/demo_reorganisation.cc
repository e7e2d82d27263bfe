#include "app/demo_reorganisation.h"

#include <chrono>
#include <map>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/auth.h"
#include "app/clock.h"
#include "app/council.h"
#include "app/step_clock.h"
#include "app/demo_json.h"
#include "app/reorganisations.h"
#include "app/users.h"
#include "core/messages_vi/cli.h"
#include "store/units.h"
#include "store/users.h"

namespace thidua::app {

namespace json = boost::json;
namespace dj = demo_json;
namespace msg = core::messages_vi;

namespace {

constexpr std::string_view kFile = "reorganisation.json";

core::UnitKind unit_kind(const json::object& o, const std::string& w) {
  const auto kind = core::parse_unit_kind(dj::text(o, "kind", w));
  if (!kind) dj::bad_value(dj::at(w, "kind"));
  return *kind;
}

DemoReorganisationFile::Step read_step(const json::value& v, const std::string& w) {
  const json::object& o = dj::object(v, w);
  dj::only(o, {"kind", "effective_date", "legal_basis", "note", "sources", "target", "new_name", "new_short_name",
               "header"},
           w);
  DemoReorganisationFile::Step s;
  const auto kind = core::parse_reorg_kind(dj::text(o, "kind", w));
  if (!kind) dj::bad_value(dj::at(w, "kind"));
  s.kind = *kind;
  s.effective_date = dj::iso_date(o, "effective_date", w);
  s.legal_basis = dj::text(o, "legal_basis", w, false);
  s.note = dj::text(o, "note", w, false);
  const json::array& sources = dj::array(dj::member(o, "sources", w), dj::at(w, "sources"));
  if (sources.empty()) dj::bad_value(dj::at(w, "sources"));
  for (size_t i = 0; i < sources.size(); ++i) {
    const std::string sw = dj::at(dj::at(w, "sources"), i);
    if (!sources[i].is_string() || sources[i].as_string().empty()) dj::bad_value(sw);
    s.sources.emplace_back(sources[i].as_string());
  }
  s.target = dj::text(o, "target", w, false);
  s.new_name = dj::text(o, "new_name", w, false);
  s.new_short_name = dj::text(o, "new_short_name", w, false);
  if (o.contains("header")) {
    const std::string hw = dj::at(w, "header");
    const json::object& h = dj::object(o.at("header"), hw);
    dj::only(h, {"governing_body", "issuing_body", "place", "symbol"}, hw);
    core::AgencyHeader header;
    header.valid_from = s.effective_date;
    header.governing_body = dj::text(h, "governing_body", hw);
    header.issuing_body = dj::text(h, "issuing_body", hw);
    header.place = dj::text(h, "place", hw);
    header.symbol = dj::text(h, "symbol", hw, false);
    s.header = std::move(header);
  }
  return s;
}

// 09:00 in Vietnam (02:00 UTC) on ISO `date` (checked by the reader).
std::chrono::system_clock::time_point morning_of(const std::string& date) {
  const int y = std::stoi(date.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
  const std::chrono::sys_days day{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
  return day + std::chrono::hours(2);
}

// Every unit's id by code: the demo's tree is small.
core::Result<std::map<std::string, int64_t>> unit_ids(const Services& services) {
  auto conn = services.db.acquire();
  auto rows = conn->query("SELECT code, id FROM units");
  if (!rows.ok()) return rows.error();
  std::map<std::string, int64_t> ids;
  for (const auto& row : *rows) ids[row.str(0)] = row.i64(1);
  return ids;
}

core::Result<int64_t> id_of(const std::map<std::string, int64_t>& ids, const std::string& code) {
  auto it = ids.find(code);
  if (it == ids.end()) return dj::error(kFile, msg::demo_code_absent(code));
  return it->second;
}

core::Result<core::ReorgRequest> request_of(const DemoReorganisationFile::Step& s,
                                            const std::map<std::string, int64_t>& ids) {
  core::ReorgRequest r;
  r.kind = s.kind;
  r.effective_date = s.effective_date;
  r.legal_basis = s.legal_basis;
  r.note = s.note;
  for (const auto& code : s.sources) {
    auto id = id_of(ids, code);
    if (!id.ok()) return id.error();
    r.sources.push_back(*id);
  }
  if (!s.target.empty()) {
    auto id = id_of(ids, s.target);
    if (!id.ok()) return id.error();
    r.target_id = *id;
  }
  r.new_name = s.new_name;
  r.new_short_name = s.new_short_name;
  r.header = s.header;
  return r;
}

// Writes the agency to be merged, its sub-units, and the administrators'
// grants on it, in one transaction with its audit entry.
core::Result<int64_t> write_agency(const Services& services, const DemoReorganisationFile::Agency& a,
                                   const RequestMeta& meta) {
  const std::string now = iso_instant(services.clock.now());
  const core::Actor system = system_actor();
  auto conn = services.db.acquire();
  int64_t agency_id = 0;
  THIDUA_TRY(store::in_transaction(*conn, [&]() -> core::Status {
    core::Unit top;
    top.code = a.code;
    top.name = a.name;
    top.short_name = a.short_name;
    top.kind = core::UnitKind::kAgency;
    top.valid_from = a.valid_from;
    THIDUA_TRY(core::validate_unit(top));
    auto agency = store::insert_unit(*conn, top, now);
    if (!agency.ok()) return agency.error();
    agency_id = agency->id;
    for (const auto& d : a.units) {
      core::Unit u;
      u.code = d.code;
      u.name = d.name;
      u.short_name = d.short_name;
      u.kind = d.kind;
      u.valid_from = a.valid_from;
      u.parent_id = agency_id;
      THIDUA_TRY(core::validate_unit(u));
      auto sub = store::insert_unit(*conn, u, now);
      if (!sub.ok()) return sub.error();
    }
    // The deployment's administrators administer it too (they record the merger).
    THIDUA_TRY(store::grant_deployment_administrators(*conn, agency_id));
    const json::object after{{"agency_id", agency_id}, {"units", a.units.size() + 1}};
    return record_audit(*conn, services, &system, meta,
                        {"demo.agency", "database", "", std::nullopt, json::value(after)});
  }));
  services.forget_actors();  // the administrators' grants changed
  return agency_id;
}

// Moves `g` as `admin`: the role on the new unit granted, the one on the
// dissolved unit revoked.
core::Status move_grant(const Services& services, const core::Actor& admin, const DemoReorganisationFile::Grant& g,
                        const std::map<std::string, int64_t>& ids, const RequestMeta& meta) {
  auto to = id_of(ids, g.to);
  if (!to.ok()) return to.error();
  int64_t user_id = 0, grant_id = 0;
  {
    auto conn = services.db.acquire();
    auto rows = conn->query(
        "SELECT u.id, g.id FROM users u LEFT JOIN role_grants g ON g.user_id = u.id AND g.role = ? "
        "AND g.unit_id = (SELECT id FROM units WHERE code = ?) WHERE u.username = ?",
        {std::string(core::role_code(g.role)), g.from, g.username});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return dj::error(kFile, msg::demo_code_absent(g.username));
    user_id = (*rows)[0].i64(0);
    if (!(*rows)[0].is_null(1)) grant_id = (*rows)[0].i64(1);
  }
  THIDUA_TRY(grant_role(services, admin, user_id, g.role, *to, meta));
  if (grant_id != 0) THIDUA_TRY(revoke_role(services, admin, user_id, grant_id, meta));
  return {};
}

// The council of `c.unit` under its new name, with the members of the
// unit's latest council, whose members are then made inactive.
core::Result<int64_t> establish_council(const Services& services, const DemoReorganisationFile::Council& c,
                                        const std::map<std::string, int64_t>& ids, const RequestMeta& meta) {
  auto unit = id_of(ids, c.unit);
  if (!unit.ok()) return unit.error();
  const core::Actor system = system_actor();
  int64_t old_id = 0;
  {
    auto conn = services.db.acquire();
    auto rows = conn->query("SELECT id FROM councils WHERE unit_id = ? ORDER BY id DESC LIMIT 1", {*unit});
    if (!rows.ok()) return rows.error();
    if (rows->empty()) return dj::error(kFile, msg::demo_code_absent(c.unit));
    old_id = (*rows)[0].i64(0);
  }
  auto old = get_council(services, system, old_id);
  if (!old.ok()) return old.error();
  auto id = create_council(services, system, *unit, c.name, meta);
  if (!id.ok()) return id.error();
  for (const auto& m : old->members) {
    if (!m.active) continue;
    auto added = add_council_member(services, system, *id, {m.username, m.full_name, m.position, m.role}, meta);
    if (!added.ok()) return added.error();
    THIDUA_TRY(set_council_member_active(services, system, old_id, m.id, false, meta));
  }
  return *id;
}

}  // namespace

core::Result<DemoReorganisationFile> read_demo_reorganisation(std::string_view json_text) {
  return dj::read<DemoReorganisationFile>(kFile, json_text, [](const json::value& root) {
    const json::object& o = dj::object(root, "");
    dj::only(o, {"agency", "steps", "grants", "council"}, "");
    DemoReorganisationFile f;
    const json::object& a = dj::object(dj::member(o, "agency", ""), "agency");
    dj::only(a, {"code", "name", "short_name", "valid_from", "units"}, "agency");
    f.agency.code = dj::text(a, "code", "agency");
    f.agency.name = dj::text(a, "name", "agency");
    f.agency.short_name = dj::text(a, "short_name", "agency");
    f.agency.valid_from = dj::iso_date(a, "valid_from", "agency");
    const json::array& units = dj::array(dj::member(a, "units", "agency"), "agency.units");
    for (size_t i = 0; i < units.size(); ++i) {
      const std::string w = dj::at("agency.units", i);
      const json::object& u = dj::object(units[i], w);
      dj::only(u, {"code", "name", "short_name", "kind"}, w);
      f.agency.units.push_back(
          {dj::text(u, "code", w), dj::text(u, "name", w), dj::text(u, "short_name", w), unit_kind(u, w)});
    }
    const json::array& steps = dj::array(dj::member(o, "steps", ""), "steps");
    if (steps.empty()) dj::bad_value("steps");
    for (size_t i = 0; i < steps.size(); ++i) {
      const std::string w = dj::at("steps", i);
      f.steps.push_back(read_step(steps[i], w));
      if (i > 0 && f.steps[i].effective_date < f.steps[i - 1].effective_date) {
        dj::bad_value(dj::at(w, "effective_date"));
      }
    }
    const json::array& grants = dj::array(dj::member(o, "grants", ""), "grants");
    for (size_t i = 0; i < grants.size(); ++i) {
      const std::string w = dj::at("grants", i);
      const json::object& g = dj::object(grants[i], w);
      dj::only(g, {"username", "role", "from", "to"}, w);
      DemoReorganisationFile::Grant grant;
      grant.username = dj::text(g, "username", w);
      const auto role = core::parse_role(dj::text(g, "role", w));
      if (!role) dj::bad_value(dj::at(w, "role"));
      grant.role = *role;
      grant.from = dj::text(g, "from", w);
      grant.to = dj::text(g, "to", w);
      f.grants.push_back(std::move(grant));
    }
    const json::object& c = dj::object(dj::member(o, "council", ""), "council");
    dj::only(c, {"unit", "name", "date"}, "council");
    f.council = {dj::text(c, "unit", "council"), dj::text(c, "name", "council"), dj::iso_date(c, "date", "council")};
    return f;
  });
}

core::Status load_demo_reorganisation(const Services& services, const DemoReorganisationFile& data,
                                      const core::Actor& admin, const RequestMeta& meta, DemoReorganisation& out) {
  out = DemoReorganisation{};
  if (data.steps.empty()) return {};
  StepClock clock(morning_of(data.steps.front().effective_date) - std::chrono::hours(24));
  const Services at = services_on(services, clock);
  auto agency = write_agency(at, data.agency, meta);
  if (!agency.ok()) return agency.error();
  out.merged_agency_id = *agency;
  auto actor = load_actor(at, admin.user_id);  // with its grant on the agency just written
  if (!actor.ok()) return actor.error();
  auto ids = unit_ids(at);
  if (!ids.ok()) return ids.error();
  int minute = 0;
  for (const auto& step : data.steps) {
    auto request = request_of(step, *ids);
    if (!request.ok()) return request.error();
    clock.set(morning_of(step.effective_date) + std::chrono::minutes(minute++));
    auto preview = preview_reorganisation(at, *actor, *request);
    if (!preview.ok()) return preview.error();
    auto done = apply_reorganisation(at, *actor, *request, preview->token, meta);
    if (!done.ok()) return done.error();
    ++out.reorganisations;
    out.people_moved += done->preview.plan.people_moved;
    out.units_closed += done->preview.plan.units_closed;
  }
  for (const auto& g : data.grants) THIDUA_TRY(move_grant(at, *actor, g, *ids, meta));
  services.forget_actors();
  clock.set(morning_of(data.council.date) + std::chrono::hours(1));
  auto council = establish_council(at, data.council, *ids, meta);
  if (!council.ok()) return council.error();
  out.council_id = *council;
  return {};
}

}  // namespace thidua::app
