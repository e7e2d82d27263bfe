// The administrator's edits of the eligibility rule sets (award_rule_sets),
// layered over the shipped defaults by app/award_rules.h. Text in, text out:
// the set's JSON is read and checked by the app.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

struct StoredRuleSet {
  std::string code;
  std::string effective_from;  // ISO date
  std::string set_json;        // one set in the shipped file's format
  bool withdrawn = false;
  int64_t updated_by = 0;      // 0: the operator
  std::string updated_by_name;
  std::string updated_at;
  int64_t version = 0;         // 0: no row yet
};

// Every edit, by code then effective date. One query.
core::Result<std::vector<StoredRuleSet>> stored_rule_sets(Connection& conn);

// Writes the row of (code, effective_from) when its version is
// `expected_version` (0: no row yet), else kConflict; the version then
// counts one more. Returns the row before (nullopt when there was none).
// Call inside a transaction.
core::Result<std::optional<StoredRuleSet>> put_rule_set(Connection& conn, const StoredRuleSet& set,
                                                        int64_t expected_version);

// Deletes the row (back to the shipped default, if any) when its version is
// `expected_version`, else kConflict. Returns the row deleted.
core::Result<StoredRuleSet> delete_rule_set(Connection& conn, const std::string& code,
                                            const std::string& effective_from, int64_t expected_version);

}  // namespace thidua::store
