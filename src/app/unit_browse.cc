#include "app/unit_browse.h"

#include <algorithm>
#include <climits>
#include <string>
#include <unordered_map>

#include "app/access.h"
#include "core/messages_vi/org.h"
#include "store/units.h"

namespace thidua::app {

namespace {

// One past the last unit of nodes[i]'s subtree (tree order keeps it whole).
size_t subtree_end(const std::vector<UnitNode>& nodes, size_t i) {
  size_t end = i + 1;
  while (end < nodes.size() && nodes[end].depth > nodes[i].depth) ++end;
  return end;
}

}  // namespace

std::optional<UnitBrowsePage> lay_out_unit_page(const std::vector<UnitNode>& nodes, const UnitBrowseRequest& request) {
  UnitBrowsePage out;
  out.page = std::max(request.page, 1);
  out.page_size = std::max<size_t>(request.page_size, 1);
  size_t begin = 0;
  size_t end = nodes.size();
  int base = 0;
  if (request.root_id) {
    auto it = std::find_if(nodes.begin(), nodes.end(), [&](const UnitNode& n) { return n.unit.id == *request.root_id; });
    if (it == nodes.end()) return std::nullopt;
    begin = static_cast<size_t>(it - nodes.begin());
    end = subtree_end(nodes, begin);
    base = it->depth;
    out.root = it->unit;
    for (size_t j = begin, want = static_cast<size_t>(base); j-- > 0 && want > 0;) {
      if (static_cast<size_t>(nodes[j].depth) < want) {
        out.crumbs.push_back(nodes[j].unit);
        want = static_cast<size_t>(nodes[j].depth);
      }
    }
    std::reverse(out.crumbs.begin(), out.crumbs.end());
  }
  int shown = INT_MAX;
  if (request.whole_levels && end - begin > request.level_limit) {
    std::vector<size_t> per_level;
    for (size_t i = begin; i < end; ++i) {
      const auto level = static_cast<size_t>(nodes[i].depth - base);
      if (level >= per_level.size()) per_level.resize(level + 1, 0);
      ++per_level[level];
    }
    int deepest = -1;
    for (size_t level = 0, total = 0; level < per_level.size(); ++level) {
      total += per_level[level];
      if (total > request.level_limit) break;
      deepest = static_cast<int>(level);
    }
    // A branch opened shows at least its root and children; the whole tree
    // at least its tops. What does not fit then goes on further pages.
    shown = std::max(deepest, request.root_id ? 1 : 0);
    if (static_cast<size_t>(shown) + 1 < per_level.size()) {
      out.shortened = true;
      out.levels = shown + 1;
    }
  }
  const size_t offset = static_cast<size_t>(out.page - 1) * out.page_size;
  size_t index = 0;  // among the units shown
  for (size_t i = begin; i < end; ++i) {
    const int level = nodes[i].depth - base;
    if (level > shown) continue;
    if (index >= offset && index - offset < out.page_size) {
      BrowsedUnit b{nodes[i], level, 0};
      if (level == shown) b.hidden = static_cast<int64_t>(subtree_end(nodes, i) - i - 1);
      out.units.push_back(std::move(b));
    }
    ++index;
  }
  out.total = static_cast<int64_t>(index);
  out.has_more = index > offset + out.page_size;
  return out;
}

core::Result<UnitBrowsePage> browse_unit_page(const Services& services, const core::Actor& actor,
                                              const UnitBrowseRequest& request) {
  auto tree = unit_tree(services, actor);
  if (!tree.ok()) return tree.error();
  auto laid = lay_out_unit_page(**tree, request);
  if (!laid) return not_found(core::messages_vi::kWhatUnit);
  if (laid->units.empty()) return std::move(*laid);
  std::vector<std::string> paths;
  paths.reserve(laid->units.size());
  for (const auto& b : laid->units) paths.push_back(b.node.unit.path);
  auto conn = services.db.acquire();
  auto counts = store::people_counts_at(*conn, paths);
  if (!counts.ok()) return counts.error();
  std::unordered_map<std::string, int64_t> people(counts->begin(), counts->end());
  for (auto& b : laid->units) {
    auto it = people.find(b.node.unit.path);
    b.node.people = it == people.end() ? 0 : it->second;
  }
  return std::move(*laid);
}

}  // namespace thidua::app
