// The award history (awards): one row per award granted to a person or a
// collective, with the names in force and the deciding document; searches
// by name, year, award and unit scope; the closing summary's counts.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/award.h"
#include "core/result.h"
#include "store/db.h"
#include "store/person_span.h"

namespace thidua::store {

// Inserts one award (id ignored; recipient_folded computed); returns the id.
core::Result<int64_t> insert_award(Connection& conn, const core::AwardRecord& a);

// Inserts `awards` in order, 50 rows a statement (a bulk load: the register's
// import), and sets each one's id. Ids come back ascending in the order of
// the rows on both engines (rowids and sequence values are taken row by row,
// in the order of the VALUES list), which is how they are matched.
core::Status insert_awards(Connection& conn, std::vector<core::AwardRecord>& awards);

struct AwardQuery {
  std::string name_folded;                 // prefix of a word of the folded name, "" for any
  std::string granted_by_folded;           // prefix of a word of the folded authority, "" for any
  std::string award_folded;                // prefix of a word of the folded award name, "" for any
  std::optional<core::AwardSource> source;
  std::optional<int> year;
  std::string award_name;                  // exact award name ("Giấy khen"), "" for any
  std::optional<std::string> unit_path;    // inside this subtree
  std::optional<std::vector<std::string>> scopes;  // inside one of these (nullopt: anywhere)
  std::optional<int64_t> person_id;
  std::optional<int64_t> collective_unit_id;  // collective awards of this unit
  std::optional<int64_t> decision_id;
  std::optional<int64_t> campaign_id;
  std::optional<int64_t> id;  // this award only
  int64_t offset = 0;
  int64_t limit = 50;
};

// Newest decision first, then id. Two queries: the page's ids, then its rows.
core::Result<std::vector<core::AwardRecord>> find_awards(Connection& conn, const AwardQuery& q);
core::Result<int64_t> count_awards(Connection& conn, const AwardQuery& q);

// Every award matching `q` (its offset and limit ignored), in find_awards'
// order, a thousand rows per query: memory stays bounded for any register.
core::Status for_each_award(Connection& conn, const AwardQuery& q,
                            const std::function<void(const core::AwardRecord&)>& sink);

// The awards of these people and the collective awards of these units (the
// duplicate checks of an import chunk: one query). Empty lists: none.
core::Result<std::vector<core::AwardRecord>> awards_of_recipients(Connection& conn,
                                                                  const std::vector<int64_t>& person_ids,
                                                                  const std::vector<int64_t>& unit_ids);

// The annual titles of `year` of these people and the collective ones of
// these units (a batch of proposals' "one title a year" check), a thousand
// ids a query.
core::Result<std::vector<core::AwardRecord>> annual_titles_of_year(Connection& conn,
                                                                   const std::vector<int64_t>& person_ids,
                                                                   const std::vector<int64_t>& unit_ids, int year);

// The annual titles of the people and years of `span`, and their other
// awards (forms: Bằng khen, Giấy khen) of every year, for the interval rules
// (one range scan), by id; annual titles whose folded name is one of
// `any_year` (the interval rules' earlier awards) of every year too.
core::Result<std::vector<core::AwardRecord>> annual_titles_in(Connection& conn, const PersonSpan& span,
                                                              const std::vector<std::string>& any_year = {});

// Fills the folded names of rows that lack them (migration 094's data step).
core::Status fold_award_names(Connection& conn);

core::Result<std::vector<core::AwardCount>> award_counts(Connection& conn, int64_t campaign_id);

// Of `campaign_ids`, those with at least one award granted by a decision
// (their results can be published): one query, whatever the number of ids.
core::Result<std::set<int64_t>> campaigns_with_decided_awards(Connection& conn,
                                                             const std::vector<int64_t>& campaign_ids);

}  // namespace thidua::store
