// Use case: the compound family names (họ kép) the administrator adds to the
// built-in ones (issue 13 #6; rules in core/names.h): a person whose name
// starts with one is sorted by it as one family name. Saving the list
// re-keys every person's stored sort key in the same transaction, so lists,
// exports and documents follow at once; audited as "settings.family_names".
//
// Who: reading, anyone logged in; changing, an administrator of the whole
// tree (kManageUsers on every root unit), else kForbidden.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

struct FamilyNames {
  std::vector<std::string> builtin;  // folded, the longest first
  std::vector<std::string> extra;    // as written
  bool may_edit = false;
};

core::Result<FamilyNames> get_family_names(const Services& services, const core::Actor& actor);

// Parses `text` (core::parse_family_names: kValidation on "family_names"),
// saves it and re-keys everyone. Returns the list saved.
core::Result<std::vector<std::string>> set_family_names(const Services& services, const core::Actor& actor,
                                                        const std::string& text, const RequestMeta& meta);

}  // namespace thidua::app
