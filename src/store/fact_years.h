// The years whose records of a kind the office declared complete (fact_years).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/fact_year.h"
#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// Declares (kind, year) complete by `user_id` (0: no account, the shell);
// false when it already was (nothing changed).
core::Result<bool> declare_fact_year(Connection& conn, core::FactKind kind, int year, int64_t user_id,
                                     const std::string& at);
// Withdraws a declaration; false when there was none.
core::Result<bool> withdraw_fact_year(Connection& conn, core::FactKind kind, int year);
// Every declaration, by kind then year (a few per kind and year: bounded).
core::Result<std::vector<core::FactYear>> fact_years(Connection& conn);

}  // namespace thidua::store
