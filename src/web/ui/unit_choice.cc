#include "web/ui/unit_choice.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <boost/json/array.hpp>

#include "app/access.h"
#include "core/blanks.h"
#include "core/messages_vi/org.h"
#include "web/guard.h"
#include "web/shared/params.h"
#include "web/ui/unit_options.h"

namespace thidua::web {

namespace json = boost::json;
namespace msg = core::messages_vi;

namespace {

bool is_separator(char c) { return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) {
    if (!out.empty()) out += ", ";
    out += c;
  }
  return out;
}

}  // namespace

json::object unit_choice(const std::vector<app::UnitNode>& nodes, const UnitField& field, const UnitKeep& keep,
                         const std::vector<int64_t>& selected, const std::multimap<std::string, std::string>& form,
                         size_t limit) {
  // Every key the partial reads is set, so that none is looked up in the
  // page's own data (a page whose "empty" says its list is empty).
  json::object out{{"id", field.id_field},
                   {"name", field.id_field},
                   {"code_name", field.code_field},
                   {"multiple", field.many},
                   {"required", false},
                   {"invalid", false},
                   {"empty", nullptr},
                   {"empty_hint", nullptr},
                   {"code", ""},
                   {"options", json::array()}};
  size_t offered = 0;
  for (const auto& n : nodes) {
    if ((!keep || keep(n.unit)) && ++offered > limit) break;
  }
  const auto is_selected = [&](int64_t id) { return std::find(selected.begin(), selected.end(), id) != selected.end(); };
  if (offered <= limit) {
    out["by_code"] = false;
    out["options"] = unit_options(nodes, keep, is_selected);
    return out;
  }
  out["by_code"] = true;
  if (auto typed = form.find(field.code_field); typed != form.end()) {
    out["code"] = typed->second;
    return out;
  }
  std::vector<std::string> codes;
  for (const auto& n : nodes) {
    if (is_selected(n.unit.id)) codes.push_back(n.unit.code);
  }
  out["code"] = joined(codes);
  return out;
}

void add_empty_choice(json::object& choice, std::string_view label) {
  choice["empty"] = label;
  std::string_view bare = label;
  constexpr std::string_view kDash = "—";
  while (!bare.empty() && (bare.front() == ' ' || bare.substr(0, kDash.size()) == kDash)) {
    bare.remove_prefix(bare.front() == ' ' ? 1 : kDash.size());
  }
  while (!bare.empty() && (bare.back() == ' ' || (bare.size() >= kDash.size() && bare.substr(bare.size() - kDash.size()) == kDash))) {
    bare.remove_suffix(bare.back() == ' ' ? 1 : kDash.size());
  }
  if (!bare.empty()) choice["empty_hint"] = bare;
}

std::vector<std::string> split_unit_codes(const std::string& typed) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < typed.size()) {
    while (i < typed.size() && is_separator(typed[i])) ++i;
    size_t end = i;
    while (end < typed.size() && !is_separator(typed[end])) ++end;
    if (end > i) {
      std::string code = typed.substr(i, end - i);
      if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(std::move(code));
    }
    i = end;
  }
  return out;
}

core::Status take_unit_codes(const std::vector<app::UnitNode>& nodes, const UnitField& field, const UnitKeep& keep,
                             std::multimap<std::string, std::string>& form) {
  auto typed = form.find(field.code_field);
  if (typed == form.end()) return {};
  std::vector<std::string> codes;
  if (field.many) {
    codes = split_unit_codes(typed->second);
  } else {
    // One unit: the code as typed, without the spaces around it.
    std::string code = core::trim_blanks(typed->second);
    if (!code.empty()) codes.push_back(std::move(code));
  }
  if (codes.size() > kUnitCodesMax) {
    return core::make_error(core::errc::kValidation, msg::unit_codes_too_many(kUnitCodesMax), field.id_field);
  }
  // One pass over the tree for all the codes typed.
  std::unordered_map<std::string_view, const app::UnitNode*> found;
  for (const auto& c : codes) found.emplace(c, nullptr);
  for (const auto& n : nodes) {
    if (auto it = found.find(n.unit.code); it != found.end()) it->second = &n;
  }
  std::vector<int64_t> ids;
  ids.reserve(codes.size());
  for (const auto& c : codes) {
    const app::UnitNode* n = found.at(c);
    if (n == nullptr) return core::make_error(core::errc::kValidation, msg::unit_code_unknown(c), field.id_field);
    if (keep && !keep(n->unit)) {
      return core::make_error(core::errc::kValidation, msg::unit_code_not_offered(c, n->unit.name), field.id_field);
    }
    ids.push_back(n->unit.id);
  }
  form.erase(field.id_field);
  for (int64_t id : ids) form.emplace(field.id_field, std::to_string(id));
  return {};
}

core::Status take_unit_codes(const app::Services& services, Ctx& ctx, const UnitField& field, const UnitKeep& keep) {
  if (ctx.form.count(field.code_field) == 0) return {};
  auto nodes = app::unit_tree(services, *ctx.actor);
  if (!nodes.ok()) return nodes.error();
  return take_unit_codes(**nodes, field, keep, ctx.form);
}

UnitKeep unit_work_units(const core::Actor& actor) {
  return [&actor](const core::Unit& u) { return app::permits(actor, core::Action::kSubmitUnitWork, u.path); };
}

std::vector<app::UnitNode> participating_nodes(const std::vector<core::ParticipatingUnit>& units) {
  // Each unit one level below the nearest of its ancestors in the list (a
  // unit whose parent does not take part sits under its grandparent), at 0
  // when none is; the list has each unit's ancestors before it.
  std::unordered_map<std::string_view, int> depth_of;
  depth_of.reserve(units.size());
  std::vector<app::UnitNode> out;
  out.reserve(units.size());
  for (const auto& u : units) {
    app::UnitNode n;
    n.unit.id = u.id;
    n.unit.code = u.code;
    n.unit.name = u.name;
    n.unit.path = u.path;
    std::string_view above(u.path);
    if (!above.empty()) above.remove_suffix(1);  // "/1/4/9/" -> "/1/4/9"
    while (true) {
      const size_t slash = above.rfind('/');
      if (slash == std::string_view::npos) break;
      above = above.substr(0, slash + 1);  // "/1/4/"
      if (auto it = depth_of.find(above); it != depth_of.end()) {
        n.depth = it->second + 1;
        break;
      }
      above.remove_suffix(1);
    }
    depth_of.emplace(u.path, n.depth);
    out.push_back(std::move(n));
  }
  return out;
}

core::Result<std::optional<int64_t>> unit_from_query(const std::vector<app::UnitNode>& nodes, const UnitField& field,
                                                     const std::multimap<std::string, std::string>& query,
                                                     const UnitKeep& keep) {
  std::multimap<std::string, std::string> form;
  if (auto code = query.find(field.code_field); code != query.end()) {
    form.emplace(field.code_field, code->second);
  } else if (auto id = query.find(field.id_field); id != query.end()) {
    form.emplace(field.id_field, id->second);
  }
  THIDUA_TRY(take_unit_codes(nodes, field, keep, form));
  auto id = form.find(field.id_field);
  if (id == form.end()) return std::optional<int64_t>();
  return parse_id(id->second);
}

core::Result<std::optional<int64_t>> list_unit_filter(const app::Services& services, const Request& req,
                                                      const Ctx& ctx, const UnitKeep& keep) {
  if (req.query.count(kListUnitFilter.code_field) == 0) return parse_id(req.query_param(kListUnitFilter.id_field));
  auto nodes = app::unit_tree(services, *ctx.actor);
  if (!nodes.ok()) return nodes.error();
  return unit_from_query(**nodes, kListUnitFilter, req.query, keep);
}

}  // namespace thidua::web
