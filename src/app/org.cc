#include "app/org.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "app/access.h"
#include "app/audit.h"
#include "app/clock.h"
#include "app/records_json.h"
#include "app/unit_tree_cache.h"
#include "core/messages_vi/org.h"
#include "store/change_counters.h"

namespace thidua::app {

namespace msg = core::messages_vi;

namespace {

// Every unit of `units` (in sibling order) in tree order, each parent followed
// by its children; units whose parent is not among them are tops.
std::vector<UnitNode> tree_order(std::vector<core::Unit> units) {
  std::unordered_map<int64_t, core::Unit*> by_id;
  for (auto& u : units) by_id[u.id] = &u;
  std::unordered_map<int64_t, std::vector<core::Unit*>> children;
  std::vector<core::Unit*> tops;
  for (auto& u : units) {
    if (u.parent_id && by_id.count(*u.parent_id)) children[*u.parent_id].push_back(&u);
    else tops.push_back(&u);
  }
  std::vector<UnitNode> out;
  out.reserve(units.size());
  // Iterative depth-first walk (no recursion limit on deep trees).
  std::vector<std::pair<core::Unit*, int>> stack;
  for (auto it = tops.rbegin(); it != tops.rend(); ++it) stack.emplace_back(*it, 0);
  while (!stack.empty()) {
    auto [u, depth] = stack.back();
    stack.pop_back();
    out.push_back({std::move(*u), depth, 0});  // each unit is reached once
    auto& kids = children[out.back().unit.id];
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.emplace_back(*it, depth + 1);
  }
  return out;
}

}  // namespace

core::Result<UnitTree> unit_tree(const Services& services, const core::Actor& actor) {
  auto scopes = scopes_for(actor, core::Action::kViewOrg);
  auto conn = services.db.acquire();
  std::optional<int64_t> counter;
  std::string key;
  if (services.unit_tree_cache) {
    // The counter first, then the units: a write between the two raises the
    // counter again, so the entry is never labelled newer than its rows.
    auto c = store::units_change_counter(*conn);
    if (!c.ok()) return c.error();
    counter = *c;
    for (const auto& s : scopes) key += s + "\n";
    if (auto hit = services.unit_tree_cache->get(*counter, key)) return hit;
  }
  auto units = store::list_units(*conn, scopes);
  if (!units.ok()) return units.error();
  UnitTree tree = std::make_shared<const std::vector<UnitNode>>(tree_order(std::move(*units)));
  if (services.unit_tree_cache) services.unit_tree_cache->put(*counter, key, tree);
  return tree;
}

core::Result<std::vector<UnitNode>> browse_units(const Services& services, const core::Actor& actor) {
  auto tree = unit_tree(services, actor);
  if (!tree.ok()) return tree.error();
  auto conn = services.db.acquire();
  auto counts = store::people_counts(*conn);
  if (!counts.ok()) return counts.error();
  std::unordered_map<int64_t, int64_t> count_of(counts->begin(), counts->end());
  std::vector<UnitNode> out = **tree;
  for (auto& n : out) {
    auto it = count_of.find(n.unit.id);
    if (it != count_of.end()) n.people = it->second;
  }
  return out;
}

core::Result<std::optional<core::Unit>> visible_unit_by_code(const Services& services, const core::Actor& actor,
                                                             const std::string& code) {
  auto conn = services.db.acquire();
  auto found = store::find_unit_by_code(*conn, code);
  if (!found.ok()) return found.error();
  if (!found->has_value() || !permits(actor, core::Action::kViewOrg, (*found)->path)) {
    return std::optional<core::Unit>();
  }
  return found;
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
