// A range of people by id and a range of years: what the readers of a whole
// agency's history ask for a batch of people (app/history_facts.h), so that
// each fact table is read by a range scan of its (person_id, ...) index
// rather than an IN list of scattered ids.
#pragma once

#include <cstdint>

namespace thidua::store {

struct PersonSpan {
  int64_t first_id = 0;  // people with first_id <= id <= last_id
  int64_t last_id = 0;
  int first_year = 0;  // records of first_year <= year <= last_year
  int last_year = 0;
};

}  // namespace thidua::store
