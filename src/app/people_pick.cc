#include "app/people_pick.h"

#include <algorithm>

#include "core/org.h"
#include "core/names.h"

namespace thidua::app {

core::Result<PeoplePick> pick_people(store::Connection& conn, store::PeopleQuery base, const PeoplePickRequest& request,
                                     const PeopleKeep& keep) {
  base.folded_query = core::fold(request.query);
  if (base.folded_query.size() > 100) base.folded_query.resize(100);
  auto page = store::list_people(conn, base);
  if (!page.ok()) return page.error();
  PeoplePick out;
  out.more = page->has_more;
  out.people = std::move(page->people);
  if (keep) THIDUA_TRY(keep(out.people));
  out.found = !out.people.empty();
  const auto listed = [&](int64_t id) {
    return std::any_of(out.people.begin(), out.people.end(), [id](const core::Person& p) { return p.id == id; });
  };
  if (!request.chosen || listed(*request.chosen)) return out;
  auto found = store::find_person(conn, *request.chosen);
  if (!found.ok()) return found.error();
  if (!found->has_value()) return out;
  const core::Person& p = **found;
  const bool in_scope =
      (base.only_person && *base.only_person == p.id) ||
      std::any_of(base.scopes.begin(), base.scopes.end(),
                  [&](const std::string& scope) { return core::path_within(p.unit_path, scope); });
  if (!in_scope) return out;
  std::vector<core::Person> chosen{std::move(**found)};
  if (keep) THIDUA_TRY(keep(chosen));
  for (auto& c : chosen) out.people.push_back(std::move(c));
  return out;
}

}  // namespace thidua::app
