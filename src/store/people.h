// People, their search index and their unit memberships.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/person.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// A person's place in name order: the list is ordered by (sort_key, id).
struct PersonKey {
  std::string sort_key;
  int64_t id = 0;
  bool operator==(const PersonKey&) const = default;
};

// A PersonKey as an opaque, URL-safe cursor ("<id>.<hex of sort_key>"), and
// back: nullopt for any text encode_person_cursor could not have written.
std::string encode_person_cursor(const PersonKey& key);
std::optional<PersonKey> decode_person_cursor(std::string_view cursor);

struct PeopleQuery {
  std::vector<std::string> scopes;      // unit paths the reader may see (required)
  std::optional<int64_t> only_person;   // when set, the reader sees only this person (staff)
  std::string folded_query;             // core::fold()-ed search text, "" = all
  std::string unit_path;                // restrict to a subtree, "" = no restriction
  int64_t offset = 0;                   // rows skipped (ignored with after or before)
  int limit = 50;                       // rows to return; one more is read to set has_more
  // Keyset pagination: the rows right after `after`, or right before
  // `before`, in name order; a page costs the same however deep it is.
  std::optional<PersonKey> after;
  std::optional<PersonKey> before;
};

struct PeoplePage {
  std::vector<core::Person> people;  // always in name order
  // More rows in the direction read: after the page (offset or after), or
  // before it (before).
  bool has_more = false;
  std::optional<PersonKey> first;    // the keys of the page's first and last rows
  std::optional<PersonKey> last;
};

// People in Vietnamese name order (sort_key, id), filtered and paginated.
core::Result<PeoplePage> list_people(Connection& conn, const PeopleQuery& query);

// Streams every person matching the query (limit ignored) in name order, in
// batches, calling `sink` per person; memory stays bounded.
core::Status for_each_person(Connection& conn, PeopleQuery query, const std::function<void(const core::Person&)>& sink);

// Streams the ids of every person matching the query (limit and offset
// ignored), by id or in name order, `batch` at a time (keyset pagination,
// constant cost per batch); stops early when `sink` answers false.
enum class PersonOrder { kById, kByName };
core::Status for_each_person_ids(Connection& conn, PeopleQuery query, PersonOrder order, size_t batch,
                                 const std::function<bool(const std::vector<int64_t>& ids)>& sink);

core::Result<std::optional<core::Person>> find_person(Connection& conn, int64_t id);

// Inserts a (normalised) person with a current primary membership of
// person.unit_id when set; fills id and version.
core::Result<core::Person> insert_person(Connection& conn, core::Person person, const std::string& now,
                                         const std::string& today);

// Updates when the stored version equals person.version (else kConflict).
// A new unit closes the current primary membership on `today` and opens one.
core::Result<core::Person> update_person(Connection& conn, const core::Person& person, const std::string& now,
                                         const std::string& today);

// Recomputes every person's sort_key with core::name_sort_key and the
// administrator's compound family names (migration 108's data step, and
// after the list changes), a thousand people a query.
// Insert and update key names the same way.
core::Status rekey_people_names(Connection& conn);

core::Result<std::vector<core::Membership>> memberships_of(Connection& conn, int64_t person_id);

}  // namespace thidua::store
