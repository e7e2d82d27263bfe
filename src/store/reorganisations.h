// Reorganisations in the database (migration 111): what a plan needs to know
// about the units it touches, applying a plan in the caller's transaction,
// the history of reorganisations, and agencies' document headers by date.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/reorganisation.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// The snapshot core::plan_reorganisation reads: the request's units (locked
// FOR UPDATE on PostgreSQL when `lock`), the sources' sub-units, and for each
// unit its people, role grants, running campaigns and latest dated changes.
core::Result<core::ReorgSnapshot> load_reorg_snapshot(Connection& conn, const core::ReorgRequest& request,
                                                      bool lock);

struct AppliedReorg {
  int64_t id = 0;
  std::vector<int64_t> created_ids;  // ids of request.new_units, in order
};

// Applies the plan's steps in order inside the caller's transaction and
// records the reorganisation (with `summary`, JSON) and the units it touched.
// People transferred keep their person record; their primary membership ends
// on the effective date and a new one begins there. A new agency (created at
// the top to receive units, sub-units or people, or a unit moved to the top)
// inherits the declarations of complete records (store/fact_years.h) that
// every agency they came from had made.
core::Result<AppliedReorg> apply_reorganisation(Connection& conn, const core::ReorgRequest& request,
                                                const core::ReorgPlan& plan, std::optional<int64_t> user_id,
                                                const std::string& summary, const std::string& now);

struct ReorgRecord {
  int64_t id = 0;
  core::ReorgKind kind = core::ReorgKind::kMerge;
  std::string effective_date;
  std::string legal_basis;
  std::string note;
  std::string summary;     // JSON written by the use case
  std::string created_by;  // display name of the account ("" for the shell)
  std::string created_at;
};

// Reorganisations touching a unit under one of `scopes`, latest effective
// date first; `offset`/`limit` page them. `total` receives how many there are.
core::Result<std::vector<ReorgRecord>> list_reorganisations(Connection& conn, const std::vector<std::string>& scopes,
                                                            int64_t offset, int64_t limit, int64_t& total);

// The header lines the documents of `unit_id` carry on ISO `date`
// (core::header_on over the unit and its ancestors); none when no unit on the
// way has a header in force then (the caller falls back to its own lines).
core::Result<std::optional<core::AgencyHeader>> header_at(Connection& conn, int64_t unit_id, const std::string& date);

// The unit that issues in `unit_id`'s name on ISO `date`: the unit itself
// while it is open then, else the first unit above it open then (a closed
// unit lies under the unit carrying on its work: the merged agency). Its
// registers number what is issued then, its signing material signs it.
core::Result<int64_t> issuer_at(Connection& conn, int64_t unit_id, const std::string& date);

// Units closed (merged, split, dissolved) that lie in the subtree at `path`
// and were still open on ISO `since`: the predecessors whose records a report
// over that subtree includes. Earliest closing first, at most `limit`.
core::Result<std::vector<core::Unit>> closed_units_within(Connection& conn, const std::string& path,
                                                          const std::string& since, int64_t limit);

// Every header of these units, oldest first.
core::Result<std::map<int64_t, std::vector<core::AgencyHeader>>> agency_headers_of(
    Connection& conn, const std::vector<int64_t>& unit_ids);

// Inserts one header of an agency (refused as a conflict when it already has
// one from that date).
core::Status insert_agency_header(Connection& conn, int64_t unit_id, const core::AgencyHeader& header,
                                  const std::string& now);

}  // namespace thidua::store
