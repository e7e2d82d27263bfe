// Use case: the administrator edits the eligibility rules (issue 11, rules
// engine). The shipped sets stay the defaults; an edit replaces a shipped set
// of the same code and effective date, adds a set (a rule change from a date:
// the earlier set still judges the years before), withdraws a shipped set, or
// is discarded (back to the default). Every change is checked whole
// (app/award_rules.h), refused when someone else changed the same set
// meanwhile (kConflict on "version"), and recorded in the audit trail with
// the set before and after (award_rules.save, .withdraw, .discard): the
// versions of the rules are the audit trail's. Who: an administrator of a
// whole organisation (kManageUsers on a root unit) or the operator; every
// account reads the rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/award_rules.h"
#include "app/context.h"
#include "core/authz.h"
#include "core/result.h"

namespace thidua::app {

enum class RuleSetOrigin { kShipped, kEdited, kAdded, kWithdrawn };
std::string_view rule_set_origin_code(RuleSetOrigin o);   // "shipped", "edited", "added", "withdrawn"
std::string_view rule_set_origin_label(RuleSetOrigin o);  // "Mặc định", ...

struct RuleSetRow {
  AwardRules set;  // as judged by (a withdrawn one: as shipped)
  RuleSetOrigin origin = RuleSetOrigin::kShipped;
  int64_t version = 0;  // of the edit; 0 when none (a shipped set as shipped)
  std::string updated_by_name;
  std::string updated_at;
  // An edit stored that no longer reads (a later release reads sets more
  // strictly): listed with its text, to be corrected or discarded.
  bool unreadable = false;
  std::string raw_json;
  // get_award_rule_set: the title of the set a quota counts (quota.of) in
  // force at this set's date; "" when none or no quota.
  std::string quota_of_name;
};

bool may_edit_award_rules(const core::Actor& actor);

// Every set, shipped and edited, by code then effective date.
core::Result<std::vector<RuleSetRow>> list_award_rule_sets(const Services& services, const core::Actor& actor);

// The set of (code, effective_from), as listed; kNotFound when none.
core::Result<RuleSetRow> get_award_rule_set(const Services& services, const core::Actor& actor,
                                            const std::string& code, const std::string& effective_from);

// Saves `json` (one set in the shipped file's format) as an edit of the set
// of its code and effective date, whose edit must be at `version` (0: not
// edited yet). kValidation on "set" (the member named), or on "subject" when
// the code's other sets are of the other subject.
core::Result<RuleSetRow> save_award_rule_set(const Services& services, const core::Actor& actor,
                                             std::string_view json, int64_t version, const RequestMeta& meta);

// Takes a shipped set out (kNotFound for a set not shipped: discard its edit).
core::Status withdraw_award_rule_set(const Services& services, const core::Actor& actor, const std::string& code,
                                     const std::string& effective_from, int64_t version, const RequestMeta& meta);

// Deletes the edit at `version`: a shipped set is judged as shipped again, an
// added one is gone. kNotFound when there is no edit.
core::Status discard_award_rule_edit(const Services& services, const core::Actor& actor, const std::string& code,
                                     const std::string& effective_from, int64_t version, const RequestMeta& meta);

}  // namespace thidua::app
