// The settings table (key, value, updated_at): values the administrator
// changes at run time, as text. Known keys are named here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/db.h"

namespace thidua::store {

// The administrator's compound family names (core/names.h), as written, one per line.
inline constexpr const char* kSettingFamilyNames = "compound_family_names";

core::Result<std::optional<std::string>> get_setting(Connection& conn, const std::string& key);

// Inserts or replaces the value.
core::Status put_setting(Connection& conn, const std::string& key, const std::string& value, const std::string& now);

// The administrator's compound family names as written (empty when none is
// set); on PostgreSQL the row is read FOR SHARE (held to the transaction's end).
core::Result<std::vector<std::string>> family_names_as_written(Connection& conn);

// The same folded, as name_sort_key() takes them.
core::Result<std::vector<std::string>> extra_family_names(Connection& conn);

}  // namespace thidua::store
