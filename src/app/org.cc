#include "app/org.h"

#include <algorithm>
#include <map>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/records_json.h"
#include "core/messages_vi/org.h"

namespace thidua::app {

namespace msg = core::messages_vi;

core::Result<std::vector<UnitNode>> browse_units(const Services& services, const core::Actor& actor) {
  auto scopes = scopes_for(actor, core::Action::kViewOrg);
  auto conn = services.db.acquire();
  auto units = store::list_units(*conn, scopes);
  if (!units.ok()) return units.error();
  auto counts = store::people_counts(*conn);
  if (!counts.ok()) return counts.error();
  std::map<int64_t, int64_t> count_of(counts->begin(), counts->end());

  // Build children lists; units whose parent is invisible are tops.
  std::map<int64_t, const core::Unit*> by_id;
  for (const auto& u : *units) by_id[u.id] = &u;
  std::map<int64_t, std::vector<const core::Unit*>> children;
  std::vector<const core::Unit*> tops;
  for (const auto& u : *units) {
    if (u.parent_id && by_id.count(*u.parent_id)) children[*u.parent_id].push_back(&u);
    else tops.push_back(&u);
  }
  std::vector<UnitNode> out;
  out.reserve(units->size());
  // Iterative depth-first walk (no recursion limit on deep trees).
  std::vector<std::pair<const core::Unit*, int>> stack;
  for (auto it = tops.rbegin(); it != tops.rend(); ++it) stack.emplace_back(*it, 0);
  while (!stack.empty()) {
    auto [u, depth] = stack.back();
    stack.pop_back();
    out.push_back({*u, depth, count_of.count(u->id) ? count_of[u->id] : 0});
    auto& kids = children[u->id];
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.emplace_back(*it, depth + 1);
  }
  return out;
}

core::Result<UnitDetail> get_unit(const Services& services, const core::Actor& actor, int64_t id) {
  auto conn = services.db.acquire();
  auto found = store::find_unit(*conn, id);
  if (!found.ok()) return found.error();
  if (!found->has_value() || !permits(actor, core::Action::kViewOrg, (*found)->path)) {
    return not_found(msg::kWhatUnit);
  }
  UnitDetail d;
  d.unit = **found;
  d.can_edit = permits(actor, core::Action::kEditOrg, d.unit.path);
  if (d.unit.parent_id) {
    auto parent = store::find_unit(*conn, *d.unit.parent_id);
    if (!parent.ok()) return parent.error();
    d.parent = *parent;
  }
  if (d.unit.successor_id) {
    auto successor = store::find_unit(*conn, *d.unit.successor_id);
    if (!successor.ok()) return successor.error();
    d.successor = *successor;
  }
  auto names = store::unit_name_history(*conn, id);
  if (!names.ok()) return names.error();
  d.names = std::move(*names);
  return d;
}

core::Result<core::Unit> create_unit(const Services& services, const core::Actor& actor, core::Unit unit,
                                     const RequestMeta& meta) {
  THIDUA_TRY(core::validate_unit(unit));
  auto conn = services.db.acquire();
  if (unit.parent_id) {
    auto parent = store::find_unit(*conn, *unit.parent_id);
    if (!parent.ok()) return parent.error();
    if (!parent->has_value()) {
      return core::make_error(core::errc::kValidation, msg::kParentUnitMissing, "parent_id");
    }
    if (!permits(actor, core::Action::kEditOrg, (*parent)->path)) return forbidden(msg::kActionAddUnit);
    const auto& pv = (*parent)->valid_to;
    if (!pv.empty() && pv <= vietnam_date(services.clock.now())) {
      return core::make_error(core::errc::kValidation, msg::kParentUnitClosed, "parent_id");
    }
  } else if (!actor.system) {
    return forbidden(msg::kActionAddRootUnit);
  }
  const auto now = services.clock.now();
  return store::in_transaction<core::Unit>(*conn, [&]() -> core::Result<core::Unit> {
    auto stored = store::insert_unit(*conn, unit, iso_instant(now));
    if (!stored.ok()) return stored.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"unit.create", "unit", std::to_string(stored->id), std::nullopt, to_json(*stored)}));
    return stored;
  });
}

core::Result<core::Unit> update_unit(const Services& services, const core::Actor& actor, core::Unit unit,
                                     const RequestMeta& meta) {
  // A move changes the paths of grants held in the subtree: cached actors go.
  ForgetActorsOnExit forget{services};
  auto conn = services.db.acquire();
  auto found = store::find_unit(*conn, unit.id);
  if (!found.ok()) return found.error();
  if (!found->has_value() || !permits(actor, core::Action::kViewOrg, (*found)->path)) return not_found(msg::kWhatUnit);
  const core::Unit before = **found;
  if (!permits(actor, core::Action::kEditOrg, before.path)) return forbidden(msg::kActionEditUnit);
  // Validated only once the actor may see and edit it: a refusal tells nothing
  // about the input, and 404 comes before 422 (issue 9 #12).
  THIDUA_TRY(core::validate_unit(unit));
  if (unit.parent_id != before.parent_id) {
    if (!unit.parent_id) {
      if (!actor.system) return forbidden(msg::kActionMakeRootUnit);
    } else {
      auto parent = store::find_unit(*conn, *unit.parent_id);
      if (!parent.ok()) return parent.error();
      if (!parent->has_value()) {
        return core::make_error(core::errc::kValidation, msg::kParentUnitMissing, "parent_id");
      }
      if (!permits(actor, core::Action::kEditOrg, (*parent)->path)) return forbidden(msg::kActionMoveUnit);
      const auto& pv = (*parent)->valid_to;
      if (!pv.empty() && pv <= vietnam_date(services.clock.now())) {
        return core::make_error(core::errc::kValidation, msg::kParentUnitClosed, "parent_id");
      }
    }
  }
  if (unit.successor_id) {
    if (*unit.successor_id == unit.id) {
      return core::make_error(core::errc::kValidation, msg::kSuccessorMustDiffer, "successor_id");
    }
    auto succ = store::find_unit(*conn, *unit.successor_id);
    if (!succ.ok()) return succ.error();
    // A unit the actor does not keep (another agency's) is answered as missing.
    if (!succ->has_value() || !permits(actor, core::Action::kEditOrg, (*succ)->path)) {
      return core::make_error(core::errc::kValidation, msg::kSuccessorMissing, "successor_id");
    }
  }
  const auto now = services.clock.now();
  return store::in_transaction<core::Unit>(*conn, [&]() -> core::Result<core::Unit> {
    auto stored = store::update_unit(*conn, unit, iso_instant(now), iso_date(now));
    if (!stored.ok()) return stored.error();
    THIDUA_TRY(record_audit(*conn, services, &actor, meta,
                            {"unit.update", "unit", std::to_string(unit.id), to_json(before), to_json(*stored)}));
    return stored;
  });
}

}  // namespace thidua::app
