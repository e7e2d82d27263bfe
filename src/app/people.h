// Use cases for people: list and search (diacritics-insensitive, Vietnamese
// order, paginated), view, create, edit, export. Every read and write is
// authorised on the server against the person's unit; staff see themselves.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/list_columns.h"
#include "core/authz.h"
#include "core/person.h"
#include "core/result.h"
#include "store/people.h"

namespace thidua::app {

struct PeopleFilter {
  std::string query;                 // free text, folded before use
  std::optional<int64_t> unit_id;    // subtree of this unit
  int page = 1;                      // 1-based; with a cursor only a label
  int page_size = 50;                // 1..200
  // Keyset pagination (store::encode_person_cursor): the page right after
  // `after`, or right before `before`, at the cost of a first page. A cursor
  // that is not one the listing gave: kValidation, field "after"/"before".
  std::string after;
  std::string before;
};

struct PeopleListing {
  std::vector<core::Person> people;
  int page = 1;
  int page_size = 50;
  bool has_more = false;      // rows follow this page
  std::string next_cursor;    // the `after` of the next page; "" when none
  std::string prev_cursor;    // the `before` of the previous page; "" on the first
};

core::Result<PeopleListing> list_people(const Services& services, const core::Actor& actor,
                                        const PeopleFilter& filter);

// The store query of the people an actor sees, filtered (query, unit
// subtree: kNotFound for a unit the actor does not see); page ignored.
core::Result<store::PeopleQuery> people_query(store::Connection& conn, const core::Actor& actor,
                                              const PeopleFilter& filter);

struct PersonDetail {
  core::Person person;
  std::vector<core::Membership> memberships;
  bool can_edit = false;
};
core::Result<PersonDetail> get_person(const Services& services, const core::Actor& actor, int64_t id);

// Creates a person in person.unit_id (required; kEditPeople there). Audited.
core::Result<core::Person> create_person(const Services& services, const core::Actor& actor, core::Person person,
                                         const RequestMeta& meta);

// Saves edits when person.version matches the stored one (else kConflict).
// kEditPeople on the current unit and, when moved, on the new one. Audited
// with the values before and after.
core::Result<core::Person> update_person(const Services& services, const core::Actor& actor, core::Person person,
                                         const RequestMeta& meta);

// Writes the filtered list (all pages) as an XLSX file at `path`, streaming
// from the database in batches. Requires kExportLists and kViewPeople.
// Returns the number of rows written.
core::Result<int64_t> export_people_xlsx(const Services& services, const core::Actor& actor,
                                         const PeopleFilter& filter, const std::string& path);

// The columns of people lists (export and import template), in order, with
// their keys; people_columns() are their headings.
const std::vector<ListColumn>& people_list_columns();
const std::vector<std::string>& people_columns();

}  // namespace thidua::app
