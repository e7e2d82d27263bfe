// Recognised initiatives and research topics (recognised_initiatives) and
// their authors (recognised_initiative_authors). Not the initiatives a
// campaign registration proposes (store/registrations.h): these are the ones
// a decision recognised, the facts the eligibility rules count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/initiative.h"
#include "core/result.h"
#include "store/db.h"
#include "store/person_span.h"

namespace thidua::store {

// Inserts an initiative with its authors (id ignored); kConflict on "title"
// when the same decision already recognised an initiative of that title
// (folded). Returns the id.
core::Result<int64_t> insert_recognised_initiative(Connection& conn, const core::RecognisedInitiative& i);

// The initiative a decision recognised under this title (folded), if any.
core::Result<std::optional<int64_t>> initiative_by_decision(Connection& conn, const std::string& decision_number,
                                                            const std::string& title);

// Adds an author to a recorded initiative; false (nothing changed) when
// already one.
core::Result<bool> add_initiative_author(Connection& conn, int64_t initiative_id, int64_t person_id);

// The (decision number, folded title) of every initiative these decisions
// recognised (one query; the duplicate check of an import chunk).
struct InitiativeKey {
  std::string decision_number;
  std::string title_folded;
};
core::Result<std::vector<InitiativeKey>> initiative_keys(Connection& conn, const std::vector<std::string>& decisions);

// The initiatives of which any of these people is an author (one query for
// the initiatives, one for their authors), oldest year first; each carries
// all its authors. Empty ids: none.
core::Result<std::vector<core::RecognisedInitiative>> recognised_initiatives_of(Connection& conn, const std::vector<int64_t>& person_ids);

// The initiatives recognised in the years of `span` of which a person of
// `span` is an author (two queries), oldest year first, each with all its authors.
core::Result<std::vector<core::RecognisedInitiative>> recognised_initiatives_in(Connection& conn,
                                                                               const PersonSpan& span);

}  // namespace thidua::store
