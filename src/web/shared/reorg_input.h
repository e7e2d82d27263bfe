// A reorganisation request as the page's form spells it
// (core::ReorgRequest). Form fields: kind, effective_date, legal_basis, note,
// sources (repeated), target_id, new_parent_id, new_name, new_short_name,
// header_governing_body / header_issuing_body / header_place, new_count,
// new_<i>_code / _name / _short_name / _kind / _parent_id /
// _header_governing_body / _header_issuing_body / _header_place, people_to,
// child_<id> (split: which new unit a sub-unit goes to).
#pragma once

#include <map>
#include <string>

#include "core/reorganisation.h"
#include "core/result.h"

namespace thidua::web {

// The most new units a split may create through the form or the API.
inline constexpr size_t kMaxNewUnits = 10;

// Fails only on an unknown kind (kValidation on "kind"): what else cannot be
// read stays empty and the planner names it.
core::Result<core::ReorgRequest> reorg_from_form(const std::multimap<std::string, std::string>& form);

}  // namespace thidua::web
