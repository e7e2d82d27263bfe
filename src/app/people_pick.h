// The people a form offers when there may be too many to list: a unit of a
// ministry has thousands. The form lists the first people in name order whose
// names match what the user searched for, says when there are more, and
// keeps offering a person already chosen (a form sent back with an error, or
// the actor themself) even when that person is not among the first.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/person.h"
#include "core/result.h"
#include "store/db.h"
#include "store/people.h"

namespace thidua::app {

struct PeoplePickRequest {
  std::string query;               // a name or part of one, as typed; "" for everyone
  std::optional<int64_t> chosen;   // a person already chosen
};

struct PeoplePick {
  std::vector<core::Person> people;  // the first matches in name order, then the chosen person
  bool more = false;                 // more people match than are listed
  bool found = false;                // someone matched (the chosen person aside)
};

// Drops from `people` those a form may not offer; an error stops the pick.
using PeopleKeep = std::function<core::Status(std::vector<core::Person>& people)>;

// `base` gives who may be listed (scopes, only_person) and how many (limit);
// its folded_query is set from request.query (folded, at most 100 bytes).
// `keep` (all when empty) is called once on the page read (then once on the
// chosen person, when not on it); the chosen person is added only when
// `base`'s scopes (or only_person) and `keep` allow.
core::Result<PeoplePick> pick_people(store::Connection& conn, store::PeopleQuery base, const PeoplePickRequest& request,
                                     const PeopleKeep& keep = {});

}  // namespace thidua::app
