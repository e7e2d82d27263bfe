#include "web/shared/reorg_input.h"

#include "core/messages_vi/reorganisation.h"
#include "web/shared/params.h"

namespace thidua::web {
namespace msg = core::messages_vi;
namespace {

std::string first(const std::multimap<std::string, std::string>& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

// A header from its four fields, when any of them is filled (a symbol alone
// is refused for want of the lines, not dropped).
std::optional<core::AgencyHeader> header_fields(const std::multimap<std::string, std::string>& form,
                                                const std::string& prefix) {
  core::AgencyHeader h;
  h.governing_body = first(form, prefix + "governing_body");
  h.issuing_body = first(form, prefix + "issuing_body");
  h.place = first(form, prefix + "place");
  h.symbol = first(form, prefix + "symbol");
  if (h.governing_body.empty() && h.issuing_body.empty() && h.place.empty() && h.symbol.empty()) return std::nullopt;
  return h;
}

size_t small_index(const std::string& text, size_t fallback) {
  if (text.empty() || text.size() > 2) return fallback;
  for (char c : text) {
    if (c < '0' || c > '9') return fallback;
  }
  return static_cast<size_t>(std::stoi(text));
}

}  // namespace

core::Result<core::ReorgRequest> reorg_from_form(const std::multimap<std::string, std::string>& form) {
  core::ReorgRequest r;
  auto kind = core::parse_reorg_kind(first(form, "kind"));
  if (!kind) return core::make_error(core::errc::kValidation, msg::kReorgKindInvalid, "kind");
  r.kind = *kind;
  r.effective_date = first(form, "effective_date");
  r.legal_basis = first(form, "legal_basis");
  r.note = first(form, "note");
  auto [from, to] = form.equal_range("sources");
  for (auto it = from; it != to; ++it) {
    if (auto id = parse_id(it->second)) r.sources.push_back(*id);
  }
  r.target_id = parse_id(first(form, "target_id"));
  if (r.kind == core::ReorgKind::kMove) r.new_parent_id = parse_id(first(form, "new_parent_id"));
  if (r.kind == core::ReorgKind::kRename) {
    r.new_name = first(form, "new_name");
    r.new_short_name = first(form, "new_short_name");
  }
  if (r.kind == core::ReorgKind::kRename || r.kind == core::ReorgKind::kMove) r.header = header_fields(form, "header_");
  size_t count = 0;
  if (r.kind == core::ReorgKind::kMerge && !r.target_id) count = 1;
  if (r.kind == core::ReorgKind::kSplit) count = std::min(kMaxNewUnits, small_index(first(form, "new_count"), 2));
  for (size_t i = 0; i < count; ++i) {
    const std::string p = "new_" + std::to_string(i) + "_";
    core::NewUnit n;
    n.code = first(form, p + "code");
    n.name = first(form, p + "name");
    n.short_name = first(form, p + "short_name");
    n.kind = core::parse_unit_kind(first(form, p + "kind")).value_or(core::UnitKind::kOther);
    n.parent_id = parse_id(first(form, p + "parent_id"));
    if (!n.parent_id) n.header = header_fields(form, p + "header_");
    r.new_units.push_back(std::move(n));
  }
  if (r.kind == core::ReorgKind::kSplit) {
    r.people_to = small_index(first(form, "people_to"), 0);
    for (const auto& [name, value] : form) {
      if (name.rfind("child_", 0) != 0) continue;
      if (auto child = parse_id(name.substr(6))) r.children_to[*child] = small_index(value, kMaxNewUnits);
    }
  }
  return r;
}

}  // namespace thidua::web
