#include "app/import_person_match.h"

#include <algorithm>
#include <set>

#include "core/messages_vi/registrations.h"
#include "core/names.h"
#include "store/registrations.h"

namespace thidua::app {

namespace msg = core::messages_vi;

int64_t person_id_of(const std::string& text) {
  if (text.empty() || text.size() >= 18 || !std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
      })) {
    return 0;
  }
  return std::stoll(text);
}

core::Result<ChunkPeople> ChunkPeople::load(store::Connection& conn, const std::vector<std::string>& id_texts,
                                            const std::vector<std::string>& names) {
  std::set<int64_t> ids;
  std::set<std::string> folded;
  for (size_t i = 0; i < id_texts.size(); ++i) {
    if (const int64_t id = person_id_of(id_texts[i]); id > 0) {
      ids.insert(id);
    } else if (i < names.size()) {
      if (auto n = core::fold(names[i]); !n.empty()) folded.insert(std::move(n));
    }
  }
  ChunkPeople out;
  if (!ids.empty()) {
    auto found = store::people_by_ids(conn, std::vector<int64_t>(ids.begin(), ids.end()));
    if (!found.ok()) return found.error();
    for (auto& person : *found) out.by_id_.emplace(person.id, std::move(person));
  }
  if (!folded.empty()) {
    auto found = store::people_by_folded_names(conn, std::vector<std::string>(folded.begin(), folded.end()));
    if (!found.ok()) return found.error();
    for (auto& person : *found) out.by_name_.emplace(core::fold(person.full_name), std::move(person));
  }
  return out;
}

PersonMatch ChunkPeople::match(const PersonCells& c, const std::function<bool(const core::Person&)>& may_act) const {
  if (!c.id_text.empty()) {
    auto it = by_id_.find(person_id_of(c.id_text));
    if (it == by_id_.end() || !may_act(it->second)) {
      return {nullptr, "person_id", msg::import_person_id_unknown(c.id_text)};
    }
    if (!c.name.empty() && core::fold(c.name) != core::fold(it->second.full_name)) {
      return {nullptr, "full_name", msg::import_name_mismatch(c.id_text, it->second.full_name)};
    }
    return {&it->second, "", ""};
  }
  if (c.name.empty()) return {nullptr, "full_name", msg::kImportMissingName};
  if (c.birth_text.empty()) return {nullptr, "birth_date", msg::kImportMissingBirth};
  if (c.birth.empty()) return {};  // the unreadable date is named by its column
  std::vector<const core::Person*> matches;
  auto [lo, hi] = by_name_.equal_range(core::fold(c.name));
  for (auto it = lo; it != hi; ++it) {
    if (it->second.birth_date == c.birth && may_act(it->second)) matches.push_back(&it->second);
  }
  if (matches.empty()) return {nullptr, "full_name", msg::import_person_not_found(c.name, c.birth_text)};
  if (matches.size() > 1) return {nullptr, "full_name", msg::import_person_ambiguous(c.name)};
  return {matches.front(), "", ""};
}

std::vector<std::string> ChunkPeople::unit_paths() const {
  std::set<std::string> paths;
  for (const auto& [id, p] : by_id_) paths.insert(p.unit_path);
  for (const auto& [name, p] : by_name_) paths.insert(p.unit_path);
  paths.erase(std::string());
  return {paths.begin(), paths.end()};
}

}  // namespace thidua::app
